"""What every importer shares: the parsed shape of an export, its one error, and the limits.

A parser turns the bytes of one export into a `ParsedExport` and touches nothing else; only
`importers.store` writes, and only when the person confirms (docs/importing.md).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Protocol

from journal_app.core.errors import JournalError
from journal_app.core.models import FIRST_YEAR, LAST_YEAR, MAX_SHORT_CHARS, MAX_TEXT_CHARS, Channel

# An export is read whole into memory, hashed, parsed and stored from those same bytes, so
# what is stored is exactly what was read. Larger files are refused (docs/importing.md).
MAX_EXPORT_BYTES = 1024 * 1024 * 1024
MAX_MESSAGES = 1_000_000
MAX_MEDIA_PER_MESSAGE = 100


class ImportRefused(JournalError):
    """The export cannot be imported as it is (damaged, hostile, or not that format); nothing
    was kept."""


class DateOrderUnknown(ImportRefused):
    """Every date in a WhatsApp export reads both day-first and month-first."""

    def __init__(self) -> None:
        super().__init__(
            "Every date in this export could be day-first or month-first; say which with "
            "--date-order dmy (day/month/year) or --date-order mdy (month/day/year)."
        )


@dataclass(frozen=True)
class ParsedMessage:
    """One message as the export shows it. Exactly one of `local` (a wall-clock time with no
    zone, as WhatsApp writes it) and `moment` (an instant, as SMS backups and e-mail carry)."""

    sender: str
    written: str
    text: str
    position: str
    local: datetime | None = None
    moment: datetime | None = None
    subject: str = ""
    # True when `moment` carries the zone it was written in (an e-mail's Date header), so no
    # zone needs to be assumed; False when it is an instant in UTC (SMS, Telegram).
    zoned: bool = False
    direction: str = ""
    recipients: tuple[str, ...] = ()
    media: tuple[str, ...] = ()
    # Files carried inside the message itself (MMS pictures, e-mail attachments).
    inline: tuple[tuple[str, bytes], ...] = ()

    @property
    def when(self) -> datetime:
        stamp = self.local if self.local is not None else self.moment
        assert stamp is not None
        return stamp


MediaReader = Callable[[str], bytes]


@dataclass
class ParsedExport:
    format: str
    channel: Channel
    file_name: str
    data: bytes
    messages: list[ParsedMessage]
    skipped: int = 0  # system lines, service messages: shown in the stored export, not entries
    date_order: str = ""
    media_names: frozenset[str] = frozenset()
    read_media: MediaReader | None = None
    notes: list[str] = field(default_factory=list)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class ParseOptions:
    date_order: str = ""  # "dmy" or "mdy" when the person said; otherwise decided from the file
    file_name: str = ""


class Parser(Protocol):
    """One export format: recognise it from its first bytes, and parse it."""

    FORMAT: str

    def sniff(self, head: bytes) -> bool: ...

    def parse(self, data: bytes, options: ParseOptions) -> ParsedExport: ...


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Text that can be stored: a lone surrogate (undecodable bytes) becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def checked(message: ParsedMessage) -> ParsedMessage:
    """Refuse what no entry could hold, naming where it is, before anything is written."""
    where = message.position
    if len(message.text) > MAX_TEXT_CHARS:
        raise ImportRefused(key="The message at {where} is too long.", params={"where": where})
    # Room is left for the words a default title adds ("WhatsApp from ...").
    longest = max(len(s) for s in (message.sender, message.subject, *message.recipients))
    if longest > MAX_SHORT_CHARS - 100 or len(message.recipients) > 200:
        raise ImportRefused(
            key="The sender or recipients of the message at {where} are too long.",
            params={"where": where},
        )
    if len(message.media) + len(message.inline) > MAX_MEDIA_PER_MESSAGE:
        raise ImportRefused(
            key="The message at {where} has too many files.", params={"where": where}
        )
    if not FIRST_YEAR <= message.when.year <= LAST_YEAR:
        raise ImportRefused(
            key="The message at {where} has an impossible date.", params={"where": where}
        )
    return message


def decode_text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            "This export is not UTF-8 text (it may be cut short or damaged); nothing was imported."
        ) from exc
