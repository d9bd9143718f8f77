"""Layout helpers of the evidence bundle: placeholders, right-to-left order, wrapping, previews,
passwords. No vault, no Qt."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata

from PIL import Image
from reportlab.pdfbase import pdfmetrics

from journal_app.export.bundle import generate_password
from journal_app.export.images import PREVIEW_EDGE, make_preview
from journal_app.export.text import (
    FONT,
    base_is_rtl,
    font_dir,
    markup,
    printable,
    register_fonts,
    visual_lines,
    wrap_words,
)
from tests.support.helpers import ROOT


def test_the_fonts_ship_with_their_licence_and_cover_the_scripts_we_promise() -> None:
    assert {p.name for p in font_dir().iterdir()} >= {
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "LICENSE-DejaVu.txt",
    }
    coverage = register_fonts()
    for text in ("ąęłńśźżĄĘŁ", "ăâîșțȘȚ", "жЖёЁ", "αβγΩ", "ابتثجحخ", "אבגדה", "ñãõçé"):
        assert all(ord(c) in coverage for c in text), text


def test_undrawable_and_invisible_characters_become_visible_placeholders() -> None:
    assert printable("a😀b") == "a[U+1F600 GRINNING FACE]b"
    assert printable("x\x00y\u202ez") == "x[U+0000]y[U+202E RIGHT-TO-LEFT OVERRIDE]z"
    assert printable("line\r\nnext\ttab") == "line\nnext    tab"
    assert printable("ĄŻ Привет") == "ĄŻ Привет"


def test_markup_escapes_user_text_so_it_cannot_inject_formatting() -> None:
    assert markup("<b>bold</b> & co\nnext") == "&lt;b&gt;bold&lt;/b&gt; &amp; co<br/>next"


def test_paragraph_direction_follows_the_first_strong_character() -> None:
    assert base_is_rtl("قال: hello")
    assert base_is_rtl("  (12) שלום")
    assert not base_is_rtl("Hello قال")
    assert not base_is_rtl("123")


def test_right_to_left_lines_are_wrapped_in_reading_order_then_reversed_for_display() -> None:
    register_fonts()
    words = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש"]
    width = pdfmetrics.stringWidth("אחת שתיים שלוש", FONT, 10) + 1
    lines = visual_lines(" ".join(words), width, FONT, 10)
    assert len(lines) == 2
    # The first printed line holds the first words, drawn right to left (reversed glyphs).
    assert lines == [" ".join(words[:3])[::-1], " ".join(words[3:])[::-1]]


def test_arabic_is_joined_into_presentation_forms_that_normalise_back() -> None:
    register_fonts()
    text = "قال إنه سيجدني"
    [line] = visual_lines(text, 500, FONT, 10)
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in line)
    logical = unicodedata.normalize("NFKC", line[::-1])
    assert logical == unicodedata.normalize("NFKC", text)


def test_wrapping_splits_words_longer_than_a_line() -> None:
    register_fonts()
    lines = wrap_words(["x" * 200], 100, FONT, 10)
    assert len(lines) > 1 and "".join(lines) == "x" * 200
    assert all(pdfmetrics.stringWidth(line, FONT, 10) <= 100 for line in lines)


def _png(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, "PNG")
    return out.getvalue()


def test_previews_are_downscaled_and_bounded() -> None:
    preview = make_preview(_png((3000, 1000)))
    assert preview is not None and max(preview.width, preview.height) == PREVIEW_EDGE
    assert Image.open(io.BytesIO(preview.jpeg)).format == "JPEG"
    assert make_preview(b"not an image at all") is None
    assert make_preview(_png((64, 48))[:40]) is None  # truncated


def test_a_decompression_bomb_is_not_decoded() -> None:
    bomb = _png((1, 1))
    # Rewrite the IHDR size to 100,000 x 100,000 pixels; the CRC no longer matters to us.
    header = bomb[:16] + (100_000).to_bytes(4, "big") * 2 + bomb[24:]
    assert make_preview(header) is None


def test_generated_passwords_are_long_random_and_easy_to_read_aloud() -> None:
    passwords = {generate_password() for _ in range(50)}
    assert len(passwords) == 50
    for password in passwords:
        assert re.fullmatch(r"([a-km-np-z2-9]{5}-){4}[a-km-np-z2-9]{5}", password)


def test_the_export_package_never_loads_qt() -> None:
    code = (
        "import importlib, sys\n"
        "for name in ('journal_app.export.bundle', 'journal_app.export.verify', "
        "'journal_app.export.layout', 'journal_app.evidence.manifest'):\n"
        "    importlib.import_module(name)\n"
        "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""
