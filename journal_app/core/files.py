"""Reading files a person names: only ordinary files, refused at once otherwise.

A named pipe would block the reader forever, and a device such as /dev/zero would stream
without end; both are refused before a single byte is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from journal_app.core.errors import InvalidInput

# Opening a pipe for reading waits for a writer unless O_NONBLOCK is given; for an ordinary
# file the flag changes nothing. Windows has no pipes in the file system, nor the flag.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _not_ordinary(path: Path) -> InvalidInput:
    return InvalidInput(
        key="'{path}' is not an ordinary file (it is a folder, a device or a pipe).",
        params={"path": path},
    )


def _unreadable(path: Path, exc: OSError) -> InvalidInput:
    if isinstance(exc, FileNotFoundError):
        return InvalidInput(key="The file '{path}' does not exist.", params={"path": path})
    if isinstance(exc, IsADirectoryError):
        return _not_ordinary(path)
    return InvalidInput(
        key="The file '{path}' cannot be read: {reason}",
        params={"path": path, "reason": exc.strerror or type(exc).__name__},
    )


def regular_file_size(path: Path) -> int:
    """The size of an ordinary file; InvalidInput for anything else or a missing file."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not stat.S_ISREG(info.st_mode):
        raise _not_ordinary(path)
    return info.st_size


def open_regular_file(path: Path) -> BinaryIO:
    """Open an ordinary file for reading; InvalidInput, at once, for anything else."""
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise _not_ordinary(path)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
