"""Page geometry, paragraph styles and the small text helpers every section of the bundle uses."""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    Table,
    TableStyle,
)

from journal_app.core.models import EntryFields
from journal_app.export.images import Preview
from journal_app.export.selection import Exhibit
from journal_app.export.text import (
    FONT,
    FONT_BOLD,
    base_is_rtl,
    markup,
    printable,
)
from journal_app.i18n import ENGLISH, Translate

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


def ruled_tables(
    header: list[Any], rows: list[Any], widths: list[float], padding: float = 2.5
) -> list[Table]:
    """Rows in tables of CHRONO_CHUNK rows (splitting one long table is slow), each with the
    shaded header row repeated, a rule under every row and a box round it. At least one
    table, so an empty list still shows its header."""
    tables: list[Table] = []
    for start in range(0, max(len(rows), 1), CHRONO_CHUNK):
        table = Table([header, *rows[start : start + CHRONO_CHUNK]], colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                    ("TOPPADDING", (0, 0), (-1, -1), padding),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ]
            )
        )
        tables.append(table)
    return tables


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


# One way of writing a moment, for when it happened, was recorded and was captured, the same
# in every language: ISO 8601 date, 24-hour time to the minute, and the UTC offset it was
# written in ("2026-03-01 21:30 UTC+01:00"), or "(zone unknown)" where the source does not say.


def moment_text(day: str, clock: str | None, offset: str | None, _: Translate) -> str:
    if clock is None:
        return day
    return f"{day} {clock} " + (f"UTC{offset}" if offset else _("(zone unknown)"))


def _offset(moment: datetime) -> str | None:
    delta = moment.utcoffset()
    if delta is None:
        return None
    minutes = int(delta.total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    return f"{'+' if minutes >= 0 else '-'}{hours:02d}:{rest:02d}"


def when_recorded(iso: str) -> str:
    """App-set timestamps: always stored in UTC, so always "UTC+00:00"."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment:%Y-%m-%d %H:%M} UTC{_offset(moment)}"


def when_captured(iso: str, _: Translate) -> str:
    """A capture time from a file's metadata, with its offset only if the file records one."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment_text(f"{moment:%Y-%m-%d}", f"{moment:%H:%M}", _offset(moment), _)


def occurred_text(fields: EntryFields, _: Translate) -> str:
    """When it happened, as remembered: a date, or a date and local time with its offset."""
    occurred = fields.occurred
    clock = occurred.at.strftime("%H:%M") if occurred.at is not None else None
    return moment_text(occurred.day.isoformat(), clock, occurred.utc_offset, _)


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
