"""Message import (issue 16): WhatsApp, SMS Backup & Restore XML, Telegram JSON, e-mail.

No Qt and no vault here: `read_export` turns one export file into a `ParsedExport` (one module
per format, behind `base.Parser`); `store.plan` and `store.apply` decide what is new and write
it, in one transaction, only when the person confirms. See docs/importing.md.
"""

from __future__ import annotations

import stat
from pathlib import Path
from types import ModuleType

from journal_app.core.files import open_regular_file
from journal_app.importers import mail, sms_xml, telegram, whatsapp
from journal_app.importers.base import (
    MAX_EXPORT_BYTES,
    DateOrderUnknown,
    ImportRefused,
    MediaReader,
    ParsedExport,
    ParsedMessage,
    ParseOptions,
)

PARSERS: dict[str, ModuleType] = {
    whatsapp.FORMAT: whatsapp,
    sms_xml.FORMAT: sms_xml,
    telegram.FORMAT: telegram,
    mail.FORMAT: mail,
}
FORMATS = tuple(PARSERS)

__all__ = [
    "FORMATS",
    "DateOrderUnknown",
    "ImportRefused",
    "ParseOptions",
    "ParsedExport",
    "ParsedMessage",
    "detect",
    "parse_bytes",
    "read_export",
]


def detect(data: bytes) -> str:
    """The format of an export, from its content (the name may be anything)."""
    head = data[:8192]
    if head.startswith(b"PK\x03\x04"):
        return whatsapp.FORMAT
    for name in (sms_xml.FORMAT, telegram.FORMAT, whatsapp.FORMAT, mail.FORMAT):
        if PARSERS[name].sniff(head):
            return name
    raise ImportRefused(
        "This file is not an export the journal can read (WhatsApp, SMS Backup and Restore, "
        "Telegram, e-mail); nothing was imported."
    )


def parse_bytes(data: bytes, export_format: str | None, options: ParseOptions) -> ParsedExport:
    chosen = export_format or detect(data)
    parsed: ParsedExport = PARSERS[chosen].parse(data, options)
    return parsed


def read_export(
    path: Path, export_format: str | None = None, options: ParseOptions | None = None
) -> ParsedExport:
    """Read, hash and parse one export file; raises ImportRefused (one sentence) if it cannot."""
    with open_regular_file(path) as handle:
        data = handle.read(MAX_EXPORT_BYTES + 1)
    if len(data) > MAX_EXPORT_BYTES:
        raise ImportRefused("This export is larger than the limit (1 GB); nothing was imported.")
    options = options or ParseOptions()
    if not options.file_name:
        options = ParseOptions(options.date_order, Path(path).name)
    parsed = parse_bytes(data, export_format, options)
    if parsed.format == telegram.FORMAT:
        parsed.read_media = _folder_reader(Path(path).parent)
        parsed.media_names = frozenset(
            name
            for message in parsed.messages
            for name in message.media
            if _inside(Path(path).parent, name) is not None
        )
    return parsed


def _inside(folder: Path, name: str) -> Path | None:
    """`name` as an ordinary file within `folder` (never through `..`, a link or a device)."""
    parts = Path(name.replace("\\", "/")).parts
    if not parts or Path(name).is_absolute() or ".." in parts or "\0" in name:
        return None
    candidate = folder.joinpath(*parts)
    try:
        for step in [folder.joinpath(*parts[: i + 1]) for i in range(len(parts))]:
            if stat.S_ISLNK(step.lstat().st_mode):
                return None
        if not stat.S_ISREG(candidate.lstat().st_mode):
            return None
    except (OSError, ValueError):
        return None
    return candidate


def _folder_reader(folder: Path) -> MediaReader:
    def read(name: str) -> bytes:
        found = _inside(folder, name)
        if found is None:
            raise ImportRefused(
                key="The media file '{name}' cannot be read; nothing was imported.",
                params={"name": name[:200]},
            )
        with open_regular_file(found) as handle:
            return handle.read()

    return read
