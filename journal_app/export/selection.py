"""What goes into a bundle: the selection, the redactions, and the numbered exhibits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentInfo, Category, Entry, EntryFilter, Version
from journal_app.evidence.commitments import (
    ATTACHMENT_NAMES,
    ATTACHMENT_PREFIX,
    TOLD_WHO,
    TRANSCRIPTS,
    name_part,
    transcript_part,
)
from journal_app.i18n import ENGLISH, N_, Translate, translator

if TYPE_CHECKING:  # boxes.py needs Pillow; only the type is needed here
    from journal_app.export.boxes import Box

REDACTED = N_("[redacted]")


@dataclass(frozen=True)
class Redactions:
    locations: bool = False
    people: bool = False
    attachment_ids: frozenset[int] = frozenset()
    # Attachment id -> black boxes to draw on that picture. Any box makes the bundle a
    # disclosure copy (every file embedded as a cleaned copy), never a full one with a
    # blacked-out picture in it.
    boxes: Mapping[int, tuple[Box, ...]] = field(default_factory=dict, hash=False)

    @property
    def any(self) -> bool:
        return self.locations or self.people or bool(self.attachment_ids) or bool(self.boxed)

    @property
    def boxed(self) -> dict[int, tuple[Box, ...]]:
        """The pictures that have boxes and are not left out."""
        return {
            attachment_id: tuple(boxes)
            for attachment_id, boxes in self.boxes.items()
            if boxes and attachment_id not in self.attachment_ids
        }

    def field_names(self) -> list[str]:
        names = ["location"] if self.locations else []
        if self.people:
            names += ["people", "witnesses", "told.who"]
        return names

    def describe(self, translate: Translate | None = None) -> list[str]:
        """Plain sentences for the cover page and the verifier (English unless `translate`).

        The manifest always records them in English, so it stays language-neutral."""
        _ = translate or translator(ENGLISH)
        lines = []
        if self.locations:
            lines.append(_("Locations were left out of this copy."))
        if self.people:
            lines.append(
                _(
                    "Names of people involved, witnesses and people who were told were left "
                    "out of this copy (reference numbers are kept)."
                )
            )
        if self.attachment_ids:
            count = len(self.attachment_ids)
            lines.append(
                _("{count} attached files were left out of this copy.", count=count)
                if count > 1
                else _("1 attached file was left out of this copy.")
            )
        if self.boxed:
            regions = sum(len(b) for b in self.boxed.values())
            lines.append(
                _(
                    "Parts of {pictures} picture(s) were blacked out ({regions} region(s) in "
                    "all); the blacked-out pixels are not in this copy.",
                    pictures=len(self.boxed),
                    regions=regions,
                )
            )
        if lines:
            lines.append(
                _(
                    "The attached files' own names were left out of this copy: each is named "
                    "by its exhibit number."
                )
            )
            lines.append(
                _(
                    "Redaction removes these fields only: names or places written in the free "
                    "text (what happened, message texts and typed transcripts of recordings) "
                    "are not removed."
                )
            )
        return lines


@dataclass(frozen=True)
class ExportOptions:
    date_from: date | None = None
    date_to: date | None = None
    categories: tuple[Category, ...] = ()
    tags: tuple[str, ...] = ()
    entry_ids: tuple[int, ...] = ()
    include_history: bool = True
    redactions: Redactions = Redactions()
    name: str = ""
    password: str | None = None
    # Language of the PDF's own text (en, es, pt_BR); dates stay ISO 8601 in every language.
    language: str = ENGLISH
    # A pattern summary (counts per month and category, charts) after the chronology.
    include_pattern: bool = False
    # Keep entries with versions written before per-field salts in a redacted copy, although
    # their withheld values can then be guessed (see `exposed_old_entry`).
    include_old_versions: bool = False
    # Imported messages also as a conversation, one transcript per source export (only drawn
    # when the selection holds imported messages).
    include_transcripts: bool = True

    def entry_filter(self) -> EntryFilter:
        return EntryFilter(
            date_from=self.date_from,
            date_to=self.date_to,
            categories=self.categories,
            tags=tuple(t.strip().lower() for t in self.tags if t.strip()),
            entry_ids=self.entry_ids,
            newest_first=False,
        )

    def selection_json(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "categories": [c.value for c in self.categories],
            "tags": list(self.tags),
            "entry_ids": list(self.entry_ids),
            "include_history": self.include_history,
        }

    def redactions_json(self) -> dict[str, Any]:
        return {
            "fields": self.redactions.field_names(),
            "attachments_left_out": len(self.redactions.attachment_ids),
            **(
                {
                    "pictures_blacked_out": {
                        exhibit_mark(i): len(b) for i, b in sorted(self.redactions.boxed.items())
                    }
                }
                if self.redactions.boxed
                else {}
            ),
            "statement": self.redactions.describe(),
        }


def exhibit_mark(attachment_id: int) -> str:
    """An attachment's journal-wide mark, the same in every bundle: A17 is always one file."""
    return f"A{attachment_id}"


@dataclass(frozen=True)
class Exhibit:
    number: str
    info: AttachmentInfo
    entry_number: int
    version_no: int
    # In a redacted copy a file's own name ("Refuge-Elm-Street.jpg") can give away a place or a
    # person, so the copy names it by its exhibit number only.
    withhold_name: bool = False

    @property
    def file_name(self) -> str:
        """The embedded file's name: exhibit number plus a safe form of the original name, or,
        when the name is withheld, the number and the original's extension ("A3.jpg")."""
        if self.withhold_name:
            suffix = self.info.original_name.rpartition(".")[2]
            extension = suffix if suffix.isascii() and suffix.isalnum() and len(suffix) <= 5 else ""
            return f"{self.number}.{extension.lower()}" if extension else self.number
        safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in self.info.original_name)
        return f"{self.number}_{safe.strip('._') or 'file'}"[:120]


@dataclass
class PlannedEntry:
    number: int
    entry: Entry
    versions: tuple[Version, ...]
    exhibits: list[Exhibit] = field(default_factory=list)


@dataclass
class Plan:
    entries: list[PlannedEntry]
    exhibits: list[Exhibit]
    left_out_attachments: int = 0
    # Journal numbers of entries left out of a redacted copy because versions written before
    # per-field salts would let their withheld values be guessed.
    left_out_old: list[int] = field(default_factory=list)


OLD_LEFT_OUT_REASON = N_(
    "They were written with an earlier version of the app, whose records of them would let "
    "someone holding this copy work out the withheld names and places by trying likely ones. "
    "A copy without redaction includes them."
)


def left_out_sentence(plan: Plan, _: Translate) -> str:
    """What the cover and the chronology say of the old entries a redacted copy left out, so
    the gap in the numbers is not taken for concealment ("" when none were)."""
    if not plan.left_out_old:
        return ""
    numbers = ", ".join(str(n) for n in plan.left_out_old)
    return (
        _("Entries left out of this copy: {numbers}.", numbers=numbers)
        + " "
        + _(OLD_LEFT_OUT_REASON)
    )


def withheld_parts(version: Version, redactions: Redactions) -> list[str]:
    """The parts of a version a redacted copy withholds. Format 2 (salted): every part the
    redaction names, even an empty one, so the copy does not tell which were empty. Format 1:
    only the non-empty ones; the others are shown, so its content can still be rechecked."""
    if version.fields is None:
        return []
    if version.salts is not None:
        names = redactions.field_names()
        for index, info in enumerate(version.attachments):
            if info.id in redactions.attachment_ids:
                names += [f"{ATTACHMENT_PREFIX}{index}", name_part(index)]
                # A left-out file's transcript goes with it (it would tell what the file says).
                if version.fields.transcripts:
                    names.append(transcript_part(index))
            elif redactions.any:
                names.append(name_part(index))  # a file's name can name a person or a place
        return names
    full = version.fields.to_json()
    names = [
        name
        for name in redactions.field_names()
        if (name == TOLD_WHO and any(d.who for d in version.fields.told))
        or (name != TOLD_WHO and full.get(name))
    ]
    if any(info.id in redactions.attachment_ids for info in version.attachments):
        names.append("attachments")
    if redactions.any and any(
        info.original_name and info.id not in redactions.attachment_ids
        for info in version.attachments
    ):
        names.append(ATTACHMENT_NAMES)
    return names


def exposed_old_entry(entry: Entry, redactions: Redactions) -> bool:
    """Would a redacted copy of this entry let its withheld values be guessed? Yes when any
    of its versions, shown or not, was written before per-field salts (format 1) and has a
    value the redaction withholds: the bundle publishes the leaf hash of every version, and
    with the entry's id and times disclosed, a format-1 leaf can be tested against guesses."""
    if not redactions.any:
        return False
    return any(v.salts is None and withheld_parts(v, redactions) for v in entry.versions)


def plan_export(journal: Journal, options: ExportOptions) -> Plan:
    """The entries (oldest first) and numbered exhibits an export will contain."""
    unknown = set(options.entry_ids) - {s.id for s in journal.entries(EntryFilter())}
    if unknown:
        listed = ", ".join(str(i) for i in sorted(unknown))
        raise InvalidInput(key="There is no entry {entries} to export.", params={"entries": listed})
    summaries = journal.entries(options.entry_filter())
    planned: list[PlannedEntry] = []
    exhibits: list[Exhibit] = []
    seen: dict[int, Exhibit] = {}
    left_out = 0
    left_out_old: list[int] = []
    for summary in summaries:
        # Cited by their journal numbers (entry ids, attachment marks "A<id>"), so two
        # bundles given to one court name the same things the same way.
        number = summary.id
        entry = journal.get(summary.id)
        if not options.include_old_versions and exposed_old_entry(entry, options.redactions):
            left_out_old.append(number)
            continue
        versions = entry.versions if options.include_history else (entry.current,)
        item = PlannedEntry(number, entry, versions)
        for version in versions:
            for info in version.attachments:
                if info.id in options.redactions.attachment_ids:
                    left_out += 1
                    continue
                if info.id in seen:
                    if seen[info.id] not in item.exhibits:
                        item.exhibits.append(seen[info.id])
                    continue
                exhibit = Exhibit(
                    exhibit_mark(info.id),
                    info,
                    number,
                    version.version_no,
                    withhold_name=options.redactions.any,
                )
                seen[info.id] = exhibit
                exhibits.append(exhibit)
                item.exhibits.append(exhibit)
        planned.append(item)
    if planned and not options.entry_ids:
        planned += _tombstones(journal, options)
    return Plan(planned, exhibits, left_out, left_out_old)


def _tombstones(journal: Journal, options: ExportOptions) -> list[PlannedEntry]:
    """Entries deleted from the journal, recorded within the selected dates: their content
    (category and date included) is erased, so only when they were recorded can place them.
    Shown so a gap in the numbers is never read as concealment."""
    planned = []
    for summary in journal.entries(EntryFilter(include_deleted=True, newest_first=False)):
        if not summary.deleted:
            continue
        recorded = date.fromisoformat(summary.created_at[:10])
        if options.date_from is not None and recorded < options.date_from:
            continue
        if options.date_to is not None and recorded > options.date_to:
            continue
        entry = journal.get(summary.id)
        versions = entry.versions if options.include_history else (entry.current,)
        planned.append(PlannedEntry(summary.id, entry, versions))
    return planned


def count_preview(journal: Journal, options: ExportOptions) -> tuple[int, int]:
    """(entries, exhibits) an export with these options would contain, for the dialog."""
    plan = plan_export(journal, options)
    return len(plan.entries), len(plan.exhibits)


def redacted_fields(
    fields_json: dict[str, Any], redactions: Redactions, left_out: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The fields with redacted values removed (for the manifest) — nothing left to recover.
    `left_out`: the SHA-256 of files left out of the copy, whose transcripts go with them."""
    result = dict(fields_json)
    if TRANSCRIPTS in result and left_out:
        result[TRANSCRIPTS] = {
            sha256: text for sha256, text in result[TRANSCRIPTS].items() if sha256 not in left_out
        }
    if redactions.locations:
        result.pop("location", None)
    if redactions.people:
        result.pop("people", None)
        result.pop("witnesses", None)
        result["told"] = [{"reference": d.get("reference", "")} for d in result.get("told", [])]
    return result
