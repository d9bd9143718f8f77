"""Typed errors raised by the core. The CLI and the GUI turn them into one human sentence each.

Every error carries a short English message. The command line translates it through the
message catalogue (journal_app.i18n) by its exact text; a message with variable parts also
carries a structured `key` (its English template, e.g. "Entry {entry_id} is already deleted.")
and `params`, so it can be translated without parsing the sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class JournalError(Exception):
    """Base class of every error the core raises on purpose."""

    exit_status = 1

    def __init__(
        self, *args: object, key: str | None = None, params: Mapping[str, Any] | None = None
    ) -> None:
        if key is not None and not args:
            args = (key.format(**params) if params else key,)
        super().__init__(*args)
        self.key = key
        self.params: dict[str, Any] = dict(params or {})


class WrongPassphrase(JournalError):
    exit_status = 3

    def __init__(self, message: str = "That passphrase does not open this journal.") -> None:
        super().__init__(message)


class VaultNotFound(JournalError):
    pass


class VaultExists(JournalError):
    pass


class VaultCorrupt(JournalError):
    """The vault's files are damaged: truncated, altered, or not a journal at all."""

    exit_status = 4


class NotAJournal(JournalError):
    """The path given for a journal is the wrong kind of thing: a file where its folder should
    be, or a folder (or device) where its database file should be. Nothing was changed."""


class VaultLocked(JournalError):
    """The vault is open in another window or process."""


class VaultReadOnly(JournalError):
    pass


class VaultClosed(JournalError):
    """The vault was locked (quick exit or idle); unlock it again to continue."""

    def __init__(self, message: str = "The journal is locked.") -> None:
        super().__init__(message)


class ParametersInvalid(JournalError):
    """The key-derivation parameters file holds values we refuse to use."""


class StorageFull(JournalError):
    """The disk (or a file-size limit) ran out during a write; the write was rolled back."""


class FileTooLarge(StorageFull):
    """The drive (FAT32: 4 GiB) or the process cannot hold a file that large; the write was
    rolled back. A StorageFull, so whatever handles a full disk handles this too."""


class IntegrityError(JournalError):
    """A check found that stored content does not match its recorded hashes."""

    exit_status = 4


class DamagedJournal(IntegrityError):
    """A page of the database failed its check while being read: what was asked for cannot be
    given whole, so nothing is shown as if it were."""

    def __init__(
        self,
        message: str = "Part of the journal file is damaged and cannot be read; nothing was "
        "changed. Restore it from a backup.",
    ) -> None:
        super().__init__(message)


class EntryNotFound(JournalError):
    pass


class InvalidInput(JournalError):
    """A value given by the user cannot be stored (bad date, unknown category, unreadable file)."""


class Cancelled(JournalError):
    """The user cancelled a long task; nothing was changed."""

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)


class IncompatibleVersion(JournalError):
    """The vault was written by a newer version of the app, or by an unexpected SQLCipher."""
