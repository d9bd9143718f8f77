"""One section per entry: every field, the full text, and its history of versions."""

import itertools
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from journal_app.core.models import CHANNEL_LABELS, Channel, EntryFields, Kind, Version
from journal_app.export.index import exhibit_key, link
from journal_app.export.selection import REDACTED, ExportOptions, PlannedEntry
from journal_app.export.styles import (
    BODY,
    BODY_W,
    CELL,
    CELL_BOLD,
    H2,
    H3,
    NOTE,
    RULE,
    SHADE,
    SMALL,
    fixed,
    mono,
    occurred_text,
    para,
    when_recorded,
)
from journal_app.export.text import printable
from journal_app.i18n import N_, Translate

PAGE_W, PAGE_H = A4

_LABEL_W = 38 * mm
_VALUE_W = BODY_W - _LABEL_W


def entry_section(item: PlannedEntry, options: ExportOptions, _: Translate) -> list[Flowable]:
    entry = item.entry
    fields = entry.latest_fields
    if entry.deleted or fields is None:
        return _deleted_section(item, _)
    kind = _("Message") if entry.kind is Kind.MESSAGE else _("Incident")
    story: list[Flowable] = [
        KeepTogether(
            [
                para(_("Entry {number}: {title}", number=item.number, title=fields.title), H2),
                fixed(
                    f"{kind} · {_('journal entry id {id}', id=entry.id)} · "
                    + " · ".join(_flags(item, _) or [_("original, not amended")]),
                    SMALL,
                ),
                Spacer(1, 2 * mm),
            ]
        )
    ]
    rows: list[tuple[str, str | Flowable]] = [*_field_rows(fields, options, entry.created_at, _)]
    if item.exhibits:
        rows.append((_("Exhibits"), exhibit_links(item, options)))
    story.append(field_table(rows))
    if fields.body.strip():
        story.append(fixed(_("What happened") if entry.kind is Kind.INCIDENT else _("Message"), H3))
        for block in fields.body.split("\n\n"):
            story.append(para(block, BODY))
            story.append(Spacer(1, 1.5 * mm))
    story += _history(item, options, _)
    return story


def exhibit_links(item: PlannedEntry, options: ExportOptions) -> Flowable:
    """The entry's exhibits as links to their pages; with the original file names, except in a
    redacted copy, where a name could give away a person or a place."""
    parts = []
    for exhibit in item.exhibits:
        mark = link(exhibit.number, exhibit_key(exhibit.number))
        if options.redactions.any:
            parts.append(mark)
        else:
            parts.append(f"{mark} ({escape(printable(exhibit.info.original_name))})")
    return fixed(", ".join(parts), CELL)


def _flags(item: PlannedEntry, _: Translate) -> list[str]:
    flags = []
    if item.entry.late:
        flags.append(_("LATE ENTRY: recorded more than 7 days after it happened"))
    if item.entry.amended:
        flags.append(_("AMENDED: {count} versions", count=len(item.entry.versions)))
    return flags


def _field_rows(
    fields: EntryFields, options: ExportOptions, created_at: str, _: Translate
) -> list[tuple[str, str]]:
    red = options.redactions
    redacted = _(REDACTED)
    approximately = " " + _("(approximately)") if fields.occurred.approximate else ""
    rows: list[tuple[str, str]] = [
        (_("Happened"), occurred_text(fields, _) + approximately),
        (_("Recorded"), when_recorded(created_at) + " " + _("(set by the app)")),
        (
            _("Category") if len(fields.categories) == 1 else _("Categories"),
            ", ".join(_(c.label) for c in fields.categories),
        ),
    ]
    if fields.channel:
        label = CHANNEL_LABELS.get(Channel(fields.channel), fields.channel)
        rows.append((_("Channel"), _(label)))
    if fields.sender:
        rows.append((_("Sender (as shown)"), fields.sender))
    if fields.location:
        rows.append((_("Location"), redacted if red.locations else fields.location))
    if fields.people:
        # One person per line: a comma can be part of a name.
        rows.append((_("People involved"), redacted if red.people else "\n".join(fields.people)))
    if fields.witnesses:
        rows.append((_("Witnesses"), redacted if red.people else "\n".join(fields.witnesses)))
    if fields.injuries:
        rows.append((_("Injuries"), fields.injuries))
    if fields.medical_care:
        rows.append((_("Medical care"), fields.medical_care))
    if fields.told:
        told = [
            (redacted if red.people else d.who)
            + (" " + _("(ref. {reference})", reference=d.reference) if d.reference else "")
            for d in fields.told
        ]
        rows.append((_("Who was told"), "; ".join(told)))
    if fields.tags:
        rows.append((_("Tags"), ", ".join(fields.tags)))
    if fields.severity is not None:
        rows.append((_("Severity"), _("{severity} of 5", severity=fields.severity)))
    return rows


def field_table(rows: Sequence[tuple[str, str | Flowable]]) -> Table:
    table = Table(
        [
            [
                fixed(label, CELL_BOLD),
                value if isinstance(value, Flowable) else para(value, CELL, _VALUE_W - 8),
            ]
            for label, value in rows
        ],
        colWidths=[_LABEL_W, _VALUE_W],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _history(item: PlannedEntry, options: ExportOptions, _: Translate) -> list[Flowable]:
    versions = item.versions
    story: list[Flowable] = [fixed(_("History of this entry"), H3)]
    if not options.include_history and len(item.entry.versions) > 1:
        story.append(
            fixed(
                _(
                    "This entry has {count} versions; only the latest is in this bundle "
                    "(history was left out when exporting).",
                    count=len(item.entry.versions),
                ),
                NOTE,
            )
        )
    header = [
        fixed(_(h), CELL_BOLD)
        for h in (N_("Version"), N_("Recorded"), N_("Action"), N_("What changed"))
    ]
    rows: list[list[Flowable]] = [header]
    previous: Version | None = None
    for version in versions:
        rows.append(
            [
                fixed(str(version.version_no), CELL),
                fixed(when_recorded(version.recorded_at), CELL),
                fixed(_(_ACTIONS.get(version.action, "?")), CELL),
                fixed(
                    ", ".join(_(n) for n in _changes(previous, version, options))
                    or (
                        _("what changed is withheld in this copy")
                        if version.action == "edit"
                        else _("first version")
                    ),
                    CELL,
                ),
            ]
        )
        previous = version
    table = Table(rows, colWidths=[18 * mm, 40 * mm, 22 * mm, BODY_W - 80 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    story.append(table)
    for earlier, later in itertools.pairwise(versions):
        story += _earlier_values(earlier, later, options, _)
    story.append(
        fixed(
            _(
                "Content SHA-256 of the latest version: {sha256}",
                sha256="<br/>" + mono(versions[-1].content_sha256),
            ),
            CELL,
        )
    )
    return story


_ACTIONS = {"create": N_("written"), "edit": N_("amended")}

_FIELD_NAMES = {
    "title": N_("title"),
    "occurred": N_("date/time"),
    "categories": N_("categories"),
    "body": N_("text"),
    "location": N_("location"),
    "people": N_("people involved"),
    "witnesses": N_("witnesses"),
    "injuries": N_("injuries"),
    "medical_care": N_("medical care"),
    "told": N_("who was told"),
    "tags": N_("tags"),
    "severity": N_("severity"),
    "channel": N_("channel"),
    "sender": N_("sender"),
    "transcripts": N_("transcripts of recordings"),
}


def _shown_transcripts(version: Version, options: ExportOptions) -> dict[str, str]:
    """A version's transcripts of the files this copy shows, by exhibit mark: a file left out
    of the copy takes its transcript with it."""
    if version.fields is None:
        return {}
    marks = {
        a.sha256: f"A{a.id}"
        for a in version.attachments
        if a.id not in options.redactions.attachment_ids
    }
    return {marks[k]: v for k, v in version.fields.transcripts if k in marks}


def _changes(previous: Version | None, current: Version, options: ExportOptions) -> list[str]:
    if previous is None or previous.fields is None or current.fields is None:
        return []
    before, after = previous.fields.readable_json(), current.fields.readable_json()
    before.pop("transcripts", None)
    after.pop("transcripts", None)
    names = [
        _FIELD_NAMES.get(k, k)
        for k in [*after, *(k for k in before if k not in after)]
        if before.get(k) != after.get(k)
    ]
    if _shown_transcripts(previous, options) != _shown_transcripts(current, options):
        names.append(_FIELD_NAMES["transcripts"])
    if [a.sha256 for a in previous.attachments] != [a.sha256 for a in current.attachments]:
        names.append(N_("attached files"))
    return names


def _earlier_values(
    earlier: Version, later: Version, options: ExportOptions, _: Translate
) -> list[Flowable]:
    if earlier.fields is None or later.fields is None:
        return []
    before = _field_rows(earlier.fields, options, earlier.recorded_at, _)
    after = dict(_field_rows(later.fields, options, later.recorded_at, _))
    rows = [(label, value) for label, value in before if after.get(label) != value]
    if earlier.fields.title != later.fields.title:
        rows.insert(0, (_("Title"), earlier.fields.title))
    if earlier.fields.body != later.fields.body:
        rows.append((_("Text"), earlier.fields.body or _("(empty)")))
    typed_before = _shown_transcripts(earlier, options)
    typed_after = _shown_transcripts(later, options)
    for mark in sorted(typed_before.keys() | typed_after.keys()):
        if typed_before.get(mark) != typed_after.get(mark):
            rows.append(
                (
                    _("Transcript of {mark}", mark=mark),
                    typed_before.get(mark) or _("(empty)"),
                )
            )
    rows = [(label, value) for label, value in rows if label != _("Recorded")]
    if not rows:
        return []
    return [
        fixed(
            _(
                "As written in version {version} (recorded {when}), before it was amended:",
                version=earlier.version_no,
                when=when_recorded(earlier.recorded_at),
            ),
            SMALL,
        ),
        field_table(rows),
        Spacer(1, 2 * mm),
    ]


def _deleted_section(item: PlannedEntry, _: Translate) -> list[Flowable]:
    entry = item.entry
    return [
        KeepTogether(
            [
                para(_("Entry {number}: deleted", number=item.number), H2),
                fixed(
                    _(
                        "Recorded {recorded}; deleted {deleted}: content erased by the person "
                        "who kept the journal. What it said, and when it happened, are no "
                        "longer in the journal; its place in the history is kept and checked.",
                        recorded=when_recorded(entry.created_at),
                        deleted=when_recorded(entry.current.recorded_at),
                    ),
                    BODY,
                ),
            ]
        )
    ]
