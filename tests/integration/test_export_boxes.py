"""Black boxes on pictures (issue 13): the pixels under a box are gone from the disclosure copy,
not covered by an overlay. Real vaults, real bundles, read back with pypdf, qpdf, Poppler and
Pillow as a recipient (or the other party) would."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageDraw
from pypdf import PdfReader

from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.export.boxes import Box
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions, Redactions
from journal_app.export.verify import verify_bundle
from journal_app.vault.vault import Vault
from tests.integration.test_export import need, pdftotext
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields, run_cli

SECRET_TEXT = "CALL 07700 900123"
PASS = ("--passphrase-file", "-")
BOX = Box(8, 28, 130, 22)  # covers the phone number drawn at (12, 32)


def gradient() -> Image.Image:
    image = Image.new("RGB", (200, 120))
    image.putdata([(x, (x + y) % 256, 200 - y) for y in range(120) for x in range(200)])
    return image


def number_picture() -> Image.Image:
    """A screenshot-like picture: a colour gradient (so every row differs) with a phone number
    in black inside BOX and a label outside it."""
    image = gradient()
    draw = ImageDraw.Draw(image)
    draw.text((12, 32), SECRET_TEXT, fill="black")
    draw.text((12, 90), "outside the box", fill="black")
    return image


def stored_png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


PICTURE = number_picture()
PNG = stored_png(PICTURE)


def secret_rows(image: Image.Image) -> list[bytes]:
    """The raw bytes of each row of the box that holds part of the drawn text."""
    plain = gradient()
    rows = []
    for y in range(BOX.y, BOX.y + BOX.h):
        edges = (BOX.x, y, BOX.x + BOX.w, y + 1)
        row = image.crop(edges).tobytes()
        if row != plain.crop(edges).tobytes():
            rows.append(row)
    return rows


def add_picture(journal: Journal, name: str = "screenshot.png", data: bytes = PNG) -> int:
    entry = journal.add(Kind.INCIDENT, fields("Text from him"), [AttachmentSource(name, data=data)])
    return journal.get(entry).current.attachments[0].id


def export(journal: Journal, tmp_path: Path, name: str = "bundle.pdf", **options: Any) -> Path:
    out = tmp_path / name
    export_bundle(journal, ExportOptions(**options), out)
    return out


def embedded(pdf: Path) -> dict[str, bytes]:
    return {name: blobs[0] for name, blobs in PdfReader(pdf).attachments.items()}


def every_stream(pdf: Path, tmp_path: Path) -> bytes:
    """The whole PDF with every stream decompressed (qpdf), plus the decoded pixels of every
    embedded file and every printed picture (Pillow): where a picture's rows could be read."""
    qdf = tmp_path / f"{pdf.stem}.qdf.pdf"
    subprocess.run(
        [need("qpdf"), "--qdf", "--object-streams=disable", str(pdf), str(qdf)], check=False
    )
    parts = [qdf.read_bytes()]
    for data in embedded(pdf).values():
        try:
            with Image.open(io.BytesIO(data)) as picture:
                parts.append(picture.convert("RGB").tobytes())
        except OSError:
            continue  # not a picture: its bytes are in the qpdf output already
    parts += [image.convert("RGB").tobytes() for image in page_images(pdf)]
    return b"".join(parts)


def page_images(pdf: Path) -> list[Image.Image]:
    return [image.image for page in PdfReader(pdf).pages for image in page.images]


def test_the_probe_finds_the_number_in_a_copy_without_boxes(
    journal: Journal, tmp_path: Path
) -> None:
    """The attack, on a disclosure copy made without a box (the app before this change): the
    phone number's pixel rows are in the PDF for anyone who decompresses its streams."""
    add_picture(journal)
    pdf = export(journal, tmp_path, redactions=Redactions(locations=True))
    rows = secret_rows(PICTURE)
    assert len(rows) >= 6
    raw = every_stream(pdf, tmp_path)
    assert all(row in raw for row in rows)


def test_a_boxed_region_is_black_in_the_embedded_copy_and_nowhere_else_in_the_pdf(
    journal: Journal, tmp_path: Path
) -> None:
    attachment = add_picture(journal)
    pdf = export(journal, tmp_path, redactions=Redactions(boxes={attachment: (BOX,)}))
    copy = embedded(pdf)[f"A{attachment}.png"]
    with Image.open(io.BytesIO(copy)) as back:
        assert back.format == "PNG" and back.size == PICTURE.size
        pixels = back.convert("RGB")
    # every pixel in the box is black; every pixel outside it is exactly the original
    inside = pixels.crop(BOX.edges)
    assert inside.getextrema() == ((0, 0), (0, 0), (0, 0))
    mask = Image.new("L", PICTURE.size, 255)
    ImageDraw.Draw(mask).rectangle((BOX.x, BOX.y, BOX.x + BOX.w - 1, BOX.y + BOX.h - 1), fill=0)
    outside_diff = ImageChops.difference(pixels, PICTURE)
    assert ImageChops.multiply(outside_diff, mask.convert("RGB")).getbbox() is None
    # the number's rows are in no stream of the PDF and no embedded file
    raw = every_stream(pdf, tmp_path)
    assert not any(row in raw for row in secret_rows(PICTURE))
    # the printed preview is the boxed copy: the box prints black
    (printed,) = page_images(pdf)
    scale = printed.width / PICTURE.width
    region = printed.convert("L").crop(
        tuple(round(v * scale) + d for v, d in zip(BOX.edges, (2, 2, -2, -2), strict=True))
    )
    assert region.getextrema()[1] < 40
    # the original in the journal is unchanged
    assert hashlib.sha256(journal.attachment_bytes(attachment)).hexdigest() == (
        hashlib.sha256(PNG).hexdigest()
    )


def test_the_exhibit_page_and_manifest_say_it_is_a_redacted_derivative(
    journal: Journal, tmp_path: Path
) -> None:
    attachment = add_picture(journal)
    two = (BOX, Box(150, 100, 20, 10))
    pdf = export(journal, tmp_path, redactions=Redactions(boxes={attachment: two}))
    files = embedded(pdf)
    copy = files[f"A{attachment}.png"]
    manifest = json.loads(files["manifest.json"])
    (exhibit,) = manifest["exhibits"]
    assert exhibit["regions_blacked_out"] == 2
    assert exhibit["derivation"] == f"redacted derivative of A{attachment}: 2 regions blacked out"
    assert exhibit["sha256"] == hashlib.sha256(copy).hexdigest()
    assert exhibit["original_sha256"] == hashlib.sha256(PNG).hexdigest()
    assert manifest["redactions"]["pictures_blacked_out"] == {f"A{attachment}": 2}
    text = pdftotext(pdf)
    flat, squeezed = " ".join(text.split()), "".join(text.split())
    assert f"Redacted derivative of A{attachment}: 2 regions blacked out" in flat
    assert hashlib.sha256(PNG).hexdigest() in squeezed
    assert hashlib.sha256(copy).hexdigest() in squeezed
    assert "blacked out" in flat.split("About this bundle")[0]  # said on the cover too
    result = verify_bundle(pdf)
    assert result.intact, result.problems
    assert any("redacted derivative" in note for note in result.notes)


def test_a_box_makes_the_bundle_a_disclosure_copy(journal: Journal, tmp_path: Path) -> None:
    """Boxes are never drawn into a full copy: every other file is cleaned too."""
    attachment = add_picture(journal)
    second = add_picture(journal, "other.png", stored_png(Image.new("RGB", (10, 10), "red")))
    pdf = export(journal, tmp_path, redactions=Redactions(boxes={attachment: (BOX,)}))
    manifest = json.loads(embedded(pdf)["manifest.json"])
    by_number = {e["number"]: e for e in manifest["exhibits"]}
    assert "original_sha256" in by_number[f"A{second}"]
    assert "regions_blacked_out" not in by_number[f"A{second}"]
    assert any("blacked out" in line for line in manifest["redactions"]["statement"])


def test_boxes_on_a_photo_follow_the_way_it_is_shown(journal: Journal, tmp_path: Path) -> None:
    """A phone photo stored sideways with an EXIF orientation: the box is where the person
    drew it on the upright picture, and the copy is upright with no orientation left to apply."""
    stored = Image.new("RGB", (80, 40), (250, 250, 250))
    exif = Image.Exif()
    exif[0x0112] = 6  # shown rotated 90 degrees clockwise: 40 wide, 80 tall
    exif[0x013B] = "MARKER-ARTIST"
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=95, exif=exif.tobytes())
    attachment = add_picture(journal, "photo.jpg", out.getvalue())
    box = Box(0, 50, 40, 30)  # the lower part of the upright picture
    pdf = export(journal, tmp_path, redactions=Redactions(boxes={attachment: (box,)}))
    copy = embedded(pdf)[f"A{attachment}.jpg"]
    assert b"MARKER-ARTIST" not in copy and b"Exif" not in copy
    with Image.open(io.BytesIO(copy)) as back:
        assert back.format == "JPEG" and back.size == (40, 80)
        grey = back.convert("L")
    assert grey.crop(box.edges).getextrema()[1] <= 8
    assert grey.crop((0, 0, 40, 40)).getextrema()[0] >= 240


@pytest.mark.parametrize(
    ("box", "words"),
    [
        (Box(190, 0, 20, 10), "goes outside the picture, which is 200 by 120 pixels"),
        (Box(-1, 0, 5, 5), "goes outside the picture"),
        (Box(10, 10, 0, 5), "has no area"),
    ],
)
def test_a_box_outside_the_picture_or_of_no_size_is_one_clear_sentence(
    journal: Journal, tmp_path: Path, box: Box, words: str
) -> None:
    attachment = add_picture(journal)
    with pytest.raises(InvalidInput) as caught:
        export(journal, tmp_path, redactions=Redactions(boxes={attachment: (box,)}))
    message = str(caught.value)
    assert words in message and f"A{attachment}" in message and "\n" not in message
    assert not (tmp_path / "bundle.pdf").exists()


def test_a_box_on_a_file_that_is_not_in_the_selection_or_not_a_picture(
    journal: Journal, tmp_path: Path
) -> None:
    add_picture(journal)
    with pytest.raises(InvalidInput, match="no picture A99 in this selection"):
        export(journal, tmp_path, redactions=Redactions(boxes={99: (BOX,)}))
    entry = journal.add(
        Kind.INCIDENT, fields("Letter"), [AttachmentSource("letter.pdf", data=b"%PDF-1.4\n%%EOF")]
    )
    letter = journal.get(entry).current.attachments[0].id
    with pytest.raises(InvalidInput, match="JPEG, PNG and BMP pictures only"):
        export(journal, tmp_path, redactions=Redactions(boxes={letter: (BOX,)}))


def test_the_command_line_takes_boxes(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    try:
        attachment = add_picture(Journal(vault))
    finally:
        vault.close()
    out = tmp_path / "cli.pdf"
    box = f"A{attachment}:{BOX}"
    done = run_cli(
        ["export", folder, "--out", out, "--box", box, "--box", f"{attachment}:0,0,5,5", *PASS],
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0, done.stderr
    manifest = json.loads(embedded(out)["manifest.json"])
    assert manifest["exhibits"][0]["regions_blacked_out"] == 2
    with Image.open(io.BytesIO(embedded(out)[f"A{attachment}.png"])) as back:
        assert back.convert("RGB").crop(BOX.edges).getextrema() == ((0, 0), (0, 0), (0, 0))
    for wrong, status, words in [
        (f"A{attachment}:0,0,0,5", 2, "has no area"),
        ("A1-0,0,5,5", 2, "A17:x,y,w,h"),
        (f"A{attachment}:150,100,60,30", 1, "goes outside the picture"),
    ]:
        refused = run_cli(
            ["export", folder, "--out", tmp_path / "no.pdf", "--box", wrong, *PASS],
            stdin=PASSPHRASE + "\n",
        )
        assert refused.returncode == status, refused.stderr
        assert words in refused.stderr and "Traceback" not in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
        assert not (tmp_path / "no.pdf").exists()
