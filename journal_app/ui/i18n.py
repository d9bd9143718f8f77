"""The language of the windows: Qt translators for our texts and for Qt's own buttons.

The language is the one chosen in Settings, or else the first of the system's display
languages (as Qt reads them from the platform) that the app speaks, normalised by
`journal_app.i18n` so the windows and the command line agree. Our translations live in
`resources/translations/journal_<code>.qm` (beside the package, or under `sys._MEIPASS` in the
standalone build); Qt's own ("Cancel", "Close" on standard buttons) come with PySide6.
The layout direction follows the locale, so a right-to-left language is laid out mirrored.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from journal_app import i18n
from journal_app.i18n.system_locale import first_supported

_installed: list[QTranslator] = []
_current = i18n.ENGLISH


def translations_dir() -> Path:
    """`resources/translations` at the repository root, or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "resources" / "translations"
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def system_ui_languages() -> list[str]:
    """The person's display languages as the platform reports them to Qt (Windows:
    GetUserPreferredUILanguages; macOS: the AppleLanguages list, also when the Finder starts
    the app without LANG; Linux: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    return list(QLocale.system().uiLanguages())


def resolve(choice: str, ui_languages: Callable[[], Sequence[str]] = system_ui_languages) -> str:
    """The language to show: the stored choice, or ("" ) the first of the system's display
    languages the app speaks, or English."""
    if choice:
        return i18n.normalise(choice)
    return first_supported(ui_languages()) or i18n.ENGLISH


def current_language() -> str:
    """The language the windows are shown in (also the default language of a bundle)."""
    return _current


def _qt_dirs() -> list[Path]:
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), translations_dir()]


def _load(translator: QTranslator, name: str, folders: list[Path]) -> bool:
    return any(translator.load(name, str(folder)) for folder in folders if folder.is_dir())


def layout_direction(locale: QLocale) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )


def install(language: str, locale_name: str | None = None) -> str:
    """Show the windows in `language` (en, es, pt_BR); returns the language used.

    `locale_name` (default: the language) sets the layout direction and the default locale;
    tests pass "ar" to lay the windows out right to left. Call before windows are built.
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = i18n.normalise(language)
    _current = language
    locale = QLocale(locale_name or language)
    QLocale.setDefault(locale)
    if language != i18n.ENGLISH and app is not None:
        ours = QTranslator(app)
        if _load(ours, f"journal_{language}", [translations_dir()]):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator(app)
        if _load(qt_own, f"qtbase_{language}", _qt_dirs()):
            QCoreApplication.installTranslator(qt_own)
            _installed.append(qt_own)
    if isinstance(app, QApplication):
        app.setLayoutDirection(layout_direction(locale))
    return language


def install_translator(translator: QTranslator) -> None:
    """Add one more translator (tests: pseudo-localisation), removed by the next `install`."""
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
