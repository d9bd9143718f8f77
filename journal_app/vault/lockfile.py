"""An exclusive lock on the database file, so a second instance is refused.

A command that finds the journal locked waits a few seconds before refusing: another command
(a `list` while an `add` runs, a backup) usually finishes by then. A window holding the
journal open does not, and the second instance is told the journal is busy.

The lock is taken on a descriptor of the database file itself, so a failed unlock leaves no
new file behind. On POSIX we use flock(), which is independent of the fcntl() locks SQLite takes;
the descriptor stays open until after SQLite's connection is closed, because closing any
descriptor of a file drops the process's fcntl locks on it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from journal_app.core.errors import VaultLocked

# A byte far beyond SQLite's own lock bytes (which sit at 1 GiB) for Windows byte-range locks.
_WINDOWS_LOCK_OFFSET = 0x7FFF_FFF0
WAIT_SECONDS = 3.0
_POLL_SECONDS = 0.05


class DatabaseLock:
    def __init__(self, path: Path, *, wait: float = WAIT_SECONDS) -> None:
        self._fd: int | None = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        deadline = time.monotonic() + wait
        while True:
            try:
                _lock(self._fd)
                return
            except OSError as exc:
                if time.monotonic() < deadline:
                    time.sleep(_POLL_SECONDS)
                    continue
                os.close(self._fd)
                self._fd = None
                raise VaultLocked(
                    "This journal is busy: it is already open in another window, or another "
                    "command is using it. Try again when that has finished."
                ) from exc

    def read_prefix(self, length: int) -> bytes:
        """Read the file's first bytes through the locked descriptor (no extra open/close)."""
        if self._fd is None:
            raise ValueError("lock released")
        return (
            os.pread(self._fd, length, 0)
            if hasattr(os, "pread")
            else _read_prefix(self._fd, length)
        )

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def _read_prefix(fd: int, length: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, length)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
