"""Domain dataclasses: what an entry is, independent of storage and of Qt."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from journal_app.core.errors import InvalidInput
from journal_app.i18n import LANGUAGES, translator

LATE_ENTRY_AFTER = timedelta(days=7)
MAX_TEXT_CHARS = 1_000_000
MAX_SHORT_CHARS = 2_000
MAX_LIST_ITEMS = 200


class Kind(StrEnum):
    INCIDENT = "incident"
    MESSAGE = "message"


class Category(StrEnum):
    PHYSICAL = "physical"
    SEXUAL = "sexual"
    EMOTIONAL = "emotional"
    THREATS = "threats"
    STALKING = "stalking"
    FINANCIAL = "financial"
    DIGITAL = "digital"
    IMMIGRATION = "immigration"
    CHILD = "child"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS: dict[Category, str] = {
    Category.PHYSICAL: "Physical",
    Category.SEXUAL: "Sexual",
    Category.EMOTIONAL: "Emotional / psychological",
    Category.THREATS: "Threats",
    Category.STALKING: "Stalking / harassment",
    Category.FINANCIAL: "Financial / economic",
    Category.DIGITAL: "Digital / online",
    Category.IMMIGRATION: "Immigration-status threats",
    Category.CHILD: "Child-related",
    Category.OTHER: "Other",
}


class Channel(StrEnum):
    SMS = "sms"
    CALL = "call"
    WHATSAPP = "whatsapp"
    SIGNAL = "signal"
    TELEGRAM = "telegram"
    EMAIL = "email"
    SOCIAL_MEDIA = "social_media"
    IN_PERSON = "in_person"
    VOICEMAIL = "voicemail"
    LETTER = "letter"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


# Checked once per entry (a 50,000-message import checks it 50,000 times).
CHANNEL_VALUES = frozenset(c.value for c in Channel)

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.SMS: "SMS / text message",
    Channel.CALL: "Phone call",
    Channel.WHATSAPP: "WhatsApp",
    Channel.SIGNAL: "Signal",
    Channel.TELEGRAM: "Telegram",
    Channel.EMAIL: "Email",
    Channel.SOCIAL_MEDIA: "Social media",
    Channel.IN_PERSON: "In person",
    Channel.VOICEMAIL: "Voicemail",
    Channel.LETTER: "Letter / note",
    Channel.OTHER: "Other",
}

_OFFSET = re.compile(r"^[+-]\d{2}:\d{2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Occurred:
    """When something happened, as the person remembers it: a local date, maybe a time.

    `utc_offset` is the computer's offset at that local time, so the moment can be shown in
    ISO 8601 with an offset; `approximate` marks "about then".
    """

    day: date
    at: time | None = None
    utc_offset: str | None = None
    approximate: bool = False

    @classmethod
    def parse(cls, text: str, *, approximate: bool = False) -> Occurred:
        """Parse `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (local time)."""
        text = text.strip()
        try:
            if "T" in text or " " in text:
                moment = datetime.fromisoformat(text.replace(" ", "T"))
                check_year(moment.date())
                if moment.tzinfo is not None:
                    offset = _format_offset(moment.utcoffset() or timedelta())
                    local = moment.replace(tzinfo=None)
                else:
                    local = moment
                    offset = local_offset(local)
                return cls(
                    local.date(), local.time().replace(second=0, microsecond=0), offset, approximate
                )
            return cls(check_year(date.fromisoformat(text)), None, None, approximate)
        except ValueError as exc:
            raise InvalidInput(
                key="'{text}' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM.",
                params={"text": text},
            ) from exc

    def iso(self) -> str:
        if self.at is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.at.strftime('%H:%M')}{self.utc_offset or ''}"

    def sort_key(self) -> str:
        """Local wall-clock order, which is what the person sees; untimed days sort first."""
        return f"{self.day.isoformat()}T{self.at.strftime('%H:%M') if self.at else '00:00'}"

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "time": self.at.strftime("%H:%M") if self.at else None,
            "utc_offset": self.utc_offset,
            "approximate": self.approximate,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Occurred:
        at = data.get("time")
        offset = data.get("utc_offset")
        if offset is not None and not _OFFSET.match(offset):
            raise InvalidInput("Invalid time-zone offset.")
        return cls(
            date.fromisoformat(data["date"]),
            time.fromisoformat(at) if at else None,
            offset,
            bool(data.get("approximate", False)),
        )


FIRST_YEAR, LAST_YEAR = 1900, 2999


def check_year(day: date) -> date:
    """A year no incident can have is a typing slip (and would overflow date arithmetic)."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidInput(
            key="The date {day} is not between the years {first} and {last}; check the year.",
            params={"day": day.isoformat(), "first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return day


def local_offset(moment: datetime) -> str:
    """The local UTC offset that applied at a naive local time."""
    aware = moment.astimezone()
    return _format_offset(aware.utcoffset() or timedelta())


def _format_offset(offset: timedelta) -> str:
    total = int(offset.total_seconds()) // 60
    sign = "+" if total >= 0 else "-"
    hours, minutes = divmod(abs(total), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


@dataclass(frozen=True)
class Disclosure:
    """Someone who was told (police, doctor, advocate...) and any reference number they gave."""

    who: str
    reference: str = ""

    @classmethod
    def parse(cls, text: str) -> Disclosure:
        who, _, reference = text.partition(":")
        return cls(who.strip(), reference.strip())


@dataclass(frozen=True)
class MessageSource:
    """Where an imported message came from (docs/importing.md): the export file, by the SHA-256
    of the attachment that holds it byte-exact; the message's position in it; its time exactly
    as written there and the zone assumed for it; and the key that makes re-imports idempotent."""

    export_sha256: str
    export_format: str
    position: str
    written: str
    zone: str
    key: str
    direction: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "export_sha256": self.export_sha256,
            "format": self.export_format,
            "position": self.position,
            "written": self.written,
            "zone": self.zone,
            "key": self.key,
            "direction": self.direction,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MessageSource:
        return cls(
            export_sha256=str(data["export_sha256"]),
            export_format=str(data["format"]),
            position=str(data.get("position", "")),
            written=str(data.get("written", "")),
            zone=str(data.get("zone", "")),
            key=str(data["key"]),
            direction=str(data.get("direction", "")),
        )


@dataclass(frozen=True)
class EntryFields:
    """Everything a person can write about one incident or message. One version = one of these."""

    title: str
    occurred: Occurred
    # In the order chosen; at least one. An incident is often several at once (issue 14).
    categories: tuple[Category, ...]
    body: str = ""
    location: str = ""
    people: tuple[str, ...] = ()
    witnesses: tuple[str, ...] = ()
    injuries: str = ""
    medical_care: str = ""
    told: tuple[Disclosure, ...] = ()
    tags: tuple[str, ...] = ()
    severity: int | None = None
    channel: str = ""
    sender: str = ""
    # Only imported messages have one; absent from to_json otherwise, so the content hash of
    # every entry written before imports existed is unchanged.
    source: MessageSource | None = None
    # Typed transcripts of recordings (issue 13): (attachment SHA-256, text) pairs, sorted by
    # the hash. Keyed by the file's hash, which the version's content hash covers, so each
    # text is bound to the exact recording. Absent from to_json when there are none, so
    # versions written before keep their content hash.
    transcripts: tuple[tuple[str, str], ...] = ()
    # Versions saved before an entry could hold several categories stored one "category" key;
    # read back, they keep that form so their content hash still matches. Never set on a new
    # version (validated() clears it), and not part of equality: the content is the same.
    single_category_form: bool = field(default=False, compare=False, repr=False)

    def validated(self, kind: Kind) -> EntryFields:
        """Normalise and check; raises InvalidInput with a sentence a person can act on."""
        categories = parse_categories(self.categories)
        if not isinstance(self.occurred, Occurred):
            raise InvalidInput("An entry needs the date it happened.")
        check_year(self.occurred.day)
        title = self.title.strip()
        if kind is Kind.INCIDENT and not title:
            raise InvalidInput("An incident needs a short title.")
        if kind is Kind.MESSAGE and not title:
            title = default_message_title(self.channel, self.sender)
        if self.severity is not None and not 1 <= self.severity <= 5:
            raise InvalidInput("Severity is a number from 1 (least) to 5 (most).")
        if self.channel and self.channel not in CHANNEL_VALUES:
            raise InvalidInput(key="Unknown channel '{channel}'.", params={"channel": self.channel})
        tags = tuple(dict.fromkeys(t.strip().lower() for t in self.tags if t.strip()))
        cleaned = replace(
            self,
            transcripts=_clean_transcripts(self.transcripts),
            title=title,
            categories=categories,
            single_category_form=False,
            tags=tags,
            people=_clean_list(self.people),
            witnesses=_clean_list(self.witnesses),
            told=tuple(d for d in self.told if d.who.strip() or d.reference.strip()),
        )
        cleaned._check_sizes()
        return cleaned

    def _check_sizes(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            texts = value if isinstance(value, tuple) else (value,)
            if isinstance(value, tuple) and len(value) > MAX_LIST_ITEMS:
                raise InvalidInput(f"Too many items in '{item.name}'.")
            for text in texts:
                if isinstance(text, Disclosure):
                    text = text.who + text.reference
                if not isinstance(text, str):
                    continue
                limit = MAX_TEXT_CHARS if item.name == "body" else MAX_SHORT_CHARS
                if len(text) > limit:
                    raise InvalidInput(f"The '{item.name}' text is too long.")
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError as exc:
                    raise InvalidInput(
                        f"The '{item.name}' text contains characters that are not valid text."
                    ) from exc

    def to_json(self) -> dict[str, Any]:
        """The stored (and hashed) form of this version."""
        document = self.readable_json()
        if self.single_category_form and len(self.categories) == 1:
            del document["categories"]
            document["category"] = self.categories[0].value
        return document

    def readable_json(self) -> dict[str, Any]:
        """The same content with `categories` always a list, whichever form stored it: what
        comparisons between versions and the JSON output use."""
        document: dict[str, Any] = {
            "title": self.title,
            "occurred": self.occurred.to_json(),
            "categories": [c.value for c in self.categories],
            "body": self.body,
            "location": self.location,
            "people": list(self.people),
            "witnesses": list(self.witnesses),
            "injuries": self.injuries,
            "medical_care": self.medical_care,
            "told": [{"who": d.who, "reference": d.reference} for d in self.told],
            "tags": list(self.tags),
            "severity": self.severity,
            "channel": self.channel,
            "sender": self.sender,
        }
        if self.source is not None:
            document["source"] = self.source.to_json()
        if self.transcripts:
            document["transcripts"] = dict(self.transcripts)
        return document

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EntryFields:
        single = "categories" not in data
        chosen = [data["category"]] if single else data["categories"]
        if not isinstance(chosen, list):
            raise TypeError("categories is not a list")
        return cls(
            title=data["title"],
            occurred=Occurred.from_json(data["occurred"]),
            categories=tuple(Category(c) for c in chosen),
            single_category_form=single,
            body=data.get("body", ""),
            location=data.get("location", ""),
            people=tuple(data.get("people", ())),
            witnesses=tuple(data.get("witnesses", ())),
            injuries=data.get("injuries", ""),
            medical_care=data.get("medical_care", ""),
            told=tuple(Disclosure(d["who"], d.get("reference", "")) for d in data.get("told", ())),
            tags=tuple(data.get("tags", ())),
            severity=data.get("severity"),
            channel=data.get("channel", ""),
            sender=data.get("sender", ""),
            source=MessageSource.from_json(data["source"]) if data.get("source") else None,
            transcripts=_read_transcripts(data.get("transcripts", {})),
        )

    def transcript_of(self, sha256: str) -> str:
        """The typed transcript of the attached file with this SHA-256, or ""."""
        return dict(self.transcripts).get(sha256, "")

    def with_transcript(self, sha256: str, text: str) -> EntryFields:
        """These fields with the transcript of one file set (empty text removes it)."""
        texts = dict(self.transcripts)
        texts.pop(sha256, None)
        if text.strip():
            texts[sha256] = text
        return replace(self, transcripts=tuple(sorted(texts.items())))

    def without_transcripts_of(self, sha256s: set[str]) -> EntryFields:
        """These fields without the transcripts of these files (removed from the entry)."""
        kept = tuple((k, v) for k, v in self.transcripts if k not in sha256s)
        return self if kept == self.transcripts else replace(self, transcripts=kept)

    def search_details(self) -> str:
        """Secondary text the search index covers besides title and body."""
        parts = [self.location, *self.people, *self.witnesses, self.injuries, self.medical_care]
        parts += [f"{d.who} {d.reference}" for d in self.told]
        parts += [*self.tags, self.sender, self.channel]
        parts += [category_words(c) for c in self.categories]
        parts += [text for _sha, text in self.transcripts]
        return "\n".join(p for p in parts if p)


def parse_categories(values: Sequence[Category | str]) -> tuple[Category, ...]:
    """Known categories, each once, in the order given; at least one."""
    chosen: list[Category] = []
    for value in values:
        try:
            category = Category(value)
        except ValueError as exc:
            raise InvalidInput(
                key="Unknown category '{category}'.", params={"category": str(value)}
            ) from exc
        if category not in chosen:
            chosen.append(category)
    if not chosen:
        raise InvalidInput("Choose at least one category.")
    return tuple(chosen)


def category_words(category: Category) -> str:
    """What a search for a category finds: its code and its name in every language the app
    speaks, so "amenazas" finds an entry about threats whichever language wrote it."""
    names = {category.value, category.label}
    names |= {translator(language)(category.label) for language in LANGUAGES}
    return " ".join(sorted(names))


def _read_transcripts(data: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise TypeError("transcripts is not a map of file hashes to texts")
    return tuple(sorted(data.items()))


def _clean_transcripts(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Each file once, by its SHA-256, with a text that is not blank; sorted by the hash."""
    texts: dict[str, str] = {}
    for sha256, text in items:
        if not isinstance(sha256, str) or not _SHA256.match(sha256):
            raise InvalidInput("A transcript must name an attached file by its SHA-256.")
        if len(text) > MAX_TEXT_CHARS:
            raise InvalidInput("The transcript is too long.")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidInput(
                "The transcript contains characters that are not valid text."
            ) from exc
        if text.strip():
            texts[sha256] = text
    if len(texts) > MAX_LIST_ITEMS:
        raise InvalidInput(
            key="An entry can hold at most {count} transcripts.", params={"count": MAX_LIST_ITEMS}
        )
    return tuple(sorted(texts.items()))


def _clean_list(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(item.strip() for item in items if item.strip())


def default_message_title(channel: str, sender: str) -> str:
    label = Channel(channel).label if channel in CHANNEL_VALUES else "Message"
    return f"{label} from {sender}" if sender.strip() else label


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    uid: str
    sha256: str
    size: int
    mime_type: str
    original_name: str
    captured_at: str | None
    image_width: int | None
    image_height: int | None
    imported_at: str
    erased: bool = False

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/") and self.image_width is not None

    def hashed_form(self) -> dict[str, Any]:
        """What a version's content hash covers about each attachment."""
        return {
            "sha256": self.sha256,
            "size": self.size,
            "mime_type": self.mime_type,
            "name": self.original_name,
        }


@dataclass(frozen=True)
class AttachmentSource:
    """A file to import: from disk (streamed) or from memory (a pasted screenshot)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    @classmethod
    def from_path(cls, path: Path) -> AttachmentSource:
        return cls(name=Path(path).name, path=Path(path))


@dataclass(frozen=True)
class Version:
    seq: int
    version_no: int
    action: str
    recorded_at: str
    fields: EntryFields | None
    attachments: tuple[AttachmentInfo, ...]
    content_sha256: str
    leaf_sha256: str
    chain_sha256: str
    # Content format 2: the salt of each committed part (evidence/commitments.py); None for a
    # version written before salts existed (format 1), or erased by a deletion.
    salts: dict[str, str] | None = field(default=None, hash=False)

    @property
    def content_format(self) -> int:
        return 1 if self.salts is None else 2

    @property
    def erased(self) -> bool:
        return self.fields is None


@dataclass(frozen=True)
class Entry:
    id: int
    uid: str
    kind: Kind
    created_at: str
    deleted: bool
    late: bool
    versions: tuple[Version, ...]

    @property
    def current(self) -> Version:
        return self.versions[-1]

    @property
    def latest_fields(self) -> EntryFields | None:
        for version in reversed(self.versions):
            if version.fields is not None:
                return version.fields
        return None

    @property
    def amended(self) -> bool:
        return any(v.action == "edit" for v in self.versions)


@dataclass(frozen=True)
class EntrySummary:
    id: int
    kind: Kind
    occurred: Occurred
    categories: tuple[Category, ...]
    title: str
    tags: tuple[str, ...]
    attachment_count: int
    version_count: int
    late: bool
    deleted: bool
    created_at: str
    updated_at: str
    # The stored ordering key; with `id` it is the cursor for keyset paging.
    sort_key: str = ""

    @property
    def amended(self) -> bool:
        return self.version_count > 1 and not self.deleted

    @property
    def cursor(self) -> tuple[str, int]:
        return (self.sort_key, self.id)


@dataclass(frozen=True)
class EntryFilter:
    date_from: date | None = None
    date_to: date | None = None
    categories: tuple[Category, ...] = ()
    tags: tuple[str, ...] = ()
    kinds: tuple[Kind, ...] = ()
    text: str = ""
    include_deleted: bool = False
    newest_first: bool = True
    entry_ids: tuple[int, ...] = field(default=())


def recording_of(versions: Sequence[Version]) -> tuple[str, bool | None]:
    """When an entry was recorded, and whether late, from its first version: its recorded time
    is in the version's leaf hash and its date in the content hash, so both are chained. Late
    is None when a deletion erased that version's content."""
    first = versions[0]
    if first.fields is None:
        return first.recorded_at, None
    return first.recorded_at, is_late_entry(
        first.fields.occurred, datetime.fromisoformat(first.recorded_at)
    )


def is_late_entry(occurred: Occurred, recorded_at_utc: datetime) -> bool:
    """Recorded more than a week after the latest moment the event could have happened."""
    latest_local = datetime.combine(occurred.day, occurred.at or time(23, 59))
    if occurred.utc_offset:
        sign = 1 if occurred.utc_offset[0] == "+" else -1
        offset = timedelta(
            hours=int(occurred.utc_offset[1:3]), minutes=int(occurred.utc_offset[4:6])
        )
        latest_utc = latest_local - sign * offset
    else:
        latest_utc = latest_local + timedelta(hours=12)  # the latest time zone on Earth
    recorded = recorded_at_utc.replace(tzinfo=None)
    return recorded - latest_utc > LATE_ENTRY_AFTER
