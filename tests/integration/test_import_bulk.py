"""The bulk path of `Journal.add_many` (issue 16, speed): many messages written by batches keep
every guarantee of writing them one by one: the history chain checks, the timeline and search
find them, and a cancel after some batches were written keeps nothing."""

from __future__ import annotations

import contextlib
import os
import pty
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal_app.core.errors import Cancelled
from journal_app.core.journal import BULK_BATCH, Journal
from journal_app.core.models import AttachmentSource, Category, EntryFilter, Kind
from journal_app.importers import read_export
from journal_app.importers.store import apply, plan, zone
from journal_app.vault.repository import ROWS_PER_STATEMENT, insert_rows
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, cli_env, fields, run_cli

COUNT = BULK_BATCH * 2 + 37  # several full batches and a part one


def _export(path: Path, count: int = COUNT, first: int = 0) -> Path:
    moment = datetime(2024, 1, 13, 8, 0) + timedelta(minutes=first)
    lines = []
    for number in range(first, first + count):
        moment += timedelta(minutes=1)
        sender = "Marco Ruiz" if number % 3 else "Тётя Роза 🌹"
        lines.append(f"{moment:%d/%m/%Y, %H:%M} - {sender}: message {number} أين أنت\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_a_bulk_import_after_earlier_entries_keeps_the_chain_and_finds_every_message(
    journal: Journal, tmp_path: Path
) -> None:
    earlier = journal.add(Kind.INCIDENT, fields())
    journal.edit(earlier, fields(body="amended"))
    head_before = journal.head()
    parsed = read_export(_export(tmp_path / "chat.txt"))
    ids = apply(journal, plan(parsed, zone("Europe/Madrid"), set())).entry_ids
    assert ids == list(range(earlier + 1, earlier + 1 + COUNT))
    assert journal.head().size == head_before.size + COUNT
    report = journal.check()
    assert report.ok, report.problems
    last = journal.get(ids[-1]).current.fields
    assert last is not None and last.body == f"message {COUNT - 1} أين أنت"
    assert journal.count(EntryFilter(kinds=(Kind.MESSAGE,))) == COUNT
    found = journal.search(f"message {BULK_BATCH + 5}")
    assert ids[BULK_BATCH + 5] in [s.id for s in found]
    # The timeline's messages (newest first) start with the last message.
    assert journal.entries(EntryFilter(kinds=(Kind.MESSAGE,)), limit=1)[0].id == ids[-1]


def test_cancel_after_batches_were_written_keeps_nothing(journal: Journal, tmp_path: Path) -> None:
    earlier = journal.add(Kind.INCIDENT, fields())
    head_before = journal.head()
    parsed = read_export(_export(tmp_path / "chat.txt"))
    seen: list[int] = []
    with pytest.raises(Cancelled):
        apply(
            journal,
            plan(parsed, zone("Europe/Madrid"), set()),
            progress=lambda done, _total: seen.append(done),
            cancelled=lambda: bool(seen) and seen[-1] >= BULK_BATCH * 2,
        )
    assert seen and seen[-1] >= BULK_BATCH * 2  # two batches had been written
    assert journal.head() == head_before
    assert [s.id for s in journal.entries()] == [earlier]
    assert journal.stored_attachment(parsed.sha256) is None
    assert journal.imported_message_keys() == set()
    assert journal.check().ok


def test_the_command_shows_progress_on_a_terminal_and_never_in_a_pipe(
    closed_vault: Path, tmp_path: Path
) -> None:
    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    first = _export(tmp_path / "chat.txt", 600)
    # Piped stderr (a script): no progress lines.
    piped = run_cli(["import", closed_vault, first, "--passphrase-file", passphrase])
    assert piped.returncode == 0, piped.stderr
    assert "Imported 500 of" not in piped.stderr and "\r" not in piped.stderr
    # A person at a terminal: stderr is a tty and shows the count as it goes.
    second = tmp_path / "later.txt"
    second.write_bytes(first.read_bytes() + _export(tmp_path / "more.txt", 700, 600).read_bytes())
    controller, terminal = pty.openpty()
    try:
        at_terminal = subprocess.run(
            [
                sys.executable,
                "-m",
                "journal_app",
                "import",
                str(closed_vault),
                str(second),
                "--passphrase-file",
                str(passphrase),
            ],
            stdout=subprocess.PIPE,
            stderr=terminal,
            env=cli_env(),
            timeout=120,
            check=False,
        )
        os.close(terminal)
        shown = b""
        with contextlib.suppress(OSError):
            while chunk := os.read(controller, 4096):
                shown += chunk
    finally:
        os.close(controller)
    assert at_terminal.returncode == 0
    text = shown.decode("utf-8")
    assert "Imported 500 of 700 messages" in text and "Imported 700 of 700 messages" in text


def _table_contents(journal: Journal) -> dict[str, list[tuple[object, ...]]]:
    """What each table the bulk path writes holds, less what differs between any two saves
    (random uids and salts, the times of saving, and the hashes those feed)."""
    db = journal.vault.connection
    queries = {
        "entries": "SELECT id, kind, version_count, deleted, occurred_sort, occurred_date, "
        "category, title, attachment_count, late FROM entries ORDER BY id",
        "versions": "SELECT seq, entry_id, version_no, action, fields FROM versions ORDER BY seq",
        "version_attachments": "SELECT va.version_seq, va.position, a.sha256 "
        "FROM version_attachments va JOIN attachments a ON a.id = va.attachment_id "
        "ORDER BY va.version_seq, va.position",
        "version_salts": "SELECT version_seq, json_group_array(key) FROM "
        "(SELECT s.version_seq, j.key FROM version_salts s, json_each(s.salts) j "
        " ORDER BY s.version_seq, j.key) GROUP BY version_seq ORDER BY version_seq",
        "entry_categories": "SELECT entry_id, position, category FROM entry_categories "
        "ORDER BY entry_id, position",
        "entry_tags": "SELECT entry_id, tag FROM entry_tags ORDER BY entry_id, tag",
        "search_index": "SELECT rowid, title, body, details FROM search_index ORDER BY rowid",
    }
    return {table: db.execute(sql).fetchall() for table, sql in queries.items()}


def test_the_bulk_path_writes_exactly_the_rows_of_saving_one_by_one(
    journal: Journal, tmp_path: Path
) -> None:
    # The bulk path writes by multi-row statements of ROWS_PER_STATEMENT rows; this many
    # entries, with several tags, categories and files each, fill some and leave a part one
    # in every table. Written one by one into a second journal, every table must hold the same.
    count = ROWS_PER_STATEMENT * 2 + 3
    shared = AttachmentSource(name="chat.txt", data=b"the whole export\n")
    items = []
    for number in range(count):
        own = (
            [AttachmentSource(name=f"IMG-{number}.jpg", data=f"picture {number}".encode())]
            if number % 7 == 0
            else []
        )
        entry = fields(
            f"Message {number}",
            body=f"Где ты? {number} 😡",
            categories=(Category.THREATS, Category.STALKING)[: 1 + number % 2],
            tags=tuple(f"tag{t}" for t in range(number % 4)),
            people=("Marco Ruiz",) if number % 3 == 0 else (),
            sender="Marco Ruiz",
            channel="whatsapp",
        )
        items.append((entry, own))
    journal.add_many(Kind.MESSAGE, items, shared=[shared])

    one_by_one = Journal(Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF))
    with one_by_one.vault:
        for entry, own in items:
            one_by_one.add(Kind.MESSAGE, entry, [shared, *own])
        expected = _table_contents(one_by_one)
    written = _table_contents(journal)
    assert all(written[table] for table in written if table != "entry_tags")
    assert len(written["entries"]) == count
    for table, rows in expected.items():
        assert written[table] == rows, table
    assert journal.check().ok


def test_multi_row_statements_fit_sqlites_smallest_bound_value_limit() -> None:
    # SQLite before 3.32 allowed 999 bound values per statement; 100 rows of the entries
    # table's 11 values would be refused there. Held to that limit, every row still goes in.
    db = sqlite3.connect(":memory:")
    db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    columns = [f"c{n}" for n in range(11)]
    db.execute(f"CREATE TABLE wide ({', '.join(columns)})")
    rows = [tuple(f"{r}.{c}" for c in range(11)) for r in range(250)]
    insert_rows(
        db, f"INSERT INTO wide ({', '.join(columns)})", "(" + ", ".join("?" * 11) + ")", rows
    )
    assert db.execute("SELECT * FROM wide ORDER BY rowid").fetchall() == rows
