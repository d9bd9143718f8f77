"""Text for the PDF: the shipped Unicode font, visible placeholders, right-to-left order.

ReportLab draws glyphs left to right exactly as given, so this module prepares every string:
- characters the font cannot draw, invisible control/format characters (NUL, U+202E...) and
  anything outside the Basic Multilingual Plane (emoji: ReportLab's text-extraction map covers
  only 16-bit code points, so copy and search would give the wrong character) become a visible
  placeholder such as `[U+1F600]`: nothing is dropped silently;
- Arabic is joined into its contextual forms (arabic-reshaper) and right-to-left runs are put
  in display order (python-bidi, the Unicode Bidirectional Algorithm), one line at a time after
  wrapping, so a long Arabic or Hebrew paragraph reads top to bottom in the right order.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "JournalSans"
FONT_BOLD = "JournalSans-Bold"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_RTL_CLASSES = {"R", "AL"}
_KEEP = {"\n", " "}


def font_dir() -> Path:
    """`resources/fonts` at the repository root (editable install), or inside a PyInstaller
    bundle, which unpacks data files under `sys._MEIPASS` (build.spec adds `resources/fonts`)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register the shipped fonts (once) and return the code points both weights can draw."""
    coverage: set[int] | None = None
    for name, filename in _FILES.items():
        path = font_dir() / filename
        if not path.is_file():
            raise FileNotFoundError(f"The PDF font is missing: {path}")
        font = TTFont(name, str(path), shapable=False)
        pdfmetrics.registerFont(font)
        drawable = set(font.face.charToGlyph)
        coverage = drawable if coverage is None else coverage & drawable
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    return frozenset(coverage or ())


def placeholder(char: str) -> str:
    """`[U+1F621 POUTING FACE]`: the code point and, where it has one, the character's Unicode
    name (English in every language, as the standard gives it); `[U+0000]` otherwise."""
    name = unicodedata.name(char, "")
    return f"[U+{ord(char):04X} {name}]" if name else f"[U+{ord(char):04X}]"


def printable(text: str) -> str:
    """Replace what cannot be drawn with `[U+XXXX]`; tabs become spaces; line breaks stay."""
    coverage = register_fonts()
    out: list[str] = []
    for char in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "):
        if char in _KEEP:
            out.append(char)
        elif (
            unicodedata.category(char) in _INVISIBLE
            or ord(char) not in coverage
            or ord(char) > 0xFFFF
        ):
            out.append(placeholder(char))
        else:
            out.append(char)
    return "".join(out)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def base_is_rtl(text: str) -> bool:
    """The paragraph direction by the first strong character (UAX #9, rules P2-P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": False, "support_ligatures": True}
)


def _shape(text: str) -> str:
    """Arabic contextual forms; the result is checked against the font, falling back per line."""
    shaped: str = _RESHAPER.reshape(text)
    coverage = register_fonts()
    if all(ord(c) in coverage for c in shaped if c not in _KEEP):
        return shaped
    return text


def wrap_words(words: Iterable[str], width: float, font: str, size: float) -> list[str]:
    """Greedy line filling by measured width; a word wider than the line is split."""
    lines: list[str] = []
    current = ""
    space = pdfmetrics.stringWidth(" ", font, size)
    used = 0.0
    for word in words:
        word_width = pdfmetrics.stringWidth(word, font, size)
        while word_width > width and word:
            if current:
                lines.append(current)
                current, used = "", 0.0
            cut = _fit(word, width, font, size)
            lines.append(word[:cut])
            word = word[cut:]
            word_width = pdfmetrics.stringWidth(word, font, size)
        if current and used + space + word_width > width:
            lines.append(current)
            current, used = "", 0.0
        if current:
            current += " " + word
            used += space + word_width
        else:
            current, used = word, word_width
    if current or not lines:
        lines.append(current)
    return lines


def _fit(word: str, width: float, font: str, size: float) -> int:
    for cut in range(len(word), 0, -1):
        if pdfmetrics.stringWidth(word[:cut], font, size) <= width:
            return cut
    return 1


def visual_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """Right-to-left text in display order, wrapped to `width` points first (logical order)."""
    rtl = base_is_rtl(text)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        shaped = _shape(paragraph)
        for line in wrap_words(shaped.split(" "), width, font, size):
            lines.append(display_order(line, rtl=rtl))
    return lines


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def display_order(line: str, *, rtl: bool) -> str:
    """One line in the order it is drawn, with mirrored brackets (UAX #9 rules L1, L2, L4).

    python-bidi resolves the levels (bracket pairs included, rule N0) but its display string
    skips rule L4, so "(" and ")" inside right-to-left text come out facing away from what
    they enclose. Its debug output is its only way to give the levels, so they are read from
    there, and the line is reordered and mirrored here; if that output ever changes shape,
    python-bidi's own order is used as before."""
    base = "R" if rtl else "L"
    levels = _levels(line, get_display(line, base_dir=base, debug=True))
    if levels is None:
        return str(get_display(line, base_dir=base))
    # L1: trailing white space takes the paragraph's level.
    end = len(line)
    while end > 0 and line[end - 1] == " ":
        end -= 1
        levels[end] = 1 if rtl else 0
    order = list(range(len(line)))
    odd = [level for level in levels if level % 2]
    if odd:
        # L2: from the highest level down to the lowest odd one, reverse every run at or above it.
        for level in range(max(levels), min(odd) - 1, -1):
            position = 0
            while position < len(order):
                if levels[order[position]] < level:
                    position += 1
                    continue
                stop = position
                while stop < len(order) and levels[order[stop]] >= level:
                    stop += 1
                order[position:stop] = reversed(order[position:stop])
                position = stop
    # L4: a mirrored character at a right-to-left level is drawn as its mirror image.
    return "".join(MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order)


def _levels(line: str, debug: str) -> list[int] | None:
    """Each character's resolved level from python-bidi's debug text (one level per byte)."""
    start = debug.find("levels:")
    if start < 0:
        return None
    section = debug[start : debug.find("]", start)]
    per_byte = [int(level) for level in _LEVEL.findall(section)]
    if len(per_byte) != len(line.encode("utf-8")):
        return None
    levels: list[int] = []
    offset = 0
    for char in line:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


def markup(text: str, *, width: float | None = None, font: str = FONT, size: float = 10) -> str:
    """ReportLab paragraph markup for arbitrary user text (escaped, placeholders, bidi).

    Right-to-left text is wrapped here (it needs `width`); other text is wrapped by ReportLab.
    """
    safe = printable(text)
    if width is not None and has_rtl(safe):
        return "<br/>".join(escape(line) for line in visual_lines(safe, width, font, size))
    return escape(safe).replace("\n", "<br/>")
