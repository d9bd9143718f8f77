"""SECURITY.md "Tests the suite must hold" for the vault: 1-5, 7-9, 12, 19 and 21.

Every vault here is a real SQLCipher folder in tmp_path. Damage is done to the bytes on disk,
the way a failing USB stick or an abuser with the laptop would do it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.core.errors import (
    Cancelled,
    IntegrityError,
    InvalidInput,
    JournalError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, EntryFilter, Kind
from journal_app.core.secrets import passphrase_bytes
from journal_app.vault import kdf
from journal_app.vault.backup import write_backup
from journal_app.vault.connection import DatabaseError, open_keyed, raw_key_literal
from journal_app.vault.kdf import derive_key
from journal_app.vault.params import VaultParameters, read_parameters
from journal_app.vault.repository import encode_fields
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import ALTERNATE, MAIN, PAGE_SIZE, Vault, db_path, params_path
from tests.support.helpers import FAST_KDF, PASSPHRASE, ROOT, cli_env, fields, files_containing

MARKER = "zqxmarker7731"
Snapshot = dict[str, tuple[bytes, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every file in the folder with its bytes and modification time."""
    return {
        path.name: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def file_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def fill(folder: Path, count: int, *, body_repeat: int = 200) -> None:
    """A closed vault with `count` entries, large enough to span many pages."""
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        for number in range(count):
            journal.add(
                Kind.INCIDENT,
                fields(f"Entry {number}", body=f"What happened, part {number}. " * body_repeat),
            )


@pytest.fixture(scope="module")
def floor_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault made with the real floor setting (about 0.3 s per derivation), closed."""
    folder = tmp_path_factory.mktemp("floor") / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=kdf.FLOOR) as vault:
        Journal(vault).add(Kind.INCIDENT, fields(body="kept through recovery"))
    return folder


@pytest.fixture
def floor_vault(floor_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "floor-vault"
    shutil.copytree(floor_template, folder)
    return folder


@pytest.fixture
def many_entries(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    fill(folder, 40)
    return folder


# --------------------------------------------------------------------- 1. salt and no plaintext
def test_first_16_bytes_are_the_salt_the_key_is_derived_with(closed_vault: Path) -> None:
    database = db_path(closed_vault)
    raw = database.read_bytes()
    salt = raw[:16]
    assert not raw.startswith(b"SQLite format 3")
    key = derive_key(passphrase_bytes(PASSPHRASE), salt, FAST_KDF)
    connection = open_keyed(database, raw_key_literal(key))
    try:
        keys = {row[0] for row in connection.execute("SELECT key FROM meta")}
    finally:
        connection.close()
    assert {"vault_uid", "created_at", "signing_key"} <= keys

    other_salt = bytes(b ^ 0xFF for b in salt)
    wrong = derive_key(passphrase_bytes(PASSPHRASE), other_salt, FAST_KDF)
    with pytest.raises(DatabaseError):
        open_keyed(database, raw_key_literal(wrong))
    assert database.read_bytes() == raw


def test_each_vault_gets_its_own_random_salt(tmp_path: Path) -> None:
    salts = set()
    for name in ("a", "b", "c"):
        Vault.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF).close()
        salts.add(db_path(tmp_path / name).read_bytes()[:16])
    assert len(salts) == 3


def test_marker_written_in_entries_and_attachments_appears_nowhere_on_disk(
    vault: Vault, tmp_path: Path
) -> None:
    journal = Journal(vault)
    entry_id = journal.add(
        Kind.INCIDENT,
        fields(
            f"title {MARKER}",
            body=f"body {MARKER} " * 50,
            location=MARKER,
            people=(MARKER,),
            tags=(MARKER,),
        ),
        [AttachmentSource(name=f"{MARKER}.txt", data=f"attached {MARKER}\n".encode() * 1000)],
    )
    journal.edit(entry_id, fields(f"title {MARKER}", body=f"amended {MARKER}"))
    journal.add(Kind.MESSAGE, fields("", body=MARKER, channel="sms", sender=MARKER))
    assert journal.search(MARKER)  # the search index holds it, inside the database
    assert files_containing([tmp_path], MARKER.encode()) == []
    vault.close()
    assert files_containing([tmp_path], MARKER.encode()) == []
    # The journal and its alternate (duress) journal, each a database and a settings file,
    # and the folder's lock file (empty).
    assert sorted(p.name for p in vault.folder.iterdir()) == [
        "notebook.1.db",
        "notebook.1.json",
        "notebook.db",
        "notebook.json",
        "notebook.lock",
    ]
    assert (vault.folder / "notebook.lock").stat().st_size == 0


def test_vault_files_are_private_to_their_owner(closed_vault: Path) -> None:
    for path in (db_path(closed_vault), params_path(closed_vault)):
        assert path.stat().st_mode & 0o077 == 0, path


# --------------------------------------------------------------------- 2-4. passphrases
def test_wrong_passphrase_changes_nothing(closed_vault: Path) -> None:
    before = snapshot(closed_vault)
    with pytest.raises(WrongPassphrase) as raised:
        Vault.open(closed_vault, "correct horse battery stapler")
    assert raised.value.exit_status == 3
    assert snapshot(closed_vault) == before


def test_many_wrong_passphrases_delete_nothing(closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        Journal(vault).add(Kind.INCIDENT, fields(body="still here"))
    before = snapshot(closed_vault)
    for attempt in range(20):
        with pytest.raises(WrongPassphrase):
            Vault.open(closed_vault, f"guess number {attempt}")
    assert snapshot(closed_vault) == before
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        [summary] = Journal(vault).entries()
        assert Journal(vault).get(summary.id).current.fields.body == "still here"  # type: ignore[union-attr]


def test_empty_and_near_miss_passphrases_are_wrong(closed_vault: Path) -> None:
    for attempt in ("", " " + PASSPHRASE, PASSPHRASE.upper(), PASSPHRASE[:-1]):
        with pytest.raises(WrongPassphrase):
            Vault.open(closed_vault, attempt)


@pytest.mark.parametrize(("create_form", "open_form"), [("NFC", "NFD"), ("NFD", "NFC")])
def test_nfc_and_nfd_forms_of_a_passphrase_both_open(
    vault_dir: Path, create_form: str, open_form: str
) -> None:
    phrase = "Ünïcödé café señal Ελληνικά ñ"
    created = unicodedata.normalize(create_form, phrase)  # type: ignore[arg-type]
    typed = unicodedata.normalize(open_form, phrase)  # type: ignore[arg-type]
    assert created != typed
    Vault.create(vault_dir, created, kdf=FAST_KDF).close()
    Vault.open(vault_dir, typed).close()
    Vault.open(vault_dir, typed.encode("utf-8")).close()


# --------------------------------------------------------------------- 5. parameters file damage
def test_missing_parameters_file_is_recovered_for_a_floor_vault(floor_vault: Path) -> None:
    # Both settings files gone: the other journal's cannot name the setting either.
    params_path(floor_vault).unlink()
    params_path(floor_vault, ALTERNATE).unlink()
    steps: list[tuple[int, int]] = []
    started = time.perf_counter()
    with Vault.open(floor_vault, PASSPHRASE, progress=lambda d, t: steps.append((d, t))) as vault:
        assert Journal(vault).entries()[0].title == "He shouted at me"
    assert time.perf_counter() - started < 20
    # The first round (what the other journal's settings file names), then the search.
    assert steps[:2] == [(0, 1), (0, 5)]
    restored = read_parameters(params_path(floor_vault))
    assert restored.current.kdf == kdf.FLOOR
    assert restored.current.key_check is not None
    assert restored.pending is None
    # The rewritten file is used from now on: no more searching.
    steps.clear()
    Vault.open(floor_vault, PASSPHRASE, progress=lambda d, t: steps.append((d, t))).close()
    assert steps == [(0, 1)]


@pytest.mark.parametrize(
    "damage",
    [
        b"\x00\xff garbage \x13",
        b"{}",
        b'{"format": 1, "current": {"kdf": {"algorithm": "argon2id", "version": 19, '
        b'"memory_kib": 1099511627776, "time_cost": 3, "parallelism": 4}, "key_check": null}, '
        b'"pending": null}',
        b" " * (2 * 1024 * 1024),
    ],
    ids=["garbage", "empty-object", "absurd-memory", "huge"],
)
def test_damaged_parameters_file_is_recovered_quickly(floor_vault: Path, damage: bytes) -> None:
    params_path(floor_vault).write_bytes(damage)
    started = time.perf_counter()
    with Vault.open(floor_vault, PASSPHRASE) as vault:
        assert Journal(vault).check().ok
    assert time.perf_counter() - started < 20
    assert read_parameters(params_path(floor_vault)).current.kdf == kdf.FLOOR


def test_absurd_parameters_with_right_key_check_refuse_without_allocating(
    closed_vault: Path,
) -> None:
    """A tampered file asking for 1 TiB is refused before Argon2 runs; nothing blows up."""
    document = json.loads(params_path(closed_vault).read_bytes())
    document["current"]["kdf"]["memory_kib"] = 2**40
    params_path(closed_vault).write_text(json.dumps(document))
    cancels = iter([False, True])
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        # Recovery starts (the file is refused); cancel after the first step to stay fast.
        Vault.open(closed_vault, PASSPHRASE, cancelled=lambda: next(cancels))
    assert time.perf_counter() - started < 5


@pytest.mark.slow
def test_missing_parameters_for_a_non_standard_vault_ends_in_wrong_passphrase(
    closed_vault: Path,
) -> None:
    """FAST_KDF is no calibration step: with both settings files gone, recovery tries every
    step and gives up: no hang. (With only the main one gone, the other names the setting.)"""
    params_path(closed_vault).unlink()
    Vault.open(closed_vault, PASSPHRASE).close()
    params_path(closed_vault).unlink()
    params_path(closed_vault, ALTERNATE).unlink()
    before = snapshot(closed_vault)
    started = time.perf_counter()
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, PASSPHRASE)
    assert time.perf_counter() - started < 90
    assert snapshot(closed_vault) == before


# --------------------------------------------------------------------- 7. a flipped byte
def _flip(path: Path, offset: int) -> bytes:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
    return bytes(data)


def test_flipped_byte_in_a_middle_page_is_reported_by_check(many_entries: Path) -> None:
    database = db_path(many_entries)
    pages = database.stat().st_size // PAGE_SIZE
    assert pages > 20
    damaged = _flip(database, (pages // 2) * PAGE_SIZE + 100)
    params_before = params_path(many_entries).read_bytes()
    with Vault.open(many_entries, PASSPHRASE) as vault:
        assert vault.integrity_problems() != []
        report = Journal(vault).check()
        assert not report.ok
        assert report.integrity != []
    assert database.read_bytes() == damaged  # nothing was overwritten or "repaired"
    assert params_path(many_entries).read_bytes() == params_before


def test_flipped_byte_in_any_page_is_reported_never_crashes_check(many_entries: Path) -> None:
    """Wherever the damage lands, `check` reports it (or open refuses with VaultCorrupt)."""
    database = db_path(many_entries)
    original = database.read_bytes()
    pages = len(original) // PAGE_SIZE
    for page in range(1, pages, max(1, pages // 12)):
        damaged = _flip(database, page * PAGE_SIZE + 200)
        try:
            vault = Vault.open(many_entries, PASSPHRASE)
        except VaultCorrupt:
            pass
        else:
            with vault:
                report = Journal(vault).check()
                assert not report.ok, f"page {page + 1}"
        assert database.read_bytes() == damaged
        database.write_bytes(original)


@pytest.mark.parametrize("offset", [100, 2000, PAGE_SIZE - 1], ids=["header", "mid", "end"])
def test_flipped_byte_in_page_one_is_corruption_not_a_wrong_passphrase(
    many_entries: Path, offset: int
) -> None:
    damaged = _flip(db_path(many_entries), offset)
    with pytest.raises(VaultCorrupt):
        Vault.open(many_entries, PASSPHRASE)
    assert db_path(many_entries).read_bytes() == damaged


def test_flipped_salt_byte_is_corruption_not_a_wrong_passphrase(many_entries: Path) -> None:
    """The passphrase is right; telling the person otherwise would send them guessing."""
    damaged = _flip(db_path(many_entries), 5)
    with pytest.raises(VaultCorrupt):
        Vault.open(many_entries, PASSPHRASE)
    assert db_path(many_entries).read_bytes() == damaged


# --------------------------------------------------------------------- 8. truncation
@pytest.mark.parametrize(
    "keep", ["zero", "salt-only", "mid-page", "one-page-short", "first-page-only"]
)
def test_truncated_database_is_a_clean_error_never_a_new_vault(
    many_entries: Path, keep: str
) -> None:
    database = db_path(many_entries)
    size = database.stat().st_size
    length = {
        "zero": 0,
        "salt-only": 16,
        "mid-page": (size // PAGE_SIZE // 2) * PAGE_SIZE + 1234,
        "one-page-short": size - PAGE_SIZE,
        "first-page-only": PAGE_SIZE,
    }[keep]
    with database.open("r+b") as handle:
        handle.truncate(length)
    before = snapshot(many_entries)
    with pytest.raises(JournalError) as raised:
        Vault.open(many_entries, PASSPHRASE)
    assert isinstance(raised.value, VaultCorrupt)
    assert not isinstance(raised.value, WrongPassphrase)
    with pytest.raises(VaultExists):
        Vault.create(many_entries, PASSPHRASE, kdf=FAST_KDF)
    assert snapshot(many_entries) == before


def test_missing_database_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing-here", PASSPHRASE)
    assert not (tmp_path / "nothing-here").exists()


# --------------------------------------------------------------------- 9. edits behind the app
@pytest.fixture
def three_entries(vault: Vault) -> tuple[Journal, list[int]]:
    journal = Journal(vault)
    ids = [journal.add(Kind.INCIDENT, fields(f"Entry {n}", body=f"body {n}")) for n in range(3)]
    journal.edit(ids[0], fields("Entry 0", body="body 0, amended"))
    assert journal.check().ok
    return journal, ids


def test_rewritten_version_text_names_the_entry(three_entries: tuple[Journal, list[int]]) -> None:
    journal, ids = three_entries
    forged = encode_fields(fields("Entry 1", body="it never happened").validated(Kind.INCIDENT))
    journal.vault.connection.execute(
        "UPDATE versions SET fields = ? WHERE entry_id = ? AND version_no = 1", (forged, ids[1])
    )
    report = journal.check()
    assert not report.ok
    assert report.integrity == []
    assert report.first_bad_entry == ids[1]


def test_tampered_timeline_title_names_the_entry(three_entries: tuple[Journal, list[int]]) -> None:
    journal, ids = three_entries
    journal.vault.connection.execute(
        "UPDATE entries SET title = 'Nothing happened' WHERE id = ?", (ids[2],)
    )
    report = journal.check()
    assert not report.ok
    assert report.first_bad_entry == ids[2]


def test_first_bad_entry_follows_history_order(three_entries: tuple[Journal, list[int]]) -> None:
    journal, ids = three_entries
    db = journal.vault.connection
    db.execute("UPDATE entries SET title = 'x' WHERE id = ?", (ids[2],))
    db.execute(
        "UPDATE versions SET recorded_at = '2020-01-01T00:00:00.000000+00:00' "
        "WHERE entry_id = ? AND version_no = 1",
        (ids[1],),
    )
    report = journal.check()
    assert report.first_bad_entry == ids[1]
    assert len(report.problems) >= 2


def test_removed_version_is_reported(three_entries: tuple[Journal, list[int]]) -> None:
    journal, ids = three_entries
    # Someone with the key removes the version and everything that points at it.
    where = "(SELECT seq FROM versions WHERE entry_id = ? AND version_no = 2)"
    for table in ("version_salts", "version_attachments"):
        journal.vault.connection.execute(
            f"DELETE FROM {table} WHERE version_seq = {where}", (ids[0],)
        )
    journal.vault.connection.execute(
        "DELETE FROM versions WHERE entry_id = ? AND version_no = 2", (ids[0],)
    )
    report = journal.check()
    assert not report.ok
    assert report.first_bad_entry == ids[0]


def test_tampering_survives_reopening(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        first = journal.add(Kind.INCIDENT, fields(body="a"))
        second = journal.add(Kind.INCIDENT, fields(body="b"))
        vault.connection.execute(
            "UPDATE versions SET content_sha256 = ? WHERE entry_id = ?", ("00" * 32, second)
        )
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        report = Journal(vault).check()
    assert report.first_bad_entry == second != first


# --------------------------------------------------------------------- 12. second instance
def test_second_open_is_refused_while_the_first_is_open(closed_vault: Path) -> None:
    first = Vault.open(closed_vault, PASSPHRASE)
    try:
        before = db_path(closed_vault).read_bytes()
        with pytest.raises(VaultLocked):
            Vault.open(closed_vault, PASSPHRASE)
        with pytest.raises(VaultLocked):
            Vault.open(closed_vault, "a wrong passphrase as well")
        assert db_path(closed_vault).read_bytes() == before
        Journal(first).add(Kind.INCIDENT, fields())  # the first instance still works
    finally:
        first.close()
    with Vault.open(closed_vault, PASSPHRASE) as again:
        assert Journal(again).count() == 1
        assert Journal(again).check().ok


def test_second_process_is_refused_while_the_first_is_open(closed_vault: Path) -> None:
    code = (
        "import sys\n"
        "from journal_app.core.errors import VaultLocked\n"
        "from journal_app.vault.vault import Vault\n"
        "try:\n"
        f"    Vault.open(sys.argv[1], {PASSPHRASE!r})\n"
        "except VaultLocked:\n"
        "    print('locked')\n"
    )
    with Vault.open(closed_vault, PASSPHRASE):
        result = subprocess.run(
            [sys.executable, "-c", code, str(closed_vault)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=cli_env(),
            timeout=60,
            check=False,
        )
    assert result.stdout.strip() == "locked", result.stderr


# --------------------------------------------------------------------- 19. hard text
HARD_TITLE = "Right-to-left \u202egnp.exe\u202c override, NUL \x00 here, 😀👩🏽‍⚖️"
HARD_BODY = (
    "قال لي إنه سيأخذ الأطفال\x00\n"
    "Zoë said the café was closed — «non» 😀🇺🇦\r\n"
    "combining: e\u0301 \U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1 \ufeff tab\tend"
)


def test_hard_text_is_stored_and_read_back_exactly(vault_dir: Path) -> None:
    long_body = (HARD_BODY + "\n") * (200_000 // len(HARD_BODY))
    assert len(long_body) >= 190_000
    original = fields(HARD_TITLE, body=long_body, location="\u202eموقع", people=("Zoë",))
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        entry_id = journal.add(Kind.INCIDENT, original)
        short_id = journal.add(Kind.INCIDENT, fields("short", body=HARD_BODY))
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        journal = Journal(vault)
        stored = journal.get(entry_id).current.fields
        assert stored is not None
        assert stored.title.encode("utf-8") == HARD_TITLE.encode("utf-8")
        assert stored.body.encode("utf-8") == long_body.encode("utf-8")
        assert stored.location == "\u202eموقع"
        assert journal.get(short_id).current.fields.body == HARD_BODY  # type: ignore[union-attr]
        summary = next(s for s in journal.entries() if s.id == entry_id)
        assert summary.title == HARD_TITLE
        assert journal.check().ok


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الأطفال", {"arabic"}),
        ("سيأخذ", {"arabic"}),
        ("café", {"french"}),
        ("cafe", {"french"}),
        ("CAFÉ", {"french"}),
        ("Zoe", {"french"}),
        ("Zoë", {"french"}),
        ("naïve", {"french"}),
        ("naive", {"french"}),
        ("caf", {"french"}),  # prefix while typing
        ('"he said" OR', set()),  # FTS syntax is taken literally, no error
    ],
)
def test_search_finds_arabic_and_accented_words(
    journal: Journal, query: str, expected: set[str]
) -> None:
    ids = {
        "arabic": journal.add(Kind.INCIDENT, fields("رسالة", body="قال لي إنه سيأخذ الأطفال")),
        "french": journal.add(
            Kind.INCIDENT, fields("Zoë", body="the naïve café owner saw it", location="Paris")
        ),
        "other": journal.add(Kind.INCIDENT, fields("Unrelated", body="nothing of note")),
    }
    found = {s.id for s in journal.search(query)}
    assert found == {ids[name] for name in expected}


def test_text_that_is_not_valid_unicode_is_refused_cleanly(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.add(Kind.INCIDENT, fields(body="lone surrogate \udc80"))
    assert journal.count() == 0


# --------------------------------------------------------------------- 21. backup and restore
@pytest.fixture
def backed_up(vault: Vault, tmp_path: Path) -> Iterator[tuple[Vault, Path]]:
    journal = Journal(vault)
    journal.add(
        Kind.INCIDENT,
        fields(body=f"before the backup {MARKER}"),
        [AttachmentSource(name="photo.bin", data=os.urandom(5 * 1024 * 1024 + 17))],
    )
    entry_id = journal.add(Kind.INCIDENT, fields("second"))
    journal.edit(entry_id, fields("second", body="amended"))
    target = tmp_path / "usb" / "journal.backup"
    target.parent.mkdir()
    write_backup(vault, PASSPHRASE, target)
    yield vault, target


def test_backup_holds_both_journals_encrypted_and_no_plaintext(
    backed_up: tuple[Vault, Path],
) -> None:
    """Both journals, as encrypted as they are in the folder (issue 15: re-encrypting only the
    open one under a fresh salt would say which one was open)."""
    vault, target = backed_up
    data = target.read_bytes()
    main, alternate = (db_path(vault.folder, stem).read_bytes() for stem in (MAIN, ALTERNATE))
    assert data[: len(main)] == main
    assert data[len(main) : len(main) + len(alternate)] == alternate
    assert files_containing([target.parent], MARKER.encode()) == []
    assert file_names(target.parent) == ["journal.backup"]  # no staging file left


def test_restored_vault_opens_checks_and_holds_the_same_history(
    backed_up: tuple[Vault, Path], tmp_path: Path
) -> None:
    vault, target = backed_up
    journal = Journal(vault)
    head = journal.head()
    summaries = journal.entries()
    [attachment] = journal.get(summaries[-1].id).current.attachments
    original_bytes = journal.attachment_bytes(attachment.id)

    restored_dir = tmp_path / "restored"
    assert restore_backup(target, restored_dir, PASSPHRASE) == head
    assert file_names(restored_dir) == [
        "notebook.1.db",
        "notebook.1.json",
        "notebook.db",
        "notebook.json",
    ]
    with Vault.open(restored_dir, PASSPHRASE) as restored:
        again = Journal(restored)
        assert again.check().ok
        assert again.head() == head
        assert again.entries() == summaries
        assert again.attachment_bytes(attachment.id) == original_bytes
        assert restored.salt == target.read_bytes()[:16] == vault.salt


def test_restore_never_overwrites_an_existing_journal(
    backed_up: tuple[Vault, Path], tmp_path: Path
) -> None:
    _vault, target = backed_up
    existing = tmp_path / "existing"
    fill(existing, 2, body_repeat=1)
    before = snapshot(existing)
    with pytest.raises(VaultExists):
        restore_backup(target, existing, PASSPHRASE)
    assert snapshot(existing) == before


def test_cancelled_restore_leaves_no_journal(backed_up: tuple[Vault, Path], tmp_path: Path) -> None:
    _vault, target = backed_up
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls >= 2  # after the first 4 MiB chunk was copied

    restored_dir = tmp_path / "restored"
    with pytest.raises(Cancelled):
        restore_backup(target, restored_dir, PASSPHRASE, cancelled=cancelled)
    assert calls >= 2
    assert file_names(restored_dir) == []
    restore_backup(target, restored_dir, PASSPHRASE)  # a later attempt still works
    Vault.open(restored_dir, PASSPHRASE).close()


def test_restore_killed_midway_leaves_no_journal_and_the_original_intact(
    backed_up: tuple[Vault, Path], tmp_path: Path
) -> None:
    vault, target = backed_up
    head = Journal(vault).head()
    vault.close()
    restored_dir = tmp_path / "restored"
    code = (
        "import os, signal, sys\n"
        "from journal_app.vault.restore import restore_backup\n"
        "def progress(done, total):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        f"restore_backup(sys.argv[1], sys.argv[2], {PASSPHRASE!r}, progress=progress)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(target), str(restored_dir)],
        cwd=ROOT,
        env=cli_env(),
        timeout=60,
        check=False,
        capture_output=True,
    )
    assert result.returncode == -9
    assert "notebook.db" not in file_names(restored_dir)
    with pytest.raises(VaultNotFound):
        Vault.open(restored_dir, PASSPHRASE)
    with Vault.open(vault.folder, PASSPHRASE) as original:
        assert Journal(original).check().ok
        assert Journal(original).head() == head
    assert restore_backup(target, restored_dir, PASSPHRASE) == head


@pytest.mark.parametrize("damage", ["truncated", "flipped"])
def test_damaged_backup_is_refused_and_leaves_nothing(
    backed_up: tuple[Vault, Path], tmp_path: Path, damage: str
) -> None:
    _vault, target = backed_up
    raw = target.read_bytes()
    if damage == "truncated":
        target.write_bytes(raw[: len(raw) // 2])
    else:
        _flip(target, (len(raw) // PAGE_SIZE // 2) * PAGE_SIZE + 300)
    restored_dir = tmp_path / "restored"
    with pytest.raises((VaultCorrupt, IntegrityError)):
        restore_backup(target, restored_dir, PASSPHRASE)
    assert file_names(restored_dir) == []


def test_wrong_passphrase_for_a_backup_leaves_nothing(
    backed_up: tuple[Vault, Path], tmp_path: Path
) -> None:
    _vault, target = backed_up
    restored_dir = tmp_path / "restored"
    with pytest.raises(WrongPassphrase):
        restore_backup(target, restored_dir, "not the passphrase")
    assert file_names(restored_dir) == []


def test_backup_with_a_mistyped_passphrase_is_refused(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "journal.backup"
    with pytest.raises(WrongPassphrase):
        write_backup(vault, "mistyped", target)
    assert file_names(tmp_path) == ["vault"]


def test_backup_parameters_travel_inside_the_file(backed_up: tuple[Vault, Path]) -> None:
    vault, target = backed_up
    from journal_app.vault.restore import read_backup

    main, alternate = read_backup(target)
    assert VaultParameters.from_bytes(main.settings or b"").current.kdf == (
        vault.parameters.current.kdf
    )
    assert alternate.settings == params_path(vault.folder, ALTERNATE).read_bytes()
    for section in (main, alternate):
        assert section.database % PAGE_SIZE == 0 and 0 < section.database < target.stat().st_size
    assert Journal(vault).count(EntryFilter()) == 2
