"""The alternate journal that a duress passphrase opens (SECURITY.md, "The vault on disk").

`notebook.1.db` and `notebook.1.json` exist from the folder's creation on, keyed with random
bytes nobody knows (`ensure_alternate`), so the folder looks the same whether or not a duress
passphrase was ever set. `set_alternate_passphrase` replaces that journal with a new, empty one
a duress passphrase opens, written in place and timed with the main journal (together.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from journal_app.core.errors import JournalError, WrongPassphrase
from journal_app.core.secrets import passphrase_bytes, wipe
from journal_app.i18n import N_
from journal_app.vault.attempt import Progress
from journal_app.vault.connection import DatabaseError, raw_key_literal, translate_storage_error
from journal_app.vault.files import fsync_directory, open_with_retry, replace_with_retry
from journal_app.vault.kdf import SALT_BYTES, KdfParams, derive_key
from journal_app.vault.lockfile import read_prefix
from journal_app.vault.params import (
    KeySlot,
    SettingsHints,
    VaultParameters,
    key_check,
    read_hints,
    write_parameters,
)
from journal_app.vault.places import (
    ALTERNATE,
    MAIN,
    check_plausible_database,
    db_path,
    params_path,
)
from journal_app.vault.together import rewrite_settings, touch_all
from journal_app.vault.vault import (
    ALTERNATE_META,
    DURESS_SET,
    Passphrase,
    Vault,
    _create_database,
    _opens_with,
    private_umask,
)

DURESS_NOT_SET = N_("The duress passphrase could not be set ({reason}); nothing was changed.")
# The alternate file was being rewritten: the old duress journal is gone, the new one is not
# whole. Setting it again rebuilds it; the main journal is untouched.
DURESS_HALF_SET = N_("The duress passphrase could not be set ({reason}); set it again.")


def _alternate_usable(folder: Path) -> bool:
    try:
        check_plausible_database(db_path(folder, ALTERNATE))
    except JournalError:
        # Missing, damaged or the wrong kind of file: the main journal's answer stands.
        return False
    return True


def ensure_alternate(folder: Path, kdf: KdfParams) -> bool:
    """Give the folder its alternate journal if it has none: keyed with random bytes, so it
    cannot be opened until a duress passphrase is set, yet looks like any other journal.
    True when one was made."""
    if os.path.lexists(db_path(folder, ALTERNATE)):
        return False  # whatever stands there (even a broken link) is not ours to replace
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
        return False
    finally:
        wipe(key)
    return True


def set_alternate_passphrase(
    vault: Vault, passphrase: Passphrase, *, progress: Progress | None = None
) -> None:
    """Set (or replace) the duress passphrase: it will open a new, empty alternate journal.

    The same from either journal, so nothing run at the command line says which one is open:
    from the alternate journal it is that journal that is replaced, and `vault` then holds
    the new, empty one. Never equal to the main journal's passphrase (the same sentence and
    the same single key derivation from either side). Replacing empties the alternate
    journal: it is meant for harmless entries only.

    The new journal is built under a staging name, then written over the alternate file in
    place (same file, same inode), and every journal file is given the same time, so the
    folder does not show that a duress passphrase was set (together.py).
    """
    folder = vault.folder
    main_hints = read_hints(params_path(folder, MAIN))
    kdf = main_hints.slots[0].kdf if main_hints.slots else vault.parameters.current.kdf
    secret = passphrase_bytes(passphrase)
    try:
        if not secret:
            raise WrongPassphrase("The passphrase cannot be empty.")
        if _opens_main(vault, secret, main_hints):
            raise JournalError("The duress passphrase must be different from your passphrase.")
        salt = os.urandom(SALT_BYTES)
        key = derive_key(secret, salt, kdf)
    finally:
        wipe(secret)
    # The old duress passphrase keeps working until the new journal is whole in the staging
    # file; a failure before the overwrite changes nothing.
    settings = params_path(folder, ALTERNATE)
    target = db_path(folder, ALTERNATE)
    staged = db_path(folder, ALTERNATE + ".new")
    new_slot = KeySlot(kdf, key_check(key))
    before = read_hints(settings).genuine
    overwriting = False
    with vault.guard:
        try:
            with private_umask():
                # 1. The new journal, whole and on disk, under a name nothing opens.
                _create_database(folder, ALTERNATE + ".new", key, salt)
                # 2. Settings naming both keys (old as `current`, new as `pending`, no salt),
                #    so whichever database stands there opens with its own passphrase.
                write_parameters(
                    settings,
                    VaultParameters(current=before.current, pending=new_slot)
                    if before is not None
                    else VaultParameters(current=new_slot),
                )
                # 3. The switch: the alternate file rewritten in place, once it could be
                #    opened for writing (another program may hold it for a moment).
                descriptor = _open_for_overwrite(target)
                if vault.stem == ALTERNATE:
                    vault._drop_connection()
                overwriting = True
                _overwrite_in_place(staged, target, descriptor)
                staged.unlink()
        except BaseException as exc:
            if not overwriting:
                with contextlib.suppress(OSError):
                    if before is not None:
                        write_parameters(settings, before)
            for leftover in (staged, Path(str(staged) + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if vault.stem == ALTERNATE and not vault.is_open:
                # The open journal was being rewritten: it opens with the new key if the
                # copy got far enough, else it stays closed (the message says to set it again).
                with contextlib.suppress(DatabaseError, OSError):
                    vault._reopen(key, KeySlot(kdf, key_check(key)), salt)
            wipe(key)
            if isinstance(exc, OSError | DatabaseError):
                raise translate_storage_error(exc) or JournalError(
                    key=DURESS_HALF_SET if overwriting else DURESS_NOT_SET,
                    params={"reason": getattr(exc, "strerror", None) or str(exc)},
                ) from exc
            raise
        try:
            # 4. Settle the settings file. Should this fail, `pending` names the new key and
            #    the next unlock with the duress passphrase settles it.
            settled = VaultParameters(current=new_slot, salt=salt.hex())
            with contextlib.suppress(OSError):
                write_parameters(settings, settled)
            if vault.stem == ALTERNATE:
                vault._reopen(key, settled.current, salt)
            else:
                vault.set_meta(ALTERNATE_META, DURESS_SET)
            rewrite_settings(folder, ALTERNATE)
            touch_all(folder)
            fsync_directory(folder)
        finally:
            wipe(key)


def _opens_main(vault: Vault, secret: bytearray, hints: SettingsHints) -> bool:
    """Whether `secret` is the main journal's passphrase: one key derivation either way."""
    if vault.stem == MAIN:
        return vault.verify_passphrase(secret)
    folder = vault.folder
    slot = hints.slots[0] if hints.slots else vault.parameters.current
    salt = read_prefix(db_path(folder, MAIN), SALT_BYTES)
    if len(salt) != SALT_BYTES:
        return False
    key = derive_key(secret, salt, slot.kdf)
    try:
        matches = slot.matches(key)
        if matches is not None:
            return matches
        return _opens_with(db_path(folder, MAIN), raw_key_literal(key))
    finally:
        wipe(key)


def _open_for_overwrite(target: Path) -> int | None:
    """A descriptor to write the alternate file in place; None when there is none yet."""
    if not os.path.lexists(target):
        return None
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    return open_with_retry(target, flags)


def _overwrite_in_place(source: Path, target: Path, descriptor: int | None) -> None:
    """Copy `source` over `target`'s bytes through `descriptor` (same file), fsynced; with no
    descriptor (no target yet) `source` is renamed into place. SQLite's rollback journal of the
    old content goes first: played back over the new content, it would damage it."""
    if descriptor is None:
        replace_with_retry(source, target)
        return
    with os.fdopen(descriptor, "r+b") as writer:
        Path(str(target) + "-journal").unlink(missing_ok=True)
        with open(source, "rb") as reader:
            shutil.copyfileobj(reader, writer, 4 * 1024 * 1024)
        writer.truncate()
        writer.flush()
        os.fsync(writer.fileno())
