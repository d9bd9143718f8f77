"""Issue 11 item 7: a notebook, backup or bundle about to go into a cloud-synced folder is
named in a question first; an old notebook in Windows' roaming AppData moves only when asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.core.synced import ICLOUD, ONEDRIVE, SyncedFolder
from journal_app.ui import workers
from journal_app.ui.app import Session
from journal_app.ui.dialogs import Place, synced_box
from journal_app.ui.export_dialog import ExportDialog
from journal_app.ui.settings_dialog import SettingsDialog
from journal_app.ui.settings_store import Settings
from journal_app.ui.unlock import UnlockWindow
from tests.gui.conftest import StubDialogs, run_now
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields


@pytest.fixture
def onedrive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A OneDrive folder as its Windows client announces it."""
    root = tmp_path / "cloud"
    root.mkdir()
    monkeypatch.setenv("OneDrive", str(root))
    return root


def test_a_folder_chosen_for_a_notebook_inside_onedrive_is_questioned(
    qtbot: QtBot, session: Session, dialogs: StubDialogs, onedrive: Path
) -> None:
    window = session.unlock_window
    dialogs.folder = onedrive / "Documents" / "notebook"
    dialogs.synced_answers = [False]  # "Choose another place": the chooser opens again
    window.choose_folder_button.click()
    assert dialogs.asked == [
        "choose_folder",
        "confirm_synced OneDrive notebook",
        "choose_folder",
        "confirm_synced OneDrive notebook",
    ]
    assert window.folder == onedrive / "Documents" / "notebook"  # the second answer: use it


def test_declining_and_then_cancelling_keeps_the_folder_that_was_there(
    qtbot: QtBot, session: Session, dialogs: StubDialogs, onedrive: Path, vault_dir: Path
) -> None:
    window = session.unlock_window
    dialogs.folder = onedrive / "notebook"
    original = dialogs.choose_folder

    def then_cancel(parent: object, title: str) -> Path | None:
        chosen = original(None, title)
        dialogs.folder = None
        return chosen

    dialogs.choose_folder = then_cancel  # type: ignore[method-assign]
    dialogs.synced_answers = [False]
    window.choose_folder_button.click()
    assert window.folder == vault_dir


def test_an_ordinary_folder_asks_nothing(
    qtbot: QtBot, session: Session, dialogs: StubDialogs, tmp_path: Path, onedrive: Path
) -> None:
    dialogs.folder = tmp_path / "elsewhere"
    session.unlock_window.choose_folder_button.click()
    assert dialogs.asked == ["choose_folder"]


def test_a_backup_into_icloud_drive_is_questioned_and_not_made_when_declined(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, isolated_home: Path
) -> None:
    dialog = SettingsDialog(journal, Settings(), dialogs, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    drive = isolated_home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
    drive.mkdir(parents=True)
    dialogs.save_path = drive / "notebook.backup"
    original = dialogs.save_file

    def then_cancel(parent: object, title: str, suggested: str) -> Path | None:
        chosen = original(None, title, suggested)
        dialogs.save_path = None
        return chosen

    dialogs.save_file = then_cancel  # type: ignore[method-assign]
    dialogs.synced_answers = [False]
    dialog.backup_button.click()
    assert dialogs.asked == ["save_file", "confirm_synced iCloud Drive backup", "save_file"]
    assert dialog.task is None and not (drive / "notebook.backup").exists()


def test_a_bundle_into_onedrive_is_made_only_after_the_person_agrees(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, onedrive: Path
) -> None:
    journal.add(Kind.INCIDENT, fields("Something"))
    dialog = ExportDialog(journal, dialogs, run_now)
    qtbot.addWidget(dialog)
    dialog.use_password.setChecked(False)
    dialogs.save_path = onedrive / "bundle.pdf"
    dialog.export_button.click()
    assert dialogs.asked == ["save_file", "confirm_synced OneDrive bundle"]
    assert (onedrive / "bundle.pdf").exists()


@pytest.mark.parametrize("place", list(Place))
def test_the_question_names_the_service_and_defaults_to_another_place(
    qtbot: QtBot, place: Place, tmp_path: Path
) -> None:
    box = synced_box(None, SyncedFolder(ONEDRIVE, tmp_path / "OneDrive"), place)
    qtbot.addWidget(box)
    assert "OneDrive" in box.text() and str(tmp_path / "OneDrive") in box.text()
    default = box.defaultButton()
    assert default is not None and default.objectName() == "other"
    assert box.escapeButton() is default
    assert box.icon() == QMessageBox.Icon.Warning
    unknown = synced_box(None, SyncedFolder("", tmp_path / "Box-Box"), place)
    qtbot.addWidget(unknown)
    assert "a cloud storage service" in unknown.text()
    assert ICLOUD not in unknown.text()


def test_an_old_roaming_notebook_opens_there_and_moves_only_when_asked(
    qtbot: QtBot, closed_vault: Path, dialogs: StubDialogs, tmp_path: Path
) -> None:
    local = tmp_path / "Local" / "notebook"
    window = UnlockWindow(closed_vault, dialogs, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    assert not window.move_row.isVisible()  # not the roaming folder: nothing offered
    window.legacy_folder, window.local_folder = closed_vault, local
    window.reset()
    assert window.move_row.isVisible() and not window.creating  # it still opens from there
    window.move_button.click()
    assert window.folder == local and not closed_vault.exists()
    assert not window.move_row.isVisible()
    assert str(local) in window.notice.text()
    window.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000) as opened:
        window.unlock_button.click()
    opened.args[0].close()
    workers.wait_all()


def test_a_move_that_fails_leaves_the_notebook_where_it_was(
    qtbot: QtBot, closed_vault: Path, dialogs: StubDialogs, tmp_path: Path
) -> None:
    occupied = tmp_path / "Local" / "notebook"
    occupied.mkdir(parents=True)
    (occupied / "someone else's file").write_text("x")
    window = UnlockWindow(closed_vault, dialogs, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.legacy_folder, window.local_folder = closed_vault, occupied
    window.reset()
    window.move_button.click()
    assert window.folder == closed_vault and (closed_vault / "notebook.db").exists()
    assert "could not be moved" in window.notice.text()
