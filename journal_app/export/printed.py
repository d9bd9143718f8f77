"""PDF exhibits printed into the bundle: a GP letter or a police report attached as a PDF must
be readable on paper, not only as an embedded file.

The layout reserves one page per printed page after the exhibit's sheet (`printed_pages`), with
the stamp "Exhibit A3 · page 1 of 2" at the top and a framed area below; so the index, the
bookmarks and "page X of Y" count them like any other page. After the layout, `print_into`
draws each exhibit page into its area, scaled to fit, as a form XObject whose bounding box
clips it: nothing the exhibit draws can cover the stamp or the footer. Only the page content is
copied: its links, form fields, scripts and attached files are not.

Every exhibit PDF is treated as hostile: it is opened with pypdf (whose decoders bound what a
stream may expand to) within a size limit, each page printed is read before the layout relies
on it, at most PRINT_PAGE_LIMIT pages are printed, and anything that fails (a password, a
damaged file, no pages) gives a placeholder page saying why, never a failed export. In a
redacted bundle the cleaned copy is what is printed; the embedded file is unchanged by this.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
)
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from journal_app.export.index import Anchor
from journal_app.export.selection import Exhibit
from journal_app.export.styles import BODY_W, CELL_BOLD, GREY, H3, NOTE, fixed
from journal_app.i18n import N_, Message, Translate

PRINT_PAGE_LIMIT = 50
PRINT_FILE_LIMIT = 64 * 1024 * 1024
PDF_TYPE = "application/pdf"
_STAMP_H = 9 * mm
_GAP = 2 * mm


@dataclass(frozen=True)
class Printable:
    """What can be printed of a PDF exhibit: `printed` of its `total` pages, or `problem`."""

    total: int = 0
    printed: int = 0
    problem: Message | None = None


def inspect_pdf(data: bytes) -> Printable:
    """How many pages of `data` can be printed, or why none can."""
    if len(data) > PRINT_FILE_LIMIT:
        return Printable(problem=_too_large())
    try:
        reader = _open(data)
        if reader is None:
            return Printable(problem=Message(N_("the file is protected by a password")))
        total = len(reader.pages)
        if total == 0:
            return Printable(problem=Message(N_("the file has no pages")))
        printed = min(total, PRINT_PAGE_LIMIT)
        for number in range(printed):
            _content(reader.pages[number])
        return Printable(total, printed)
    # A hostile or damaged file can fail anywhere inside pypdf, with many exception types.
    except Exception:
        return Printable(problem=Message(N_("the file is damaged or cannot be read")))


def _open(data: bytes) -> PdfReader | None:
    """The reader, or None when a password is needed (an empty user password is tried, as
    every PDF reader does, so a file limited only by an owner password still prints)."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        return None
    return reader


Box = tuple[float, float, float, float]


def _content(page: PageObject) -> tuple[bytes, Box, int]:
    """A page's drawing instructions, its visible box and its rotation (0, 90, 180, 270)."""
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    box = page.cropbox
    left, right = sorted((float(box.left), float(box.right)))
    bottom, top = sorted((float(box.bottom), float(box.top)))
    if right - left < 1 or top - bottom < 1:
        raise ValueError("empty page box")
    return data, (left, bottom, right, top), int(page.rotation) % 360


def _upright(box: Box, rotation: int) -> tuple[float, float, float, float, float, float]:
    """The matrix that turns the page's box as a viewer shows it (/Rotate is clockwise) and
    moves its lower left corner to (0, 0)."""
    left, bottom, right, top = box
    if rotation == 90:
        return (0, -1, 1, 0, -bottom, right)
    if rotation == 180:
        return (-1, 0, 0, -1, right, top)
    if rotation == 270:
        return (0, 1, -1, 0, top, -left)
    return (1, 0, 0, 1, -left, -bottom)


def slot_key(mark: str, number: int) -> str:
    return f"print-{mark}-{number}"


class PageSlot(Anchor):
    """A reserved page: the stamp at the top, a frame below for the exhibit's page."""

    def __init__(self, exhibit: Exhibit, number: int, total: int, stamp: str) -> None:
        super().__init__(slot_key(exhibit.number, number))
        self.exhibit = exhibit
        self.number = number
        self.stamp = stamp
        self.area: tuple[float, float, float, float] | None = None
        self._size = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Nearly the whole frame (a hair less, so rounding never pushes it to the next page).
        self._size = (availWidth, availHeight - 1)
        return self._size

    def draw(self) -> None:
        super().draw()
        width, height = self._size
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(CELL_BOLD.fontName, 10)
        canvas.drawString(0, height - 12, self.stamp)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        frame_top = height - _STAMP_H
        canvas.rect(0, 0, width, frame_top)
        canvas.restoreState()
        left, bottom = canvas.absolutePosition(0, 0)
        self.area = (left + _GAP, bottom + _GAP, width - 2 * _GAP, frame_top - 2 * _GAP)


def sheet_note(printable: Printable, _: Translate) -> str:
    """The sentence on the exhibit's sheet saying what follows it."""
    if printable.problem is not None:
        return _(
            "This PDF cannot be printed here: {reason}. It is embedded in this bundle.",
            reason=printable.problem.translated(_),
        )
    if printable.printed < printable.total:
        return _(
            "This PDF has {total} pages; the first {printed} are printed after this sheet, "
            "each stamped with the exhibit number. The whole file is embedded.",
            total=printable.total,
            printed=printable.printed,
        )
    return _(
        "The {total} page(s) of this PDF are printed after this sheet, each stamped with the "
        "exhibit number.",
        total=printable.total,
    )


def printed_pages(exhibit: Exhibit, printable: Printable, _: Translate) -> list[Flowable]:
    """The reserved pages after an exhibit's sheet, or one placeholder page."""
    if printable.problem is not None:
        message = Table(
            [
                [
                    Paragraph(
                        _(
                            "Exhibit {number} is a PDF that cannot be printed: {reason}. The "
                            "file is embedded in this bundle, and its SHA-256 is on the "
                            "exhibit's sheet.",
                            number=exhibit.number,
                            reason=printable.problem.translated(_),
                        ),
                        NOTE,
                    )
                ]
            ],
            colWidths=[BODY_W],
        )
        message.setStyle(
            TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GREY), ("TOPPADDING", (0, 0), (-1, -1), 8)])
        )
        return [
            PageBreak(),
            fixed(_("Exhibit {number}: not printed", number=exhibit.number), H3),
            message,
        ]
    story: list[Flowable] = []
    for number in range(1, printable.printed + 1):
        stamp = _(
            "Exhibit {number} · page {page} of {total}",
            number=exhibit.number,
            page=number,
            total=printable.total,
        )
        story += [PageBreak(), PageSlot(exhibit, number, printable.total, stamp)]
    return story


def print_into(
    writer: PdfWriter,
    slots: list[PageSlot],
    pages: dict[str, int],
    source: Callable[[Exhibit], bytes],
) -> None:
    """Draw each exhibit page into its reserved area of the laid-out bundle in `writer`."""
    by_exhibit: dict[str, list[PageSlot]] = {}
    for slot in slots:
        by_exhibit.setdefault(slot.exhibit.number, []).append(slot)
    for group in by_exhibit.values():
        reader = _open(source(group[0].exhibit))
        if reader is None:  # inspected before the layout; cannot happen unless it changed
            continue
        for slot in group:
            if slot.area is None:
                continue
            target = writer.pages[pages[slot.key] - 1]
            page = reader.pages[slot.number - 1]
            _place(writer, target, page, slot, *_content(page))


def _place(
    writer: PdfWriter,
    target: PageObject,
    page: PageObject,
    slot: PageSlot,
    data: bytes,
    box: Box,
    rotation: int,
) -> None:
    assert slot.area is not None
    left, bottom, right, top = box
    wide, high = (
        (top - bottom, right - left) if rotation in (90, 270) else (right - left, top - bottom)
    )
    x, y, width, height = slot.area
    scale = min(width / wide, height / high)
    # Centred across the area, at its top, as a page would sit on a desk.
    dx = x + (width - wide * scale) / 2
    dy = y + height - high * scale
    a, b, c, d, e, f = _upright(box, rotation)
    matrix = (a * scale, b * scale, c * scale, d * scale, e * scale + dx, f * scale + dy)
    form = DecodedStreamObject()
    form.set_data(data)
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in box)
    resources = page.get("/Resources")
    if resources is not None and isinstance(resources.get_object(), DictionaryObject):
        form[NameObject("/Resources")] = resources.get_object().clone(writer)
    name = NameObject(f"/JournalExhibit{slot.exhibit.info.id}p{slot.number}")
    target_resources = cast(DictionaryObject, target[NameObject("/Resources")].get_object())
    if NameObject("/XObject") not in target_resources:
        target_resources[NameObject("/XObject")] = DictionaryObject()
    xobjects = cast(DictionaryObject, target_resources[NameObject("/XObject")].get_object())
    xobjects[name] = writer._add_object(form)
    numbers = " ".join(f"{value:.6f}" for value in matrix)
    drawn = f"\nq {numbers} cm {name} Do Q\n".encode("ascii")
    contents = target.get_contents()
    existing = contents.get_data() if contents is not None else b""
    stream = ContentStream(None, writer)
    stream.set_data(existing + drawn)
    target.replace_contents(stream)


def plan_printing(
    exhibits: list[Exhibit], source: Callable[[Exhibit], bytes], left_out: Container[str]
) -> dict[str, Printable]:
    """What can be printed of each PDF exhibit that is embedded (`left_out`: not embedded, so
    not printed either; in a redacted copy that includes a PDF that could not be cleaned)."""
    found: dict[str, Printable] = {}
    for exhibit in exhibits:
        if exhibit.info.mime_type != PDF_TYPE or exhibit.number in left_out:
            continue
        if exhibit.info.size > PRINT_FILE_LIMIT:
            found[exhibit.number] = Printable(problem=_too_large())
        else:
            found[exhibit.number] = inspect_pdf(source(exhibit))
    return found


def _too_large() -> Message:
    return Message(
        N_("the file is larger than {limit} MB"), {"limit": PRINT_FILE_LIMIT // (1024 * 1024)}
    )
