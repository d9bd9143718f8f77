"""From a parsed export to entries: what is new (the plan), then writing it (apply).

Each message gets a key: SHA-256 of its format, sender, time and text, plus its occurrence
number among identical ones in the export (two "ok" in the same minute are two messages). The
key is kept in the entry's `source`, so importing the same export again, or a later export that
overlaps it, adds only what is not there yet. The export file itself is stored once, byte-exact,
and attached first to every message entry made from it, so each message's content hash covers
the export's SHA-256 (docs/importing.md).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal_app.core.journal import CancelCheck, Journal, Progress
from journal_app.core.models import (
    AttachmentInfo,
    AttachmentSource,
    Category,
    EntryFields,
    Kind,
    MessageSource,
    Occurred,
    default_message_title,
    local_offset,
)
from journal_app.i18n import Translate
from journal_app.importers.base import ImportRefused, ParsedExport, ParsedMessage


@dataclass(frozen=True)
class Zone:
    """The zone assumed for times written without one, and how it is recorded."""

    info: tzinfo | None  # None: this computer's zone
    name: str
    computer: bool = False  # the zone this computer is set to, not one the person named

    @property
    def label(self) -> str:
        """How the zone is recorded in each imported message (English, as stored since the
        first import; `described` says it in the reader's language)."""
        return f"{self.name} (this computer's zone)" if self.computer else self.name

    def described(self, _: Translate) -> str:
        return _("{zone} (this computer's zone)", zone=self.name) if self.computer else self.name

    def offset_at(self, local: datetime) -> str:
        if self.info is None:
            return local_offset(local)
        offset = local.replace(tzinfo=self.info).utcoffset() or timedelta()
        return _offset_text(offset)

    def localise(self, moment: datetime) -> datetime:
        return moment.astimezone(self.info)


def zone(name: str | None = None) -> Zone:
    """`--timezone NAME` (IANA, e.g. America/Sao_Paulo), or this computer's zone."""
    if name:
        try:
            return Zone(ZoneInfo(name), name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ImportRefused(
                key="'{name}' is not a time zone this computer knows (for example "
                "Europe/Madrid or America/Sao_Paulo).",
                params={"name": name[:100]},
            ) from exc
    return Zone(None, _computer_zone_name(), computer=True)


def _computer_zone_name() -> str:
    named = os.environ.get("TZ", "").lstrip(":")
    if named:
        return named
    try:
        link = os.readlink("/etc/localtime")
    except OSError:
        link = ""
    if "zoneinfo/" in link:
        return link.split("zoneinfo/", 1)[1]
    return datetime.now().astimezone().tzname() or "local"


def _offset_text(offset: timedelta) -> str:
    total = int(offset.total_seconds()) // 60
    hours, minutes = divmod(abs(total), 60)
    return f"{'+' if total >= 0 else '-'}{hours:02d}:{minutes:02d}"


@dataclass(frozen=True)
class PlannedMessage:
    message: ParsedMessage
    key: str
    occurred: Occurred
    zone: str
    new: bool
    media: tuple[str, ...]  # found in the export
    missing: tuple[str, ...]  # named by the message, not in the export


@dataclass
class ImportPlan:
    export: ParsedExport
    zone: Zone
    items: list[PlannedMessage]

    @property
    def new(self) -> list[PlannedMessage]:
        return [i for i in self.items if i.new]

    @property
    def already_present(self) -> int:
        return sum(1 for i in self.items if not i.new)

    @property
    def missing_media(self) -> list[str]:
        return [name for i in self.items for name in i.missing]


def message_key(export_format: str, message: ParsedMessage) -> str:
    when = (
        message.local.isoformat()
        if message.local is not None
        else message.when.astimezone(UTC).isoformat()
    )
    text = "\x1f".join((export_format, message.sender, when, message.text))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _occurred(message: ParsedMessage, assumed: Zone) -> tuple[Occurred, str]:
    if message.local is not None:
        local, offset, label = message.local, assumed.offset_at(message.local), assumed.label
    elif message.zoned:
        moment = message.when
        local = moment.replace(tzinfo=None)
        offset = _offset_text(moment.utcoffset() or timedelta())
        label = f"as written ({offset})"
    else:
        shown = assumed.localise(message.when)
        local, offset, label = (
            shown.replace(tzinfo=None),
            _offset_text(shown.utcoffset() or timedelta()),
            assumed.label,
        )
    at = time(local.hour, local.minute)
    return Occurred(date(local.year, local.month, local.day), at, offset), label


def plan(export: ParsedExport, assumed: Zone, existing_keys: set[str]) -> ImportPlan:
    """What importing `export` would add, given the keys already in the journal."""
    seen: Counter[str] = Counter()
    items: list[PlannedMessage] = []
    for message in export.messages:
        base = message_key(export.format, message)
        seen[base] += 1
        key = f"{export.format}:{base}:{seen[base]}"
        occurred, label = _occurred(message, assumed)
        found = tuple(n for n in message.media if n in export.media_names)
        missing = tuple(n for n in message.media if n not in export.media_names)
        items.append(
            PlannedMessage(message, key, occurred, label, key not in existing_keys, found, missing)
        )
    return ImportPlan(export, assumed, items)


def fields_for(
    item: PlannedMessage, export: ParsedExport, category: Category, tags: Sequence[str]
) -> EntryFields:
    message = item.message
    title = message.subject
    if not title and message.direction == "sent" and message.recipients:
        title = (
            default_message_title(export.channel.value, "").rstrip()
            + " to "
            + (message.recipients[0])
        )
    return EntryFields(
        title=title,
        occurred=item.occurred,
        categories=(category,),
        body=message.text,
        people=message.recipients,
        tags=tuple(tags),
        channel=export.channel.value,
        sender=message.sender,
        source=MessageSource(
            export_sha256=export.sha256,
            export_format=export.format,
            position=message.position,
            written=message.written,
            zone=item.zone,
            key=item.key,
            direction=message.direction,
        ),
    )


@dataclass(frozen=True)
class ImportResult:
    entry_ids: list[int]
    export_attachment: AttachmentInfo | None


def apply(
    journal: Journal,
    import_plan: ImportPlan,
    *,
    category: Category = Category.OTHER,
    tags: Sequence[str] = (),
    chosen: Callable[[PlannedMessage], bool] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Write the new (and chosen) messages in one transaction: all of them or none."""
    export = import_plan.export
    todo = [i for i in import_plan.new if chosen is None or chosen(i)]
    if not todo:
        return ImportResult([], None)
    existing = journal.stored_attachment(export.sha256)
    stored: list[AttachmentInfo] = []

    def check(infos: Sequence[AttachmentInfo]) -> None:
        if infos[0].sha256 != export.sha256 or infos[0].size != len(export.data):
            raise ImportRefused("The export changed while it was stored; nothing was imported.")
        stored.append(infos[0])

    def entries() -> Iterator[tuple[EntryFields, list[AttachmentSource]]]:
        for item in todo:
            files = [AttachmentSource(name, data=data) for name, data in item.message.inline]
            if export.read_media is not None:
                files += [AttachmentSource(n, data=export.read_media(n)) for n in item.media]
            yield fields_for(item, export, category, tags), files

    shared: AttachmentSource | AttachmentInfo = existing or AttachmentSource(
        export.file_name or f"export.{export.format}", data=export.data
    )
    ids = journal.add_many(
        Kind.MESSAGE,
        entries(),
        shared=[shared],
        check_shared=check,
        total=len(todo),
        progress=progress,
        cancelled=cancelled,
    )
    return ImportResult(ids, stored[0] if stored else None)
