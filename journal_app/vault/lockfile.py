"""One lock per journal folder, on a file of its own (`notebook.lock`), so a second instance
is refused on every system.

Why a separate file: a lock on the database itself fights SQLite. On macOS and the BSDs an
flock() and SQLite's fcntl() locks on one file share one list and conflict, so SQLite's own read
lock was refused; on Windows byte-range locks are mandatory, so a lock byte inside the database
(any offset is inside a large enough one) made SQLite's reads and writes there fail. Nothing
but this module opens `notebook.lock`, so any lock on it is ours alone. One lock covers both
journals of the folder (main and alternate): the lock never says which one is open.

A command that finds the folder locked waits a few seconds before refusing: another command
(a `list` while an `add` runs, a backup) usually finishes by then. A window holding the journal
open does not, and the second instance is told the journal is busy. The lock belongs to the
open file, so a second open in the same process is refused too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from pathlib import Path

from journal_app.core.errors import VaultLocked
from journal_app.core.files import open_regular_file

LOCK_NAME = "notebook.lock"
WAIT_SECONDS = 3.0
_POLL_SECONDS = 0.05


def lock_path(folder: Path) -> Path:
    return Path(folder) / LOCK_NAME


class FolderLock:
    """An exclusive lock on `folder`'s lock file, held until `release`."""

    def __init__(self, descriptor: int | None) -> None:
        # None: a folder nobody can write to (a read-only stick) has no lock file and can
        # get none; no other instance can change anything there either.
        self._fd = descriptor

    @classmethod
    def take(cls, folder: Path, *, create: bool, wait: float = WAIT_SECONDS) -> FolderLock | None:
        """Lock the folder, waiting up to `wait` seconds for another holder; raises VaultLocked
        after that. With `create` False, a folder without a lock file (a journal made before
        lock files, not yet unlocked) gives None, so a wrong passphrase leaves no new file."""
        descriptor = _open(lock_path(folder), create=create)
        if descriptor is None:
            return None if not create else cls(None)
        deadline = time.monotonic() + wait
        while True:
            try:
                _lock(descriptor)
                return cls(descriptor)
            except OSError as exc:
                if time.monotonic() < deadline:
                    time.sleep(_POLL_SECONDS)
                    continue
                os.close(descriptor)
                raise VaultLocked(
                    "This journal is busy: it is already open in another window, or another "
                    "command is using it. Try again when that has finished."
                ) from exc

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def _open(path: Path, *, create: bool) -> int | None:
    """A descriptor of the lock file; read-only where the file or folder cannot be written
    (a lock needs no writing). None when there is none and none can be made."""
    flags = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(path, flags | os.O_RDWR | (os.O_CREAT if create else 0), 0o600)
    except FileNotFoundError:
        if create:
            raise
        return None
    except PermissionError:
        pass
    except OSError as exc:
        if exc.errno != errno.EROFS:
            raise
    try:
        return os.open(path, flags | os.O_RDONLY)
    except FileNotFoundError:
        return None


def read_prefix(database: Path, length: int) -> bytes:
    """The first bytes of the database (its salt), read before any connection to it exists.

    Closing a descriptor drops every fcntl lock the process holds on that file, SQLite's too;
    so this is only called while no connection of ours has the file open (the folder lock,
    taken first, keeps a second one out)."""
    with open_regular_file(database) as handle:  # a pipe in its place would block for ever
        return handle.read(length)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
