"""Where the journal lives by default. The folder name is deliberately unremarkable.

Portable mode: a standalone build (PyInstaller) carried on a USB stick keeps its journal in a
folder called `data` beside the executable (which is called `notebook`). If that folder exists
when the app starts, it is the default; nothing is then written to the computer's own user
folders except the small settings file (see ui/settings_store.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "notebook"
PORTABLE_DIR_NAME = "data"


def installed_vault_dir() -> Path:
    """The per-user data folder of this computer."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def portable_vault_dir(executable: str | None = None, frozen: bool | None = None) -> Path | None:
    """The folder beside a standalone build's executable, or None when running from source."""
    is_frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if not is_frozen:
        return None
    return Path(executable or sys.executable).resolve().parent / PORTABLE_DIR_NAME


def default_vault_dir(executable: str | None = None, frozen: bool | None = None) -> Path:
    """The portable folder if it already exists beside the executable, else this computer's."""
    portable = portable_vault_dir(executable, frozen)
    if portable is not None and portable.is_dir():
        return portable
    return installed_vault_dir()
