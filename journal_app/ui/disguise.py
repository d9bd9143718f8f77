"""An unremarkable appearance: the name and icon the app shows (issue 5).

The person chooses one of a few ordinary names ("Notebook", "Notes", "Recipes", "Budget",
"Reading list") with a matching icon. The session applies it at once to the application's
display name (which Qt adds to every window title), the window icon (taskbar) and the
lock screen. Only the choice's short key is stored in the settings file.

The icons are original (resources/icons/README.md) and ship with the app: nothing is fetched.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from journal_app.ui.settings_store import DEFAULT_DISGUISE as DEFAULT_DISGUISE
from journal_app.ui.settings_store import DISGUISE_KEYS
from journal_app.ui.widgets import QT_TRANSLATE_NOOP

_CONTEXT = "disguise"


# key -> the English name (translated when shown). Order is the order in Settings.
_NAMES: dict[str, str] = {
    "notebook": QT_TRANSLATE_NOOP("disguise", "Notebook"),
    "notes": QT_TRANSLATE_NOOP("disguise", "Notes"),
    "recipes": QT_TRANSLATE_NOOP("disguise", "Recipes"),
    "budget": QT_TRANSLATE_NOOP("disguise", "Budget"),
    "reading": QT_TRANSLATE_NOOP("disguise", "Reading list"),
}
assert tuple(_NAMES) == DISGUISE_KEYS


def icon_dir() -> Path:
    """`resources/icons` at the repository root, or inside a PyInstaller bundle (sys._MEIPASS)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "resources" / "icons"
    return Path(__file__).resolve().parents[2] / "resources" / "icons"


def choices() -> tuple[str, ...]:
    return DISGUISE_KEYS


def _known(key: str) -> str:
    return key if key in _NAMES else DEFAULT_DISGUISE


def name(key: str) -> str:
    """The shown (translated) name for `key`; unknown keys fall back to the default."""
    return QCoreApplication.translate(_CONTEXT, _NAMES[_known(key)])


def icon_path(key: str) -> Path:
    return icon_dir() / f"{_known(key)}.png"


def icon(key: str) -> QIcon:
    """The icon for `key` (an empty icon if the file is missing: never fatal)."""
    path = icon_path(key)
    return QIcon(str(path)) if path.is_file() else QIcon()


def apply_to_application(key: str) -> None:
    """Name and icon for every window, the taskbar, and the titles Qt composes.

    Qt adds the display name to each window's title when the title is set, so titles of
    windows already open are set again here to pick up the new name at once.
    """
    QApplication.setApplicationDisplayName(name(key))
    QApplication.setWindowIcon(icon(key))
    for widget in QApplication.topLevelWidgets():
        handle = widget.windowHandle()
        if handle is not None:
            handle.setTitle(widget.windowTitle())
