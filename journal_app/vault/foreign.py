"""Creating a journal never replaces or mixes with files that are already there."""

from __future__ import annotations

import os
from pathlib import Path

from journal_app.core.errors import VaultExists
from journal_app.vault.lockfile import lock_path
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


def journal_files(folder: Path) -> list[Path]:
    """Every file a journal folder's journals consist of (databases, settings, rollbacks)."""
    files = [path(folder, stem) for stem in (MAIN, ALTERNATE) for path in (db_path, params_path)]
    rollbacks = [Path(f"{p}-journal") for p in files if p.suffix == ".db"]
    return [*files, *rollbacks, lock_path(folder)]


def refuse_output_over_journal(target: Path, folder: Path) -> None:
    """An export, backup or printout is never written over the journal's own files (a slip
    of the folder picker, or a path typed by someone who wants the record gone)."""
    wanted = Path(os.path.abspath(target))
    for own in journal_files(folder):
        same = Path(os.path.abspath(own)) == wanted or (
            own.exists() and wanted.exists() and os.path.samefile(own, wanted)
        )
        if same or wanted.resolve() == own.resolve():
            raise VaultExists(
                key="'{path}' is one of the journal's own files; nothing was written. Choose "
                "another name or folder.",
                params={"path": target},
            )
