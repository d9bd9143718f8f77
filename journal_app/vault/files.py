"""Durable file operations: atomic replacement, directory fsync, and renames that survive a
file briefly held by another program (see `replace_with_retry`).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

# How long a rename keeps retrying a file that another program holds open, in seconds. On
# Windows, antivirus scanners, the Search indexer and OneDrive open new files for a moment
# without FILE_SHARE_DELETE, and MoveFileEx (os.replace) then fails with ERROR_ACCESS_DENIED
# (5), ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33), all raised as
# PermissionError. They let go within milliseconds to a second or so.
RETRY_SECONDS = 2.0
_FIRST_DELAY = 0.01
_LONGEST_DELAY = 0.25
_SHARING_WINERRORS = frozenset({5, 32, 33})
_sleep = time.sleep  # replaced by tests so retries do not wait
_T = TypeVar("_T")


def replace_with_retry(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """`os.replace(src, dst)`, retried for up to RETRY_SECONDS while the failure is one a
    program briefly holding either file causes; any other failure, or the last one, is raised.

    POSIX systems have no such sharing locks, so there a PermissionError is usually lasting (a
    read-only folder) and only costs the wait before it is reported.
    """
    _retrying(lambda: os.replace(src, dst))


def open_with_retry(path: str | os.PathLike[str], flags: int) -> int:
    """`os.open(path, flags)`, retried like `replace_with_retry` while another program briefly
    holds the file (on Windows, an open for writing fails with a sharing violation then)."""
    return _retrying(lambda: os.open(path, flags))


def _retrying(attempt: Callable[[], _T]) -> _T:
    """`attempt()`, tried again with growing pauses for up to RETRY_SECONDS while it fails the
    way a program briefly holding the file makes it fail."""
    delay = _FIRST_DELAY
    waited = 0.0
    while True:
        try:
            return attempt()
        except OSError as exc:
            if not _held_by_another_program(exc) or waited >= RETRY_SECONDS:
                raise
        _sleep(delay)
        waited += delay
        delay = min(delay * 2, _LONGEST_DELAY)


def _held_by_another_program(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in (
        _SHARING_WINERRORS
    )


def fsync_directory(folder: Path) -> None:
    """Make a rename inside `folder` durable; a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one, whole."""
    atomic_write_with(path, lambda handle: handle.write(data), prefix=".tmp-")


def atomic_write_with(
    path: Path, write: Callable[[BinaryIO], object], *, prefix: str = ".tmp-", suffix: str = ""
) -> None:
    """Let `write` fill a temporary file beside `path`, fsync it, then rename it into place."""
    fd, temp_name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_directory(path.parent)


# FAT32 (and FAT12/16) store a file's size in 32 bits: no file can reach 4 GiB.
FAT_FILE_LIMIT = 4 * 1024**3 - 1
_FAT_TYPES = frozenset({"vfat", "msdos", "fat", "fat12", "fat16", "fat32", "umsdos"})


def largest_file_bytes(folder: Path) -> int | None:
    """The largest file `folder` can hold, when something smaller than the disk limits it: a
    FAT drive (4 GiB - 1 byte) or this process's RLIMIT_FSIZE; None when nothing known does."""
    limits = [limit for limit in (_process_file_limit(), _fat_limit(folder)) if limit is not None]
    return min(limits, default=None)


def file_size_limit_reached(path: Path) -> bool:
    """Whether a write to `path` that the system refused as "full" or "I/O error" is more
    plausibly the drive's (or process's) largest-file limit than a full disk.

    SQLite does not pass EFBIG on (it reports SQLITE_IOERR_WRITE or SQLITE_FULL), so this
    judges from outside: a limit applies, the file (or its rollback journal) is past half of
    it, and the drive still has room.
    """
    folder = path.parent
    limit = largest_file_bytes(folder)
    if limit is None:
        return False
    sizes = []
    for candidate in (path, Path(str(path) + "-journal")):
        with contextlib.suppress(OSError):
            sizes.append(candidate.stat().st_size)
    if not sizes or max(sizes) < limit // 2:
        return False
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return True
    return free > 1024 * 1024


def _process_file_limit() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    try:
        soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    except (OSError, ValueError):
        return None
    return None if soft == resource.RLIM_INFINITY or soft < 0 else soft


def _fat_limit(folder: Path) -> int | None:
    try:
        kind = filesystem_type(folder)
    except (OSError, ValueError):
        return None
    return FAT_FILE_LIMIT if kind is not None and kind.lower() in _FAT_TYPES else None


def filesystem_type(folder: Path) -> str | None:
    """The name of the file system `folder` lives on ("vfat", "FAT32", "msdos", "ntfs", ...),
    or None when it cannot be told."""
    if sys.platform == "win32":
        return _windows_filesystem(folder)
    if sys.platform.startswith("linux"):
        try:
            table = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return filesystem_from_mount_table(folder, _linux_mounts(table))
    if sys.platform == "darwin":
        return filesystem_from_mount_table(folder, _macos_mounts())
    return None


def filesystem_from_mount_table(folder: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the deepest mount point (mount point, type) that holds `folder`."""
    target = os.path.realpath(folder)
    best: tuple[int, str] | None = None
    for point, kind in mounts:
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), kind)
    return None if best is None else best[1]


def _linux_mounts(table: str) -> list[tuple[str, str]]:
    mounts = []
    for line in table.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # /proc/mounts escapes spaces and tabs in mount points as octal (\040, \011).
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            mounts.append((point, fields[2]))
    return mounts


def _macos_mounts() -> list[tuple[str, str]]:
    """`mount` prints "/dev/disk4s1 on /Volumes/STICK (msdos, local, nodev, ...)"."""
    try:
        result = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=2, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return macos_mounts(result.stdout)


def macos_mounts(output: str) -> list[tuple[str, str]]:
    mounts = []
    for line in output.splitlines():
        match = re.match(r"^.+? on (.+) \(([^,)]+)[,)]", line)
        if match:
            mounts.append((match.group(1), match.group(2).strip()))
    return mounts


def _windows_filesystem(folder: Path) -> str | None:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    root = ctypes.create_unicode_buffer(261)
    if not kernel32.GetVolumePathNameW(str(folder), root, len(root)):
        return None
    name = ctypes.create_unicode_buffer(261)
    if not kernel32.GetVolumeInformationW(root, None, 0, None, None, None, name, len(name)):
        return None
    return str(name.value)
