"""The one place where core errors become a short, kind sentence for a person.

Nothing else in the interface shows exception text; no traceback ever reaches the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app import i18n
from journal_app.core import errors as core
from journal_app.importers.base import ImportRefused
from journal_app.ui import i18n as ui_i18n

# A plain name, so pyside6-lupdate collects translate("context", "text") calls.
translate = QCoreApplication.translate


def _sentences() -> list[tuple[type[BaseException], str]]:
    # Order matters: subclasses before their bases.
    return [
        (
            core.WrongPassphrase,
            translate(
                "errors",
                "That passphrase did not open the notebook. Nothing was changed. Please try again.",
            ),
        ),
        (
            core.VaultLocked,
            translate(
                "errors", "The notebook is already open in another window. Close that window first."
            ),
        ),
        (
            core.VaultCorrupt,
            translate(
                "errors",
                "The notebook file looks damaged, so it was not opened. Nothing was changed. "
                "You can restore it from a backup.",
            ),
        ),
        (
            core.VaultNotFound,
            translate(
                "errors", "There is no notebook in that folder yet. You can create one there."
            ),
        ),
        (
            core.VaultExists,
            translate("errors", "That folder already holds a notebook. Choose an empty folder."),
        ),
        (
            core.VaultReadOnly,
            translate(
                "errors", "This folder cannot be written to. Choose a folder you can save in."
            ),
        ),
        (core.VaultClosed, translate("errors", "The notebook is locked. Unlock it to continue.")),
        (
            core.ParametersInvalid,
            translate("errors", "The notebook's settings file is damaged. Nothing was changed."),
        ),
        (
            core.StorageFull,
            translate(
                "errors",
                "The disk is full, so this was not saved. Nothing was lost. Free some space.",
            ),
        ),
        (
            core.IntegrityError,
            translate("errors", "A check found that something stored does not match its record."),
        ),
        (
            core.EntryNotFound,
            translate("errors", "That entry could not be found. It may have been deleted."),
        ),
        (core.Cancelled, translate("errors", "Cancelled. Nothing was changed.")),
        (
            core.IncompatibleVersion,
            translate(
                "errors",
                "This notebook was made by a newer version of the app. Please update the app.",
            ),
        ),
    ]


def message_for(exc: BaseException) -> str:
    """One human sentence for `exc`. Unknown errors get a calm, generic sentence."""
    if isinstance(exc, core.InvalidInput | ImportRefused):
        # These messages are written for people by the core ("An incident needs a title.",
        # "This export is not UTF-8 text ..."),
        # and translated by the catalogue the command line uses, so both say the same.
        if not str(exc):
            return translate("errors", "Something in the form needs checking.")
        return i18n.translate_error(exc, i18n.translator(ui_i18n.current_language()))
    for kind, sentence in _sentences():
        if isinstance(exc, kind):
            return sentence
    if isinstance(exc, MemoryError):
        return translate(
            "errors", "The computer ran out of memory. Close other programs and try again."
        )
    if isinstance(exc, OSError):
        return translate(
            "errors", "A file could not be read or written. Check the folder and try again."
        )
    return translate(
        "errors",
        "Something went wrong and it was not finished. Nothing was lost. Please try again.",
    )
