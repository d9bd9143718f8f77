"""The bundle's pages, laid out in memory with ReportLab platypus.

Cover page, chronology, one section per entry (fields, full text, versions), then the numbered
exhibits with print previews. Every page carries "page X of Y", the export id and a footer that
stays readable in black and white. Nothing here touches the disk.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from journal_app.core.errors import Cancelled
from journal_app.core.models import CHANNEL_LABELS, Channel, EntryFields, Kind, Version
from journal_app.export.clean import CopyFacts
from journal_app.export.images import Preview
from journal_app.export.selection import REDACTED, Exhibit, ExportOptions, Plan, PlannedEntry
from journal_app.export.text import (
    FONT,
    FONT_BOLD,
    base_is_rtl,
    markup,
    printable,
    register_fonts,
)
from journal_app.i18n import ENGLISH, N_, Message, Translate, translator

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BODY_W = PAGE_W - 2 * MARGIN
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.6, 0.6, 0.6)
SHADE = colors.Color(0.92, 0.92, 0.92)
MAX_POINTS_PER_PIXEL = 1.44  # small pictures are enlarged at most to 50 dpi
CHRONO_CHUNK = 40  # rows per table: keeps splitting cheap for long chronologies

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
PreviewSource = Callable[[Exhibit], Preview | None]


@dataclass(frozen=True)
class CoverFacts:
    export_id: str
    created_at: datetime
    chain_size: int
    chain_head: str
    fingerprint: str
    versions: int
    encrypted: bool
    not_embedded: dict[str, str]
    # The same reasons as templates, so the page can show them in the bundle's language.
    not_embedded_reasons: dict[str, Message] = field(default_factory=dict)
    # Exhibit number -> the cleaned copy embedded instead of the original (redacted copies).
    cleaned: dict[str, CopyFacts] = field(default_factory=dict)


def _style(name: str, **kw: Any) -> ParagraphStyle:
    # embeddedHyphenation: a word too long for its cell breaks at its own hyphen
    # ("Immigration-|status"), never mid-word ("Immigration-st|atus").
    base: dict[str, Any] = {
        "fontName": FONT,
        "fontSize": 9.5,
        "leading": 12.5,
        "embeddedHyphenation": 1,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = _style("body")
SMALL = _style("small", fontSize=8, leading=10)
# Hashes: a monospaced font (Courier, one of the PDF standard fonts: hexadecimal digits are
# ASCII) at a readable size, in groups of eight characters.
HASH = _style("hash-mono", fontName="Courier", fontSize=8.5, leading=10.5)
CELL = _style("cell", fontSize=8.5, leading=10.5)
CELL_BOLD = _style("cellb", fontName=FONT_BOLD, fontSize=8.5, leading=10.5)
H1 = _style("h1", fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=6)
# Headings stay with what follows them: never alone at the foot of a page.
H2 = _style(
    "h2", fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=4, spaceAfter=6, keepWithNext=1
)
H3 = _style(
    "h3", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=3, keepWithNext=1
)
NOTE = _style("note", fontSize=9, leading=12.5, spaceAfter=4)


def para(text: str, style: ParagraphStyle = BODY, width: float = BODY_W) -> Paragraph:
    """A paragraph of user text: escaped, placeholders for undrawable characters, bidi."""
    safe = printable(text)
    if base_is_rtl(safe):
        style = ParagraphStyle(style.name + "-rtl", parent=style, alignment=TA_RIGHT)
    return Paragraph(markup(text, width=width - 2, font=style.fontName, size=style.fontSize), style)


def fixed(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of the app's own text (may contain simple markup)."""
    return Paragraph(text, style)


def grouped(digest: str, size: int = 8) -> str:
    """A hash in groups of `size` characters, so it can be read aloud and compared."""
    return " ".join(digest[i : i + size] for i in range(0, len(digest), size))


def mono(digest: str) -> str:
    """A hash inside a paragraph of other text: grouped, monospaced, the hash size."""
    return f'<font name="{HASH.fontName}" size="{HASH.fontSize}">{grouped(digest)}</font>'


def hash_para(digest: str, style: ParagraphStyle = HASH) -> Paragraph:
    return Paragraph(grouped(digest), style)


def when_recorded(iso: str) -> str:
    """App-set UTC timestamps, shown to the minute with the zone spelled out."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def when_occurred(fields: EntryFields) -> str:
    """ISO 8601 date (and time) as remembered; dates stay ISO in every language."""
    return _occurred(fields) + (" approx." if fields.occurred.approximate else "")


def _occurred(fields: EntryFields) -> str:
    occurred = fields.occurred
    text = occurred.day.isoformat()
    if occurred.at is not None:
        text += f" {occurred.at.strftime('%H:%M')}"
        if occurred.utc_offset:
            text += f" (UTC{occurred.utc_offset})"
    return text


def number(value: int, language: str) -> str:
    """A whole number with the thousands separator readers of `language` expect."""
    text = f"{value:,}"
    if language == "es":
        return text.replace(",", "\u00a0")  # RAE: a (non-breaking) space, never a point
    if language == "pt_BR":
        return text.replace(",", ".")
    return text


def decimal(value: float, language: str) -> str:
    text = f"{value:.1f}"
    return text if language == ENGLISH else text.replace(".", ",")


class _Marker(Flowable):  # type: ignore[misc]
    """Zero-size flowable that lets the build report progress and honour Cancel."""

    def __init__(self, step: int) -> None:
        super().__init__()
        self.step = step

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        return None


class _Doc(SimpleDocTemplate):  # type: ignore[misc]
    def __init__(
        self, buffer: io.BytesIO, progress: Progress, cancelled: CancelCheck, total: int, **kw: Any
    ) -> None:
        super().__init__(buffer, **kw)
        self._progress = progress
        self._cancelled = cancelled
        self._total = total

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Marker):
            if self._cancelled():
                raise Cancelled()
            self._progress(flowable.step, self._total)


def _numbered_canvas(export_id: str, _: Translate) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds each page until the end so the footer can say "page X of Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN, 16 * mm, PAGE_W - MARGIN, 16 * mm)
            self.setFillColor(colors.black)
            self.setFont(FONT_BOLD, 8.5)
            self.drawRightString(
                PAGE_W - MARGIN,
                11.5 * mm,
                _("Page {page} of {total}", page=self._pageNumber, total=total),
            )
            self.setFont(FONT, 8)
            self.drawString(
                MARGIN, 11.5 * mm, _("Evidence bundle · export {export_id}", export_id=export_id)
            )
            self.setFillColor(GREY)
            self.setFont(FONT, 7)
            self.drawString(
                MARGIN,
                7.5 * mm,
                _(
                    "Original files and a signed manifest are embedded in this PDF. "
                    "Check it with: journal-app verify <file>"
                ),
            )
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    plan: Plan,
    options: ExportOptions,
    facts: CoverFacts,
    previews: PreviewSource,
    *,
    progress: Progress,
    cancelled: CancelCheck,
) -> bytes:
    """The laid-out pages as PDF bytes (no attachments, no encryption yet)."""
    register_fonts()
    _ = translator(options.language)
    total = len(plan.entries) + len(plan.exhibits)
    story: list[Flowable] = []
    story += _cover(plan, options, facts, _)
    story.append(PageBreak())
    story += _chronology(plan, _)
    if options.include_pattern:
        from journal_app.export.pattern import pattern_section

        story += [PageBreak(), *pattern_section(plan, options, _)]
    step = 0
    for index, item in enumerate(plan.entries):
        if index == 0:
            story.append(PageBreak())
        else:
            story += [CondPageBreak(60 * mm), Spacer(1, 6 * mm)]
        story += _entry_section(item, options, _)
        step += 1
        story.append(_Marker(step))
    if plan.exhibits:
        story.append(PageBreak())
        story.append(fixed(_("Exhibits"), H2))
        story.append(
            fixed(
                _(
                    "This is a redacted copy: each exhibit is embedded as a copy with its "
                    "hidden details (metadata) removed. Two SHA-256 values are given: the "
                    "original's, as kept in the journal, and the embedded copy's."
                )
                if facts.cleaned
                else _(
                    "Each exhibit is an original file embedded unchanged in this PDF. Pictures "
                    "shown here are reduced copies for printing; the SHA-256 identifies the "
                    "original."
                ),
                NOTE,
            )
        )
        for exhibit in plan.exhibits:
            if cancelled():
                raise Cancelled()
            story += _exhibit_section(exhibit, previews(exhibit), facts, options.language, _)
            step += 1
            story.append(_Marker(step))
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        progress,
        cancelled,
        total,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=_("Evidence bundle {export_id}", export_id=facts.export_id),
        author="",
        subject=_("Evidence bundle"),
        creator="journal-app",
        pageCompression=1,
    )
    doc.build(story, canvasmaker=_numbered_canvas(facts.export_id, _))
    return buffer.getvalue()


# ---------------------------------------------------------------------------- cover
def _cover(plan: Plan, options: ExportOptions, facts: CoverFacts, _: Translate) -> list[Flowable]:
    story: list[Flowable] = [fixed(_("Evidence bundle"), H1)]
    story.append(fixed(_("A record of incidents and messages kept in a private journal"), NOTE))
    story.append(Spacer(1, 4 * mm))
    days = [e.entry.latest_fields.occurred.day for e in plan.entries if e.entry.latest_fields]
    period = (
        _("{start} to {end}", start=min(days).isoformat(), end=max(days).isoformat())
        if days
        else "-"
    )
    rows: list[tuple[str, Flowable]] = []
    if options.name.strip():
        rows.append((_("Prepared by"), para(options.name, BODY, 120 * mm)))
    rows += [
        (_("Date of export"), fixed(when_recorded(facts.created_at.isoformat()))),
        (_("Export id"), fixed(facts.export_id)),
        (_("Period covered"), fixed(period + _selection_note(options, _))),
        (_("Entries"), fixed(str(len(plan.entries)))),
        (_("Versions included"), fixed(f"{facts.versions}" + _history_note(options, _))),
        (_("Exhibits"), fixed(str(len(plan.exhibits)) + _exhibit_note(plan, facts, _))),
        (
            _("History chain"),
            fixed(
                _("{count} versions in the whole journal; head:", count=facts.chain_size)
                + f"<br/>{mono(facts.chain_head)}",
                CELL,
            ),
        ),
        (_("Signing key fingerprint"), fixed(facts.fingerprint, HASH)),
        (_("Password"), fixed(_("Yes (AES-256)") if facts.encrypted else _("No"))),
    ]
    table = Table(
        [[fixed(label, CELL_BOLD), value] for label, value in rows],
        colWidths=[45 * mm, BODY_W - 45 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 5 * mm))
    story.append(fixed(_("Redaction"), H3))
    statements = options.redactions.describe(_) or [
        _("Nothing was left out of the selected entries.")
    ]
    story += [fixed(s, NOTE) for s in statements]
    story += _cleaning_note(plan, facts, _)
    story.append(fixed(_("About this bundle"), H3))
    story += [fixed(_(p), NOTE) for p in _ABOUT]
    return story


_ABOUT = [
    N_(
        "This bundle was made by the journal app from a private, encrypted journal. For each "
        "entry it shows when the event happened, as the writer remembers it (<b>approx.</b> "
        "marks an approximate date or time), and when it was recorded, which the app sets "
        "from the computer's clock and which cannot be edited. Entries recorded more than 7 "
        "days after the event are marked <b>late</b>."
    ),
    N_(
        "Nothing in the journal is overwritten. An entry changed after it was first saved is "
        "marked <b>amended</b>; its earlier versions and when each was recorded are shown "
        "with it (unless the cover says history was left out)."
    ),
    N_(
        "Files such as screenshots and photos are numbered exhibits E1, E2, ... The original "
        "files are embedded in this PDF byte for byte; the pictures printed here are reduced "
        "copies."
    ),
    N_(
        "<b>How to check it.</b> Extract the embedded files with <b>pdfdetach -saveall</b> "
        "(Poppler) and run <b>sha256sum -c SHA256SUMS</b>: each original must match the "
        "SHA-256 printed with its exhibit. <b>journal-app verify</b> checks everything at "
        "once: the signature of manifest.json, every embedded file, every entry version's "
        "hash and the history chain."
    ),
    N_(
        "<b>What the signature proves.</b> That the manifest was produced by the journal "
        "holding this signing key and has not been changed since. It does not prove who wrote "
        "the entries, that what they say is true, or that the computer's clock was right. The "
        "history chain shows whether recorded versions were later rewritten; comparing the "
        "chain head with one given out earlier shows whether the journal was replaced by an "
        "older copy."
    ),
]


def _cleaning_note(plan: Plan, facts: CoverFacts, _: Translate) -> list[Flowable]:
    """In a redacted copy: what was removed from each embedded file, exactly."""
    if not facts.cleaned:
        return []
    story: list[Flowable] = [
        fixed(
            _(
                "The attached files in this copy are copies with their hidden details "
                "(metadata) removed, such as where a photo was taken and who made a file. "
                "The originals in the journal are unchanged. Removed:"
            ),
            NOTE,
        )
    ]
    for exhibit in plan.exhibits:
        copy = facts.cleaned.get(exhibit.number)
        if copy is None:
            continue
        removed = ", ".join(_(r) for r in copy.removed) or _("nothing was found to remove")
        story.append(fixed(f"<b>{exhibit.number}</b>: {removed}", NOTE))
    story.append(
        fixed(
            _(
                "<b>Pictures and documents may still show places and names</b> in what they "
                "depict: a street sign, a face, a house number or a letterhead is not removed. "
                "Look at every exhibit before sharing this copy."
            ),
            NOTE,
        )
    )
    return story


def _selection_note(options: ExportOptions, _: Translate) -> str:
    parts = []
    if options.date_from or options.date_to:
        parts.append(
            _(
                "dates {start} to {end} selected",
                start=options.date_from or _("start"),
                end=options.date_to or _("latest"),
            )
        )
    if options.categories:
        parts.append(
            _("categories: {names}", names=", ".join(_(c.label) for c in options.categories))
        )
    if options.tags:
        parts.append(_("tags: {names}", names=", ".join(printable(t) for t in options.tags)))
    if options.entry_ids:
        parts.append(_("hand-picked entries"))
    return f"<br/>({'; '.join(parts)})" if parts else ""


def _history_note(options: ExportOptions, _: Translate) -> str:
    return "" if options.include_history else " " + _("(latest version of each entry only)")


def _exhibit_note(plan: Plan, facts: CoverFacts, _: Translate) -> str:
    notes = []
    if plan.left_out_attachments:
        notes.append(_("{count} file(s) left out by redaction", count=plan.left_out_attachments))
    if facts.not_embedded:
        notes.append(_("{count} too large to embed, listed only", count=len(facts.not_embedded)))
    return f" ({'; '.join(notes)})" if notes else ""


# ---------------------------------------------------------------------------- chronology
_CHRONO_WIDTHS = [w * mm for w in (11, 30, 25, 28, 0, 20, 20)]  # the title column takes the rest
_CHRONO_WIDTHS[4] = BODY_W - sum(_CHRONO_WIDTHS)


def _chronology(plan: Plan, _: Translate) -> list[Flowable]:
    story: list[Flowable] = [fixed(_("Chronology"), H2)]
    story.append(
        fixed(
            _(
                "One row per entry, oldest first. <b>approx.</b>: approximate date; "
                "<b>late</b>: recorded more than 7 days after it happened; <b>amended</b>: "
                "changed after it was first recorded (earlier versions are in the entry's "
                "section)."
            ),
            NOTE,
        )
    )
    header = [
        fixed(_(h), CELL_BOLD)
        for h in (
            N_("No."),
            N_("Happened"),
            N_("Recorded"),
            N_("Category"),
            N_("Title"),
            N_("Exhibits"),
            N_("Marks"),
        )
    ]
    rows: list[list[Flowable]] = []
    for item in plan.entries:
        fields = item.entry.latest_fields
        if item.entry.deleted or fields is None:
            rows.append(_deleted_row(item, _))
            continue
        marks = [
            m for m, on in ((_("late"), item.entry.late), (_("amended"), _amended(item))) if on
        ]
        approx = f"<br/><b>{_('approx.')}</b>" if fields.occurred.approximate else ""
        rows.append(
            [
                fixed(str(item.number), CELL),
                fixed(_occurred(fields) + approx, CELL),
                fixed(when_recorded(item.entry.created_at).replace(" UTC", "<br/>UTC"), CELL),
                fixed(_(fields.category.label), CELL),
                para(fields.title, CELL, _CHRONO_WIDTHS[4] - 8),
                fixed(", ".join(e.number for e in item.exhibits) or "-", CELL),
                fixed("<br/>".join(f"<b>{m}</b>" for m in marks) or "-", CELL),
            ]
        )
    for start in range(0, max(len(rows), 1), CHRONO_CHUNK):
        chunk = rows[start : start + CHRONO_CHUNK]
        table = Table([header, *chunk], colWidths=_CHRONO_WIDTHS, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        story.append(table)
    return story


def _deleted_row(item: PlannedEntry, _: Translate) -> list[Flowable]:
    """A deleted entry: its number, when it was recorded, and that it was deleted."""
    return [
        fixed(str(item.number), CELL),
        fixed("-", CELL),
        fixed(when_recorded(item.entry.created_at).replace(" UTC", "<br/>UTC"), CELL),
        fixed("-", CELL),
        fixed(f"<i>{_('(deleted)')}</i>", CELL),
        fixed("-", CELL),
        fixed(f"<b>{_('deleted')}</b>", CELL),
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


def _amended(item: PlannedEntry) -> bool:
    return item.entry.amended


# ---------------------------------------------------------------------------- entries
_LABEL_W = 38 * mm
_VALUE_W = BODY_W - _LABEL_W


def _entry_section(item: PlannedEntry, options: ExportOptions, _: Translate) -> list[Flowable]:
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
    rows = _field_rows(fields, options, entry.created_at, _)
    if item.exhibits:
        rows.append(
            (
                _("Exhibits"),
                ", ".join(f"{e.number} ({e.info.original_name})" for e in item.exhibits),
            )
        )
    story.append(_field_table(rows))
    if fields.body.strip():
        story.append(fixed(_("What happened") if entry.kind is Kind.INCIDENT else _("Message"), H3))
        for block in fields.body.split("\n\n"):
            story.append(para(block, BODY))
            story.append(Spacer(1, 1.5 * mm))
    story += _history(item, options, _)
    return story


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
        (_("Happened"), _occurred(fields) + approximately),
        (_("Recorded"), when_recorded(created_at) + " " + _("(set by the app)")),
        (_("Category"), _(fields.category.label)),
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


def _field_table(rows: Sequence[tuple[str, str | Flowable]]) -> Table:
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
                    ", ".join(_(n) for n in _changes(previous, version)) or _("first version"),
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
    "category": N_("category"),
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
}


def _changes(previous: Version | None, current: Version) -> list[str]:
    if previous is None or previous.fields is None or current.fields is None:
        return []
    before, after = previous.fields.to_json(), current.fields.to_json()
    names = [_FIELD_NAMES.get(k, k) for k in after if before.get(k) != after.get(k)]
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
        _field_table(rows),
        Spacer(1, 2 * mm),
    ]


# ---------------------------------------------------------------------------- exhibits
def _exhibit_section(
    exhibit: Exhibit, preview: Preview | None, facts: CoverFacts, language: str, _: Translate
) -> list[Flowable]:
    info = exhibit.info
    rows: list[tuple[str, str | Flowable]] = [
        (_("Original name"), info.original_name),
        (_("Type"), info.mime_type),
        (_("Size"), _exact_size(info.size, language, _)),
        (_("Captured"), info.captured_at or _("not recorded in the file")),
        (_("Imported"), when_recorded(info.imported_at)),
        (
            _("From"),
            _(
                "Entry {entry}, version {version}",
                entry=exhibit.entry_number,
                version=exhibit.version_no,
            ),
        ),
    ]
    copy = facts.cleaned.get(exhibit.number)
    if copy is None:
        rows.append(("SHA-256", hash_para(info.sha256)))
    else:
        rows += [
            (_("SHA-256 of the original"), hash_para(info.sha256)),
            (_("SHA-256 of the embedded copy"), hash_para(copy.sha256)),
            (
                _("Metadata removed"),
                ", ".join(_(r) for r in copy.removed) or _("nothing was found to remove"),
            ),
        ]
    reason = facts.not_embedded.get(exhibit.number)
    template = facts.not_embedded_reasons.get(exhibit.number)
    if template is not None:
        reason = template.translated(_)
    rows.append(
        (
            _("Embedded as"),
            _embedded_as(exhibit, reason, copy, language, _),
        )
    )
    block: list[Flowable] = [
        fixed(_("Exhibit {number}", number=exhibit.number), H2),
        _field_table(rows),
        Spacer(1, 3 * mm),
    ]
    if preview is not None:
        scale = min(BODY_W / preview.width, 150 * mm / preview.height, MAX_POINTS_PER_PIXEL)
        image = Image(
            io.BytesIO(preview.jpeg), width=preview.width * scale, height=preview.height * scale
        )
        # A thin frame, so a white screenshot still has an edge on white paper.
        framed = Table([[image]], colWidths=[image.drawWidth], rowHeights=[image.drawHeight])
        framed.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, GREY),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        framed.hAlign = "CENTER"
        block.append(framed)
        block.append(
            fixed(
                _("Reduced copy for printing.")
                if copy is not None
                else _("Reduced copy for printing. The original is embedded unchanged."),
                SMALL,
            )
        )
    elif info.mime_type.startswith("image/"):
        block.append(fixed(_("No preview: this picture could not be shown safely."), SMALL))
    else:
        block.append(fixed(_("This file is not a picture; it is embedded, not printed."), SMALL))
    return [CondPageBreak(90 * mm), KeepTogether(block), Spacer(1, 6 * mm)]


def _embedded_as(
    exhibit: Exhibit, reason: str | None, copy: CopyFacts | None, language: str, _: Translate
) -> str:
    if reason is not None:
        return _("NOT EMBEDDED: {reason}", reason=reason)
    if copy is None:
        return exhibit.file_name
    return (
        exhibit.file_name
        + " "
        + _("(a copy with its metadata removed, {size})", size=_exact_size(copy.size, language, _))
    )


def _exact_size(size: int, language: str = ENGLISH, _: Translate | None = None) -> str:
    _ = _ or translator(ENGLISH)
    exact = _("{count} bytes", count=number(size, language))
    if size < 1024:
        return exact
    value = float(size)
    unit = "bytes"
    for name in ("KB", "MB", "GB"):
        if value < 1024:
            break
        value /= 1024
        unit = name
    return f"{decimal(value, language)} {unit} ({exact})"
