"""Pictures printed faithfully (issue 13, finding 4): 16-bit greyscale, CMYK, palette with
transparency and EXIF orientation. Synthetic images; the print preview is compared with the
source by mean brightness and by shape."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageStat
from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.export.bundle import export_bundle
from journal_app.export.images import make_preview
from journal_app.export.selection import ExportOptions
from tests.support.helpers import fields


def encoded(image: Image.Image, kind: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def gradient(mode: str, top: int, size: tuple[int, int] = (256, 64)) -> Image.Image:
    """A left-to-right ramp from black to `top` (the mode's white)."""
    image = Image.new(mode, size)
    image.putdata([x * top // (size[0] - 1) for _y in range(size[1]) for x in range(size[0])])
    return image


def brightness(data: bytes) -> float:
    with Image.open(io.BytesIO(data)) as image:
        return float(ImageStat.Stat(image.convert("L")).mean[0])


def preview_of(data: bytes) -> Image.Image:
    preview = make_preview(data)
    assert preview is not None
    return Image.open(io.BytesIO(preview.jpeg))


def test_a_16_bit_greyscale_screenshot_keeps_its_contrast() -> None:
    source = gradient("I;16", 65535)
    data = encoded(source, "PNG")
    shown = preview_of(data)
    mean = ImageStat.Stat(shown.convert("L")).mean[0]
    assert abs(mean - 127.5) < 8, mean  # a ramp's mean is mid-grey, not almost white
    low, high = shown.convert("L").getextrema()
    assert low < 10 and high > 245


def test_a_32_bit_integer_greyscale_image_keeps_its_contrast() -> None:
    data = encoded(gradient("I", 65535), "TIFF")
    assert abs(ImageStat.Stat(preview_of(data).convert("L")).mean[0] - 127.5) < 8


def test_a_cmyk_jpeg_prints_with_its_colours() -> None:
    source = Image.new("CMYK", (80, 40), (0, 0, 0, 0))  # white paper
    source.paste((0, 0, 0, 255), (0, 0, 40, 40))  # left half black ink
    data = encoded(source, "JPEG", quality=95)
    shown = preview_of(data).convert("L")
    assert shown.getpixel((10, 20)) < 40 and shown.getpixel((70, 20)) > 215


def test_a_palette_image_with_transparency_prints_on_white() -> None:
    source = Image.new("P", (60, 30), 0)
    source.putpalette([0, 0, 0, 200, 0, 0] + [0] * 762)
    source.paste(1, (30, 0, 60, 30))
    data = encoded(source, "PNG", transparency=0)  # left half: transparent black
    shown = preview_of(data).convert("RGB")
    assert shown.getpixel((10, 15)) > (240, 240, 240)  # transparent shows as paper
    red = shown.getpixel((45, 15))
    assert red[0] > 170 and red[1] < 60


def test_an_exif_rotated_photo_prints_upright() -> None:
    source = Image.new("RGB", (120, 60), "white")
    source.paste((0, 0, 0), (0, 0, 30, 60))  # a dark band on the stored left edge
    exif = Image.Exif()
    exif[0x0112] = 6  # view rotated 90 degrees clockwise
    shown = preview_of(encoded(source, "JPEG", exif=exif.tobytes(), quality=95))
    assert shown.size == (60, 120)  # portrait, as the camera was held
    grey = shown.convert("L")
    assert grey.getpixel((30, 10)) < 60 and grey.getpixel((30, 110)) > 200  # band on top


def test_the_bundle_prints_a_16_bit_screenshot_with_contrast(
    journal: Journal, tmp_path: Path
) -> None:
    data = encoded(gradient("I;16", 65535, (400, 200)), "PNG")
    journal.add(Kind.INCIDENT, fields("Screenshot"), [AttachmentSource("grey16.png", data=data)])
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), out)
    reader = PdfReader(out)
    pictures = [image for page in reader.pages for image in page.images]
    assert pictures, "the exhibit page shows the picture"
    printed = pictures[-1].image
    assert printed is not None
    assert abs(ImageStat.Stat(printed.convert("L")).mean[0] - 127.5) < 10
