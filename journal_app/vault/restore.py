"""Reading a backup file and restoring both journals from it (the format, the staging files
and their cleanup are described in `backup.py`, which writes backups)."""

from __future__ import annotations

import contextlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.errors import (
    IntegrityError,
    JournalError,
    VaultCorrupt,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from journal_app.core.files import open_regular_file, regular_file_size
from journal_app.core.secrets import passphrase_bytes, wipe
from journal_app.evidence.chain import ChainHead
from journal_app.evidence.history import check_history
from journal_app.i18n import N_
from journal_app.vault import schema
from journal_app.vault.attempt import WORKERS
from journal_app.vault.backup import (
    _SQLITE_JOURNAL,
    MAGIC,
    MAGIC_BOTH,
    MAX_PARAMETERS_BYTES,
    TRAILER,
    CancelCheck,
    Progress,
    _Claim,
    _claim_restore_staging,
    _copy_range,
    _fail_staged,
    _Failure,
    _remove_quietly,
    _shifted,
    is_leftover_name,
    remove_leftovers,
)
from journal_app.vault.connection import (
    Connection,
    DatabaseError,
    integrity_problems,
    open_keyed,
    raw_key_literal,
)
from journal_app.vault.files import atomic_write, fsync_directory, replace_with_retry
from journal_app.vault.kdf import SALT_BYTES, derive_key
from journal_app.vault.lockfile import LOCK_NAME
from journal_app.vault.params import VaultParameters
from journal_app.vault.repository import Repository
from journal_app.vault.together import touch_all
from journal_app.vault.vault import (
    ALTERNATE,
    MAIN,
    PAGE_SIZE,
    Passphrase,
    db_path,
    params_path,
    private_umask,
    vault_exists,
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
