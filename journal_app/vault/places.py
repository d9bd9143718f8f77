"""Where a journal's files are, and refusing paths that cannot be a journal before any key
derivation (a folder that is a file, a database that is a folder, a truncated file)."""

from __future__ import annotations

import stat
from pathlib import Path

from journal_app.core.errors import (
    JournalError,
    NotAJournal,
    VaultCorrupt,
    VaultNotFound,
)

MAIN = "notebook"
ALTERNATE = "notebook.1"
DB_NAME = f"{MAIN}.db"
PARAMS_NAME = f"{MAIN}.json"
PAGE_SIZE = 4096


def db_path(folder: Path, stem: str = MAIN) -> Path:
    return Path(folder) / f"{stem}.db"


def params_path(folder: Path, stem: str = MAIN) -> Path:
    return Path(folder) / f"{stem}.json"


def vault_exists(folder: Path) -> bool:
    return db_path(folder).exists()


def check_plausible_database(database: Path) -> None:
    """Refuse a missing, empty, truncated or non-file journal before any key derivation.

    SQLCipher would treat an empty file as a brand-new database; we never do.
    """
    refuse_non_folder(database.parent)
    try:
        info = database.stat()
    except FileNotFoundError as exc:
        raise VaultNotFound(
            key="There is no journal in {folder}.", params={"folder": database.parent}
        ) from exc
    except NotADirectoryError as exc:
        raise not_a_folder(database.parent) from exc
    except OSError as exc:  # a link that loops, a folder that cannot be entered
        raise JournalError(
            key="The journal file {path} cannot be read ({reason}); nothing was changed.",
            params={"path": database, "reason": exc.strerror or exc},
        ) from exc
    if not stat.S_ISREG(info.st_mode):
        raise not_a_file(database)
    if info.st_size == 0 or info.st_size % PAGE_SIZE != 0:
        raise VaultCorrupt(
            "The journal file is truncated or damaged; nothing was changed. "
            "Restore it from a backup."
        )


def refuse_non_file(database: Path) -> None:
    if not database.is_file():
        raise not_a_file(database)


def not_a_file(database: Path) -> NotAJournal:
    return NotAJournal(
        key="{path} is not a file, so it cannot be the journal; nothing was changed.",
        params={"path": database},
    )


def refuse_non_folder(folder: Path) -> None:
    if file_in_the_way(folder) is not None:
        raise not_a_folder(folder)


def file_in_the_way(folder: Path) -> Path | None:
    """The file standing where the folder (or one of its parents) should be, if any."""
    return next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)


def not_a_folder(folder: Path) -> NotAJournal:
    folder = file_in_the_way(folder) or folder
    return NotAJournal(
        key="{folder} is a file, not a folder. Give the folder that holds the journal; "
        "nothing was changed.",
        params={"folder": folder},
    )
