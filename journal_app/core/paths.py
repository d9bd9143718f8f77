"""Where the journal lives by default. The folder name is deliberately unremarkable.

Portable mode: a standalone build (PyInstaller) carried on a USB stick keeps its journal in a
folder called `data` beside the executable (which is called `notebook`). If that folder exists
when the app starts, it is the default; nothing is then written to the computer's own user
folders except the small settings file (see ui/settings_store.py).

On Windows the per-user folder is the *local* AppData (`%LOCALAPPDATA%\\notebook`): the
roaming one is copied to a server by computers joined to a work or school domain. Versions
before issue 11 used the roaming one; a notebook found only there is still opened from there,
and the unlock screen offers to move it (`move_vault_folder`), never without asking. On
Linux and macOS both are the same folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from journal_app.vault.vault import vault_exists

APP_DIR_NAME = "notebook"
PORTABLE_DIR_NAME = "data"


def installed_vault_dir() -> Path:
    """The per-user data folder of this computer (local, not roaming, on Windows)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def roaming_vault_dir() -> Path:
    """Where versions before issue 11 kept the notebook (Windows' roaming AppData)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def _holds_vault(folder: Path) -> bool:
    try:
        return vault_exists(folder)
    except OSError:
        return False


def legacy_vault_dir(installed: Path | None = None, roaming: Path | None = None) -> Path | None:
    """The roaming folder, if a notebook is there and none is in the local one."""
    local = installed_vault_dir() if installed is None else installed
    old = roaming_vault_dir() if roaming is None else roaming
    if old != local and _holds_vault(old) and not _holds_vault(local):
        return old
    return None


def move_vault_folder(source: Path, target: Path) -> None:
    """Move a closed notebook's folder to `target` (absent or empty) by one rename, so it is
    either wholly moved or not at all. Raises OSError (a file in use on Windows, another
    drive, a non-empty target) and then leaves everything where it was."""
    if target.is_dir() and not any(target.iterdir()):
        target.rmdir()
    target.parent.mkdir(parents=True, exist_ok=True)
    os.rename(source, target)


def portable_vault_dir(executable: str | None = None, frozen: bool | None = None) -> Path | None:
    """The folder beside a standalone build's executable, or None when running from source."""
    is_frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if not is_frozen:
        return None
    return Path(executable or sys.executable).resolve().parent / PORTABLE_DIR_NAME


def default_vault_dir(executable: str | None = None, frozen: bool | None = None) -> Path:
    """The portable folder if it already exists beside the executable, else this computer's
    (the old roaming one while a notebook is only there)."""
    portable = portable_vault_dir(executable, frozen)
    if portable is not None and portable.is_dir():
        return portable
    return legacy_vault_dir() or installed_vault_dir()
