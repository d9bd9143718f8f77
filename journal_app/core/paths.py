"""Where the journal lives by default. The folder name is deliberately unremarkable."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_DIR_NAME = "notebook"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))
