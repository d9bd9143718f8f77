"""Encrypted single-file backup and restore (SECURITY.md, "Passphrase change and backup").

A backup file is a complete SQLCipher database with a fresh salt, followed by a trailer:

    <database bytes><parameters JSON><8-byte big-endian length of the JSON><b"NTBKUP01">

so one file carries everything needed to restore, and nothing in it is readable without the
passphrase. The copy is made with `sqlcipher_export` from the open connection (never by copying
a live file), reopened and checked before it is renamed into place.

Both operations write under a staging name first: `.<backup name>.<8 hex digits>.partial` beside
the backup, `notebook.db.restoring` in the folder restored into (SQLite may add `-journal` to
either). A process killed halfway leaves that file behind, so the next backup or restore into the
same folder, and the next unlock of a journal in it, removes it (`remove_leftovers`). Only those
exact names are touched, and never one that a running backup or restore still holds (POSIX:
the writer keeps an flock on its staging file; Windows cannot delete a file that is open).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from journal_app.core.errors import (
    Cancelled,
    IntegrityError,
    InvalidInput,
    JournalError,
    StorageFull,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultReadOnly,
    WrongPassphrase,
)
from journal_app.core.files import regular_file_size
from journal_app.core.secrets import passphrase_bytes, wipe
from journal_app.evidence.chain import ChainHead
from journal_app.evidence.history import check_history
from journal_app.i18n import N_
from journal_app.vault import schema
from journal_app.vault.connection import (
    Connection,
    DatabaseError,
    integrity_problems,
    open_keyed,
    raw_key_literal,
)
from journal_app.vault.files import fsync_directory, replace_with_retry
from journal_app.vault.foreign import refuse_output_over_journal
from journal_app.vault.kdf import SALT_BYTES, derive_key
from journal_app.vault.lockfile import LOCK_NAME
from journal_app.vault.params import (
    KeySlot,
    VaultParameters,
    key_check,
    write_parameters,
)
from journal_app.vault.repository import Repository
from journal_app.vault.vault import (
    DB_NAME,
    PAGE_SIZE,
    Passphrase,
    Vault,
    db_path,
    params_path,
    private_umask,
    vault_exists,
)

MAGIC = b"NTBKUP01"
TRAILER = struct.Struct(">Q8s")
MAX_PARAMETERS_BYTES = 64 * 1024
COPY_CHUNK = 4 * 1024 * 1024
RESTORE_STAGING = DB_NAME + ".restoring"
_BACKUP_STAGING = re.compile(r"\..+\.[0-9a-f]{8}\.partial", re.DOTALL)
_SQLITE_JOURNAL = "-journal"
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class _Failure:
    """What a person is told when an operation's writes fail, per cause ({folder} filled in)."""

    generic: str
    read_only: str
    no_space: str
    write_failed: str
    no_folder: str


_BACKUP_FAILED = _Failure(
    "The backup could not be written",
    N_("No backup was made: the folder {folder} cannot be written to; choose another folder."),
    N_("No backup was made: there is not enough free space in {folder}."),
    N_("No backup was made: writing to {folder} failed (the disk may be full or disconnected)."),
    N_("No backup was made: the folder {folder} does not exist."),
)
_RESTORE_FAILED = _Failure(
    "The backup could not be restored",
    N_(
        "The backup was not restored: the folder {folder} cannot be written to; choose "
        "another folder."
    ),
    N_("The backup was not restored: there is not enough free space in {folder}."),
    N_(
        "The backup was not restored: writing to {folder} failed (the disk may be full or "
        "disconnected)."
    ),
    N_("The backup was not restored: the folder {folder} does not exist."),
)


def write_backup(
    vault: Vault,
    passphrase: Passphrase,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ChainHead:
    """Write an encrypted backup of `vault` to `target`; returns the history head it holds.

    The passphrase is checked against the vault first: a backup sealed with a mistyped
    passphrase would be a backup nobody can open.
    """
    target = Path(target)
    refuse_output_over_journal(target, vault.folder)
    secret = passphrase_bytes(passphrase)
    try:
        kdf = vault.parameters.current.kdf
        _confirm_passphrase(vault, secret)
        salt = os.urandom(SALT_BYTES)
        key = derive_key(secret, salt, kdf)
    finally:
        wipe(secret)
    slot = KeySlot(kdf, key_check(key))
    claim: _Claim | None = None
    try:
        remove_leftovers(target.parent)
        with private_umask():
            claim = _claim_backup_staging(target)
            expected = _export(vault, claim.path, key, salt, progress, cancelled)
            _verify_copy(claim.path, key, expected, schema.schema_version(vault.connection))
            _append_trailer(claim.path, VaultParameters(current=slot, salt=salt.hex()).to_bytes())
            replace_with_retry(claim.path, target)
        fsync_directory(target.parent)
    except BaseException as exc:
        _fail_staged(claim, exc, _BACKUP_FAILED, target.parent)
    finally:
        if claim is not None:
            claim.release()
        wipe(key)
    return expected


def _confirm_passphrase(vault: Vault, secret: bytearray) -> None:
    slot = vault.parameters.current
    if slot.key_check is None:
        return
    key = derive_key(secret, vault.salt, slot.kdf)
    try:
        if not slot.matches(key):
            raise WrongPassphrase()
    finally:
        wipe(key)


def _export(
    vault: Vault,
    staging: Path,
    key: bytearray,
    salt: bytes,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> ChainHead:
    literal = raw_key_literal(key, salt)
    total = vault.db_path.stat().st_size

    def on_progress() -> int:
        if cancelled is not None and cancelled():
            return 1
        if progress is not None:
            with contextlib.suppress(OSError):
                progress(min(staging.stat().st_size, total), total)
        return 0

    failure: Exception | None = None
    with vault.guard:
        connection = vault.connection
        try:
            head = Repository(connection).chain_head()
            connection.execute("ATTACH DATABASE ? AS backup KEY ?", (str(staging), literal))
            wipe(literal)
            connection.set_progress_handler(on_progress, 20_000)
            connection.execute("SELECT sqlcipher_export('backup')").fetchall()
            # sqlcipher_export copies tables, not the schema version, which lives in the header.
            version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
            connection.execute(f"PRAGMA backup.user_version = {version:d}")
        except Exception as exc:
            failure = exc
        finally:
            wipe(literal)
            connection.set_progress_handler(None, 0)
            with contextlib.suppress(DatabaseError):
                connection.execute("DETACH DATABASE backup")
        if failure is not None:
            if cancelled is not None and cancelled():
                raise Cancelled() from failure
            explained = _export_failure(vault, failure, staging.parent)
            if explained is failure:
                raise failure
            raise explained from failure
    if progress is not None:
        progress(total, total)
    return head


def _export_failure(vault: Vault, exc: Exception, folder: Path) -> Exception:
    """Why the export stopped: the backup's disk (full, read-only, failing), or else a page
    of the journal that does not decrypt, which its own check then finds."""
    if _storage_error(exc, _BACKUP_FAILED, folder) is not None:
        return exc
    try:
        problems = vault.integrity_problems()  # the copy is detached: the journal alone
    except (DatabaseError, JournalError):
        return exc
    if not problems:
        return exc
    return IntegrityError(
        key="No backup was made: the journal is damaged ({problem}); check it and, if needed, "
        "restore it from an older backup.",
        params={"problem": problems[0]},
    )


def _verify_copy(staging: Path, key: bytearray, expected: ChainHead, expected_version: int) -> None:
    """Reopen the copy with its own key and check it before it may replace anything.

    The durable write (fsync) follows in `_append_trailer`, before the rename.
    """
    literal = raw_key_literal(key)
    try:
        copy = open_keyed(staging, literal)
    except DatabaseError as exc:
        raise IntegrityError(f"The backup copy failed its integrity check: {exc}") from exc
    finally:
        wipe(literal)
    head: ChainHead | None = None
    try:
        problems = copy_problems(copy, staging)
        if not problems and schema.schema_version(copy) != expected_version:
            problems.append("the copy does not carry the journal's schema version")
        if not problems:
            head = Repository(copy).chain_head()
    except (DatabaseError, JournalError) as exc:
        problems = [str(exc)]
    finally:
        copy.close()
    if problems:
        raise IntegrityError(f"The backup copy failed its integrity check: {problems[0]}")
    if head != expected:
        raise IntegrityError("The backup copy does not hold the same history as the journal.")


def copy_problems(copy: Connection, path: Path) -> list[str]:
    """SECURITY.md's two integrity checks of a fresh copy, in one read of every page.

    `quick_check` reads every b-tree and overflow page through SQLCipher's codec, which
    refuses any page whose HMAC does not match (with auto-vacuum off, an all-zero page too),
    and it reports every page that no b-tree uses. A copy written by `sqlcipher_export` has
    no free pages, so that walk has authenticated every page of the file: the page-HMAC pass
    (`cipher_integrity_check`) would read and authenticate the same pages a second time. It
    still runs whenever the walk cannot vouch for every page: free pages (never read),
    auto-vacuum, or a file longer than its pages.
    """
    try:
        problems = [str(row) for (row,) in copy.execute("PRAGMA quick_check") if row != "ok"]
        page_size, pages, free, auto_vacuum = (
            int(copy.execute(f"PRAGMA {name}").fetchone()[0])
            for name in ("page_size", "page_count", "freelist_count", "auto_vacuum")
        )
        if free or auto_vacuum or path.stat().st_size != pages * page_size:
            problems += [str(row) for (row,) in copy.execute("PRAGMA cipher_integrity_check")]
    except (DatabaseError, JournalError) as exc:  # a page too damaged to walk past
        problems = [str(exc)]
    return problems


def _append_trailer(staging: Path, parameters: bytes) -> None:
    with open(staging, "ab") as handle:
        handle.write(parameters)
        handle.write(TRAILER.pack(len(parameters), MAGIC))
        handle.flush()
        os.fsync(handle.fileno())


def read_backup_parameters(backup: Path) -> tuple[VaultParameters, int]:
    """(parameters, size of the database part); raises VaultCorrupt if this is no backup."""
    try:
        size = backup.stat().st_size
        with backup.open("rb") as handle:
            if size < TRAILER.size + PAGE_SIZE:
                raise VaultCorrupt("This file is not a journal backup, or it is truncated.")
            handle.seek(size - TRAILER.size)
            length, magic = TRAILER.unpack(handle.read(TRAILER.size))
            if magic != MAGIC or length > MAX_PARAMETERS_BYTES:
                raise VaultCorrupt("This file is not a journal backup, or it is truncated.")
            database_size = size - TRAILER.size - length
            if database_size <= 0 or database_size % PAGE_SIZE:
                raise VaultCorrupt("This backup file is damaged (its size does not add up).")
            handle.seek(database_size)
            raw = handle.read(length)
    except FileNotFoundError as exc:
        raise VaultNotFound(key="There is no file at {path}.", params={"path": backup}) from exc
    try:
        return VaultParameters.from_bytes(raw), database_size
    except JournalError as exc:
        raise VaultCorrupt("This backup file is damaged (its settings cannot be read).") from exc


# Files that may sit in a folder without it being in use: the file managers' own, and the
# app's settings file, which on Windows and macOS lives in the default notebook folder.
# A restore writes none of these names, so it never replaces them.
_HARMLESS_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", "settings.json", LOCK_NAME})


def is_free_for_restore(folder: Path) -> bool:
    """A folder that does not exist yet, or holds nothing but harmless files and what an
    interrupted restore left (the restore clears that)."""
    try:
        names = os.listdir(folder) if folder.exists() else []
    except OSError:
        return False
    return all(name in _HARMLESS_NAMES or is_leftover_name(name) for name in names)


def _refuse_non_empty(folder: Path) -> None:
    """A restore never mixes the journal with files already in the folder (after clearing the
    staging files of an earlier, interrupted restore, which are this app's own)."""
    if not folder.is_dir():
        return
    remove_leftovers(folder)
    if not is_free_for_restore(folder):
        raise VaultExists(
            key="{folder} is not empty; restore into an empty (or new) folder so nothing in it "
            "is mixed up or replaced. Nothing was changed.",
            params={"folder": folder},
        )


def restore_backup(
    backup: Path,
    folder: Path,
    passphrase: Passphrase,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ChainHead:
    """Restore `backup` into `folder`, which must not hold a journal already.

    The database is copied under a temporary name, opened, integrity-checked and its history
    chain verified before it is renamed into place, so a crash never leaves a half journal.
    """
    backup, folder = Path(backup), Path(folder)
    regular_file_size(backup)  # a pipe or a device would be read for ever
    parameters, database_size = read_backup_parameters(backup)
    if vault_exists(folder):
        raise VaultExists(
            key="{folder} already holds a journal; restore into an empty folder so nothing is "
            "lost.",
            params={"folder": folder},
        )
    _refuse_non_empty(folder)
    secret = passphrase_bytes(passphrase)
    claim: _Claim | None = None
    created = _missing_folders(folder)
    placed = False
    try:
        with private_umask():
            folder.mkdir(parents=True, exist_ok=True)
            remove_leftovers(folder)
            claim = _claim_restore_staging(folder)
            _copy_prefix(backup, claim.path, database_size, progress, cancelled)
            head = _check_restored(claim.path, secret, parameters)
            write_parameters(params_path(folder), parameters)
            replace_with_retry(claim.path, db_path(folder))
            placed = True
        fsync_directory(folder)
    except BaseException as exc:
        if not placed:
            _undo_restore(folder, claim, created)
        _fail_staged(claim, exc, _RESTORE_FAILED, folder)
    finally:
        if claim is not None:
            claim.release()
        wipe(secret)
    return head


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, deepest first."""
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):
            break
        missing.append(candidate)
    return missing


def _undo_restore(folder: Path, claim: _Claim | None, created: list[Path]) -> None:
    """A restore that failed before the journal was in place leaves the folder as it found
    it: empty (it was checked to be), or not there at all if the restore made it."""
    if claim is not None:
        _remove_quietly(claim.path)
    _remove_quietly(params_path(folder))
    for made in created:
        with contextlib.suppress(OSError):
            made.rmdir()


def _copy_prefix(
    source: Path,
    target: Path,
    length: int,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> None:
    copied = 0
    with source.open("rb") as reader, open(target, "wb") as writer:
        while copied < length:
            if cancelled is not None and cancelled():
                raise Cancelled()
            chunk = reader.read(min(COPY_CHUNK, length - copied))
            if not chunk:
                raise VaultCorrupt("The backup file ended early; it is truncated.")
            writer.write(chunk)
            copied += len(chunk)
            if progress is not None:
                progress(copied, length)
        writer.flush()
        os.fsync(writer.fileno())


def _check_restored(staging: Path, secret: bytearray, parameters: VaultParameters) -> ChainHead:
    with staging.open("rb") as handle:
        salt = handle.read(SALT_BYTES)
    key = derive_key(secret, salt, parameters.current.kdf)
    if parameters.current.matches(key) is False:
        wipe(key)
        raise WrongPassphrase("That passphrase does not open this backup.")
    literal = raw_key_literal(key)
    wipe(key)
    try:
        connection = open_keyed(staging, literal)
    except DatabaseError as exc:
        raise VaultCorrupt("The backup file is damaged and cannot be read.") from exc
    finally:
        wipe(literal)
    try:
        problems = integrity_problems(connection)
        if problems:
            raise VaultCorrupt(f"The backup failed its integrity check: {problems[0]}")
        schema.needs_migration(connection)  # refuses a backup from a newer app
        repository = Repository(connection)
        problems = []
        check_history(
            repository.history_records(),
            repository.deleted_entry_ids(),
            lambda _entry, problem: problems.append(problem),
        )
        if problems:
            raise IntegrityError(f"The backup's history does not check: {problems[0]}")
        return repository.chain_head()
    finally:
        connection.close()


def remove_leftovers(folder: Path) -> None:
    """Remove what killed backups and restores left in `folder` (see the module docstring).

    Only files named exactly as this module names its staging files (and their SQLite
    `-journal`), only regular files, and only when no running backup or restore holds them.
    Never raises: a folder that cannot be listed or written keeps its files.
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    names = {entry.name for entry in entries}
    for entry in entries:
        base = entry.name.removesuffix(_SQLITE_JOURNAL)
        if not _is_staging_name(base):
            continue
        if base != entry.name and base in names:
            continue  # goes with its database file, below
        with contextlib.suppress(OSError):
            if not entry.is_file(follow_symlinks=False):
                continue
            if base == entry.name and not _unclaimed(Path(entry.path)):
                continue
            os.unlink(entry.path)
            if base == entry.name:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path + _SQLITE_JOURNAL)


def is_leftover_name(name: str) -> bool:
    """A name this module gives its staging files (or their SQLite `-journal`)."""
    return _is_staging_name(name.removesuffix(_SQLITE_JOURNAL))


def _is_staging_name(name: str) -> bool:
    return name == RESTORE_STAGING or _BACKUP_STAGING.fullmatch(name) is not None


class _Claim:
    """A staging file this process created, held until `release` (see `_try_lock`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        if not _LOCKS:
            os.close(fd)
            return
        # Between the create and the lock, a cleanup elsewhere may have taken the new, empty
        # file for a leftover: then it is locked or already gone, and this claim failed.
        if not _try_lock(fd) or not _same_file(fd, path):
            os.close(fd)
            raise FileExistsError(errno.EEXIST, "the staging file was taken", str(path))
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _claim_backup_staging(target: Path) -> _Claim:
    attempts = 3
    while True:
        attempts -= 1
        try:
            return _Claim(target.parent / f".{target.name}.{secrets.token_hex(4)}.partial")
        except FileExistsError:
            if not attempts:
                raise


def _claim_restore_staging(folder: Path) -> _Claim:
    try:
        return _Claim(folder / RESTORE_STAGING)
    except FileExistsError as exc:
        # remove_leftovers left it, so another restore holds it (or it cannot be removed).
        raise VaultLocked(
            key="Another restore into {folder} is still running; wait for it to finish.",
            params={"folder": folder},
        ) from exc


# A staging file untouched for this long belongs to no running backup or restore (they write
# or read it continuously); used where a lock cannot tell (see `_try_lock`).
_STALE_SECONDS = 3600


def _unclaimed(path: Path) -> bool:
    """True when no running backup or restore holds `path`: by its lock on Linux, by its age
    on macOS and the BSDs; always on Windows, where removing a file that is open fails."""
    if sys.platform != "win32" and not _LOCKS:
        try:
            return time.time() - os.stat(path, follow_symlinks=False).st_mtime > _STALE_SECONDS
        except OSError:
            return False
    if not _LOCKS:
        return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        return _try_lock(fd) and _same_file(fd, path)  # released when fd closes
    finally:
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


if not sys.platform.startswith("linux"):  # pragma: no cover - Windows, macOS, BSD builds
    # On macOS and the BSDs an flock on the staging file would conflict with the fcntl locks
    # SQLite takes on it (one lock list per file there), and refuse SQLite its own file.
    _LOCKS = False

    def _try_lock(fd: int) -> bool:
        return True

else:
    import fcntl

    _LOCKS = True

    def _try_lock(fd: int) -> bool:
        """An exclusive flock (on Linux independent of SQLite's fcntl locks on the same file);
        False if another holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def _fail_staged(
    claim: _Claim | None, exc: BaseException, failure: _Failure, folder: Path
) -> NoReturn:
    """Remove this operation's staging file, then re-raise as a typed, one-line error."""
    if claim is not None:
        _remove_quietly(claim.path)
    translated = _storage_error(exc, failure, folder)
    if translated is not None:
        raise translated from exc
    if isinstance(exc, OSError):
        raise JournalError(f"{failure.generic}: {exc.strerror or exc}") from exc
    raise exc


_NO_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}


def _storage_error(exc: BaseException, failure: _Failure, folder: Path) -> JournalError | None:
    """The sentence for a write that the disk refused (full, read-only, gone), if it was one."""
    params = {"folder": folder}
    if isinstance(exc, OSError):
        if exc.errno in _NO_SPACE:
            return StorageFull(key=failure.no_space, params=params)
        if exc.errno in _NOT_WRITABLE:
            return VaultReadOnly(key=failure.read_only, params=params)
        if exc.errno == errno.EIO:
            return StorageFull(key=failure.write_failed, params=params)
        if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not folder.is_dir():
            return InvalidInput(key=failure.no_folder, params=params)
        return None
    if isinstance(exc, DatabaseError):
        text = str(exc).lower()
        if "full" in text or "too big" in text or "too large" in text:
            return StorageFull(key=failure.no_space, params=params)
        if "readonly" in text or "read-only" in text:
            return VaultReadOnly(key=failure.read_only, params=params)
        if "disk i/o error" in text:
            return StorageFull(key=failure.write_failed, params=params)
    return None


def _remove_quietly(path: Path) -> None:
    for candidate in (path, Path(str(path) + _SQLITE_JOURNAL)):
        with contextlib.suppress(OSError):
            candidate.unlink()
