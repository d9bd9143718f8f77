"""What goes into a bundle: the selection, the redactions, and the numbered exhibits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentInfo, Category, Entry, EntryFilter, Version
from journal_app.i18n import ENGLISH, N_, Translate, translator

REDACTED = N_("[redacted]")


@dataclass(frozen=True)
class Redactions:
    locations: bool = False
    people: bool = False
    attachment_ids: frozenset[int] = frozenset()

    @property
    def any(self) -> bool:
        return self.locations or self.people or bool(self.attachment_ids)

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
        if lines:
            lines.append(
                _(
                    "Redaction removes these fields only: names or places written in the free "
                    "text are not removed."
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

    @property
    def file_name(self) -> str:
        """The embedded file's name: exhibit number plus a safe form of the original name."""
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
    for summary in summaries:
        # Cited by their journal numbers (entry ids, attachment marks "A<id>"), so two
        # bundles given to one court name the same things the same way.
        number = summary.id
        entry = journal.get(summary.id)
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
                exhibit = Exhibit(exhibit_mark(info.id), info, number, version.version_no)
                seen[info.id] = exhibit
                exhibits.append(exhibit)
                item.exhibits.append(exhibit)
        planned.append(item)
    if planned and not options.entry_ids:
        planned += _tombstones(journal, options)
    return Plan(planned, exhibits, left_out)


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


def redacted_fields(fields_json: dict[str, Any], redactions: Redactions) -> dict[str, Any]:
    """The fields with redacted values removed (for the manifest) — nothing left to recover."""
    result = dict(fields_json)
    if redactions.locations:
        result.pop("location", None)
    if redactions.people:
        result.pop("people", None)
        result.pop("witnesses", None)
        result["told"] = [{"reference": d.get("reference", "")} for d in result.get("told", [])]
    return result
