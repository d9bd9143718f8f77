"""Issue 14: `journal-app --language pt_BR gui` opens the windows in Portuguese for that run,
over the saved setting; Qt's own dialog texts come in the same language and ship in the build."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from journal_app import __main__ as entry
from journal_app.ui import app as ui_app
from journal_app.ui import i18n as ui_i18n
from journal_app.ui.settings_store import SettingsStore

ROOT = Path(__file__).resolve().parents[2]


class _NoSession:
    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        self.language = ui_i18n.current_language()

    def start(self) -> None: ...

    def shutdown(self) -> None: ...


def test_language_option_reaches_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[object, object]] = []
    monkeypatch.setattr(
        ui_app, "run_gui", lambda vault, language=None: seen.append((vault, language)) or 0
    )
    monkeypatch.setattr(entry, "_no_screen", lambda: False)
    assert entry.main(["--language", "pt_BR", "gui"]) == 0
    assert entry.main(["--language=es"]) == 0
    assert seen == [(None, "pt_BR"), (None, "es")]


def test_the_option_wins_over_the_saved_language(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    store = SettingsStore()
    store.save(dataclasses.replace(store.load(), language="es"))
    monkeypatch.setattr(ui_app, "Session", _NoSession)
    monkeypatch.setattr(ui_app.theme, "apply", lambda _app: None)
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    try:
        assert ui_app.run_gui(None, "pt_BR") == 0
        assert ui_i18n.current_language() == "pt_BR"
        ui_app.run_gui(None)
        assert ui_i18n.current_language() == "es"  # the saved choice, when no option is given
    finally:
        ui_i18n.install("en")


@pytest.mark.parametrize(
    ("language", "look_in", "cancel"),
    [("es", "Ver en:", "Cancelar"), ("pt_BR", "Procurar em:", "Cancelar")],
)
def test_qt_own_texts_are_translated(
    qapp: QApplication, language: str, look_in: str, cancel: str
) -> None:
    try:
        ui_i18n.install(language)
        assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    finally:
        ui_i18n.install("en")


def test_qt_own_translations_ship_in_the_build() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'f"qtbase_{language}.qm"' in spec and '("es", "pt_BR")' in spec
