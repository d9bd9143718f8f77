"""One lock per journal folder, on `notebook.lock`, never on a file SQLite locks (issue 11).

A lock on the database itself is what broke macOS (flock and SQLite's fcntl locks conflict
there) and Windows past 2 GiB (a mandatory lock byte inside the data). These tests look at
what the kernel says is locked, and at what a second process is told.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app.core.errors import VaultLocked, WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE, cli_env, fields, run_cli


def locked_inodes() -> set[int]:
    """Inodes that hold any lock right now (Linux /proc/locks: ... MAJ:MIN:INODE ...)."""
    inodes = set()
    for line in Path("/proc/locks").read_text(encoding="ascii").splitlines():
        for word in line.split():
            if word.count(":") == 2:
                inodes.add(int(word.rsplit(":", 1)[1]))
    return inodes


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="the kernel's lock table is Linux's")
def test_an_open_journal_locks_its_lock_file_and_never_the_database(closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        Journal(vault).add(Kind.INCIDENT, fields())  # a write, then idle
        held = locked_inodes()
        assert (closed_vault / "notebook.lock").stat().st_ino in held
        for database in ("notebook.db", "notebook.1.db"):
            assert (closed_vault / database).stat().st_ino not in held, database
    assert (closed_vault / "notebook.lock").stat().st_ino not in locked_inodes()


def test_a_second_process_is_told_the_journal_is_busy(closed_vault: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from journal_app.vault.vault import Vault\n"
            f"v = Vault.open(sys.argv[1], {PASSPHRASE!r})\n"
            "print('open', flush=True)\n"
            "sys.stdin.read()\n",
            str(closed_vault),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=cli_env(),
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        started = time.monotonic()
        result = run_cli(["list", closed_vault, "--passphrase-file", "-"], stdin=PASSPHRASE + "\n")
        assert result.returncode == 1, result.stderr
        assert "busy" in result.stderr and "Traceback" not in result.stderr
        assert time.monotonic() - started >= 2.5  # it waited for the other command first
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    result = run_cli(["list", closed_vault, "--passphrase-file", "-"], stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr


def test_a_second_open_in_the_same_process_is_refused(closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE), pytest.raises(VaultLocked):
        Vault.open(closed_vault, PASSPHRASE)


def test_a_journal_from_before_lock_files_gets_one_only_when_it_opens(closed_vault: Path) -> None:
    lock = closed_vault / "notebook.lock"
    lock.unlink()
    before = sorted(p.name for p in closed_vault.iterdir())
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, "not the passphrase")
    assert sorted(p.name for p in closed_vault.iterdir()) == before  # a wrong guess adds nothing
    with Vault.open(closed_vault, PASSPHRASE), pytest.raises(VaultLocked):
        Vault.open(closed_vault, PASSPHRASE)
    assert lock.exists()
