"""The bundle's pages, laid out in memory with ReportLab platypus.

This module assembles the sections, each in its own module: `cover`, `chronology`, the pattern
summary (`pattern`), one section per entry (`entries`), then the exhibits with print previews
(`exhibits`); `styles` holds what they share. Every page carries "page X of Y", the export id
and a footer that stays readable in black and white. Nothing here touches the disk.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
)

from journal_app.core.errors import Cancelled
from journal_app.export.chronology import chronology_section
from journal_app.export.cover import CoverFacts, cover_page
from journal_app.export.entries import entry_section
from journal_app.export.exhibits import exhibit_section, transcript_section, typed_transcripts
from journal_app.export.images import Preview
from journal_app.export.index import (
    CERTIFICATE,
    CHRONOLOGY,
    COVER,
    ENTRIES,
    EXHIBITS,
    PATTERN,
    Anchor,
    Outline,
    entry_key,
    exhibit_key,
    index_section,
)
from journal_app.export.media import MediaFacts, media_rows
from journal_app.export.printed import PageSlot, Printable, printed_pages, sheet_note
from journal_app.export.selection import Exhibit, ExportOptions, Plan
from journal_app.export.styles import (
    GREY,
    H2,
    MARGIN,
    NOTE,
    RULE,
    CancelCheck,
    PreviewSource,
    Progress,
    fixed,
)
from journal_app.export.text import (
    FONT,
    FONT_BOLD,
    register_fonts,
)
from journal_app.export.transcript import transcript_sections
from journal_app.export.witness import CertificateFacts, certificate_page
from journal_app.i18n import Translate, translator

PAGE_W, PAGE_H = A4


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
        self,
        buffer: io.BytesIO,
        progress: Callable[[int], None],
        cancelled: CancelCheck,
        **kw: Any,
    ) -> None:
        super().__init__(buffer, **kw)
        self._progress = progress
        self._cancelled = cancelled
        # Where each anchor (section, entry, exhibit) landed: read by the next pass's index.
        self.anchor_pages: dict[str, int] = {}

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Anchor):
            self.anchor_pages.setdefault(flowable.key, self.page)
        elif isinstance(flowable, _Marker):
            if self._cancelled():
                raise Cancelled()
            self._progress(flowable.step)


def _numbered_canvas(export_id: str, _: Translate, cleaned: bool = False) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds each page until the end so the footer can say "page X of Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._marks: list[tuple[str, Any]] = []
            self._replaying = False

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        # A bookmark names the PDF page it is made on, and pages are only created in save():
        # bookmarks and outline entries are kept with their page and made there.
        def bookmarkPage(self, key: str, **kw: Any) -> None:
            if self._replaying:
                super().bookmarkPage(key, **kw)
            else:
                self._marks.append(("bookmark", (key, kw)))

        def addOutlineEntry(self, title: str, key: str, level: int = 0, closed: Any = None) -> None:
            if self._replaying:
                super().addOutlineEntry(title, key, level, closed)
            else:
                self._marks.append(("outline", (title, key, level, closed)))

        def save(self) -> None:
            total = len(self._pages)
            self._replaying = True
            for state in self._pages:
                self.__dict__.update(state)
                self._replaying = True
                for kind, args in state["_marks"]:
                    if kind == "bookmark":
                        key, kw = args
                        self.bookmarkPage(key, **kw)
                    else:
                        self.addOutlineEntry(*args)
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
                # A redacted copy embeds cleaned copies, not the originals: say which.
                _(
                    "Cleaned copies of the files (hidden details removed) and a signed "
                    "manifest are embedded in this PDF. Check it with: journal-app verify <file>"
                )
                if cleaned
                else _(
                    "Original files and a signed manifest are embedded in this PDF. "
                    "Check it with: journal-app verify <file>"
                ),
            )
            self.restoreState()

    return NumberedCanvas


@dataclass
class LaidOut:
    """The pages, where each anchor landed, and the reserved pages for printed PDF exhibits."""

    pdf: bytes
    pages: dict[str, int]
    slots: list[PageSlot]


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
    return lay_out(plan, options, facts, previews, progress=progress, cancelled=cancelled).pdf


def lay_out(
    plan: Plan,
    options: ExportOptions,
    facts: CoverFacts,
    previews: PreviewSource,
    *,
    progress: Progress,
    cancelled: CancelCheck,
    printables: Mapping[str, Printable] | None = None,
    certificate: CertificateFacts | None = None,
    media: Mapping[str, MediaFacts] | None = None,
) -> LaidOut:
    """The laid-out pages (no attachments, no encryption yet); PDF exhibits in `printables`
    get reserved pages for `printed.print_into`.

    Laid out twice: the first pass learns on which page each entry and exhibit starts, the
    second prints those numbers in the index (a third only if they moved, which the index's
    fixed row heights prevent)."""
    register_fonts()
    _ = translator(options.language)
    units = len(plan.entries) + len(plan.exhibits)
    cached: dict[str, Preview | None] = {}

    def preview(exhibit: Exhibit) -> Preview | None:
        if exhibit.number not in cached:
            cached[exhibit.number] = previews(exhibit)
        return cached[exhibit.number]

    pages: dict[str, int] = {}
    result = LaidOut(b"", {}, [])
    for pass_no in range(_MAX_PASSES):

        def report(step: int, pass_no: int = pass_no) -> None:
            progress(min(units, (pass_no * units + step) // 2), units)

        story = _story(
            plan, options, facts, preview, pages, _, cancelled, printables or {}, media or {}
        )
        if certificate is not None:
            story += [PageBreak(), Anchor(CERTIFICATE, Outline(_("Certificate"), 0))]
            story += certificate_page(plan, facts, certificate, _)
        # Taken before the build, which consumes the story list.
        slots = [flowable for flowable in story if isinstance(flowable, PageSlot)]
        buffer = io.BytesIO()
        doc = _Doc(
            buffer,
            report,
            cancelled,
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
        doc.build(
            story,
            canvasmaker=_numbered_canvas(facts.export_id, _, cleaned=options.redactions.any),
        )
        result = LaidOut(buffer.getvalue(), doc.anchor_pages, slots)
        if doc.anchor_pages == pages:
            break
        pages = doc.anchor_pages
    return result


_MAX_PASSES = 3


def _story(
    plan: Plan,
    options: ExportOptions,
    facts: CoverFacts,
    previews: PreviewSource,
    pages: dict[str, int],
    _: Translate,
    cancelled: CancelCheck,
    printables: Mapping[str, Printable],
    media: Mapping[str, MediaFacts],
) -> list[Flowable]:
    story: list[Flowable] = [Anchor(COVER, Outline(_("Cover"), 0))]
    story += cover_page(plan, options, facts, _)
    story.append(PageBreak())
    story += index_section(plan, pages, _)
    story.append(PageBreak())
    story.append(Anchor(CHRONOLOGY, Outline(_("Chronology"), 0)))
    story += chronology_section(plan, _)
    if options.include_transcripts:
        story += transcript_sections(plan, _)
    if options.include_pattern:
        from journal_app.export.pattern import pattern_section

        story += [PageBreak(), Anchor(PATTERN, Outline(_("Pattern summary"), 0))]
        story += pattern_section(plan, options, _)
    step = 0
    for index, item in enumerate(plan.entries):
        if index == 0:
            story += [PageBreak(), Anchor(ENTRIES, Outline(_("Entries"), 0))]
        else:
            story += [CondPageBreak(60 * mm), Spacer(1, 6 * mm)]
        fields = item.entry.latest_fields
        title = (
            _("Entry {number}: deleted", number=item.number)
            if item.entry.deleted or fields is None
            else _("Entry {number}: {title}", number=item.number, title=fields.title)
        )
        story += _anchored(
            Anchor(entry_key(item.number), Outline(title, 1)), entry_section(item, options, _)
        )
        step += 1
        story.append(_Marker(step))
    if plan.exhibits:
        typed = typed_transcripts(plan)
        story.append(PageBreak())
        story.append(Anchor(EXHIBITS, Outline(_("Exhibits"), 0)))
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
            anchor = Anchor(
                exhibit_key(exhibit.number),
                Outline(_("Exhibit {number}", number=exhibit.number), 1),
            )
            printable = printables.get(exhibit.number)
            note = None if printable is None else sheet_note(printable, _)
            recording = media.get(exhibit.number)
            section = exhibit_section(
                exhibit,
                previews(exhibit),
                facts,
                options.language,
                _,
                note=note,
                extra_rows=media_rows(recording, _) if recording is not None else (),
            )
            story += _anchored(anchor, section)
            if exhibit.number in typed:
                story += transcript_section(typed[exhibit.number], _)
            if printable is not None:
                story += printed_pages(exhibit, printable, _)
            step += 1
            story.append(_Marker(step))
    return story


def _anchored(anchor: Anchor, section: list[Flowable]) -> list[Flowable]:
    """`section` with `anchor` kept together with its first block (its heading), so a
    heading moved to the next page takes its anchor, and page number, with it."""
    for position, flowable in enumerate(section):
        if not isinstance(flowable, CondPageBreak | Spacer | PageBreak):
            # A KeepTogether inside another always breaks the page (it measures as "too
            # tall" to force a split), so the anchor joins the block's own list instead.
            content = flowable._content if isinstance(flowable, KeepTogether) else [flowable]
            return [
                *section[:position],
                KeepTogether([anchor, *content]),
                *section[position + 1 :],
            ]
    return [anchor, *section]
