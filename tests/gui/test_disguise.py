"""An unremarkable appearance: the chosen name and icon show at once, everywhere (issue 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from journal_app.ui import disguise
from journal_app.ui.app import Session
from journal_app.ui.settings_store import DISGUISE_KEYS, Settings, SettingsStore
from tests.gui.conftest import StubDialogs
from tests.support.helpers import FAST_KDF


def _image(icon: QIcon) -> QImage:
    return icon.pixmap(QSize(32, 32)).toImage()


def test_every_disguise_has_its_own_icon(qapp: QApplication) -> None:
    images = []
    for key in DISGUISE_KEYS:
        assert disguise.icon_path(key).is_file(), key
        icon = disguise.icon(key)
        assert not icon.isNull(), key
        images.append(_image(icon))
    assert all(a != b for i, a in enumerate(images) for b in images[i + 1 :])


def test_icons_are_found_inside_a_pyinstaller_build(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert disguise.icon_dir() == tmp_path / "resources" / "icons"
    assert disguise.icon("notes").isNull()  # missing file: an empty icon, never a crash


def test_choosing_a_name_applies_it_at_once_and_is_remembered(
    qtbot: QtBot, unlocked: Session, settings_path: Path, dialogs: StubDialogs
) -> None:
    window = unlocked.main_window
    assert window is not None
    assert window.windowTitle() == "Notebook"
    settings = window.open_settings()
    settings.appearance.setCurrentIndex(settings.appearance.findData("recipes"))

    assert window.windowTitle() == "Recipes"
    assert QApplication.applicationDisplayName() == "Recipes"
    assert _image(QApplication.windowIcon()) == _image(disguise.icon("recipes"))
    lock_screen = unlocked.unlock_window
    assert lock_screen.windowTitle() == "Recipes"
    assert lock_screen.heading.text() == "Recipes"
    assert json.loads(settings_path.read_text())["disguise"] == "recipes"

    window.lock_action.trigger()
    assert lock_screen.isVisible() and lock_screen.heading.text() == "Recipes"
    later = Session(
        unlocked.unlock_window.folder,
        store=SettingsStore(settings_path),
        dialogs=dialogs,
        kdf=FAST_KDF,
    )
    qtbot.addWidget(later.unlock_window)
    assert later.unlock_window.windowTitle() == "Recipes"
    assert QApplication.applicationDisplayName() == "Recipes"
    later.settings.disguise = "notebook"
    later.apply_disguise()
    assert QApplication.applicationDisplayName() == "Notebook"


def test_the_lock_screen_names_nothing_about_its_purpose(
    qtbot: QtBot, closed_vault: Path, session: Session
) -> None:
    words = ("abuse", "evidence", "incident", "journal", "violence", "police", "bundle")
    screen = session.unlock_window
    for page in (screen.unlock_page, screen.create_page):
        screen.pages.setCurrentWidget(page)
        texts = [w.text() for w in screen.findChildren(QLabel)]
        texts += [w.text() for w in screen.findChildren(QAbstractButton)]
        texts += [w.toolTip() for w in screen.findChildren(QAbstractButton)]
        texts.append(screen.windowTitle())
        found = [t for t in texts for word in words if word in t.lower()]
        assert found == []


def test_an_unknown_disguise_in_the_settings_file_falls_back(qapp: QApplication) -> None:
    assert Settings.from_json({"disguise": "<script>"}).disguise == "notebook"
    assert Settings.from_json({"disguise": 3}).disguise == "notebook"
    assert Settings.from_json({"disguise": "budget"}).disguise == "budget"
    assert disguise.name("nonsense") == "Notebook"
