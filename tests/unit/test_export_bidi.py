"""Mixed-direction text in the bundle (issue 13, finding 6). ReportLab draws a line's glyphs
left to right exactly as given, so the string `markup` produces is what the page shows: these
tests read it as a reader's eye would, from the left. python-bidi's own display string leaves
brackets in right-to-left text facing away from what they enclose (it skips UAX #9 rule L4)."""

from __future__ import annotations

import pytest
from bidi import get_display

from journal_app.export.text import FONT, display_order, markup, register_fonts

RTL_BRACKETS = "قال (في الليل) إنه سيجدني."
LTR_WITH_ARABIC = "He said: «قال (مرتين)» and left."


@pytest.fixture(autouse=True)
def fonts() -> None:
    register_fonts()


def test_python_bidi_alone_draws_the_brackets_backwards() -> None:
    """The attack: what the bundle drew before (brackets facing outward)."""
    assert ")ليللا يف(" in get_display(RTL_BRACKETS, base_dir="R")


def test_brackets_in_right_to_left_text_face_what_they_enclose() -> None:
    drawn = display_order(RTL_BRACKETS, rtl=True)
    assert drawn == ".يندجيس هنإ (ليللا يف) لاق"  # full stop at the left end: the sentence's end
    assert display_order("رقم [12] هنا.", rtl=True) == ".انه [12] مقر"  # digits stay in order
    assert display_order("שלום (עולם).", rtl=True) == ".(םלוע) םולש"


def test_an_arabic_quotation_in_an_english_sentence() -> None:
    assert display_order(LTR_WITH_ARABIC, rtl=False) == "He said: «(نيترم) لاق» and left."
    assert display_order("plain (english) text.", rtl=False) == "plain (english) text."


def test_the_paragraph_markup_carries_the_mirrored_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # Arabic is joined into presentation forms before reordering; compare without them.
    monkeypatch.setattr("journal_app.export.text._shape", lambda text: text)
    drawn = markup(RTL_BRACKETS, width=400, font=FONT, size=10)
    assert drawn == ".يندجيس هنإ (ليللا يف) لاق"
