"""Create, open, lock and re-key a vault folder (SECURITY.md, "The vault on disk").

A vault folder holds `notebook.db` (SQLCipher; its first 16 bytes are the salt) and
`notebook.json` (Argon2 settings, key checks, the `pending` slot used while the passphrase
changes). The names are deliberately dull.

Beside them sit `notebook.1.db` and `notebook.1.json`: the alternate journal that a duress
passphrase opens (alternate.py). It exists from creation on, keyed with random bytes nobody
knows, so the folder looks the same whether or not a duress passphrase was ever set. Every
unlock does the same work whatever the passphrase: both journals' keys, both databases (see
`Vault.open`); the files of both journals are written and timed together (together.py).
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from journal_app.core.errors import (
    JournalError,
    VaultClosed,
    VaultExists,
    WrongPassphrase,
)
from journal_app.core.secrets import passphrase_bytes, wipe
from journal_app.evidence import signing
from journal_app.i18n import N_
from journal_app.vault import schema
from journal_app.vault.attempt import Attempt, CancelCheck, Progress, first_round
from journal_app.vault.connection import (
    Connection,
    DatabaseError,
    integrity_problems,
    open_keyed,
    raw_key_literal,
    translate_storage_error,
    write_transaction,
)
from journal_app.vault.files import fsync_directory, replace_with_retry
from journal_app.vault.kdf import (
    SALT_BYTES,
    KdfParams,
    calibrate,
    derive_key,
    require_known_setting,
)
from journal_app.vault.lockfile import FolderLock, read_prefix
from journal_app.vault.params import (
    KeySlot,
    VaultParameters,
    key_check,
    write_parameters,
)
from journal_app.vault.places import (
    ALTERNATE as ALTERNATE,
)
from journal_app.vault.places import (
    DB_NAME as DB_NAME,
)
from journal_app.vault.places import (
    MAIN as MAIN,
)
from journal_app.vault.places import (
    PAGE_SIZE as PAGE_SIZE,
)
from journal_app.vault.places import (
    PARAMS_NAME as PARAMS_NAME,
)
from journal_app.vault.places import (
    check_plausible_database,
    refuse_non_file,
    refuse_non_folder,
)
from journal_app.vault.places import (
    db_path as db_path,
)
from journal_app.vault.places import (
    params_path as params_path,
)
from journal_app.vault.places import (
    vault_exists as vault_exists,
)
from journal_app.vault.together import rewrite_settings, touch_all

# Shown once after an unlock that found its settings file altered (or gone). It never says
# which journal opened.
SETTINGS_REPAIRED = N_(
    "The settings file beside the journal had been altered or removed; it was repaired."
)
SETTINGS_NOT_REPAIRED = N_(
    "The settings file beside the journal had been altered or removed; the folder cannot be "
    "written to, so it was not repaired."
)

Passphrase = str | bytes | bytearray

# An unlock whose key derivations take longer than this offers to re-tune the journal for
# this computer (a journal moved to a slower one); calibration aims at about 1.5 s.
SLOW_UNLOCK_SECONDS = 2.0

# Kept in the main journal (encrypted): whether the alternate journal is still the
# placeholder made with the folder, which nobody can open. Only then may a re-tune of the
# main journal give the placeholder's settings file the new setting too, so the next
# unlocks (which derive both keys) are quicker; a real duress journal keeps its own.
ALTERNATE_META = "alternate_journal"
PLACEHOLDER = b"placeholder"
DURESS_SET = b"duress passphrase set"


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files the vault creates are readable by their owner only."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


class Vault:
    """An unlocked vault: one keyed connection and the lock that keeps other instances out.

    `guard` serialises use of the connection between the GUI thread and workers.
    """

    def __init__(
        self,
        folder: Path,
        connection: Connection,
        lock: FolderLock,
        parameters: VaultParameters,
        stem: str = MAIN,
        *,
        salt: bytes,
    ) -> None:
        self.folder = Path(folder)
        self.stem = stem
        self._salt = salt
        self.guard = threading.RLock()
        self._connection: Connection | None = connection
        self._lock = lock
        self._parameters = parameters
        # SETTINGS_REPAIRED or SETTINGS_NOT_REPAIRED when the unlock had to look past an
        # altered settings file; for the CLI and the GUI to show (translated) once.
        self.settings_notice: str | None = None
        # True when unlocking took over SLOW_UNLOCK_SECONDS: the CLI and the GUI offer to
        # re-tune (`change_passphrase` with a fresh calibration).
        self.slow_unlock = False
        # Set once the journal file was found free of blank pages (see `blank_pages`), so a
        # session reads the file for them once, before its first text search.
        self.blank_pages_checked = False
        with contextlib.suppress(AttributeError):
            connection.after_write = self._after_write  # type: ignore[attr-defined]
        # Held open for as long as the journal is: both journal files are open in this
        # process, whichever one is in use (what /proc/<pid>/fd shows).
        self._companion = _open_companion(folder, stem)

    def _after_write(self) -> None:
        touch_all(self.folder)

    # ----------------------------------------------------------------- lifecycle
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: Passphrase,
        *,
        kdf: KdfParams | None = None,
        progress: Progress | None = None,
    ) -> Vault:
        """Create a new vault. `kdf` is calibrated on this machine unless given explicitly."""
        folder = Path(folder)
        refuse_non_folder(folder)
        if vault_exists(folder):
            refuse_non_file(db_path(folder))
            raise VaultExists(
                key="A journal already exists in {folder}.", params={"folder": folder}
            )
        from journal_app.vault.alternate import ensure_alternate  # it imports this module
        from journal_app.vault.foreign import refuse_foreign_files  # it imports this module

        refuse_foreign_files(folder)
        secret = passphrase_bytes(passphrase)
        try:
            if not secret:
                raise WrongPassphrase("The passphrase cannot be empty.")
            params = require_known_setting(kdf or calibrate(progress=progress))
            salt = os.urandom(SALT_BYTES)
            key = derive_key(secret, salt, params)
        finally:
            wipe(secret)
        try:
            with private_umask():
                folder.mkdir(parents=True, exist_ok=True)
                parameters = VaultParameters(
                    current=KeySlot(params, key_check(key)), salt=salt.hex()
                )
                write_parameters(params_path(folder), parameters)
                _create_database(folder, MAIN, key, salt)
                ensure_alternate(folder, params)
                touch_all(folder)
            vault = cls._unlock_with_key(folder, MAIN, key, parameters, salt)
            vault.set_meta(ALTERNATE_META, PLACEHOLDER)
            return vault
        except OSError as exc:
            raise translate_storage_error(exc) or JournalError(
                f"Could not create the journal in {folder}: {exc.strerror or exc}"
            ) from exc
        finally:
            wipe(key)

    @classmethod
    def open(
        cls,
        folder: Path,
        passphrase: Passphrase,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Vault:
        """Unlock the journal in `folder` (or its alternate journal, for a duress passphrase).

        Every unlock does the same work whatever the passphrase (attempt.first_round): both
        journals' keys, with what both settings files name, derived two at a time, and both
        databases tried. The settings files are hints (SECURITY.md): only when that finds
        nothing *and* a settings file is not exactly as this app writes it (edited, missing,
        naming another salt) is each journal searched, bounded by what the files name (every
        calibration step when the main file names nothing usable), so a planted value can
        neither lock the right passphrase out nor make a try expensive. In an ordinary folder a
        wrong passphrase therefore costs what the right ones cost; in an altered one it costs
        more, until the next unlock repairs the file (docs/threat-model.md says what that
        tells). An altered file is rewritten from what actually opened, and `settings_notice`
        says so. `slow_unlock` is set when the derivations took over SLOW_UNLOCK_SECONDS.
        """
        from journal_app.vault.alternate import (  # it imports this module
            _alternate_usable,
            ensure_alternate,
        )

        folder = Path(folder)
        check_plausible_database(db_path(folder))
        # Taken before any byte of a journal is read (see lockfile.read_prefix). A journal
        # made before lock files has none until its first successful unlock.
        lock = FolderLock.take(folder, create=False)
        secret = passphrase_bytes(passphrase)
        try:
            main = Attempt(folder, MAIN, secret, cancelled)
            attempts = [main]
            if _alternate_usable(folder):
                attempts.append(Attempt(folder, ALTERNATE, secret, cancelled))
            main.refuse_if_header_damaged()
            found, seconds = first_round(attempts, progress, cancelled)
            if found is None and not all(attempt.ordinary for attempt in attempts):
                found = main.search(attempts[1:], progress)
                if found is None and len(attempts) > 1:
                    found = attempts[1].search([main], None)
            if found is None:
                if main.hints.slots:
                    raise WrongPassphrase()
                raise WrongPassphrase(
                    "That passphrase does not open this journal (its settings file was missing "
                    "or damaged, and no known setting worked)."
                )
            attempt, connection, slot = found
            try:
                if lock is None:
                    lock = FolderLock.take(folder, create=True)
                assert lock is not None
                vault = cls._finish_open(attempt, connection, slot, secret, lock)
                vault.slow_unlock = seconds > SLOW_UNLOCK_SECONDS
            except BaseException:
                with contextlib.suppress(DatabaseError):
                    connection.close()
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        finally:
            wipe(secret)
        from journal_app.vault.backup import remove_leftovers  # backup imports this module

        remove_leftovers(folder)
        _remove_stale_temporaries(folder)
        if vault.stem == MAIN and ensure_alternate(folder, vault.parameters.current.kdf):
            with contextlib.suppress(JournalError, DatabaseError):
                vault.set_meta(ALTERNATE_META, PLACEHOLDER)
        return vault

    @classmethod
    def _finish_open(
        cls,
        attempt: Attempt,
        connection: Connection,
        slot: KeySlot,
        secret: bytearray,
        lock: FolderLock,
    ) -> Vault:
        """Settle the settings file on the key that opened the database, then migrate."""
        settled = VaultParameters(current=slot, salt=attempt.salt.hex())
        hints = attempt.hints
        notice: str | None = None
        if hints.genuine is None or settled != hints.genuine:
            # An interrupted passphrase change (or an older file without the salt) is settled
            # quietly; anything else this app would not have written is reported.
            explained = (
                hints.genuine is not None
                and hints.salt in (None, attempt.salt.hex())
                and slot in hints.slots
            )
            try:
                write_parameters(params_path(attempt.folder, attempt.stem), settled)
            except OSError:
                if not explained:
                    notice = SETTINGS_NOT_REPAIRED
            else:
                rewrite_settings(attempt.folder, attempt.stem)
                if not explained:
                    notice = SETTINGS_REPAIRED
        vault = cls(attempt.folder, connection, lock, settled, attempt.stem, salt=attempt.salt)
        vault.settings_notice = notice
        try:
            if schema.needs_migration(connection):
                vault._backup_before_migration(secret)
                schema.migrate(connection)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _unlock_with_key(
        cls, folder: Path, stem: str, key: bytearray, parameters: VaultParameters, salt: bytes
    ) -> Vault:
        lock = FolderLock.take(folder, create=True)
        assert lock is not None
        literal = raw_key_literal(key)
        try:
            connection = open_keyed(db_path(folder, stem), literal)
        except BaseException:
            lock.release()
            raise
        finally:
            wipe(literal)
        return cls(folder, connection, lock, parameters, stem, salt=salt)

    def _backup_before_migration(self, secret: bytearray) -> None:
        from journal_app.vault.backup import write_backup

        version = schema.schema_version(self.connection)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.folder / f"notebook-schema{version}-{stamp}.backup"
        write_backup(self, secret, target)

    def close(self) -> None:
        """Lock: close the connection (SQLCipher wipes its key material) and release the lock."""
        with self.guard:
            if self._connection is not None:
                with contextlib.suppress(DatabaseError):
                    self._connection.close()
                self._connection = None
            if self._companion is not None:
                with contextlib.suppress(OSError):
                    os.close(self._companion)
                self._companion = None
            self._lock.release()

    lock = close

    def _drop_connection(self) -> None:
        """Close the connection but keep the folder lock (the file is about to be rewritten)."""
        if self._connection is not None:
            with contextlib.suppress(DatabaseError):
                self._connection.close()
            self._connection = None

    def _reopen(self, key: bytearray, slot: KeySlot, salt: bytes) -> None:
        """Open this journal's (rewritten) database again with `key`, which stays the caller's."""
        literal = raw_key_literal(key)
        try:
            connection = open_keyed(self.db_path, literal)
        finally:
            wipe(literal)
        with contextlib.suppress(AttributeError):
            connection.after_write = self._after_write  # type: ignore[attr-defined]
        self._connection = connection
        self._parameters = VaultParameters(current=slot, salt=salt.hex())
        self._salt = salt

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    @property
    def connection(self) -> Connection:
        connection = self._connection
        if connection is None:
            raise VaultClosed()
        return connection

    @property
    def parameters(self) -> VaultParameters:
        return self._parameters

    @property
    def salt(self) -> bytes:
        """The database's header salt (read once, before the connection was opened)."""
        return self._salt

    @property
    def db_path(self) -> Path:
        return db_path(self.folder, self.stem)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ----------------------------------------------------------------- maintenance
    def integrity_problems(self) -> list[str]:
        with self.guard:
            return integrity_problems(self.connection)

    def blank_pages(self) -> list[int]:
        """Pages of the journal file that are all zero bytes (1-based page numbers).

        An encrypted page is never all zeros, yet SQLCipher hands such a page to SQLite as a
        blank one without checking its HMAC (a file being extended looks like that), so a page
        zeroed by a failing disk or an interrupted copy can make a read return less, silently:
        a zeroed page of the search index gave "No entries." Reading the file for whole
        zero pages is cheap (no decryption) and catches exactly that case."""
        blank: list[int] = []
        zero = bytes(PAGE_SIZE)
        with self.guard, self.db_path.open("rb") as handle:
            page = 1
            while block := handle.read(PAGE_SIZE * 256):
                view = memoryview(block)
                for offset in range(0, len(block) - PAGE_SIZE + 1, PAGE_SIZE):
                    if view[offset : offset + PAGE_SIZE] == zero:
                        blank.append(page)
                    page += 1
        return blank

    def change_passphrase(
        self,
        new_passphrase: Passphrase,
        *,
        kdf: KdfParams | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Re-key so that a kill at any moment leaves a vault that opens with old or new.

        Order: record the new settings as `pending` (atomic file write), re-key the database
        (one SQLCipher transaction), then promote `pending` to `current`.
        """
        secret = passphrase_bytes(new_passphrase)
        try:
            if not secret:
                raise WrongPassphrase("The new passphrase cannot be empty.")
            params = require_known_setting(kdf or calibrate(progress=progress))
            key = derive_key(secret, self.salt, params)
        finally:
            wipe(secret)
        new_slot = KeySlot(params, key_check(key))
        literal = raw_key_literal(key)
        wipe(key)
        settings = params_path(self.folder, self.stem)
        try:
            with self.guard:
                before = self._parameters
                try:
                    write_parameters(
                        settings,
                        VaultParameters(current=before.current, pending=new_slot, salt=before.salt),
                    )
                except OSError as exc:
                    raise _change_failed(exc) from exc
                try:
                    self.connection.reset_key(literal)
                except DatabaseError as exc:
                    if not _opens_with(self.db_path, literal):
                        # The re-key rolled back: take the pending slot out again, so the
                        # folder is as it was (it would only be settled at the next unlock).
                        with contextlib.suppress(OSError):
                            write_parameters(settings, before)
                        raise _change_failed(exc) from exc
                    # SQLite reported an error, yet the new key opens the database: the
                    # change was made, so it is not reported as failed (the old passphrase
                    # no longer works).
                self._parameters = VaultParameters(current=new_slot, salt=before.salt)
                # The database now has the new key. The rename is retried while another
                # program holds the file (files.replace_with_retry); should the write still
                # fail, the file keeps `pending`, which opening tries and the next unlock
                # promotes quietly: the change stands and is reported as made.
                with contextlib.suppress(OSError):
                    write_parameters(settings, self._parameters)
                if self.stem == MAIN:
                    self._retune_placeholder(params)
                # The other journal's files are renewed with this one's (together.py).
                rewrite_settings(self.folder, self.stem)
                touch_all(self.folder)
        finally:
            wipe(literal)

    def _retune_placeholder(self, kdf: KdfParams) -> None:
        """Give the alternate journal's settings file `kdf` while that journal is still the
        placeholder nobody can open (its key is random, so no setting opens it)."""
        if self.meta(ALTERNATE_META) != PLACEHOLDER:
            return
        database = db_path(self.folder, ALTERNATE)
        with contextlib.suppress(OSError, JournalError):
            salt = read_prefix(database, SALT_BYTES)
            if len(salt) == SALT_BYTES:
                write_parameters(
                    params_path(self.folder, ALTERNATE),
                    VaultParameters(current=KeySlot(kdf, os.urandom(16).hex()), salt=salt.hex()),
                )

    def verify_passphrase(self, passphrase: Passphrase) -> bool:
        """True when `passphrase` is this vault's current one (one key derivation).

        Used before sensitive actions on an unlocked screen (passphrase change, backup), so
        someone at an unattended computer cannot lock the owner out.
        """
        secret = passphrase_bytes(passphrase)
        try:
            slot = self._parameters.current
            key = derive_key(secret, self.salt, slot.kdf)
        finally:
            wipe(secret)
        try:
            matches = slot.matches(key)
            if matches is not None:
                return matches
            literal = raw_key_literal(key)
            try:
                probe = open_keyed(self.db_path, literal)
            except DatabaseError:
                return False
            finally:
                wipe(literal)
            probe.close()
            return True
        finally:
            wipe(key)

    def set_meta(self, key: str, value: bytes) -> None:
        """Store a private value (e.g. the user's support contacts) inside the encrypted vault."""
        with self.guard, write_transaction(self.connection):
            self.connection.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def meta(self, key: str) -> bytes | None:
        with self.guard:
            row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row[0])


def _change_failed(exc: OSError | DatabaseError) -> Exception:
    return translate_storage_error(exc) or JournalError(
        key="The passphrase could not be changed ({reason}); the old one still opens the journal.",
        params={"reason": getattr(exc, "strerror", None) or str(exc)},
    )


def _opens_with(database: Path, literal: bytearray) -> bool:
    try:
        probe = open_keyed(database, literal)
    except DatabaseError:
        return False
    probe.close()
    return True


def _create_database(folder: Path, stem: str, key: bytearray, salt: bytes) -> None:
    """Build the database under a temporary name, then rename it into place.

    A crash halfway leaves no file called notebook.db, so the folder never looks like a
    damaged journal.
    """
    staging = folder / f"{stem}.db.creating"
    for leftover in (staging, Path(str(staging) + "-journal")):
        leftover.unlink(missing_ok=True)
    literal = raw_key_literal(key, salt)
    try:
        connection = open_keyed(staging, literal)
    finally:
        wipe(literal)
    try:
        schema.migrate(connection)
        with write_transaction(connection):
            now = datetime.now(UTC).isoformat(timespec="seconds")
            connection.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("vault_uid", uuid.uuid4().hex.encode()),
                    ("created_at", now.encode()),
                    ("signing_key", signing.new_private_key_bytes()),
                ],
            )
    finally:
        connection.close()
    with open(staging, "rb+") as handle:
        os.fsync(handle.fileno())
    replace_with_retry(staging, db_path(folder, stem))
    fsync_directory(folder)


def _open_companion(folder: Path, stem: str) -> int | None:
    other = db_path(folder, ALTERNATE if stem == MAIN else MAIN)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(other, flags | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None


def _remove_stale_temporaries(folder: Path) -> None:
    """Settings files half-written by a process killed mid-write (atomic_write's `.tmp-*`).

    They hold no secrets and are never the only copy; a clean folder looks unremarkable.
    """
    for leftover in folder.glob(".tmp-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
