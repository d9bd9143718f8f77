"""The settings dialog's tasks without widgets: the sentences for the integrity check and for a
kept checkpoint code, the result type a task reports a problem with, and setting a second
passphrase so that nothing on the screen says which notebook is open (see `settings_dialog`).

Texts keep the "SettingsDialog" translation context.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from journal_app.core.integrity import CheckReport
from journal_app.evidence.checkpoint import Checkpoint, CheckpointResult
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.vault import MAIN, Vault

# A plain name, so pyside6-lupdate collects translate("context", "text") calls.
translate = QCoreApplication.translate


def describe_check(report: CheckReport) -> str:
    if report.ok:
        return translate(
            "SettingsDialog",
            "Everything checks out: {0} versions and {1} files match their records.",
        ).format(report.versions_checked, report.attachments_checked)
    lines = [translate("SettingsDialog", "The check found a problem. Nothing was changed.")]
    lines += report.integrity[:5] + report.problems[:5]
    lines.append(
        translate("SettingsDialog", "If you have a backup, you can restore it into a new folder.")
    )
    return "\n".join(lines)


@dataclass(frozen=True)
class CodeCheck:
    """What the GUI needs to say how a kept code compares with the notebook now."""

    point: Checkpoint
    result: CheckpointResult
    size_now: int
    same_key: bool


def describe_code_check(check: CodeCheck) -> str:
    """One plain sentence (translated here, not taken from the core's English message)."""
    day = check.point.day.isoformat()
    if check.result.ok:
        return translate(
            "SettingsDialog",
            "All is well: the notebook still holds everything it held on {0} "
            "({1} versions then, {2} added since).",
        ).format(day, check.point.size, check.size_now - check.point.size)
    if not check.same_key:
        return translate(
            "SettingsDialog",
            "This code belongs to a different notebook, so it cannot be checked here.",
        )
    if check.size_now < check.point.size:
        return translate(
            "SettingsDialog",
            "This notebook now holds fewer versions ({0}) than on {1} ({2}). It may have been "
            "replaced by an older copy. Nothing was changed. Talk to your advocate, and keep "
            "your backups.",
        ).format(check.size_now, day, check.point.size)
    return translate(
        "SettingsDialog",
        "The history up to {0} no longer matches this code: it was changed or damaged since. "
        "Nothing was changed. Talk to your advocate, and keep your backups.",
    ).format(day)


@dataclass(frozen=True)
class Problem:
    """A task's result that is a problem to report (not an error: the task itself worked)."""

    text: str


def set_second_passphrase(vault: Vault, passphrase: str) -> None:
    """`set_alternate_passphrase`, or, from the notebook a second passphrase opens, a failure
    after about the same work (two key derivations), so neither the words nor the wait differ.

    The failure is not a JournalError on purpose: ui/errors.py gives it, word for word, the
    sentence any unexpected failure gets ("Something went wrong and it was not finished…"), so
    the screen never says which notebook is open. The help page tells the owner to choose a
    second passphrase while the usual notebook is open.
    """
    if vault.stem == MAIN:
        set_alternate_passphrase(vault, passphrase)
        return
    vault.verify_passphrase(passphrase)
    vault.verify_passphrase(passphrase)
    raise SecondPassphraseUnavailable()


class SecondPassphraseUnavailable(Exception):
    """Raised from the notebook a second passphrase opens (see `set_second_passphrase`)."""
