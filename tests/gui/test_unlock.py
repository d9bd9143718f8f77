"""First screen: create a notebook, unlock it, and a wrong passphrase that changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from journal_app.core.models import Kind
from journal_app.ui.app import Session
from journal_app.vault.vault import db_path, vault_exists
from tests.gui.conftest import StubDialogs, unlock
from tests.support.helpers import PASSPHRASE, fields


def _visible_texts(root: QWidget) -> str:
    parts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
        if isinstance(widget, QLineEdit):
            parts.append(widget.placeholderText())
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return "\n".join(parts).lower()


def test_create_asks_twice_and_opens_the_new_notebook(
    qtbot: QtBot, session: Session, vault_dir: Path
) -> None:
    window = session.unlock_window
    assert window.pages.currentWidget() is window.create_page
    assert "nobody can open" in _visible_texts(window)
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE + "x")
    window.create_button.click()
    assert "not the same" in window.notice.text()
    assert not vault_exists(vault_dir)

    window.repeat_passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        window.create_button.click()
    assert vault_exists(vault_dir)
    assert session.main_window is not None and session.main_window.isVisible()
    assert not window.isVisible()
    assert session.journal is not None and session.journal.count() == 0


def test_strength_hint_changes_with_the_passphrase(session: Session) -> None:
    window = session.unlock_window
    window.new_passphrase.setText("abc")
    assert "short" in window.strength.text().lower()
    window.new_passphrase.setText("four ordinary words together here")
    assert "strong" in window.strength.text().lower()


def test_wrong_passphrase_is_said_kindly_and_changes_nothing(
    qtbot: QtBot, closed_vault: Path, session: Session
) -> None:
    window = session.unlock_window
    assert window.pages.currentWidget() is window.unlock_page
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in closed_vault.iterdir()}
    window.passphrase.setText("not the passphrase")
    window.unlock_button.click()
    qtbot.waitUntil(lambda: "did not open" in window.notice.text(), timeout=10_000)
    assert "Nothing was changed" in window.notice.text()
    assert "Traceback" not in window.notice.text()
    assert session.vault is None and window.isVisible()
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in closed_vault.iterdir()}
    assert after == before

    unlock(qtbot, session)
    assert session.vault is not None and session.vault.is_open


def test_choose_another_folder_switches_to_that_notebook(
    qtbot: QtBot, closed_vault: Path, session: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    window = session.unlock_window
    assert window.pages.currentWidget() is window.unlock_page
    dialogs.folder = tmp_path / "usb-stick"
    window.choose_folder_button.click()
    assert window.folder == tmp_path / "usb-stick"
    assert window.pages.currentWidget() is window.create_page
    assert str(tmp_path / "usb-stick") in window.folder_label.text()


def test_unlocked_notebook_shows_existing_entries(
    qtbot: QtBot, closed_vault: Path, session: Session
) -> None:
    unlock(qtbot, session)
    assert session.journal is not None
    session.journal.add(Kind.INCIDENT, fields("First one"))
    main = session.main_window
    assert main is not None
    main.timeline.refresh()
    assert main.timeline.model.total == 1
    assert db_path(closed_vault).exists()


def test_lock_screen_names_nothing_about_its_purpose(session: Session) -> None:
    text = _visible_texts(session.unlock_window)
    for word in ("abuse", "evidence", "incident", "violence", "journal", "threat", "stalk"):
        assert word not in text, word


def _backup_of(tmp_path: Path, title: str) -> Path:
    from journal_app.core.journal import Journal
    from journal_app.vault.backup import write_backup
    from journal_app.vault.vault import Vault
    from tests.support.helpers import FAST_KDF

    with Vault.create(tmp_path / "old-laptop", PASSPHRASE, kdf=FAST_KDF) as old:
        Journal(old).add(Kind.INCIDENT, fields(title))
        target = tmp_path / "usb" / "notebook.backup"
        target.parent.mkdir()
        write_backup(old, PASSPHRASE, target)
    return target


def test_restore_from_a_backup_file_on_the_first_screen_opens_it(
    qtbot: QtBot, session: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    window = session.unlock_window
    assert window.pages.currentWidget() is window.create_page  # a wiped computer: no notebook
    dialogs.file = _backup_of(tmp_path, "Kept on the USB stick")
    dialogs.folder = tmp_path / "new-home"
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        window.restore_button.click()
    assert dialogs.asked == ["open_file", "choose_folder", "ask_passphrase"]
    assert session.journal is not None
    assert [s.title for s in session.journal.entries()] == ["Kept on the USB stick"]
    assert window.folder == tmp_path / "new-home"
    assert session.vault is not None and session.vault.folder == tmp_path / "new-home"


def test_restore_refuses_a_folder_that_is_not_empty(
    qtbot: QtBot, session: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    window = session.unlock_window
    dialogs.file = _backup_of(tmp_path, "Anything")
    busy = tmp_path / "documents"
    busy.mkdir()
    (busy / "letter.txt").write_text("mine")
    dialogs.folder = busy
    window.restore_button.click()
    assert "not empty" in window.notice.text()
    assert "ask_passphrase" not in dialogs.asked
    assert sorted(p.name for p in busy.iterdir()) == ["letter.txt"]


def test_restore_with_the_wrong_passphrase_says_so(
    qtbot: QtBot, session: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    window = session.unlock_window
    dialogs.file = _backup_of(tmp_path, "Anything")
    dialogs.folder = tmp_path / "new-home"
    dialogs.passphrase = "not it"
    window.restore_button.click()
    qtbot.waitUntil(lambda: "did not open" in window.notice.text(), timeout=20_000)
    assert session.vault is None and window.restore_button.isEnabled()
    assert not vault_exists(tmp_path / "new-home")
