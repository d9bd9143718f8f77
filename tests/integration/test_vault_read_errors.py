"""Clear sentences where a person used to get "unexpected error" or an incomplete answer.

Issue 10: `passwd` in a read-only folder; a `notebook.db` that is a folder; a journal folder
that is a file; a `list` started while another command holds the journal (it waits a few
seconds, then says the journal is busy); and a damaged page met while reading, which must end
with exit 4 and "restore from a backup", never with part of the journal shown as if it were
all of it. Real SQLCipher files in tmp_path; the command line runs as a subprocess.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from journal_app.core.errors import DamagedJournal, IntegrityError, NotAJournal, VaultCorrupt
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntrySummary, Kind
from journal_app.vault.vault import PAGE_SIZE, Vault, db_path
from tests.support.helpers import FAST_KDF, PASSPHRASE, ROOT, cli_env, fields, run_cli

NEW_PASSPHRASE = "a brand new passphrase"
Result = subprocess.CompletedProcess[str]
Snapshot = dict[str, tuple[bytes, int, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every file's bytes, modification time and mode."""
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def cli(*args: str | os.PathLike[str], passphrase: str = PASSPHRASE, **kw: object) -> Result:
    return run_cli([*args, "--passphrase-file", "-"], stdin=passphrase + "\n", **kw)  # type: ignore[arg-type]


def last_line(result: Result, status: int) -> str:
    """The exit status, no traceback, and the final `journal-app: ...` sentence."""
    assert result.returncode == status, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("journal-app: "), result.stderr
    assert "unexpected" not in line, line
    return line


def one_line(result: Result, status: int) -> str:
    line = last_line(result, status)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return line


def make_vault(folder: Path, entries: int = 1, body_repeat: int = 1) -> Path:
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as created:
        journal = Journal(created)
        for number in range(entries):
            journal.add(
                Kind.INCIDENT,
                fields(f"Entry {number}", body=f"What happened, part {number}. " * body_repeat),
            )
    return folder


def opens_with(folder: Path, passphrase: str) -> list[str]:
    with Vault.open(folder, passphrase) as opened:
        return [e.title for e in Journal(opened).entries()]


# --------------------------------------------------------------------- a read-only folder
_PR_CAPBSET_DROP = 24
_FILE_OVERRIDES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _without_file_override() -> None:
    """Root obeys file modes like anyone else once these capabilities are gone."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _FILE_OVERRIDES:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@dataclass
class Unprivileged:
    preexec: Callable[[], None] | None


@pytest.fixture(scope="module")
def unprivileged() -> Unprivileged:
    if os.geteuid() != 0:
        return Unprivileged(None)
    probe = subprocess.run(
        [sys.executable, "-c", "import journal_app.vault.vault"],
        preexec_fn=_without_file_override,
        env=cli_env(),
        cwd=ROOT,
        capture_output=True,
        check=False,
        timeout=60,
    )
    if probe.returncode != 0:
        pytest.skip("running as root and cannot drop the file-permission override")
    return Unprivileged(_without_file_override)


def chmod_tree(folder: Path, dir_mode: int, file_mode: int) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(dir_mode if path.is_dir() else file_mode)


@pytest.fixture
def shared_parent() -> Iterator[Path]:
    """A folder outside the 0700 tmp_path, so permission changes are all that matters."""
    parent = Path(tempfile.mkdtemp(prefix="journal-ro-"))
    parent.chmod(0o755)
    try:
        yield parent
    finally:
        for path in [parent, *parent.rglob("*")]:
            path.chmod(0o700 if path.is_dir() else 0o600)
        shutil.rmtree(parent, ignore_errors=True)


CHANGE_PASSPHRASE = f"""
import sys
from journal_app.core.errors import JournalError
from journal_app.vault.kdf import KdfParams
from journal_app.vault.vault import Vault
with Vault.open(sys.argv[1], {PASSPHRASE!r}) as vault:
    try:
        vault.change_passphrase({NEW_PASSPHRASE!r}, kdf=KdfParams(1024, 1, 1))
    except JournalError as exc:
        print(type(exc).__name__, exc.exit_status, exc)
    else:
        print("changed")
"""


@pytest.mark.parametrize(
    ("dir_mode", "file_mode"),
    [(0o555, 0o444), (0o555, 0o644), (0o755, 0o444)],
    ids=["read-only-folder-and-files", "read-only-folder", "read-only-files"],
)
def test_passphrase_change_where_nothing_can_be_written_is_one_clear_sentence(
    shared_parent: Path, unprivileged: Unprivileged, dir_mode: int, file_mode: int
) -> None:
    folder = make_vault(shared_parent / "vault")
    chmod_tree(folder, dir_mode, file_mode)
    before = snapshot(folder)
    result = subprocess.run(
        [sys.executable, "-c", CHANGE_PASSPHRASE, str(folder)],
        preexec_fn=unprivileged.preexec,
        env=cli_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("VaultReadOnly 1 "), result.stdout
    assert "cannot be written to; nothing was changed" in result.stdout
    after = snapshot(folder)
    if dir_mode == 0o755:
        # The settings file may be rewritten (same bytes) when the re-key is refused.
        assert {name: data for name, (data, _, _) in after.items()} == {
            name: data for name, (data, _, _) in before.items()
        }
    else:
        assert after == before
    chmod_tree(folder, 0o700, 0o600)
    assert opens_with(folder, PASSPHRASE) == ["Entry 0"]


@pytest.mark.slow
def test_passwd_command_in_a_read_only_folder(
    shared_parent: Path, unprivileged: Unprivileged
) -> None:
    """Was "unexpected error (PermissionError)"; calibrates for real, so a few seconds."""
    folder = make_vault(shared_parent / "vault")
    new_file = shared_parent / "new-passphrase"
    new_file.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    new_file.chmod(0o644)
    chmod_tree(folder, 0o555, 0o644)
    before = snapshot(folder)
    result = cli(
        "passwd",
        folder,
        "--new-passphrase-file",
        new_file,
        cwd=Path("/"),
        preexec_fn=unprivileged.preexec,
    )
    line = last_line(result, 1)
    assert "cannot be written to" in line and "nothing was changed" in line, line
    assert snapshot(folder) == before
    chmod_tree(folder, 0o700, 0o600)
    assert opens_with(folder, PASSPHRASE) == ["Entry 0"]


# --------------------------------------------------------------------- the wrong kind of path
def test_a_journal_file_that_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    (folder / "notebook.db").mkdir(parents=True)
    (folder / "notebook.db" / "inside").write_text("someone's file", encoding="utf-8")
    with pytest.raises(NotAJournal) as raised:
        Vault.open(folder, PASSPHRASE)
    assert raised.value.exit_status == 1
    assert "is not a file" in str(raised.value)
    with pytest.raises(NotAJournal):
        Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    line = one_line(cli("list", folder), 1)
    assert "notebook.db is not a file" in line
    assert sorted(p.name for p in folder.iterdir()) == ["notebook.db"]
    assert [p.name for p in (folder / "notebook.db").iterdir()] == ["inside"]


def test_a_journal_folder_that_is_a_file(tmp_path: Path) -> None:
    mistaken = tmp_path / "notes.txt"
    mistaken.write_text("a shopping list", encoding="utf-8")
    for given in (mistaken, mistaken / "vault"):
        with pytest.raises(NotAJournal) as raised:
            Vault.open(given, PASSPHRASE)
        assert "notes.txt is a file, not a folder" in str(raised.value)
        with pytest.raises(NotAJournal):
            Vault.create(given, PASSPHRASE, kdf=FAST_KDF)
    line = one_line(cli("list", mistaken), 1)
    assert "is a file, not a folder" in line
    init = run_cli(["init", mistaken, "--passphrase-file", "-"], stdin=PASSPHRASE + "\n")
    assert "is a file, not a folder" in last_line(init, 1)
    assert mistaken.read_text(encoding="utf-8") == "a shopping list"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


# --------------------------------------------------------------------- a read while a write runs
@pytest.fixture
def small_vault(tmp_path: Path) -> Path:
    return make_vault(tmp_path / "vault", entries=2)


def test_a_read_waits_for_a_command_that_finishes(small_vault: Path) -> None:
    holder = Vault.open(small_vault, PASSPHRASE)
    release = threading.Timer(1.0, holder.close)
    release.start()
    try:
        started = time.monotonic()
        result = cli("list", small_vault, "--json")
        waited = time.monotonic() - started
    finally:
        release.join()
        holder.close()
    assert result.returncode == 0, result.stderr
    assert sorted(e["title"] for e in json.loads(result.stdout)["entries"]) == [
        "Entry 0",
        "Entry 1",
    ]
    assert waited >= 0.9


def test_a_read_refused_after_waiting_says_busy(small_vault: Path) -> None:
    with Vault.open(small_vault, PASSPHRASE) as holder:
        before = db_path(small_vault).read_bytes()
        started = time.monotonic()
        result = cli("list", small_vault)
        waited = time.monotonic() - started
        Journal(holder).add(Kind.INCIDENT, fields("Saved while the list waited"))
    line = one_line(result, 1)
    assert "busy" in line and "already open" in line, line
    assert result.stdout == ""
    assert waited >= 2.5
    assert before != db_path(small_vault).read_bytes()  # the holder's write went through
    assert len(opens_with(small_vault, PASSPHRASE)) == 3


# --------------------------------------------------------------------- a damaged page
@pytest.fixture(scope="module")
def many_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_vault(tmp_path_factory.mktemp("many") / "vault", entries=40, body_repeat=200)


@pytest.fixture
def many(many_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    shutil.copytree(many_template, folder)
    return folder


def read_everything(
    folder: Path,
) -> tuple[list[EntrySummary], list[Entry], list[EntrySummary]]:
    with Vault.open(folder, PASSPHRASE) as opened:
        journal = Journal(opened)
        summaries = journal.entries()
        entries = [journal.get(summary.id) for summary in summaries]
        return summaries, entries, journal.search("happened part")


def flip(database: Path, original: bytes, offset: int) -> bytes:
    damaged = bytearray(original)
    damaged[offset] ^= 0x01
    database.write_bytes(bytes(damaged))
    return bytes(damaged)


def zero_page(database: Path, original: bytes, page: int) -> bytes:
    damaged = bytearray(original)
    damaged[page * PAGE_SIZE : (page + 1) * PAGE_SIZE] = bytes(PAGE_SIZE)
    database.write_bytes(bytes(damaged))
    return bytes(damaged)


@pytest.mark.parametrize("damage", ["flipped-byte", "zeroed-page"])
def test_a_damaged_page_never_gives_part_of_the_journal_as_all_of_it(
    many: Path, damage: str
) -> None:
    """Damage each data page in turn: the timeline, every entry and a search either return
    exactly what was written or end in the damage error (exit 4, restore from a backup)."""
    database = db_path(many)
    original = database.read_bytes()
    complete = read_everything(many)
    pages = len(original) // PAGE_SIZE
    assert pages > 40
    refused = 0
    for page in range(1, pages):
        if damage == "zeroed-page":
            damaged = zero_page(database, original, page)
        else:
            damaged = flip(database, original, page * PAGE_SIZE + 300)
        try:
            assert read_everything(many) == complete, f"page {page + 1}"
        except DamagedJournal as exc:
            refused += 1
            assert isinstance(exc, IntegrityError) and exc.exit_status == 4
            assert str(exc) == (
                "Part of the journal file is damaged and cannot be read; nothing was changed. "
                "Restore it from a backup."
            )
        except VaultCorrupt as exc:  # the damage sits on a page every unlock reads
            refused += 1
            assert exc.exit_status == 4
        assert database.read_bytes() == damaged, "a read wrote to a damaged journal"
    assert refused > pages // 4


def test_showing_entries_on_a_damaged_page_is_whole_or_refused(many: Path) -> None:
    """As `show` does: each entry read on its own, no timeline first. A page that fails its
    check is handed to SQLite as zeros, so the tail of a long text may come back without an
    SQLite error; that too must end in the damage error, never in text with a hole in it."""
    with Vault.open(many, PASSPHRASE) as opened:
        journal = Journal(opened)
        ids = sorted(summary.id for summary in journal.entries())
        complete = [journal.get(entry_id) for entry_id in ids]
    database = db_path(many)
    original = database.read_bytes()
    outcomes: dict[str, int] = {}
    for page in range(1, len(original) // PAGE_SIZE):
        for zeroed in (False, True):
            damaged = bytearray(original)
            if zeroed:
                damaged[page * PAGE_SIZE : (page + 1) * PAGE_SIZE] = bytes(PAGE_SIZE)
            else:
                damaged[page * PAGE_SIZE + 300] ^= 0x01
            database.write_bytes(bytes(damaged))
            try:
                with Vault.open(many, PASSPHRASE) as opened:
                    journal = Journal(opened)
                    assert [journal.get(entry_id) for entry_id in ids] == complete, page + 1
                outcome = "whole"
            except DamagedJournal as exc:
                assert exc.exit_status == 4
                outcome = "refused"
            except VaultCorrupt:
                outcome = "not unlocked"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            assert database.read_bytes() == bytes(damaged)
    assert outcomes.get("refused", 0) > 20, outcomes


def _page_that_breaks_list(folder: Path, original: bytes) -> int:
    database = db_path(folder)
    for page in range(1, len(original) // PAGE_SIZE):
        flip(database, original, page * PAGE_SIZE + 300)
        try:
            with Vault.open(folder, PASSPHRASE) as opened:
                Journal(opened).entries()
        except DamagedJournal:
            return page
        except VaultCorrupt:
            pass
    raise AssertionError("no page broke the timeline")


@pytest.mark.parametrize("output", [[], ["--json"]], ids=["text", "json"])
def test_list_through_the_command_line_on_a_damaged_page_exits_4(
    many: Path, tmp_path: Path, output: list[str]
) -> None:
    database = db_path(many)
    original = database.read_bytes()
    page = _page_that_breaks_list(many, original)
    damaged = database.read_bytes()
    passphrase_file = tmp_path / "passphrase"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = run_cli(["list", many, *output, "--passphrase-file", passphrase_file])
    line = one_line(result, 4)
    assert "damaged" in line and "backup" in line, (page, line)
    assert result.stdout == "", "part of the timeline was printed"
    assert database.read_bytes() == damaged
