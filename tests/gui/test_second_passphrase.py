"""The second (duress) passphrase in Settings: honest, checked, and the same in both notebooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from journal_app.core.errors import WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.ui.app import Session
from journal_app.ui.errors import message_for
from journal_app.ui.settings_dialog import SettingsDialog
from journal_app.ui.settings_store import Settings
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.vault import ALTERNATE, MAIN, Vault
from tests.gui.conftest import StubDialogs, unlock
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields

SECOND = "tea with milk and two sugars"


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal, dialogs: StubDialogs) -> SettingsDialog:
    made = SettingsDialog(journal, Settings(), dialogs, kdf=FAST_KDF)
    qtbot.addWidget(made)
    made.show_tab(made.second_tab)
    return made


def _fill(dialog: SettingsDialog, second: str, repeat: str, current: str) -> None:
    dialog.second_passphrase.setText(second)
    dialog.second_repeat.setText(repeat)
    dialog.second_current.setText(current)


def _set(qtbot: QtBot, dialog: SettingsDialog) -> str:
    with qtbot.waitSignal(dialog.task_done, timeout=20_000) as blocker:
        dialog.second_button.click()
    assert dialog.busy.isHidden()
    assert blocker.args is not None
    return str(blocker.args[0])


def test_the_page_explains_its_limits_honestly(dialog: SettingsDialog) -> None:
    text = " ".join(label.text() for label in dialog.second_tab.findChildren(QLabel))
    assert "separate notebook" in text
    assert "does not hide this notebook" in text
    assert "copies the folder at different times" in text
    assert "empties that separate notebook" in text
    assert "duress" not in text.lower()


def test_setting_it_opens_a_separate_empty_notebook(
    qtbot: QtBot, dialog: SettingsDialog, journal: Journal, vault_dir: Path
) -> None:
    journal.add(Kind.INCIDENT, fields("The real entry"))
    _fill(dialog, SECOND, SECOND, PASSPHRASE)
    message = _set(qtbot, dialog)
    assert "second passphrase is ready" in message
    assert dialog.second_passphrase.text() == dialog.second_current.text() == ""
    journal.vault.close()
    with Vault.open(vault_dir, SECOND) as other:
        assert other.stem == ALTERNATE
        assert Journal(other).count() == 0
    with Vault.open(vault_dir, PASSPHRASE) as usual:
        assert Journal(usual).count() == 1


def test_it_needs_the_current_passphrase(
    qtbot: QtBot, dialog: SettingsDialog, journal: Journal, vault_dir: Path
) -> None:
    _fill(dialog, SECOND, SECOND, "a guess at the passphrase")
    assert "did not open" in _set(qtbot, dialog)
    journal.vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, SECOND)


@pytest.mark.parametrize(
    ("second", "repeat", "current", "says"),
    [
        ("short", "short", PASSPHRASE, "at least 8"),
        (SECOND, SECOND + "x", PASSPHRASE, "not the same"),
        (SECOND, SECOND, "", "current passphrase"),
        (PASSPHRASE, PASSPHRASE, PASSPHRASE, "must be different"),
    ],
)
def test_mistakes_are_caught_before_any_work(
    dialog: SettingsDialog, second: str, repeat: str, current: str, says: str
) -> None:
    _fill(dialog, second, repeat, current)
    dialog.second_button.click()
    assert dialog.task is None
    assert says in dialog.notice.text()


def _visible_texts(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) if w.text()]
    texts += [w.text() for w in root.findChildren(QAbstractButton)]
    return sorted(texts)


def test_the_other_notebook_looks_the_same_and_setting_fails_plainly(
    qtbot: QtBot, closed_vault: Path, session: Session
) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        set_alternate_passphrase(vault, SECOND)

    unlock(qtbot, session)
    assert session.vault is not None and session.vault.stem == MAIN
    window = session.main_window
    assert window is not None
    usual_title, usual_toolbar = window.windowTitle(), _visible_texts(window)
    usual_settings = _visible_texts(window.open_settings())
    window.lock_action.trigger()

    unlock(qtbot, session, SECOND)
    assert session.vault is not None and session.vault.stem == ALTERNATE
    other = session.main_window
    assert other is not None
    assert other.windowTitle() == usual_title
    assert _visible_texts(other) == usual_toolbar
    settings = other.open_settings()
    assert _visible_texts(settings) == usual_settings

    settings.show_tab(settings.second_tab)
    _fill(settings, "another harmless phrase", "another harmless phrase", SECOND)
    message = _set(qtbot, settings)
    # Word for word the sentence of any unexpected failure: nothing says which notebook is open.
    assert message == message_for(RuntimeError())
    for word in ("first", "main", "real", "duress", "other notebook", "second notebook"):
        assert word not in message.lower()
    other.lock_action.trigger()
    with Vault.open(closed_vault, SECOND) as still:  # nothing was changed
        assert still.stem == ALTERNATE
