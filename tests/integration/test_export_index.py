"""The index, bookmarks and links (issue 13): a court reader cites pages, so the index must name
the page each entry and exhibit starts on, and the outline and links must lead there. Read back
with Poppler (`pdftotext -layout`) and pypdf (outline, link annotations, named destinations)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, Destination

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, EntryFilter, Kind, Occurred
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from tests.integration.test_export import need, png_bytes
from tests.support.helpers import fields

ENTRY_ROW = re.compile(r"^\s*(\d+)\s+(?:\d{4}-\d{2}-\d{2}\b.*?|-\s+\(deleted\))\s+(\d+)\s*$")
EXHIBIT_ROW = re.compile(r"^\s*(A\d+)\s+\S.*?\s(\d+)\s*$")


@pytest.fixture
def bundle(journal: Journal, tmp_path: Path) -> Path:
    """Entries of very different lengths, some with pictures, one deleted: the pages drift."""
    for n in range(12):
        attachments = (
            [AttachmentSource(f"shot-{n}.png", data=png_bytes(f"threat {n}"))] if n % 4 == 1 else []
        )
        journal.add(
            Kind.INCIDENT,
            fields(
                f"Incident number {n:02d}",
                occurred=Occurred.parse(f"2026-02-{n + 1:02d}T10:00"),
                body="\n\n".join(f"Paragraph {k} of incident {n}." for k in range(1 + 9 * (n % 3))),
            ),
            attachments,
        )
    journal.delete(journal.add(Kind.INCIDENT, fields("Written by mistake")))
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), out)
    return out


def page_texts(pdf: Path) -> list[str]:
    result = subprocess.run(
        [need("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8").split("\f")


def index_rows(pages: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """(entry number -> page, exhibit mark -> page) as printed in the index."""
    entries: dict[str, int] = {}
    exhibits: dict[str, int] = {}
    for text in pages:
        if not text.lstrip().startswith(("Index", "Entries", "Exhibits", "No.")):
            continue
        if "Chronology" in text:
            break
        for line in text.splitlines():
            if (match := ENTRY_ROW.match(line)) is not None:
                entries[match[1]] = int(match[2])
            elif (match := EXHIBIT_ROW.match(line)) is not None:
                exhibits[match[1]] = int(match[2])
    return entries, exhibits


def outline_titles(reader: PdfReader) -> dict[str, int]:
    """Every bookmark's title and the (1-based) page it opens."""
    found: dict[str, int] = {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found[str(item.title)] = reader.get_destination_page_number(item) + 1

    walk(reader.outline)
    return found


def test_the_index_names_the_page_each_entry_and_exhibit_starts_on(
    bundle: Path, journal: Journal
) -> None:
    pages = page_texts(bundle)
    entries, exhibits = index_rows(pages)
    numbers = [str(s.id) for s in journal.entries(EntryFilter(include_deleted=True))]
    assert len(numbers) == 13
    assert sorted(entries, key=int) == sorted(numbers, key=int)
    assert len(exhibits) == 3
    for number, page in entries.items():
        heading = re.compile(rf"(?m)^\s*Entry {number}: ")
        assert heading.search(pages[page - 1]), f"entry {number} is not on page {page}"
        assert not any(heading.search(p) for p in pages[: page - 1]), f"entry {number} earlier"
    for mark, page in exhibits.items():
        assert re.search(rf"(?m)^\s*Exhibit {mark}\s*$", pages[page - 1]), (mark, page)
    # Not a guess such as one entry per page: some pages hold two entries.
    assert len(set(entries.values())) < len(entries)


def test_the_outline_opens_the_cover_index_chronology_every_entry_and_exhibit(
    bundle: Path,
) -> None:
    reader = PdfReader(bundle)
    outline = outline_titles(reader)
    pages = page_texts(bundle)
    entries, exhibits = index_rows(pages)
    assert outline["Cover"] == 1
    assert pages[outline["Index"] - 1].lstrip().startswith("Index")
    assert "Chronology" in pages[outline["Chronology"] - 1]
    entry_marks = {
        t.split(":")[0].split()[1]: p for t, p in outline.items() if t.startswith("Entry ")
    }
    assert entry_marks == entries
    assert "Entry 12: Incident number 11" in outline
    assert {t.split()[1]: p for t, p in outline.items() if t.startswith("Exhibit ")} == exhibits


def _link_targets(reader: PdfReader, page_number: int) -> list[int]:
    """The pages that the link annotations on a page lead to, top to bottom."""
    named = reader.named_destinations
    page_numbers = {
        p.indirect_reference.idnum: n for n, p in enumerate(reader.pages, 1) if p.indirect_reference
    }
    targets: list[tuple[float, int]] = []
    page = reader.pages[page_number - 1]
    for ref in page.get("/Annots") or []:
        annotation = ref.get_object()
        if annotation.get("/Subtype") != "/Link":
            continue
        dest = annotation.get("/Dest")
        if dest is None and "/A" in annotation:
            dest = annotation["/A"].get("/D")
        top = float(annotation["/Rect"][3])
        if isinstance(dest, ArrayObject):  # an explicit destination: [page, /XYZ, ...]
            target = page_numbers[dest[0].idnum]
        else:
            destination = named[str(dest)]
            assert isinstance(destination, Destination), annotation
            target = reader.get_destination_page_number(destination) + 1
        targets.append((-top, target))
    return [target for _top, target in sorted(targets)]


def test_chronology_rows_and_exhibit_numbers_link_to_their_pages(bundle: Path) -> None:
    reader = PdfReader(bundle)
    outline = outline_titles(reader)
    entries, exhibits = index_rows(page_texts(bundle))
    targets = _link_targets(reader, outline["Chronology"])
    # Each entry row links its number to the entry; rows with pictures link the exhibit too.
    assert set(targets) == set(entries.values()) | set(exhibits.values())
    assert targets[0] == entries["1"] and targets[1:3] == [entries["2"], exhibits["A1"]]
    # An entry's own list of exhibits leads to the exhibit's page.
    assert exhibits["A1"] in _link_targets(reader, entries["2"])
