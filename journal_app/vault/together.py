"""The folder's two journals (main and alternate) move together on disk, so file times, inode
numbers and settings files never say which one is in use (SECURITY.md, "Quick exit and
coercion"; issue 15).

Whenever either journal is written, all four journal files (both databases, both settings files)
are given the same modification time; whenever one settings file is written, the other is
rewritten too (same bytes, a new file, like the one just written). The databases are never
replaced after creation (a passphrase change re-keys in place; a duress passphrase is written
over the alternate file), so their inode numbers keep the order they were made in.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from journal_app.vault.files import atomic_write
from journal_app.vault.places import ALTERNATE, MAIN, db_path, params_path

STEMS = (MAIN, ALTERNATE)


def databases(folder: Path) -> list[Path]:
    return [db_path(folder, stem) for stem in STEMS]


def settings(folder: Path) -> list[Path]:
    return [params_path(folder, stem) for stem in STEMS]


def touch_together(paths: list[Path]) -> None:
    """Give every existing file of `paths` the newest modification time among them.

    Never raises: a folder that cannot be written keeps its times (nothing else was written
    there either)."""
    times: dict[Path, os.stat_result] = {}
    for path in paths:
        with contextlib.suppress(OSError):
            info = os.stat(path, follow_symlinks=False)
            if not os.path.islink(path):
                times[path] = info
    if len(times) < 2:
        return
    newest = max(info.st_mtime_ns for info in times.values())
    for path, info in times.items():
        if info.st_mtime_ns != newest:
            with contextlib.suppress(OSError):
                os.utime(path, ns=(info.st_atime_ns, newest))


def touch_all(folder: Path) -> None:
    """Databases and settings files at one instant (after creation, a passphrase change, a
    duress passphrase set or a restore)."""
    touch_together(databases(folder) + settings(folder))


def rewrite_settings(folder: Path, written: str) -> None:
    """After `written`'s settings file was replaced, replace the other one with its own bytes,
    so both are new files of the same moment; then rewrite `written`'s again if it is the
    alternate, so the main file is always the older inode of the two. Never raises."""
    for stem in STEMS:
        path = params_path(folder, stem)
        if stem == written and stem == MAIN:
            continue
        with contextlib.suppress(OSError):
            if os.path.islink(path) or not path.is_file():
                continue
            atomic_write(path, path.read_bytes())
    touch_together(settings(folder))
