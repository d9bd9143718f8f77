"""Issue 15: a camouflage that holds up to a suspicious look.

With the camouflage on, the app is a notes pad that works. Nothing on it, after a lock, in the
decoy the second passphrase opens, in its titles or anything reachable there names what the
disguise hides, in any of the three languages. The way in is the passphrase typed into the
pad's search box; a wrong guess is an ordinary search.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal_app.ui import i18n as ui_i18n
from journal_app.ui import workers
from journal_app.ui.app import Session
from journal_app.ui.settings_store import SettingsStore
from journal_app.vault.vault import ALTERNATE, MAIN, Vault, set_alternate_passphrase
from tests.gui.conftest import QuitRecorder, StubDialogs
from tests.support.helpers import FAST_KDF, PASSPHRASE

SECOND = "tea with milk and two sugars"

# What the disguise hides, in each language the app speaks (lower case; matched anywhere).
HIDDEN = {
    "en": ("journal", "diary", "evidence", "incident", "passphrase", "password", "folder",
           "abuse", "police", "bundle", "quick exit", "unlock"),
    "es": ("diario", "prueba", "evidencia", "incidente", "contraseña", "frase", "carpeta",
           "abuso", "policía", "salida rápida", "desbloquear"),
    "pt_BR": ("diário", "diario", "evidência", "prova", "incidente", "senha", "frase", "pasta",
              "abuso", "polícia", "saída rápida", "desbloquear"),
}  # fmt: skip


def _texts(widget: QWidget) -> list[str]:
    found = [
        widget.windowTitle(),
        widget.toolTip(),
        widget.statusTip(),
        widget.whatsThis(),
        widget.accessibleName(),
        widget.accessibleDescription(),
    ]
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append(widget.text())
    if isinstance(widget, QLineEdit):
        found += [widget.text(), widget.placeholderText()]
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        found += [widget.toPlainText(), widget.placeholderText()]
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            found += [item.text(), item.toolTip(), str(item.data(Qt.ItemDataRole.AccessibleTextRole))]
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    return [text for text in found if text]


def shown_texts() -> list[str]:
    """Every text of every window on screen, its children (shown or not) and their actions."""
    texts = [QApplication.applicationDisplayName()]
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            texts += _texts(widget)
        for action in window.findChildren(QAction):
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


def give_away(folder: Path, language: str) -> list[str]:
    words = (*HIDDEN[language], str(folder).lower(), folder.name.lower())
    return sorted({t for t in shown_texts() for w in words if w in t.lower()})


@pytest.fixture
def two_journals(closed_vault: Path) -> Path:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        set_alternate_passphrase(vault, SECOND)
    return closed_vault


@pytest.fixture
def camouflaged(
    qtbot: QtBot,
    two_journals: Path,
    settings_path: Path,
    dialogs: StubDialogs,
    quit_recorder: QuitRecorder,
) -> Iterator[Session]:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(json.dumps({"disguise": "recipes", "camouflage": True}))
    made = Session(
        two_journals,
        store=SettingsStore(settings_path),
        dialogs=dialogs,
        kdf=FAST_KDF,
        on_quit=quit_recorder,
    )
    qtbot.addWidget(made.unlock_window)
    made.start()
    yield made
    made.shutdown()
    workers.wait_all()


@pytest.fixture(params=["en", "es", "pt_BR"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    ui_i18n.install(request.param)
    yield request.param
    ui_i18n.install("en")


def test_the_first_screen_names_nothing_it_hides(
    language: str, qtbot: QtBot, two_journals: Path, settings_path: Path, dialogs: StubDialogs
) -> None:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(json.dumps({"disguise": "recipes", "camouflage": True}))
    session = Session(
        two_journals, store=SettingsStore(settings_path), dialogs=dialogs, kdf=FAST_KDF
    )
    qtbot.addWidget(session.unlock_window)
    session.start()
    try:
        assert give_away(two_journals, language) == []
        assert QApplication.applicationDisplayName() != ""
    finally:
        session.shutdown()
        workers.wait_all()
