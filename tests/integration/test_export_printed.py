"""PDF exhibits printed into the bundle (issue 13): a GP letter attached as a PDF is readable on
the bundle's pages, each page stamped with the exhibit mark and "page n of m", while the
embedded original stays byte-exact; a hostile PDF gives a placeholder page, never a failed
export. Read back with Poppler (pdftotext, pdfdetach) and pypdf."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.export import printed
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions, Redactions
from journal_app.export.verify import verify_bundle
from tests.integration.test_export import embedded, need
from tests.support.helpers import fields

LETTER_LINES = (
    "GP LETTER PAGE ONE: bruising seen on the left arm",
    "GP LETTER PAGE TWO: follow up",
)
AUTHOR = "Dr-Hilde-Marker-Author"


def letter(lines: tuple[str, ...] = LETTER_LINES, *, author: str = AUTHOR) -> bytes:
    """A PDF of one page per line (the second in landscape), with an author in its metadata."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setAuthor(author)
    for number, line in enumerate(lines):
        if number == 1:
            canvas.setPageSize(landscape(A4))
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 400, line)
        # Drawn far outside the page: must never reach the bundle's own page furniture.
        canvas.drawString(72, -2000, "OUTSIDE-THE-PAGE-BOX")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def encrypted(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt("user-secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_texts(pdf: Path) -> list[str]:
    result = subprocess.run(
        [need("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8").split("\f")


def export_with(
    journal: Journal, tmp_path: Path, *files: tuple[str, bytes], **options: object
) -> Path:
    journal.add(
        Kind.INCIDENT,
        fields("Seen by the GP"),
        [AttachmentSource(name, data=data) for name, data in files],
    )
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(**options), out)  # type: ignore[arg-type]
    return out


def test_a_two_page_pdf_exhibit_is_printed_stamped_and_embedded_unchanged(
    journal: Journal, tmp_path: Path
) -> None:
    original = letter()
    out = export_with(journal, tmp_path, ("gp-letter.pdf", original))
    pages = page_texts(out)
    first = next(n for n, text in enumerate(pages) if LETTER_LINES[0] in text)
    second = next(n for n, text in enumerate(pages) if LETTER_LINES[1] in text)
    assert second == first + 1
    assert "Exhibit A1 · page 1 of 2" in pages[first]
    assert "Exhibit A1 · page 2 of 2" in pages[second]
    assert re.search(rf"Page {first + 1} of {len(pages) - 1}", pages[first])  # counted as pages
    # The sheet before them says they follow.
    assert re.search(
        r"The 2 page\(s\) of this PDF are printed after this\s+sheet", pages[first - 1]
    )
    assert "OUTSIDE-THE-PAGE-BOX" not in "".join(pages)  # clipped to the exhibit's page box
    assert embedded(out)["A1_gp-letter.pdf"] == original  # byte-exact


def test_a_broken_or_password_protected_pdf_gives_a_placeholder_page(
    journal: Journal, tmp_path: Path
) -> None:
    broken = letter()[:700]  # cut short: the header and little else
    out = export_with(
        journal, tmp_path, ("broken.pdf", broken), ("locked.pdf", encrypted(letter()))
    )
    flat = " ".join(" ".join(page_texts(out)).split())
    assert (
        "Exhibit A1 is a PDF that cannot be printed: the file is damaged or cannot be read" in flat
    )
    assert "Exhibit A2 is a PDF that cannot be printed: the file is protected by a password" in flat
    assert LETTER_LINES[0] not in flat
    files = embedded(out)
    assert files["A1_broken.pdf"] == broken  # still embedded, unchanged


def test_only_the_first_pages_of_a_long_pdf_are_printed_and_the_sheet_says_so(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printed, "PRINT_PAGE_LIMIT", 2)
    lines = tuple(f"LONG LETTER PAGE {n}" for n in range(1, 6))
    out = export_with(journal, tmp_path, ("long.pdf", letter(lines)))
    flat = " ".join(" ".join(page_texts(out)).split())
    assert "This PDF has 5 pages; the first 2 are printed after this sheet" in flat
    assert "Exhibit A1 · page 2 of 5" in flat and "LONG LETTER PAGE 2" in flat
    assert "LONG LETTER PAGE 3" not in flat


def letter_with_tagged_picture() -> bytes:
    """A letter whose page draws a picture that carries XMP naming its author: printing the
    page copies the picture, so it must be the cleaned copy's picture."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawString(72, 700, LETTER_LINES[0])
    canvas.drawImage(ImageReader(Image.new("RGB", (40, 40), "red")), 72, 500, 80, 80)
    canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    xobjects = writer.pages[0]["/Resources"]["/XObject"]
    picture = next(iter(xobjects.values())).get_object()
    xmp = DecodedStreamObject()
    xmp.set_data(f"<x:xmpmeta><dc:creator>{AUTHOR}</dc:creator></x:xmpmeta>".encode())
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    picture[NameObject("/Metadata")] = writer._add_object(xmp)
    tagged = io.BytesIO()
    writer.write(tagged)
    return tagged.getvalue()


def test_a_redacted_bundle_prints_the_cleaned_copy(journal: Journal, tmp_path: Path) -> None:
    original = letter_with_tagged_picture()
    assert AUTHOR.encode() in original
    out = export_with(
        journal, tmp_path, ("gp-letter.pdf", original), redactions=Redactions(locations=True)
    )
    assert LETTER_LINES[0] in " ".join(page_texts(out))
    expanded = tmp_path / "expanded.pdf"
    subprocess.run(
        [need("qpdf"), "--qdf", "--object-streams=disable", str(out), str(expanded)], check=True
    )
    assert AUTHOR.encode() not in expanded.read_bytes()
    assert all(AUTHOR.encode() not in data for data in embedded(out).values())


def _first_page_with(key: str, value: Callable[[PdfWriter], PdfObject]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(letter())))
    writer.pages[0][NameObject(key)] = value(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


HOSTILE = {
    "resources-not-a-dictionary": lambda: _first_page_with("/Resources", lambda w: NumberObject(5)),
    "contents-not-a-stream": lambda: _first_page_with("/Contents", lambda w: NumberObject(7)),
    "page-box-of-words": lambda: _first_page_with(
        "/MediaBox", lambda w: ArrayObject([TextStringObject("a")] * 4)
    ),
    "font-that-is-not-there": lambda: _first_page_with(
        "/Resources",
        lambda w: DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): IndirectObject(9999, 0, w)})}
        ),
    ),
    "rotated-45-degrees": lambda: _first_page_with("/Rotate", lambda w: NumberObject(45)),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_malformed_pdf_exhibit_never_fails_the_export_or_the_bundle(
    journal: Journal, tmp_path: Path, case: str
) -> None:
    out = export_with(journal, tmp_path, ("letter.pdf", HOSTILE[case]()))
    check = subprocess.run([need("qpdf"), "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert verify_bundle(out).intact
    flat = " ".join(" ".join(page_texts(out)).split())
    # Either its pages are printed (the second page is intact) or a placeholder says why.
    assert LETTER_LINES[1] in flat or "Exhibit A1 is a PDF that cannot be printed" in flat
