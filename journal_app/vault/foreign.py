"""Creating a journal never replaces or mixes with files that are already there."""

from __future__ import annotations

import os
from pathlib import Path

from journal_app.core.errors import VaultExists
from journal_app.vault.vault import ALTERNATE, MAIN, db_path, params_path


def refuse_foreign_files(folder: Path) -> None:
    """Refuse a folder that already holds a file under a name the journal would write (a
    person's own notebook.json, another program's notebook.db), before anything is written."""
    names = [path(folder, stem) for stem in (MAIN, ALTERNATE) for path in (db_path, params_path)]
    for taken in names:
        if os.path.lexists(taken):
            raise VaultExists(
                key="The folder {folder} already holds a file named {name}; nothing was "
                "changed. Choose an empty folder, or move that file away.",
                params={"folder": folder, "name": taken.name},
            )
