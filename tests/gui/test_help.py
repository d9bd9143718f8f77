"""Support contacts on the help page live inside the locked notebook, never in settings."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.paths import default_vault_dir
from journal_app.ui.app import Session
from journal_app.ui.help import REMOVE_TITLE, SUPPORT_CONTACTS
from journal_app.ui.settings_store import default_settings_path
from journal_app.vault.vault import Vault
from tests.gui.conftest import unlock
from tests.support.helpers import PASSPHRASE, files_containing

HELPLINE = "Helpline-5e1f 0800 000 111"


def test_contacts_save_themselves_into_the_vault(qtbot: QtBot, unlocked: Session) -> None:
    window, journal = unlocked.main_window, unlocked.journal
    assert window is not None and journal is not None
    window.help_action.trigger()
    window.help_page.contacts.setPlainText(HELPLINE)
    qtbot.waitUntil(lambda: journal.private_note(SUPPORT_CONTACTS) == HELPLINE, timeout=5_000)


def test_contacts_typed_just_before_lock_are_kept_and_shown_after_unlock(
    qtbot: QtBot, unlocked: Session, vault_dir: Path, isolated_home: Path
) -> None:
    window = unlocked.main_window
    assert window is not None
    window.help_action.trigger()
    window.help_page.contacts.setPlainText(HELPLINE)
    window.lock_action.trigger()  # before the debounced save had a chance to run
    assert unlocked.vault is None
    assert files_containing([isolated_home, vault_dir], HELPLINE.encode()) == []
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert Journal(vault).private_note(SUPPORT_CONTACTS) == HELPLINE

    unlock(qtbot, unlocked)
    again = unlocked.main_window
    assert again is not None and again is not window
    assert again.help_page.contacts.toPlainText() == HELPLINE


def test_safety_sections_in_plain_words(qtbot: QtBot, unlocked: Session) -> None:
    window = unlocked.main_window
    assert window is not None
    window.help_action.trigger()
    page = window.help_page
    text = "\n".join(label.text() for label in page.sections.values())
    for phrase in (
        "Signs that this computer may be watched",
        "local domestic-abuse service or a trusted tech-safety helper",
        "Save a backup",
        "USB stick",
        "Check against this code",
        "does not hide your usual notebook",
        "always holds two notebook files",
        "the two files can differ in size",
        "A forensic examination",
        "never deletes or wipes anything on its own",
    ):
        assert phrase in text or phrase in page.sections, phrase
    removal = page.sections[REMOVE_TITLE].text()
    assert str(default_vault_dir()) in removal
    assert str(unlocked.unlock_window.folder) in removal  # the notebook open now
    assert str(default_settings_path()) in removal
    assert "backup files" in removal
    # No invented numbers: the only phone numbers are the ones the person types in.
    assert not re.search(r"\d{3}[ -]?\d{3}", text)
    assert page.contacts.toPlainText() == ""
