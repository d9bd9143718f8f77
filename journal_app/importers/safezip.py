"""Zip files from outside: every member checked before any is read.

Refused: names that climb out (`../`), absolute names and drive letters, symlinks, encrypted
members, duplicate names, too many members, members or totals larger than the limits, and
members compressed suspiciously well (a decompression bomb). zipfile itself stops reading a
member at its declared size and checks its CRC, so the declared sizes bound what is read.
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib

from journal_app.importers.base import ImportRefused

MAX_MEMBERS = 100_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_RATIO = 100
_RATIO_FROM = 1024 * 1024  # small members may compress very well without harm

BAD_ZIP = "This zip file is damaged or cut short; nothing was imported."


_OUTSIDE = "This zip file names a file outside its folder ('{name}'); nothing was imported."
_LINK = "This zip file contains a symbolic link ('{name}'); nothing was imported."
_ENCRYPTED = "This zip file contains an encrypted file ('{name}'); nothing was imported."
_TOO_BIG = "This zip file contains a file larger than the limit ('{name}'); nothing was imported."
_BOMB = (
    "This zip file contains a file that expands far beyond its compressed size ('{name}'); "
    "nothing was imported."
)
_TWICE = "This zip file contains two files named '{name}'; nothing was imported."


def _unsafe(info: zipfile.ZipInfo) -> str | None:
    """The refusal for one member, if any."""
    name = info.filename.replace("\\", "/")
    parts = name.split("/")
    if (
        not name
        or name.startswith("/")
        or (len(name) > 1 and name[1] == ":")
        or ".." in parts
        or "\0" in name
    ):
        return _OUTSIDE
    if stat.S_ISLNK(info.external_attr >> 16):
        return _LINK
    if info.flag_bits & 0x1:
        return _ENCRYPTED
    if info.file_size > MAX_MEMBER_BYTES:
        return _TOO_BIG
    if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return _BOMB
    return None


class SafeZip:
    """The members of a checked zip, read one at a time into memory."""

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise ImportRefused(BAD_ZIP) from exc
        if len(infos) > MAX_MEMBERS:
            raise ImportRefused("This zip file holds too many files; nothing was imported.")
        seen: set[str] = set()
        total = 0
        for info in infos:
            problem = _unsafe(info)
            if problem is None and info.filename in seen:
                problem = _TWICE
            if problem is not None:
                raise ImportRefused(key=problem, params={"name": info.filename[:200]})
            seen.add(info.filename)
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ImportRefused(
                "This zip file expands to more than the limit; nothing was imported."
            )
        self.files = {i.filename: i for i in infos if not i.is_dir()}

    def read(self, name: str) -> bytes:
        info = self.files[name]
        try:
            with self._zip.open(info) as member:
                return member.read(info.file_size + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            ValueError,
            NotImplementedError,
            RuntimeError,
        ) as exc:
            raise ImportRefused(BAD_ZIP) from exc
