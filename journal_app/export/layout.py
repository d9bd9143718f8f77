"""The bundle's pages, laid out in memory with ReportLab platypus.

This module assembles the sections, each in its own module: `cover`, `chronology`, the pattern
summary (`pattern`), one section per entry (`entries`), then the exhibits with print previews
(`exhibits`); `styles` holds what they share. Every page carries "page X of Y", the export id
and a footer that stays readable in black and white. Nothing here touches the disk.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
)

from journal_app.core.errors import Cancelled
from journal_app.export.chronology import chronology_section
from journal_app.export.cover import CoverFacts, cover_page
from journal_app.export.entries import entry_section
from journal_app.export.exhibits import exhibit_section
from journal_app.export.selection import ExportOptions, Plan
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
    story += cover_page(plan, options, facts, _)
    story.append(PageBreak())
    story += chronology_section(plan, _)
    if options.include_transcripts:
        story += transcript_sections(plan, _)
    if options.include_pattern:
        from journal_app.export.pattern import pattern_section

        story += [PageBreak(), *pattern_section(plan, options, _)]
    step = 0
    for index, item in enumerate(plan.entries):
        if index == 0:
            story.append(PageBreak())
        else:
            story += [CondPageBreak(60 * mm), Spacer(1, 6 * mm)]
        story += entry_section(item, options, _)
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
            story += exhibit_section(exhibit, previews(exhibit), facts, options.language, _)
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
