"""Create, open, lock and re-key a vault folder (SECURITY.md, "The vault on disk").

A vault folder holds `notebook.db` (SQLCipher; its first 16 bytes are the salt) and
`notebook.json` (Argon2 settings, key checks, the `pending` slot used while the passphrase
changes). The names are deliberately dull.

Beside them sit `notebook.1.db` and `notebook.1.json`: the alternate journal that a duress
passphrase opens. It exists from creation on, keyed with random bytes nobody knows, so the
folder looks the same whether or not a duress passphrase was ever set. Unlocking tries the
main journal, then the alternate one; a wrong passphrase always costs both derivations.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from journal_app.core.errors import (
    Cancelled,
    JournalError,
    ParametersInvalid,
    VaultClosed,
    VaultCorrupt,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from journal_app.core.secrets import passphrase_bytes, wipe
from journal_app.evidence import signing
from journal_app.vault import schema
from journal_app.vault.connection import (
    Connection,
    DatabaseError,
    integrity_problems,
    open_keyed,
    raw_key_literal,
    translate_storage_error,
    write_transaction,
)
from journal_app.vault.files import fsync_directory
from journal_app.vault.kdf import (
    MEMORY_CAP_KIB,
    SALT_BYTES,
    KdfParams,
    calibrate,
    derive_key,
    memory_steps,
)
from journal_app.vault.lockfile import DatabaseLock
from journal_app.vault.params import (
    KeySlot,
    VaultParameters,
    key_check,
    read_parameters,
    write_parameters,
)

MAIN = "notebook"
ALTERNATE = "notebook.1"
DB_NAME = f"{MAIN}.db"
PARAMS_NAME = f"{MAIN}.json"
PAGE_SIZE = 4096

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Passphrase = str | bytes | bytearray


def db_path(folder: Path, stem: str = MAIN) -> Path:
    return Path(folder) / f"{stem}.db"


def params_path(folder: Path, stem: str = MAIN) -> Path:
    return Path(folder) / f"{stem}.json"


def vault_exists(folder: Path) -> bool:
    return db_path(folder).exists()


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
        lock: DatabaseLock,
        parameters: VaultParameters,
        stem: str = MAIN,
    ) -> None:
        self.folder = Path(folder)
        self.stem = stem
        self.guard = threading.RLock()
        self._connection: Connection | None = connection
        self._lock = lock
        self._parameters = parameters

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
        if vault_exists(folder):
            raise VaultExists(
                key="A journal already exists in {folder}.", params={"folder": folder}
            )
        secret = passphrase_bytes(passphrase)
        try:
            if not secret:
                raise WrongPassphrase("The passphrase cannot be empty.")
            params = (kdf or calibrate(progress=progress)).validate()
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
                _ensure_alternate(folder, params)
            return cls._unlock_with_key(folder, MAIN, key, parameters)
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
        """Unlock the journal in `folder` (or its alternate journal, for a duress passphrase)."""
        folder = Path(folder)
        _check_plausible_database(db_path(folder))
        secret = passphrase_bytes(passphrase)
        try:
            try:
                return cls._open_stem(folder, MAIN, secret, progress, cancelled)
            except WrongPassphrase:
                if not _alternate_usable(folder):
                    raise
            try:
                return cls._open_stem(folder, ALTERNATE, secret, None, cancelled)
            except (WrongPassphrase, VaultCorrupt) as exc:
                # The alternate journal never reveals itself through its own errors.
                raise WrongPassphrase() from exc
        finally:
            wipe(secret)

    @classmethod
    def _open_stem(
        cls,
        folder: Path,
        stem: str,
        secret: bytearray,
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> Vault:
        lock = DatabaseLock(db_path(folder, stem))
        try:
            salt = lock.read_prefix(SALT_BYTES)
            if len(salt) != SALT_BYTES:
                raise VaultCorrupt("The journal file is truncated; restore it from a backup.")
            vault = cls._open_with_passphrase(folder, stem, lock, secret, salt, progress, cancelled)
        except BaseException:
            lock.release()
            raise
        from journal_app.vault.backup import remove_leftovers  # backup imports this module

        remove_leftovers(folder)
        if stem == MAIN:
            _remove_stale_temporaries(folder)
            _ensure_alternate(folder, vault.parameters.current.kdf)
        return vault

    @classmethod
    def _open_with_passphrase(
        cls,
        folder: Path,
        stem: str,
        lock: DatabaseLock,
        secret: bytearray,
        salt: bytes,
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> Vault:
        try:
            parameters: VaultParameters | None = read_parameters(params_path(folder, stem))
        except (FileNotFoundError, ParametersInvalid):
            parameters = None
        except OSError as exc:
            raise JournalError(f"Could not read the journal's settings: {exc.strerror}") from exc
        if parameters is None:
            if stem != MAIN:
                raise WrongPassphrase()
            return cls._recover_parameters(folder, lock, secret, salt, progress, cancelled)
        if parameters.salt is not None and parameters.salt != salt.hex():
            raise VaultCorrupt(
                "The start of the journal file is damaged, so it cannot be opened; nothing was "
                "changed. Restore it from a backup."
            )

        slots = [parameters.current] + ([parameters.pending] if parameters.pending else [])
        interrupted_change = parameters.pending is not None
        for index, slot in enumerate(slots):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(index, len(slots))
            # During an interrupted passphrase change one slot's key check matches a key the
            # database does not use yet (or any more): that is not damage.
            connection = _try_slot(
                db_path(folder, stem), slot, secret, salt, damage_possible=not interrupted_change
            )
            if connection is None:
                continue
            settled = VaultParameters(current=slot, salt=salt.hex())
            if settled != parameters:
                # A passphrase change was interrupted: settle on whichever key the file has.
                write_parameters(params_path(folder, stem), settled)
            return cls._finish_open(folder, connection, lock, settled, secret, stem)
        raise WrongPassphrase()

    @classmethod
    def _recover_parameters(
        cls,
        folder: Path,
        lock: DatabaseLock,
        secret: bytearray,
        salt: bytes,
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> Vault:
        """The settings file is missing or damaged: try each calibration step in turn."""
        steps = list(memory_steps(MEMORY_CAP_KIB))
        for index, params in enumerate(steps):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(index, len(steps))
            slot = KeySlot(params, None)
            connection = _try_slot(db_path(folder), slot, secret, salt)
            if connection is None:
                continue
            key = derive_key(secret, salt, params)
            settled = VaultParameters(current=KeySlot(params, key_check(key)), salt=salt.hex())
            wipe(key)
            write_parameters(params_path(folder), settled)
            return cls._finish_open(folder, connection, lock, settled, secret)
        raise WrongPassphrase(
            "That passphrase does not open this journal (its settings file was missing or "
            "damaged, and no known setting worked)."
        )

    @classmethod
    def _finish_open(
        cls,
        folder: Path,
        connection: Connection,
        lock: DatabaseLock,
        parameters: VaultParameters,
        secret: bytearray,
        stem: str = MAIN,
    ) -> Vault:
        vault = cls(folder, connection, lock, parameters, stem)
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
        cls, folder: Path, stem: str, key: bytearray, parameters: VaultParameters
    ) -> Vault:
        lock = DatabaseLock(db_path(folder, stem))
        literal = raw_key_literal(key)
        try:
            connection = open_keyed(db_path(folder, stem), literal)
        except BaseException:
            lock.release()
            raise
        finally:
            wipe(literal)
        return cls(folder, connection, lock, parameters, stem)

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
            self._lock.release()

    lock = close

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
        """The database's header salt (read through the lock's descriptor)."""
        return self._lock.read_prefix(SALT_BYTES)

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
            params = (kdf or calibrate(progress=progress)).validate()
            key = derive_key(secret, self.salt, params)
        finally:
            wipe(secret)
        new_slot = KeySlot(params, key_check(key))
        literal = raw_key_literal(key)
        wipe(key)
        try:
            with self.guard:
                with_pending = VaultParameters(
                    current=self._parameters.current, pending=new_slot, salt=self._parameters.salt
                )
                write_parameters(params_path(self.folder, self.stem), with_pending)
                try:
                    self.connection.reset_key(literal)
                except DatabaseError as exc:
                    raise translate_storage_error(exc) or JournalError(
                        f"The passphrase could not be changed: {exc}"
                    ) from exc
                self._parameters = VaultParameters(current=new_slot, salt=self._parameters.salt)
                write_parameters(params_path(self.folder, self.stem), self._parameters)
        finally:
            wipe(literal)

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


def _check_plausible_database(database: Path) -> None:
    """Refuse a missing, empty or truncated file before any key derivation.

    SQLCipher would treat an empty file as a brand-new database; we never do.
    """
    try:
        size = database.stat().st_size
    except FileNotFoundError as exc:
        raise VaultNotFound(
            key="There is no journal in {folder}.", params={"folder": database.parent}
        ) from exc
    if size == 0 or size % PAGE_SIZE != 0:
        raise VaultCorrupt(
            "The journal file is truncated or damaged; nothing was changed. "
            "Restore it from a backup."
        )


def _try_slot(
    database: Path, slot: KeySlot, secret: bytearray, salt: bytes, *, damage_possible: bool = True
) -> Connection | None:
    """Derive the key for `slot`; return an open connection, None if the passphrase is wrong."""
    key = derive_key(secret, salt, slot.kdf)
    matches = slot.matches(key)
    literal = raw_key_literal(key)
    wipe(key)
    try:
        if matches is False:
            return None
        try:
            return open_keyed(database, literal)
        except DatabaseError as exc:
            if matches is True and damage_possible:
                raise VaultCorrupt(
                    "The passphrase is right but the journal file is damaged and cannot be "
                    "read. Restore it from a backup; nothing was changed."
                ) from exc
            return None
    finally:
        wipe(literal)


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
    os.replace(staging, db_path(folder, stem))
    fsync_directory(folder)


def _remove_stale_temporaries(folder: Path) -> None:
    """Settings files half-written by a process killed mid-write (atomic_write's `.tmp-*`).

    They hold no secrets and are never the only copy; a clean folder looks unremarkable.
    """
    for leftover in folder.glob(".tmp-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _alternate_usable(folder: Path) -> bool:
    try:
        _check_plausible_database(db_path(folder, ALTERNATE))
    except (VaultNotFound, VaultCorrupt):
        return False
    return True


def _ensure_alternate(folder: Path, kdf: KdfParams) -> None:
    """Give the folder its alternate journal if it has none: keyed with random bytes, so it
    cannot be opened until a duress passphrase is set, yet looks like any other journal."""
    if db_path(folder, ALTERNATE).exists():
        return
    key = bytearray(os.urandom(32))
    salt = os.urandom(SALT_BYTES)
    try:
        with private_umask():
            placeholder = VaultParameters(
                current=KeySlot(kdf, os.urandom(16).hex()), salt=salt.hex()
            )
            write_parameters(params_path(folder, ALTERNATE), placeholder)
            _create_database(folder, ALTERNATE, key, salt)
    except (OSError, DatabaseError, JournalError):
        # A read-only or full disk simply leaves the folder without an alternate journal for
        # now; the main journal, already open, must not fail because of it.
        return
    finally:
        wipe(key)


def set_alternate_passphrase(
    vault: Vault, passphrase: Passphrase, *, progress: Progress | None = None
) -> None:
    """Set (or replace) the duress passphrase: it will open a new, empty alternate journal.

    Only from the main journal, and never equal to its passphrase. Replacing it empties the
    alternate journal: it is meant for harmless entries only.
    """
    if vault.stem != MAIN:
        raise JournalError("A duress passphrase can only be set from your main journal.")
    if vault.verify_passphrase(passphrase):
        raise JournalError("The duress passphrase must be different from your passphrase.")
    secret = passphrase_bytes(passphrase)
    try:
        if not secret:
            raise WrongPassphrase("The passphrase cannot be empty.")
        kdf = vault.parameters.current.kdf
        salt = os.urandom(SALT_BYTES)
        key = derive_key(secret, salt, kdf)
    finally:
        wipe(secret)
    try:
        with private_umask():
            staging_params = VaultParameters(current=KeySlot(kdf, key_check(key)), salt=salt.hex())
            _create_database(vault.folder, ALTERNATE + ".new", key, salt)
            write_parameters(params_path(vault.folder, ALTERNATE), staging_params)
            os.replace(db_path(vault.folder, ALTERNATE + ".new"), db_path(vault.folder, ALTERNATE))
            fsync_directory(vault.folder)
    except OSError as exc:
        raise translate_storage_error(exc) or JournalError(
            f"The duress passphrase could not be set: {exc.strerror or exc}"
        ) from exc
    finally:
        wipe(key)
