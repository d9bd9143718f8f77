"""Settings: passphrase change, backup, restore and the check, through stubbed dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal_app.core.errors import WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.ui.settings_dialog import SettingsDialog
from journal_app.ui.settings_store import Settings
from journal_app.vault.vault import Vault
from tests.gui.conftest import StubDialogs
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields

NEW_PASSPHRASE = "a brand new passphrase for me"


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal, dialogs: StubDialogs) -> SettingsDialog:
    made = SettingsDialog(journal, Settings(), dialogs, kdf=FAST_KDF)
    qtbot.addWidget(made)
    return made


def _run(qtbot: QtBot, dialog: SettingsDialog, button_name: str) -> str:
    with qtbot.waitSignal(dialog.task_done, timeout=20_000) as blocker:
        getattr(dialog, button_name).click()
    assert blocker.args is not None
    message = blocker.args[0]
    assert isinstance(message, str)
    assert dialog.notice.text() == message
    return message


def test_change_passphrase_with_progress(
    qtbot: QtBot, dialog: SettingsDialog, dialogs: StubDialogs, journal: Journal, vault_dir: Path
) -> None:
    journal.add(Kind.INCIDENT, fields("Kept"))
    dialogs.new_passphrase = (PASSPHRASE, NEW_PASSPHRASE)
    message = _run(qtbot, dialog, "passphrase_button")
    assert "was changed" in message
    journal.vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, NEW_PASSPHRASE) as reopened:
        assert Journal(reopened).count() == 1


def test_change_passphrase_needs_the_current_one(
    qtbot: QtBot, dialog: SettingsDialog, dialogs: StubDialogs, journal: Journal, vault_dir: Path
) -> None:
    dialogs.new_passphrase = ("a guess", NEW_PASSPHRASE)
    message = _run(qtbot, dialog, "passphrase_button")
    assert "did not open" in message
    journal.vault.close()
    Vault.open(vault_dir, PASSPHRASE).close()


def test_cancelling_the_question_does_nothing(
    qtbot: QtBot, dialog: SettingsDialog, dialogs: StubDialogs
) -> None:
    dialogs.new_passphrase = None
    dialog.passphrase_button.click()
    assert dialog.task is None
    assert dialogs.asked == ["ask_new_passphrase"]


def test_backup_and_restore_through_the_dialogs(
    qtbot: QtBot, dialog: SettingsDialog, dialogs: StubDialogs, journal: Journal, tmp_path: Path
) -> None:
    journal.add(Kind.INCIDENT, fields("In the backup"))
    dialogs.save_path = tmp_path / "usb" / "notebook.backup"
    dialogs.save_path.parent.mkdir()
    message = _run(qtbot, dialog, "backup_button")
    assert "was saved" in message and dialogs.save_path.exists()

    dialogs.file = dialogs.save_path
    dialogs.folder = tmp_path / "restored"
    message = _run(qtbot, dialog, "restore_button")
    assert "was restored" in message
    with Vault.open(tmp_path / "restored", PASSPHRASE) as restored:
        assert [s.title for s in Journal(restored).entries()] == ["In the backup"]


def test_backup_with_a_mistyped_passphrase_is_refused(
    qtbot: QtBot, dialog: SettingsDialog, dialogs: StubDialogs, tmp_path: Path
) -> None:
    dialogs.save_path = tmp_path / "notebook.backup"
    dialogs.passphrase = "typo"
    message = _run(qtbot, dialog, "backup_button")
    assert "did not open" in message
    assert not dialogs.save_path.exists()


def test_check_reports_in_plain_words(
    qtbot: QtBot, dialog: SettingsDialog, journal: Journal
) -> None:
    journal.add(Kind.INCIDENT, fields("One"))
    message = _run(qtbot, dialog, "check_button")
    assert message.startswith("Everything checks out")
