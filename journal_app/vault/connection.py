"""One keyed SQLCipher connection with every PRAGMA SECURITY.md asks for, in its order.

The connection handed out reports a damaged page met during any statement as the core's
`DamagedJournal` (exit 4), never as a bare SQLite error or as results that stop short.
"""

from __future__ import annotations

import contextlib
import errno
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, cast

from sqlcipher3 import dbapi2 as sqlcipher

from journal_app.core.errors import (
    DamagedJournal,
    FileTooLarge,
    IncompatibleVersion,
    JournalError,
    StorageFull,
    VaultReadOnly,
)
from journal_app.i18n import N_
from journal_app.vault.files import file_size_limit_reached

# The code was written and tested against SQLCipher 4.x (page format, HMAC-SHA512, raw keys).
EXPECTED_CIPHER_MAJOR = "4."

DatabaseError = sqlcipher.DatabaseError

# What SQLite and SQLCipher say when a page fails its HMAC or its structure check. SQLCipher
# hands SQLite a zeroed page when the HMAC fails, so a JSON function reading it may be the
# first to notice; the app only ever stores JSON it wrote itself. FTS5 (built in) reports a
# damaged shadow table of the search index as its constructor failing, or names the
# corruption it found in a segment.
_DAMAGE_SIGNS = (
    "disk image is malformed",
    "file is not a database",
    "malformed json",
    "vtable constructor failed",
    "fts5: corruption",
)


class UnreadablePage(DamagedJournal, DatabaseError):  # type: ignore[misc,valid-type]
    """A damaged page met while the journal was in use. Still a DatabaseError, so callers that
    collect damage into a report (`Journal.check`) keep doing so."""

    def __init__(self, detail: str) -> None:
        super().__init__()
        self.detail = detail


def damage_error(exc: BaseException) -> UnreadablePage | None:
    if isinstance(exc, JournalError) or not isinstance(exc, DatabaseError):
        return None
    text = str(exc)
    if any(sign in text.lower() for sign in _DAMAGE_SIGNS):
        return UnreadablePage(text)
    return None


class Cursor(Protocol):
    lastrowid: int | None

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of sqlcipher3's connection the app uses (the module ships no type hints)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...
    def executemany(self, sql: str, parameters: Any, /) -> Cursor: ...
    def set_key(self, key: bytearray, /) -> None: ...
    def reset_key(self, key: bytearray, /) -> None: ...
    def set_progress_handler(self, handler: Callable[[], int] | None, n: int, /) -> None: ...
    def close(self) -> None: ...


_log_silenced = threading.Lock()
_log_done = False


def silence_sqlcipher_log() -> None:
    """SQLCipher's log level is process-wide: turn it off before any key is tried.

    Otherwise a wrong passphrase prints decryption errors to stderr before our own message.
    """
    global _log_done
    with _log_silenced:
        if _log_done:
            return
        probe = sqlcipher.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE")
        finally:
            probe.close()
        _log_done = True


def raw_key_literal(key: bytearray, salt: bytes | None = None) -> bytearray:
    """SQLCipher's raw-key form x'<key hex>[<salt hex>]' as a wipeable bytearray."""
    material = bytearray(key)
    if salt is not None:
        material += salt
    literal = bytearray(b"x'") + bytearray(material.hex().encode("ascii")) + bytearray(b"'")
    material[:] = bytes(len(material))
    return literal


def open_keyed(path: Path, key_literal: bytearray) -> Connection:
    """Open `path`, key it, verify the key and apply the hardening PRAGMAs.

    Raises sqlcipher.DatabaseError when the key does not decrypt the file; the caller decides
    whether that means a wrong passphrase or a damaged file. The file is not written to
    unless the key is right.
    """
    silence_sqlcipher_log()
    connection = cast(
        Connection,
        sqlcipher.connect(
            _unlocked_uri(Path(path)), isolation_level=None, check_same_thread=False, uri=True
        ),
    )
    try:
        connection.set_key(key_literal)
        connection.execute("PRAGMA cipher_memory_security = ON")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA journal_mode = DELETE").fetchone()
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        version = connection.execute("PRAGMA cipher_version").fetchone()
        if version is None or not str(version[0]).startswith(EXPECTED_CIPHER_MAJOR):
            raise IncompatibleVersion(
                f"This build of the app needs SQLCipher 4, found {version[0] if version else '?'}."
            )
    except BaseException:
        connection.close()
        raise
    return _CheckedConnection(connection, Path(path))


# SQLite's own file locks are left out (its "-none" VFS): the folder lock (lockfile.py) already
# keeps every other process out, and SQLite's read lock on the open journal's file, visible in
# /proc/locks for as long as a read lasts, would say which of the folder's two journals is open.
_NO_LOCK_VFS = "win32-none" if sys.platform == "win32" else "unix-none"


def _unlocked_uri(path: Path) -> str:
    return f"{path.absolute().as_uri()}?vfs={_NO_LOCK_VFS}"


class _CheckedCursor:
    def __init__(self, cursor: Cursor) -> None:
        self._cursor = cursor
        self.lastrowid = cursor.lastrowid

    def fetchone(self) -> Any:
        with _damage_reported():
            return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        with _damage_reported():
            return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        with _damage_reported():
            yield from self._cursor


class _CheckedConnection:
    """The keyed connection, with damage met by any statement reported as `UnreadablePage`."""

    def __init__(self, connection: Connection, path: Path | None = None) -> None:
        self._connection = connection
        self.path = path  # for telling a file-size limit from a full disk
        # Called after every committed write (write_transaction), so the vault can move its
        # other journal file's time along with this one's.
        self.after_write: Callable[[], None] | None = None

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        with _damage_reported():
            return _CheckedCursor(self._connection.execute(sql, parameters))

    def executemany(self, sql: str, parameters: Any, /) -> Cursor:
        with _damage_reported():
            return _CheckedCursor(self._connection.executemany(sql, parameters))

    def set_key(self, key: bytearray, /) -> None:
        self._connection.set_key(key)

    def reset_key(self, key: bytearray, /) -> None:
        with _damage_reported():
            self._connection.reset_key(key)

    def set_progress_handler(self, handler: Callable[[], int] | None, n: int, /) -> None:
        self._connection.set_progress_handler(handler, n)

    def close(self) -> None:
        self._connection.close()


@contextlib.contextmanager
def _damage_reported() -> Iterator[None]:
    try:
        yield
    except DatabaseError as exc:
        damaged = damage_error(exc)
        if damaged is None:
            raise
        raise damaged from exc


def integrity_problems(connection: Connection) -> list[str]:
    """SQLCipher page HMACs and SQLite's structural check; an empty list means healthy."""
    problems: list[str] = []
    try:
        for (row,) in connection.execute("PRAGMA cipher_integrity_check"):
            problems.append(str(row))
        for (row,) in connection.execute("PRAGMA quick_check"):
            if row != "ok":
                problems.append(str(row))
    except DatabaseError as exc:
        problems.append(getattr(exc, "detail", str(exc)))
    return problems


@contextlib.contextmanager
def write_transaction(connection: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; storage errors become typed ones."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException as exc:
        with contextlib.suppress(DatabaseError):
            connection.execute("ROLLBACK")
        translated = translate_storage_error(exc, getattr(connection, "path", None))
        if translated is not None:
            raise translated from exc
        raise
    after_write = getattr(connection, "after_write", None)
    if after_write is not None:
        after_write()


_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Windows: ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL; ERROR_FILE_TOO_LARGE.
_FULL_WINERRORS = {39, 112}
_TOO_LARGE_WINERROR = 223
FILE_TOO_LARGE = N_(
    "This drive cannot hold files larger than 4 GB (it is probably formatted as FAT32); the "
    "last change was not saved. Move the journal to a drive formatted as exFAT or NTFS, or "
    "keep large videos outside the journal."
)
DISK_FULL = N_("The disk is full; the last change was not saved. Free some space.")


def translate_storage_error(exc: BaseException, path: Path | None = None) -> Exception | None:
    """Map SQLite's and the OS's disk-full and read-only errors to the core's typed errors.

    A file-size limit (EFBIG: a FAT32 drive's 4 GiB, RLIMIT_FSIZE) gets its own sentence, as
    freeing space would not help. SQLite reports it as an I/O error or "full" without the
    errno, so with the file's `path` the limit is judged from outside (files.py).
    """
    if isinstance(exc, JournalError) or not isinstance(exc, DatabaseError | OSError):
        return None
    if isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        if exc.errno == errno.EFBIG or winerror == _TOO_LARGE_WINERROR:
            return FileTooLarge(FILE_TOO_LARGE)
        if exc.errno in _READ_ONLY_ERRNOS:
            return VaultReadOnly("The journal's folder cannot be written to; nothing was changed.")
        if exc.errno in _FULL_ERRNOS or winerror in _FULL_WINERRORS:
            return _full_or_too_large(path, DISK_FULL)
    text = str(exc).lower()
    if "file too large" in text:
        return FileTooLarge(FILE_TOO_LARGE)
    if "full" in text or "too big" in text:
        return _full_or_too_large(path, DISK_FULL)
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly("The journal's folder cannot be written to; nothing was changed.")
    if "disk i/o error" in text:
        return _full_or_too_large(
            path, "Writing to the disk failed; the last change was not saved."
        )
    return None


def _full_or_too_large(path: Path | None, sentence: str) -> StorageFull:
    if path is not None and file_size_limit_reached(path):
        return FileTooLarge(FILE_TOO_LARGE)
    return StorageFull(sentence)
