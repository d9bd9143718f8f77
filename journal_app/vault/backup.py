"""Encrypted single-file backup and restore (SECURITY.md, "Passphrase change and backup").

A backup carries both journals of the folder, main and alternate, whichever one is open, so
neither its size nor its shape says which was in use or whether a duress passphrase was ever
set (issue 15). Format 2:

    <main database><main rollback journal><alternate database><alternate rollback journal>
    <manifest JSON><8-byte big-endian length of the JSON><b"NTBKUP02">

The manifest gives each part's size and its settings file. Each database is an exact copy of
the journal file, encrypted as it is in the folder: the alternate journal's key is unknown to
whoever has the main journal open (and the other way round), so neither can be re-encrypted
under a fresh salt, and re-encrypting only the open one would mark it. The copy is made while
the folder lock keeps every other process out and the vault's guard keeps this one's writers
out, so the file is not being written ("never copy a live database file"); the open journal's
copy is then opened with its key and checked (integrity, history head) before anything is
renamed into place. The other journal is copied as it stands, with its rollback journal if a
crash left one (SQLite plays it back at its next unlock).

Format 1 (`NTBKUP01`, one journal re-encrypted under a fresh salt, then its settings) is still
restored; the alternate journal is then created afresh, as for any folder without one.

Both operations write under staging names first: `.<backup name>.<8 hex digits>.partial`
beside the backup, `notebook.db.restoring` and `notebook.1.db.restoring` in the folder restored
into (SQLite may add `-journal`). A process killed halfway leaves those behind, so the next
backup or restore into the same folder, and the next unlock of a journal in it, removes them
(`remove_leftovers`). Only those exact names are touched, and never one that a running backup
or restore still holds (POSIX: the writer keeps an flock on its staging file; Windows cannot
delete a file that is open).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import struct
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NoReturn

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
from journal_app.core.files import open_regular_file, regular_file_size
from journal_app.core.secrets import passphrase_bytes, wipe
from journal_app.evidence.chain import ChainHead
from journal_app.evidence.history import check_history
from journal_app.i18n import N_
from journal_app.vault import schema
from journal_app.vault.attempt import WORKERS
from journal_app.vault.connection import (
    Connection,
    DatabaseError,
    integrity_problems,
    open_keyed,
    raw_key_literal,
)
from journal_app.vault.files import atomic_write, fsync_directory, replace_with_retry
from journal_app.vault.foreign import refuse_output_over_journal
from journal_app.vault.kdf import SALT_BYTES, derive_key
from journal_app.vault.lockfile import LOCK_NAME
from journal_app.vault.params import (
    VaultParameters,
)
from journal_app.vault.repository import Repository
from journal_app.vault.together import touch_all
from journal_app.vault.vault import (
    ALTERNATE,
    DB_NAME,
    MAIN,
    PAGE_SIZE,
    Passphrase,
    Vault,
    db_path,
    params_path,
    private_umask,
    vault_exists,
)

MAGIC = b"NTBKUP01"
MAGIC_BOTH = b"NTBKUP02"
TRAILER = struct.Struct(">Q8s")
MAX_PARAMETERS_BYTES = 64 * 1024
COPY_CHUNK = 4 * 1024 * 1024
RESTORE_STAGING = DB_NAME + ".restoring"
ALTERNATE_RESTORE_STAGING = f"{ALTERNATE}.db.restoring"
_BACKUP_STAGING = re.compile(r"\..+\.[0-9a-f]{8}\.partial", re.DOTALL)
_SQLITE_JOURNAL = "-journal"
Progress = Callable[[int, int], None]
Head = ChainHead
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
    """Write an encrypted backup of both journals of `vault`'s folder to `target`; returns the
    history head of the open journal.

    The passphrase is checked against the open journal first: it is the key the copy is
    checked with.
    """
    target = Path(target)
    refuse_output_over_journal(target, vault.folder)
    secret = passphrase_bytes(passphrase)
    try:
        key = _confirmed_key(vault, secret)
    finally:
        wipe(secret)
    claims: list[_Claim] = []
    try:
        remove_leftovers(target.parent)
        with private_umask():
            own = _claim_backup_staging(target)
            claims.append(own)
            with vault.guard:
                parts = _parts(vault, own.path)
                own_size = vault.db_path.stat().st_size
                total = own_size + sum(_part_size(part, own.path, own_size) for part in parts)
                expected = _export(vault, own.path, _shifted(progress, 0, total), cancelled)
                version = schema.schema_version(vault.connection)
            try:
                _verify_copy(own.path, key, expected, version)
            except IntegrityError as exc:
                raise _export_failure(vault, exc, target.parent) from exc
            whole = _claim_backup_staging(target)
            claims.append(whole)
            _assemble(parts, whole.path, cancelled, _shifted(progress, own_size, total))
            replace_with_retry(whole.path, target)
            _remove_quietly(own.path)
        fsync_directory(target.parent)
    except BaseException as exc:
        for extra in claims[1:]:
            _remove_quietly(extra.path)
        _fail_staged(claims[0] if claims else None, exc, _BACKUP_FAILED, target.parent)
    finally:
        for claim in claims:
            claim.release()
        wipe(key)
    return expected


def _confirmed_key(vault: Vault, secret: bytearray) -> bytearray:
    """The open journal's key from `secret`; WrongPassphrase when it is not its passphrase."""
    slot = vault.parameters.current
    key = derive_key(secret, vault.salt, slot.kdf)
    if slot.matches(key) is False:
        wipe(key)
        raise WrongPassphrase()
    return key


@dataclass(frozen=True)
class _Part:
    """One journal's place in a backup: where its bytes come from, and its settings file."""

    stem: str
    database: Path | None
    rollback: Path | None
    settings: bytes | None


def _export(
    vault: Vault, staging: Path, progress: Progress | None, cancelled: CancelCheck | None
) -> ChainHead:
    """Copy the open journal's file to `staging` (the caller holds `vault.guard`, so nothing
    writes it meanwhile); returns its history head."""
    head = Repository(vault.connection).chain_head()
    _copy_range(vault.db_path, staging, None, progress, cancelled)
    return head


def _parts(vault: Vault, own_copy: Path) -> list[_Part]:
    parts = []
    for stem in (MAIN, ALTERNATE):
        if stem == vault.stem:
            parts.append(_Part(stem, own_copy, None, vault.parameters.to_bytes()))
            continue
        database = db_path(vault.folder, stem)
        if not database.is_file() or database.is_symlink():
            parts.append(_Part(stem, None, None, None))
            continue
        rollback = Path(str(database) + _SQLITE_JOURNAL)
        settings = params_path(vault.folder, stem)
        raw: bytes | None = None
        with contextlib.suppress(OSError):
            if settings.is_file() and settings.stat().st_size <= MAX_PARAMETERS_BYTES:
                raw = settings.read_bytes()
        parts.append(_Part(stem, database, rollback if rollback.is_file() else None, raw))
    return parts


def _part_size(part: _Part, own: Path, own_size: int) -> int:
    """What `_assemble` will copy for `part` (for progress; the copy counts for itself)."""
    size = 0
    for source in (part.database, part.rollback):
        if source == own:
            size += own_size
        elif source is not None:
            with contextlib.suppress(OSError):
                size += source.stat().st_size
    return size


def _assemble(
    parts: list[_Part], staging: Path, cancelled: CancelCheck | None, progress: Progress | None
) -> None:
    """Both journals, then the manifest and the trailer, fsynced."""
    journals = []
    written = 0
    with open(staging, "wb") as writer:
        for part in parts:
            sizes = []
            for source in (part.database, part.rollback):
                if source is None:
                    sizes.append(0)
                    continue
                sizes.append(_append_file(source, writer, cancelled))
                written += sizes[-1]
                if progress is not None:
                    progress(written, 0)
            if sizes[0] % PAGE_SIZE:
                raise VaultCorrupt("A journal file is truncated or damaged; no backup was made.")
            journals.append(
                {
                    "stem": part.stem,
                    "database": sizes[0],
                    "rollback": sizes[1],
                    "settings": None if part.settings is None else part.settings.hex(),
                }
            )
        manifest = json.dumps({"format": 2, "journals": journals}, sort_keys=True).encode()
        writer.write(manifest)
        writer.write(TRAILER.pack(len(manifest), MAGIC_BOTH))
        writer.flush()
        os.fsync(writer.fileno())


def _append_file(source: Path, writer: BinaryIO, cancelled: CancelCheck | None) -> int:
    copied = 0
    with open_regular_file(source) as reader:
        while chunk := reader.read(COPY_CHUNK):
            if cancelled is not None and cancelled():
                raise Cancelled()
            writer.write(chunk)
            copied += len(chunk)
    return copied


def _export_failure(vault: Vault, exc: Exception, folder: Path) -> Exception:
    """Why the copy failed its check: the backup's disk (full, read-only, failing), or else a
    page of the journal that does not decrypt, which its own check then finds."""
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


@dataclass(frozen=True)
class Section:
    """One journal inside a backup file: where its database starts, its size, the size of
    the rollback journal after it, and its settings file (None if the folder had none)."""

    stem: str
    offset: int
    database: int
    rollback: int
    settings: bytes | None


_NOT_A_BACKUP = "This file is not a journal backup, or it is truncated."
_DOES_NOT_ADD_UP = "This backup file is damaged (its size does not add up)."
_UNREADABLE = "The backup file is damaged and cannot be read."


def read_backup(backup: Path) -> list[Section]:
    """The journals a backup holds, main first; raises VaultCorrupt if this is no backup."""
    try:
        size = backup.stat().st_size
        with backup.open("rb") as handle:
            if size < TRAILER.size + PAGE_SIZE:
                raise VaultCorrupt(_NOT_A_BACKUP)
            handle.seek(size - TRAILER.size)
            length, magic = TRAILER.unpack(handle.read(TRAILER.size))
            if magic not in (MAGIC, MAGIC_BOTH) or length > MAX_PARAMETERS_BYTES * 3:
                raise VaultCorrupt(_NOT_A_BACKUP)
            body = size - TRAILER.size - length
            if body <= 0:
                raise VaultCorrupt(_DOES_NOT_ADD_UP)
            handle.seek(body)
            raw = handle.read(length)
    except FileNotFoundError as exc:
        raise VaultNotFound(key="There is no file at {path}.", params={"path": backup}) from exc
    if magic == MAGIC:
        if length > MAX_PARAMETERS_BYTES or body % PAGE_SIZE:
            raise VaultCorrupt(_DOES_NOT_ADD_UP)
        _backup_settings(raw)
        return [Section(MAIN, 0, body, 0, raw)]
    sections = _manifest_sections(raw)
    if sum(s.database + s.rollback for s in sections) != body or not sections[0].database:
        raise VaultCorrupt(_DOES_NOT_ADD_UP)
    return sections


def _manifest_sections(raw: bytes) -> list[Section]:
    damaged = VaultCorrupt("This backup file is damaged (its settings cannot be read).")
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise damaged from exc
    journals = manifest.get("journals") if isinstance(manifest, dict) else None
    if not isinstance(journals, list) or len(journals) != 2 or manifest.get("format") != 2:
        raise damaged
    sections: list[Section] = []
    offset = 0
    for stem, journal in zip((MAIN, ALTERNATE), journals, strict=True):
        if not isinstance(journal, dict) or journal.get("stem") != stem:
            raise damaged
        database, rollback = journal.get("database"), journal.get("rollback")
        settings = journal.get("settings")
        for value in (database, rollback):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise damaged
        assert isinstance(database, int) and isinstance(rollback, int)
        if database % PAGE_SIZE or (rollback and not database):
            raise VaultCorrupt(_DOES_NOT_ADD_UP)
        if settings is not None and (
            not isinstance(settings, str) or len(settings) > 2 * MAX_PARAMETERS_BYTES
        ):
            raise damaged
        try:
            content = None if settings is None else bytes.fromhex(settings)
        except ValueError as exc:
            raise damaged from exc
        sections.append(Section(stem, offset, database, rollback, content))
        offset += database + rollback
    return sections


def _backup_settings(raw: bytes | None) -> VaultParameters | None:
    """A journal's settings as the backup carries them; None when they cannot be read."""
    if raw is None:
        return None
    try:
        return VaultParameters.from_bytes(raw)
    except JournalError:
        return None


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
    """Restore `backup` into `folder`, which must not hold a journal already; returns the
    history head of the journal `passphrase` opens.

    Both journals are restored, whichever passphrase is given (the main or the duress one):
    each is copied under a temporary name; the one the passphrase opens is opened,
    integrity-checked and its history chain verified; only then are both renamed into place,
    so a crash never leaves a half journal. The other journal cannot be read without its own
    passphrase and is restored as the backup holds it.
    """
    backup, folder = Path(backup), Path(folder)
    regular_file_size(backup)  # a pipe or a device would be read for ever
    sections = read_backup(backup)
    if vault_exists(folder):
        raise VaultExists(
            key="{folder} already holds a journal; restore into an empty folder so nothing is "
            "lost.",
            params={"folder": folder},
        )
    _refuse_non_empty(folder)
    secret = passphrase_bytes(passphrase)
    claims: list[_Claim] = []
    created = _missing_folders(folder)
    placed = False
    try:
        with private_umask():
            folder.mkdir(parents=True, exist_ok=True)
            remove_leftovers(folder)
            present = [section for section in sections if section.database]
            staged: dict[str, Path] = {}
            for section in present:
                claim = _claim_restore_staging(folder, section.stem)
                claims.append(claim)
                staged[section.stem] = claim.path
            total = sum(section.database for section in present)
            done = 0
            for section in present:
                _copy_range(
                    backup,
                    staged[section.stem],
                    (section.offset, section.database),
                    _shifted(progress, done, total),
                    cancelled,
                )
                done += section.database
            head = _check_opening(present, staged, secret)
            for section in sections:
                if section.settings is not None and section.database:
                    atomic_write(params_path(folder, section.stem), section.settings)
            for section in present:
                replace_with_retry(staged[section.stem], db_path(folder, section.stem))
                placed = True
                if section.rollback:
                    rollback = Path(str(db_path(folder, section.stem)) + _SQLITE_JOURNAL)
                    _copy_range(
                        backup, rollback, (section.offset + section.database, section.rollback)
                    )
            if ALTERNATE not in staged:
                _give_alternate(folder, sections[0])
            touch_all(folder)
        fsync_directory(folder)
    except BaseException as exc:
        if not placed:
            _undo_restore(folder, claims, created)
        for extra in claims[1:]:
            _remove_quietly(extra.path)
        _fail_staged(claims[0] if claims else None, exc, _RESTORE_FAILED, folder)
    finally:
        for claim in claims:
            claim.release()
        wipe(secret)
    return head


def _shifted(progress: Progress | None, done: int, total: int) -> Progress | None:
    if progress is None:
        return None
    return lambda copied, _length: progress(done + copied, total)


def _give_alternate(folder: Path, main: Section) -> None:
    """A backup of a folder that had no alternate journal (format 1, or an older folder): the
    restored folder gets one, as every folder does."""
    from journal_app.vault.alternate import ensure_alternate

    parameters = _backup_settings(main.settings)
    if parameters is not None:
        ensure_alternate(folder, parameters.current.kdf)


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, deepest first."""
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):
            break
        missing.append(candidate)
    return missing


def _undo_restore(folder: Path, claims: list[_Claim], created: list[Path]) -> None:
    """A restore that failed before the journal was in place leaves the folder as it found
    it: empty (it was checked to be), or not there at all if the restore made it."""
    for claim in claims:
        _remove_quietly(claim.path)
    for stem in (MAIN, ALTERNATE):
        _remove_quietly(params_path(folder, stem))
    for made in created:
        with contextlib.suppress(OSError):
            made.rmdir()


def _copy_range(
    source: Path,
    target: Path,
    span: tuple[int, int] | None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Copy `span` (offset, length) of `source`, or all of it, to a new file `target`, fsynced."""
    offset, length = span if span is not None else (0, regular_file_size(source))
    copied = 0
    with open_regular_file(source) as reader, open(target, "wb") as writer:
        reader.seek(offset)
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


def _check_opening(
    sections: list[Section], staged: dict[str, Path], secret: bytearray
) -> ChainHead:
    """Find the journal `secret` opens (both keys derived, whichever it is: the same work for
    either passphrase) and check it; WrongPassphrase when it opens neither."""
    candidates: list[tuple[Section, VaultParameters, bytes]] = []
    for section in sections:
        parameters = _backup_settings(section.settings)
        if parameters is None:
            continue
        with open_regular_file(staged[section.stem]) as handle:
            candidates.append((section, parameters, handle.read(SALT_BYTES)))
    if not candidates:
        raise VaultCorrupt("This backup file is damaged (its settings cannot be read).")
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        keys = list(pool.map(lambda c: derive_key(secret, c[2], c[1].current.kdf), candidates))
    try:
        opening = None
        for (section, parameters, _salt), key in zip(candidates, keys, strict=True):
            if opening is None and parameters.current.matches(key) is not False:
                literal = raw_key_literal(key)
                try:
                    connection = open_keyed(staged[section.stem], literal)
                except DatabaseError:
                    if parameters.current.matches(key):
                        raise VaultCorrupt(_UNREADABLE) from None
                    continue
                finally:
                    wipe(literal)
                opening = connection
        if opening is None:
            raise WrongPassphrase("That passphrase does not open this backup.")
    finally:
        for key in keys:
            wipe(key)
    return _check_restored(opening)


def _check_restored(connection: Connection) -> ChainHead:
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
    return (
        name in (RESTORE_STAGING, ALTERNATE_RESTORE_STAGING)
        or _BACKUP_STAGING.fullmatch(name) is not None
    )


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


def _claim_restore_staging(folder: Path, stem: str = MAIN) -> _Claim:
    name = RESTORE_STAGING if stem == MAIN else ALTERNATE_RESTORE_STAGING
    try:
        return _Claim(folder / name)
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
