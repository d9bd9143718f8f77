"""The windows in Spanish and Portuguese: no English left, long texts fit, right to left works."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from PySide6.QtCore import QRect, QTranslator
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.ui import i18n as ui_i18n
from tests.gui.screens import USER_DATA, screens, visible_texts

# Words that are the same in the translation, each for a reason.
SAME_IN_EVERY_LANGUAGE = {
    "PDF",  # a file format
    "WhatsApp",  # brand names
    "Signal",
    "Telegram",
    "Telegram (result.json)",  # the app's name and the file it writes
    "SMS Backup  Restore (XML)",  # an Android app's name (its "&" read as a shortcut mark)
    "Sexual",  # the catalogue's category name is the same word in es and pt_BR
    "zq.png",
    "CP2-…",  # the format of a checkpoint code
    "Esc Esc",
    "OK",  # Qt's own OK button: Portuguese uses the same word
    "image/png",  # a file type as the computer names it
    # Each language is offered by its own name, so a person finds theirs in any language.
    "English",
    "Español",
    "Português (Brasil)",
}
# "bytes" is the same word in Spanish and Portuguese.
# Time zones are offered by their IANA names (Europe/Madrid), which no language translates.
TIME_ZONES = available_timezones()
SAME_PATTERN = re.compile(r"^(zq\.png\n)?[\d.,]+ bytes( · SHA-256 [0-9a-f]+…)?$")


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    ui_i18n.install("en")


def _walk(journal: Journal, tmp_path: Path, qtbot: QtBot, name: str) -> dict[str, set[str]]:
    texts: dict[str, set[str]] = {}
    for screen, widget in screens(journal, journal.vault.folder, tmp_path / f"empty-{name}"):
        qtbot.addWidget(widget)
        widget.show()
        texts.setdefault(screen, set()).update(visible_texts(widget))
        widget.hide()
    return texts


def _words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", text)) and USER_DATA not in text


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_no_english_is_left_on_any_screen(
    qtbot: QtBot, journal: Journal, tmp_path: Path, language: str, english_after: None
) -> None:
    ui_i18n.install("en")
    english = _walk(journal, tmp_path, qtbot, "en")
    assert ui_i18n.install(language) == language
    translated = _walk(journal, tmp_path, qtbot, language)
    assert translated.keys() == english.keys()
    left = {
        screen: sorted(
            text
            for text in translated[screen] & english[screen]
            if _words(text)
            and text not in SAME_IN_EVERY_LANGUAGE
            and not SAME_PATTERN.match(text)
            and text not in TIME_ZONES
            and not re.fullmatch(r"[0-9a-f]{64}", text)
            and not text.startswith("/")
        )
        for screen in english
    }
    assert {screen: texts for screen, texts in left.items() if texts} == {}


def test_the_language_follows_settings_then_the_system(
    monkeypatch: pytest.MonkeyPatch, english_after: None
) -> None:
    monkeypatch.setenv("LANGUAGE", "pt_BR:en")
    assert ui_i18n.resolve("") == "pt_BR"  # through QLocale.system(), which reads LANGUAGE here
    assert ui_i18n.resolve("es") == "es"
    ui_i18n.install("es")
    assert QApplication.translate("UnlockWindow", "Unlock") == "Desbloquear"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own


def test_without_a_choice_the_first_display_language_the_app_speaks_is_used() -> None:
    """Issue 11: Windows and a Finder-started Mac app have no LANG; Qt's uiLanguages does."""
    assert ui_i18n.resolve("", lambda: ["es-419", "en"]) == "es"
    assert ui_i18n.resolve("", lambda: ["de-DE", "pt-BR", "en"]) == "pt_BR"
    assert ui_i18n.resolve("", lambda: ["en-GB", "es-ES"]) == "en"
    assert ui_i18n.resolve("", lambda: ["de-DE", "fr-FR"]) == "en"
    assert ui_i18n.resolve("", lambda: []) == "en"
    assert ui_i18n.resolve("pt_BR", lambda: ["es-ES"]) == "pt_BR"  # the setting wins


class PseudoTranslator(QTranslator):
    """Every text ~40% longer, with accented letters; placeholders and mnemonics kept."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source or source.startswith(("QT_", "qt_")) or context.startswith("Q"):
            return ""
        accented = re.sub(
            r"(\{\d\}|%n|<[^>]+>|&.)|([aeiouc])",
            lambda m: m.group(1) or "áéíóúç"["aeiouc".index(m.group(2))],
            source,
        )
        return accented + " " + "·" * max(2, len(source) * 2 // 5)


def _cut(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QPushButton | QCheckBox):
            continue
        if not widget.isVisible() or widget.width() <= 0:
            continue
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 2:
                problems.append(f"{widget.text()[:40]!r} too tall")
        elif hint.width() > widget.width() + 2:
            problems.append(f"{widget.text()[:40]!r} {hint.width()} > {widget.width()}")
    return problems


MAIN_SCREENS = ("unlock", "create", "timeline", "incident editor", "message editor", "settings")


def _lay_out(widget: QWidget, qtbot: QtBot, width: int, height: int) -> None:
    qtbot.addWidget(widget)
    widget.resize(min(width, widget.width()) if widget.parent() else width, height)
    if not widget.parent():
        widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def test_pseudo_translated_text_is_not_cut_at_1024x600(
    qtbot: QtBot, journal: Journal, tmp_path: Path, english_after: None
) -> None:
    ui_i18n.install("en")
    ui_i18n.install_translator(PseudoTranslator(QApplication.instance()))
    problems = {}
    for screen, widget in screens(journal, journal.vault.folder, tmp_path / "empty"):
        if screen not in MAIN_SCREENS:
            continue
        _lay_out(widget, qtbot, 1024, 600)
        if found := _cut(widget):
            problems[screen] = found
    assert problems == {}


def _overlaps(root: QWidget) -> list[str]:
    problems = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible():
            continue
        children = [
            c for c in parent.findChildren(QWidget) if c.parentWidget() is parent and c.isVisible()
        ]
        children = [c for c in children if not c.isWindow() and c.width() > 0]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                shared: QRect = first.geometry().intersected(second.geometry())
                if shared.width() > 1 and shared.height() > 1:
                    problems.append(
                        f"{type(first).__name__} {first.accessibleName()!r} / "
                        f"{type(second).__name__} {second.accessibleName()!r}"
                    )
    return problems


def test_right_to_left_layout_has_no_overlaps(
    qtbot: QtBot, journal: Journal, tmp_path: Path, english_after: None
) -> None:
    ui_i18n.install("en", locale_name="ar")
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.isRightToLeft()
    problems = {}
    for screen, widget in screens(journal, journal.vault.folder, tmp_path / "empty"):
        if screen not in MAIN_SCREENS:
            continue
        _lay_out(widget, qtbot, 1024, 600)
        assert widget.isRightToLeft()
        if found := _overlaps(widget):
            problems[screen] = found
    assert problems == {}


def test_text_one_and_a_half_times_larger_still_fits_at_1366x768(
    qtbot: QtBot, journal: Journal, tmp_path: Path, english_after: None
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    larger = app.font()
    larger.setPointSizeF(original.pointSizeF() * 1.5)
    app.setFont(larger)
    try:
        for language in ("en", "es", "pt_BR"):
            ui_i18n.install(language)
            problems = {}
            for screen, widget in screens(
                journal, journal.vault.folder, tmp_path / f"empty-{language}"
            ):
                if screen not in MAIN_SCREENS:
                    continue
                _lay_out(widget, qtbot, 1366, 768)
                if found := _overlaps(widget) + _cut(widget):
                    problems[screen] = found
            assert problems == {}, language
    finally:
        app.setFont(original)
