"""Disclosure copies that are clean (issue 13, finding 1): when anything is redacted, every
embedded file is a copy with its metadata removed, hashed twice (original and cleaned), and
the cover says exactly what was stripped. Read back with pypdf, Pillow, Poppler and qpdf."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.export.bundle import export_bundle
from journal_app.export.clean import clean_file
from journal_app.export.selection import ExportOptions, Redactions
from journal_app.export.verify import verify_bundle
from tests.integration.test_export import need, pdftotext
from tests.support.helpers import fields

PLACE = "MARKER-PLACE-Refuge-Road"
AUTHOR = "MARKER-AUTHOR-Kowalska"
DOCTOR = "MARKER-DOCTOR-Okafor"
PATIENT = "MARKER-PATIENT-Amina"
SECRETS = (PLACE, AUTHOR, DOCTOR, PATIENT)
GPS_IFD = 0x8825


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def tagged_jpeg() -> bytes:
    """A JPEG with EXIF (GPS position, artist, description), XMP, IPTC, a comment and data
    after the end of the picture, as phones and editors write them."""
    image = Image.new("RGB", (64, 48), (200, 40, 40))
    for x in range(64):
        image.putpixel((x, x % 48), (10, 10, 10))
    exif = Image.Exif()
    exif[0x013B] = AUTHOR  # Artist
    exif[0x010E] = f"Taken at {PLACE}"  # ImageDescription
    exif[0x0112] = 6  # Orientation: rotate 90 degrees clockwise to view
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (51.0, 32.0, 12.5)
    gps[3] = "W"
    gps[4] = (0.0, 5.0, 44.1)
    out = io.BytesIO()
    image.save(
        out,
        "JPEG",
        quality=90,
        exif=exif.tobytes(),
        comment=f"comment {AUTHOR}".encode(),
        xmp=f"<x:xmpmeta><dc:creator>{AUTHOR}</dc:creator></x:xmpmeta>".encode(),
    )
    data = out.getvalue()
    iptc = b"Photoshop 3.0\x00" + b"8BIM\x04\x04\x00\x00" + f"city {PLACE}".encode()
    data = data[:2] + _segment(0xED, iptc) + data[2:]
    return data + f"trailer {PLACE}".encode()


def tagged_pdf() -> bytes:
    """A two-page letter whose document information and XMP name the doctor and the patient."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": f"Dr {DOCTOR}", "/Subject": f"Patient {PATIENT}"})
    xmp = DecodedStreamObject()
    xmp.set_data(f"<x:xmpmeta><dc:creator>{DOCTOR}</dc:creator></x:xmpmeta>".encode())
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


JPEG = tagged_jpeg()
LETTER = tagged_pdf()


def populate(journal: Journal) -> int:
    return journal.add(
        Kind.INCIDENT,
        fields("Outside the house", location="somewhere", people=("someone",)),
        [
            AttachmentSource("IMG_0042.jpg", data=JPEG),
            AttachmentSource("gp-letter.pdf", data=LETTER),
        ],
    )


def export(journal: Journal, tmp_path: Path, **options: Any) -> Path:
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(**options), out)
    return out


def embedded(pdf: Path) -> dict[str, bytes]:
    return {name: blobs[0] for name, blobs in PdfReader(pdf).attachments.items()}


def test_the_fixtures_really_carry_the_secrets() -> None:
    with Image.open(io.BytesIO(JPEG)) as image:
        assert image.getexif().get_ifd(GPS_IFD)
    for secret in (PLACE, AUTHOR):
        assert secret.encode() in JPEG
    assert DOCTOR in str(PdfReader(io.BytesIO(LETTER)).metadata)


def test_a_redacted_copy_leaks_neither_the_place_nor_the_names(
    journal: Journal, tmp_path: Path
) -> None:
    entry = populate(journal)
    pdf = export(journal, tmp_path, redactions=Redactions(locations=True, people=True))
    files = embedded(pdf)
    photo, letter = files["A1.jpg"], files["A2.pdf"]  # named by number only
    # every embedded file, byte for byte
    for name, data in files.items():
        for secret in SECRETS:
            assert secret.encode() not in data, (secret, name)
    # the whole PDF with every stream decompressed (qpdf), and the page text (Poppler)
    qdf = tmp_path / "qdf.pdf"
    subprocess.run(
        [need("qpdf"), "--qdf", "--object-streams=disable", str(pdf), str(qdf)], check=False
    )
    raw = qdf.read_bytes()
    text = pdftotext(pdf)
    for secret in SECRETS:
        assert secret.encode() not in raw and secret not in text
    # the picture: no EXIF but its orientation, no GPS, no XMP, no comment; same pixels
    with Image.open(io.BytesIO(photo)) as cleaned, Image.open(io.BytesIO(JPEG)) as original:
        exif = cleaned.getexif()
        assert dict(exif) == {0x0112: 6}
        assert not exif.get_ifd(GPS_IFD)
        assert "xmp" not in cleaned.info and "comment" not in cleaned.info
        assert cleaned.tobytes() == original.tobytes()
    if shutil.which("exiftool"):
        dump = subprocess.run(
            ["exiftool", "-a", "-G1", "-"], input=photo, capture_output=True, check=True
        ).stdout.decode()
        assert "GPS" not in dump and "IPTC" not in dump and "XMP" not in dump, dump
    # the letter: no document information, no XMP, both pages
    reader = PdfReader(io.BytesIO(letter))
    assert not reader.metadata or all(
        DOCTOR not in str(v) and PATIENT not in str(v) for v in reader.metadata.values()
    )
    assert "/Metadata" not in reader.trailer["/Root"]
    assert len(reader.pages) == 2
    # both hashes in the manifest, verify checks the embedded copies
    manifest = json.loads(files["manifest.json"])
    e1, e2 = manifest["exhibits"]
    assert e1["sha256"] == hashlib.sha256(photo).hexdigest() and e1["size"] == len(photo)
    assert e1["original_sha256"] == hashlib.sha256(JPEG).hexdigest()
    assert e2["original_sha256"] == hashlib.sha256(LETTER).hexdigest()
    assert "GPS position" in e1["metadata_removed"]
    assert "document information" in e2["metadata_removed"]
    result = verify_bundle(pdf)
    assert result.intact, result.problems
    # the pages say it: both hashes, what was stripped, and that pictures may still show places
    flat = " ".join(text.split())
    squeezed = "".join(text.split())
    assert hashlib.sha256(JPEG).hexdigest() in squeezed
    assert hashlib.sha256(photo).hexdigest() in squeezed
    assert "GPS position" in flat and "document information" in flat
    assert "may still show" in flat
    # the journal's original is untouched
    stored = journal.get(entry).current.attachments
    assert journal.attachment_bytes(stored[0].id) == JPEG
    assert journal.attachment_bytes(stored[1].id) == LETTER


def test_a_full_copy_still_embeds_the_originals_unchanged(journal: Journal, tmp_path: Path) -> None:
    populate(journal)
    files = embedded(export(journal, tmp_path))
    assert files["A1_IMG_0042.jpg"] == JPEG and files["A2_gp-letter.pdf"] == LETTER
    manifest = json.loads(files["manifest.json"])
    assert "original_sha256" not in manifest["exhibits"][0]


def test_a_file_that_cannot_be_cleaned_is_left_out_of_a_redacted_copy(
    journal: Journal, tmp_path: Path
) -> None:
    secret_doc = b"PK\x03\x04 word document by " + AUTHOR.encode()
    journal.add(
        Kind.INCIDENT,
        fields("Letter", location="x"),
        [AttachmentSource("statement.docx", data=secret_doc)],
    )
    pdf = export(journal, tmp_path, redactions=Redactions(locations=True))
    files = embedded(pdf)
    assert not any(name.startswith("A1") for name in files)
    manifest = json.loads(files["manifest.json"])
    assert manifest["exhibits"][0]["embedded"] is False
    assert "metadata" in manifest["exhibits"][0]["reason"]
    assert verify_bundle(pdf).intact


def test_png_text_chunks_are_dropped_and_the_pixels_kept() -> None:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", AUTHOR)
    info.add_itxt("XML:com.adobe.xmp", f"<x>{PLACE}</x>")
    image = Image.new("RGBA", (20, 10), (1, 2, 3, 128))
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = AUTHOR
    image.save(out, "PNG", pnginfo=info, exif=exif.tobytes())
    cleaned = clean_file(out.getvalue(), "image/png")
    assert cleaned.data is not None
    assert AUTHOR.encode() not in cleaned.data and PLACE.encode() not in cleaned.data
    with Image.open(io.BytesIO(cleaned.data)) as back:
        assert back.tobytes() == image.tobytes()
    assert "text" in " ".join(cleaned.removed)
