"""The index after the cover, the PDF bookmarks (outline) and the links between pages.

A reader of a court bundle cites pages ("entry 12, page 14"), so the index lists every entry
and exhibit with the page it starts on, and the bookmarks let a reader on screen jump there.
Page numbers are learnt by laying the bundle out twice (`layout.build_pdf`): the first pass
records on which page each `Anchor` landed, the second prints those numbers. The index's rows
do not change height with their numbers, so the second pass puts everything on the same pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from journal_app.export.selection import Exhibit, Plan
from journal_app.export.styles import (
    BODY_W,
    CELL,
    CELL_BOLD,
    H2,
    H3,
    NOTE,
    RULE,
    SHADE,
    fixed,
    occurred_text,
    para,
)
from journal_app.export.text import printable
from journal_app.i18n import N_, Translate

COVER = "cover"
INDEX = "index"
CHRONOLOGY = "chronology"
PATTERN = "pattern"
ENTRIES = "entries"
EXHIBITS = "exhibits"
CERTIFICATE = "certificate"


def entry_key(number: int) -> str:
    return f"entry-{number}"


def exhibit_key(mark: str) -> str:
    return f"exhibit-{mark}"


def link(text: str, key: str) -> str:
    """Paragraph markup: `text` (already markup) as an underlined link to the anchor `key`."""
    return f'<a href="#{key}" underline="1">{text}</a>'


@dataclass(frozen=True)
class Outline:
    title: str
    level: int


class Anchor(Flowable):  # type: ignore[misc]
    """A zero-size mark: a link target, optionally a bookmark, and the page it lands on.

    The layout's document reads `key` after it is placed to learn its page number."""

    def __init__(self, key: str, outline: Outline | None = None) -> None:
        super().__init__()
        self.key = key
        self.outline = outline

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        _x, top = self.canv.absolutePosition(0, 0)
        self.canv.bookmarkPage(self.key, fit="XYZ", top=top + 20)
        if self.outline is not None:
            self.canv.addOutlineEntry(printable(self.outline.title), self.key, self.outline.level)


def index_section(plan: Plan, pages: Mapping[str, int], _: Translate) -> list[Flowable]:
    """The index: entries then exhibits, each with its page (a link). `pages` is empty on the
    first pass; the numbers then print as a dash of the same width."""
    story: list[Flowable] = [
        Anchor(INDEX, Outline(_("Index"), 0)),
        fixed(_("Index"), H2),
        fixed(
            _(
                "Every entry and exhibit in this bundle and the page it starts on. On screen, "
                "entry numbers, exhibit numbers and page numbers are links, here and in the "
                "chronology."
            ),
            NOTE,
        ),
    ]
    if plan.entries:
        story += [CondPageBreak(40 * mm), fixed(_("Entries"), _LIST_HEADING)]
        rows = [_header((N_("No."), N_("Happened"), N_("Title"), N_("Page")), _)]
        for item in plan.entries:
            key = entry_key(item.number)
            fields = item.entry.latest_fields
            if item.entry.deleted or fields is None:
                happened, title = "-", f"<i>{_('(deleted)')}</i>"
                title_cell: Flowable = fixed(link(title, key), CELL)
            else:
                happened = occurred_text(fields, _)
                title_cell = para(fields.title or "-", CELL, _TITLE_W - 8)
            rows.append(
                [
                    fixed(link(str(item.number), key), CELL),
                    fixed(happened, CELL),
                    title_cell,
                    fixed(link(_page(pages, key), key), CELL),
                ]
            )
        story.append(_table(rows, [14 * mm, 54 * mm, _TITLE_W, _PAGE_W]))
    if plan.exhibits:
        story += [CondPageBreak(40 * mm), fixed(_("Exhibits"), _LIST_HEADING)]
        rows = [_header((N_("Exhibit"), N_("Type"), N_("From"), N_("Page")), _)]
        for exhibit in plan.exhibits:
            key = exhibit_key(exhibit.number)
            rows.append(
                [
                    fixed(link(exhibit.number, key), CELL),
                    fixed(exhibit_kind(exhibit, _), CELL),
                    fixed(
                        link(
                            _("Entry {entry}", entry=exhibit.entry_number),
                            entry_key(exhibit.entry_number),
                        ),
                        CELL,
                    ),
                    fixed(link(_page(pages, key), key), CELL),
                ]
            )
        story.append(_table(rows, [20 * mm, 60 * mm, BODY_W - 80 * mm - _PAGE_W, _PAGE_W]))
    return story


# Not kept with the next flowable (the whole table would move to the next page); the
# CondPageBreak before it keeps it from the foot of a page instead.
_LIST_HEADING = ParagraphStyle("index-list", parent=H3, keepWithNext=0)
_PAGE_W = 16 * mm
_TITLE_W = BODY_W - 14 * mm - 54 * mm - _PAGE_W


def exhibit_kind(exhibit: Exhibit, _: Translate) -> str:
    """What an exhibit is, without its file name (a name can give away a person or a place
    in a redacted copy)."""
    mime = exhibit.info.mime_type
    for prefix, label in _KINDS:
        if mime == prefix or mime.startswith(prefix + "/"):
            return f"{_(label)} ({mime})"
    return mime


_KINDS = (
    ("application/pdf", N_("PDF document")),
    ("image", N_("Picture")),
    ("audio", N_("Sound recording")),
    ("video", N_("Video recording")),
    ("text", N_("Text")),
)


def _page(pages: Mapping[str, int], key: str) -> str:
    page = pages.get(key)
    return str(page) if page is not None else "-"


def _header(labels: tuple[str, ...], _: Translate) -> list[Flowable]:
    return [fixed(_(label), CELL_BOLD) for label in labels]


def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
