"""Encrypted single-file backup and restore (SECURITY.md, "Passphrase change and backup").

A backup file is a complete SQLCipher database with a fresh salt, followed by a trailer:

    <database bytes><parameters JSON><8-byte big-endian length of the JSON><b"NTBKUP01">

so one file carries everything needed to restore, and nothing in it is readable without the
passphrase. The copy is made with `sqlcipher_export` from the open connection (never by copying
a live file), reopened and checked before it is renamed into place.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import struct
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from journal_app.core.errors import (
    Cancelled,
    IntegrityError,
    JournalError,
    VaultCorrupt,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from journal_app.core.secrets import passphrase_bytes, wipe
from journal_app.evidence.chain import ChainHead
from journal_app.vault import schema
from journal_app.vault.connection import (
    DatabaseError,
    integrity_problems,
    open_keyed,
    raw_key_literal,
    translate_storage_error,
)
from journal_app.vault.files import fsync_directory
from journal_app.vault.kdf import SALT_BYTES, derive_key
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
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


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
    secret = passphrase_bytes(passphrase)
    try:
        kdf = vault.parameters.current.kdf
        _confirm_passphrase(vault, secret)
        salt = os.urandom(SALT_BYTES)
        key = derive_key(secret, salt, kdf)
    finally:
        wipe(secret)
    slot = KeySlot(kdf, key_check(key))
    staging = target.parent / f".{target.name}.{secrets.token_hex(4)}.partial"
    try:
        with private_umask():
            expected = _export(vault, staging, key, salt, progress, cancelled)
            _verify_copy(staging, key, expected, schema.schema_version(vault.connection))
            _append_trailer(staging, VaultParameters(current=slot, salt=salt.hex()).to_bytes())
            os.replace(staging, target)
        fsync_directory(target.parent)
    except BaseException as exc:
        _fail_staged(staging, exc, "The backup could not be written")
    finally:
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

    with vault.guard:
        connection = vault.connection
        head = Repository(connection).chain_head()
        connection.execute("ATTACH DATABASE ? AS backup KEY ?", (str(staging), literal))
        wipe(literal)
        connection.set_progress_handler(on_progress, 20_000)
        try:
            connection.execute("SELECT sqlcipher_export('backup')").fetchall()
            # sqlcipher_export copies tables, not the schema version, which lives in the header.
            version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
            connection.execute(f"PRAGMA backup.user_version = {version:d}")
        except DatabaseError as exc:
            if cancelled is not None and cancelled():
                raise Cancelled() from exc
            raise
        finally:
            connection.set_progress_handler(None, 0)
            with contextlib.suppress(DatabaseError):
                connection.execute("DETACH DATABASE backup")
    if progress is not None:
        progress(total, total)
    return head


def _verify_copy(staging: Path, key: bytearray, expected: ChainHead, expected_version: int) -> None:
    literal = raw_key_literal(key)
    try:
        copy = open_keyed(staging, literal)
    finally:
        wipe(literal)
    try:
        problems = integrity_problems(copy)
        head = Repository(copy).chain_head()
        if schema.schema_version(copy) != expected_version:
            problems.append("the copy does not carry the journal's schema version")
    finally:
        copy.close()
    if problems:
        raise IntegrityError(f"The backup copy failed its integrity check: {problems[0]}")
    if head != expected:
        raise IntegrityError("The backup copy does not hold the same history as the journal.")
    with open(staging, "rb+") as handle:
        os.fsync(handle.fileno())


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
    parameters, database_size = read_backup_parameters(backup)
    if vault_exists(folder):
        raise VaultExists(
            key="{folder} already holds a journal; restore into an empty folder so nothing is "
            "lost.",
            params={"folder": folder},
        )
    secret = passphrase_bytes(passphrase)
    staging = folder / (DB_NAME + ".restoring")
    try:
        with private_umask():
            folder.mkdir(parents=True, exist_ok=True)
            _copy_prefix(backup, staging, database_size, progress, cancelled)
            head = _check_restored(staging, secret, parameters)
            write_parameters(params_path(folder), parameters)
            os.replace(staging, db_path(folder))
        fsync_directory(folder)
    except BaseException as exc:
        _fail_staged(staging, exc, "The backup could not be restored")
    finally:
        wipe(secret)
    return head


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
    from journal_app.core.journal import CheckReport, verify_chain

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
        report = verify_chain(Repository(connection), CheckReport())
        if report.problems:
            raise IntegrityError(f"The backup's history does not check: {report.problems[0]}")
        return Repository(connection).chain_head()
    finally:
        connection.close()


def _fail_staged(staging: Path, exc: BaseException, failure: str) -> NoReturn:
    """Remove the half-written staging file, then re-raise as a typed, one-line error."""
    _remove_quietly(staging)
    translated = translate_storage_error(exc)
    if translated is not None:
        raise translated from exc
    if isinstance(exc, OSError):
        raise JournalError(f"{failure}: {exc.strerror or exc}") from exc
    raise exc


def _remove_quietly(path: Path) -> None:
    for candidate in (path, Path(str(path) + "-journal")):
        with contextlib.suppress(OSError):
            candidate.unlink()
