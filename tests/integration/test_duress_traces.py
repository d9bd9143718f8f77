"""Nothing in the journal folder says which journal is open, or whether a duress passphrase was
ever set (issue 15, "Nothing in timing or files tells them apart").

Each test looks at the folder as someone with the laptop would: `ls -l --full-time` (names,
sizes rounded up to the 4096-byte page, times, inode numbers) and `/proc/locks` (which of the
folder's files a process holds a lock on), while a journal is open and reading.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.core.models import Category, Kind
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.vault import (
    ALTERNATE,
    MAIN,
    Vault,
    db_path,
)
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields

DURESS = "shopping list 2026"
JOURNAL_FILES = ("notebook.db", "notebook.1.db", "notebook.json", "notebook.1.json")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="/proc/locks is Linux's"
)


def lock_holders(folder: Path) -> list[tuple[str, str, str]]:
    """(file name, lock kind, mode) for every lock anyone holds on a file of `folder`."""
    inodes = {os.stat(folder / name).st_ino: name for name in os.listdir(folder)}
    held: list[tuple[str, str, str]] = []
    with open("/proc/locks", encoding="ascii") as table:
        for line in table:
            parts = line.split()
            if parts[1] == "->":  # a waiter, not a holder
                continue
            inode = int(parts[5].rsplit(":", 1)[1])
            if inode in inodes:
                held.append((inodes[inode], parts[1], parts[3]))
    return sorted(held)


def listing(folder: Path) -> dict[str, tuple[int, int, int]]:
    """name -> (size in pages, rounded up; mtime to the second; inode)."""
    view = {}
    for name in sorted(os.listdir(folder)):
        info = os.stat(folder / name)
        view[name] = (math.ceil(info.st_size / 4096), int(info.st_mtime), info.st_ino)
    return view


def shape(folder: Path) -> dict[str, int]:
    """What stays comparable between two folders made at different moments: the names, and
    for each journal file the rank of its modification time (equal times share a rank).

    Not compared: inode numbers (the file system reuses freed ones, so the two databases' order
    is set by chance when the folder is made, the same chance with or without a duress
    passphrase; that setting one keeps them is tested below), and `notebook.lock`, made once
    with the folder and never written, which may share a clock tick with the first write."""
    assert sorted(os.listdir(folder)) == sorted([*JOURNAL_FILES, "notebook.lock"])
    infos = {name: os.stat(folder / name) for name in JOURNAL_FILES}
    times = sorted({info.st_mtime_ns for info in infos.values()})
    return {name: times.index(info.st_mtime_ns) for name, info in infos.items()}


@contextmanager
def reading(folder: Path, passphrase: str) -> Iterator[Vault]:
    """A journal open with a read still in progress, as the timeline leaves it while scrolling."""
    with Vault.open(folder, passphrase) as vault:
        rows = vault.connection.execute("SELECT id FROM entries")
        rows.fetchone()
        yield vault
        del rows


def with_duress(folder: Path) -> Path:
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        for title in ("He took my passport", "He read my messages", "He followed me"):
            Journal(vault).add(Kind.INCIDENT, fields(title))
        set_alternate_passphrase(vault, DURESS)
    with Vault.open(folder, DURESS) as decoy:
        for title in ("Bread, milk", "Call the dentist", "Library books"):
            Journal(decoy).add(Kind.INCIDENT, fields(title, category=Category.OTHER))
    return folder


def test_the_folder_listing_and_its_locks_are_the_same_whichever_journal_is_open(
    tmp_path: Path,
) -> None:
    folder = with_duress(tmp_path / "vault")
    with reading(folder, PASSPHRASE) as main:
        assert main.stem == MAIN
        main_view, main_locks = listing(folder), lock_holders(folder)
    with reading(folder, DURESS) as decoy:
        assert decoy.stem == ALTERNATE
        decoy_view, decoy_locks = listing(folder), lock_holders(folder)
    assert main_locks == decoy_locks, "the locks name the journal that is open"
    assert main_locks, "an open journal holds its folder's lock"
    assert main_view == decoy_view


def open_files(folder: Path) -> list[str]:
    """The folder's files this process holds open (what /proc/<pid>/fd shows)."""
    names = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = Path(os.readlink(f"/proc/self/fd/{fd}"))
            if target.parent == folder.resolve():
                names.add(target.name)
    return sorted(names)


def test_both_journal_files_are_held_open_whichever_journal_is_open(tmp_path: Path) -> None:
    folder = with_duress(tmp_path / "vault")
    with Vault.open(folder, PASSPHRASE):
        main_files = open_files(folder)
    with Vault.open(folder, DURESS):
        decoy_files = open_files(folder)
    assert main_files == decoy_files
    assert {"notebook.db", "notebook.1.db"} <= set(main_files)


def test_writing_either_journal_moves_every_journal_files_time_together(tmp_path: Path) -> None:
    folder = with_duress(tmp_path / "vault")
    for passphrase in (PASSPHRASE, DURESS):
        with Vault.open(folder, passphrase) as vault:
            Journal(vault).add(Kind.INCIDENT, fields("Another note"))
            times = {os.stat(folder / name).st_mtime_ns for name in JOURNAL_FILES}
            assert len(times) == 1, f"while open with {passphrase!r}, one file is newer"
        assert len({os.stat(folder / name).st_mtime_ns for name in JOURNAL_FILES}) == 1


def test_a_folder_with_a_duress_passphrase_looks_like_one_without(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    with Vault.create(plain, PASSPHRASE, kdf=FAST_KDF) as vault:
        Journal(vault).add(Kind.INCIDENT, fields("He took my passport"))
    duress = with_duress(tmp_path / "duress")
    with Vault.open(duress, PASSPHRASE) as vault:
        Journal(vault).add(Kind.INCIDENT, fields("He took my passport"))
    with Vault.open(plain, PASSPHRASE) as vault:
        Journal(vault).add(Kind.INCIDENT, fields("He took my passport"))
    assert shape(plain) == shape(duress)
    with reading(plain, PASSPHRASE):
        plain_locks = lock_holders(plain)
    with reading(duress, DURESS):
        duress_locks = lock_holders(duress)
    assert plain_locks == duress_locks


def test_setting_a_duress_passphrase_keeps_the_files_and_moves_their_times_together(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    inodes = {name: os.stat(folder / name).st_ino for name in ("notebook.db", "notebook.1.db")}
    with Vault.open(folder, PASSPHRASE) as vault:
        set_alternate_passphrase(vault, DURESS)
    assert {name: os.stat(folder / name).st_ino for name in inodes} == inodes
    assert len({os.stat(folder / name).st_mtime_ns for name in JOURNAL_FILES}) == 1
    with Vault.open(folder, DURESS) as decoy:
        assert decoy.stem == ALTERNATE


@pytest.mark.parametrize("passphrase", [PASSPHRASE, DURESS])
def test_a_passphrase_change_gives_neither_journal_a_newer_file(
    tmp_path: Path, passphrase: str
) -> None:
    folder = with_duress(tmp_path / "vault")
    before = listing(folder)
    with Vault.open(folder, passphrase) as vault:
        vault.change_passphrase(passphrase + " changed", kdf=FAST_KDF)
    after = listing(folder)
    assert [after[n][2] for n in ("notebook.db", "notebook.1.db")] == [
        before[n][2] for n in ("notebook.db", "notebook.1.db")
    ]
    assert len({os.stat(folder / name).st_mtime_ns for name in JOURNAL_FILES}) == 1


def test_the_duress_journal_is_replaced_in_place(tmp_path: Path) -> None:
    folder = with_duress(tmp_path / "vault")
    inode = db_path(folder, ALTERNATE).stat().st_ino
    with Vault.open(folder, PASSPHRASE) as vault:
        set_alternate_passphrase(vault, "a new duress passphrase")
    assert db_path(folder, ALTERNATE).stat().st_ino == inode
    with Vault.open(folder, "a new duress passphrase") as decoy:
        assert Journal(decoy).entries() == []
