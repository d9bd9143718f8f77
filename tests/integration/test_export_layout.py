"""Layout (issue 13, finding 7): no mid-word breaks in table cells, no heading stranded at the
foot of a page, hashes at a readable size. Read back with Poppler and pypdf."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.core.models import Category, Kind, Occurred
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from tests.integration.test_export import pdftotext
from tests.support.helpers import fields

HEADINGS = ("What happened", "History of this entry")


@pytest.fixture
def bundle(journal: Journal, tmp_path: Path) -> Path:
    for n in range(14):
        journal.add(
            Kind.INCIDENT,
            fields(
                f"Entry about immigration papers {n}",
                occurred=Occurred.parse(f"2026-02-{n + 1:02d}T10:00"),
                category=Category.IMMIGRATION,
                body="\n\n".join(f"Paragraph {k} of entry {n}." for k in range(3 + 5 * (n % 4))),
            ),
        )
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), out)
    return out


def test_category_words_are_never_broken_inside(bundle: Path) -> None:
    text = pdftotext(bundle)
    assert "Immigration-st\n" not in text and not re.search(r"(?m)^atus", text)
    assert re.search(r"Immigration-\s*status", text)


def test_no_heading_is_the_last_line_of_a_page(bundle: Path) -> None:
    pages = pdftotext(bundle).split("\f")
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith(("Evidence bundle ·", "Page "))]
        body = [line for line in body if "journal-app verify" not in line]
        if body:
            assert body[-1] not in HEADINGS, f"page {number} ends with the heading {body[-1]!r}"
            assert not body[-1].startswith("Entry "), f"page {number} ends with a title"


def test_hashes_are_printed_at_8_points_or_more(bundle: Path) -> None:
    sizes: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if re.fullmatch(r"[0-9a-f]{8}( [0-9a-f]{8})*\s*", text) or re.search(r"[0-9a-f]{16}", text):
            sizes.append((size * abs(tm[3]) * abs(cm[3] or 1), text))

    for page in PdfReader(bundle).pages:
        page.extract_text(visitor_text=visit)
    assert sizes, "hashes are found on the pages"
    small = [(s, t) for s, t in sizes if s < 8]
    assert not small, small[:5]


def test_an_emoji_prints_with_its_unicode_name(journal: Journal, tmp_path: Path) -> None:
    journal.add(Kind.INCIDENT, fields("He was angry 😡", body="Then NUL\x00 end"))
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), out)
    flat = " ".join(pdftotext(out).split())
    assert "[U+1F621 POUTING FACE]" in flat
    assert "[U+0000]" in flat  # no name: the code point alone
