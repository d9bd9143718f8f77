"""The one place where core errors become a short, kind sentence for a person.

Nothing else in the interface shows exception text; no traceback ever reaches the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.core import errors as core

_CONTEXT = "errors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _sentences() -> list[tuple[type[BaseException], str]]:
    # Order matters: subclasses before their bases.
    return [
        (
            core.WrongPassphrase,
            _tr(
                "That passphrase did not open the notebook. Nothing was changed. Please try again."
            ),
        ),
        (
            core.VaultLocked,
            _tr("The notebook is already open in another window. Close that window first."),
        ),
        (
            core.VaultCorrupt,
            _tr(
                "The notebook file looks damaged, so it was not opened. Nothing was changed. "
                "You can restore it from a backup."
            ),
        ),
        (
            core.VaultNotFound,
            _tr("There is no notebook in that folder yet. You can create one there."),
        ),
        (core.VaultExists, _tr("That folder already holds a notebook. Choose an empty folder.")),
        (
            core.VaultReadOnly,
            _tr("This folder cannot be written to. Choose a folder you can save in."),
        ),
        (core.VaultClosed, _tr("The notebook is locked. Unlock it to continue.")),
        (
            core.ParametersInvalid,
            _tr("The notebook's settings file is damaged. Nothing was changed."),
        ),
        (
            core.StorageFull,
            _tr("The disk is full, so this was not saved. Nothing was lost. Free some space."),
        ),
        (
            core.IntegrityError,
            _tr("A check found that something stored does not match its record."),
        ),
        (core.EntryNotFound, _tr("That entry could not be found. It may have been deleted.")),
        (core.Cancelled, _tr("Cancelled. Nothing was changed.")),
        (
            core.IncompatibleVersion,
            _tr("This notebook was made by a newer version of the app. Please update the app."),
        ),
    ]


def message_for(exc: BaseException) -> str:
    """One human sentence for `exc`. Unknown errors get a calm, generic sentence."""
    if isinstance(exc, core.InvalidInput):
        # These messages are written for people by the core ("An incident needs a title.").
        return _tr(str(exc)) if str(exc) else _tr("Something in the form needs checking.")
    for kind, sentence in _sentences():
        if isinstance(exc, kind):
            return sentence
    if isinstance(exc, MemoryError):
        return _tr("The computer ran out of memory. Close other programs and try again.")
    if isinstance(exc, OSError):
        return _tr("A file could not be read or written. Check the folder and try again.")
    return _tr("Something went wrong and it was not finished. Nothing was lost. Please try again.")
