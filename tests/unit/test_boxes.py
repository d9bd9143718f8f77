"""black_out (export/boxes.py) on the kinds of picture people attach: whatever the mode, the box
is black in the copy, the rest is unchanged, and nothing else of the original rides along."""

from __future__ import annotations

import io
import struct
import time
import zlib

import pytest
from PIL import Image

from journal_app.core.errors import InvalidInput
from journal_app.export.boxes import Box, black_out, editing_view, parse_box

BOX = Box(2, 3, 5, 4)


def encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def decoded(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return image.copy()


def outside_is_unchanged(copy: Image.Image, original: Image.Image) -> bool:
    for y in range(original.height):
        for x in range(original.width):
            if BOX.x <= x < BOX.x + BOX.w and BOX.y <= y < BOX.y + BOX.h:
                continue
            if copy.getpixel((x, y)) != original.getpixel((x, y)):
                return False
    return True


def test_a_transparent_png_gets_an_opaque_black_box() -> None:
    """A box left transparent would show whatever the viewer puts behind it, and keep the
    colour values underneath in some encoders."""
    original = Image.new("RGBA", (12, 10), (200, 10, 10, 0))
    copy = decoded(black_out(encoded(original, "PNG"), "image/png", [BOX], "A1").data)
    assert copy.mode == "RGBA"
    assert copy.crop(BOX.edges).getextrema() == ((0, 0), (0, 0), (0, 0), (255, 255))
    assert outside_is_unchanged(copy, original)


def test_a_palette_png_without_black_still_gets_black() -> None:
    original = Image.new("P", (12, 10), 0)
    original.putpalette([255, 255, 0] * 256)  # every entry yellow: no black to pick
    copy = decoded(black_out(encoded(original, "PNG"), "image/png", [BOX], "A1").data)
    assert copy.convert("RGB").crop(BOX.edges).getextrema() == ((0, 0), (0, 0), (0, 0))
    assert outside_is_unchanged(copy.convert("RGB"), original.convert("RGB"))


def test_a_16_bit_greyscale_png_stays_16_bit_and_exact() -> None:
    original = Image.new("I;16", (12, 10), 40_000)
    copy = decoded(black_out(encoded(original, "PNG"), "image/png", [BOX], "A1").data)
    assert copy.mode in ("I;16", "I")
    assert copy.crop(BOX.edges).getextrema() == (0, 0)
    assert outside_is_unchanged(copy, original)


def test_bmp_stays_bmp() -> None:
    original = Image.new("RGB", (12, 10), (9, 99, 199))
    data = black_out(encoded(original, "BMP"), "image/bmp", [BOX], "A1").data
    copy = decoded(data)
    assert data[:2] == b"BM" and copy.crop(BOX.edges).getextrema() == ((0, 0),) * 3
    assert outside_is_unchanged(copy, original)


def test_a_jpeg_keeps_no_exif_thumbnail_or_comment() -> None:
    """A camera's EXIF thumbnail is a second, small copy of the whole picture: the box would
    not be in it."""
    original = Image.new("RGB", (64, 48), (250, 250, 250))
    exif = Image.Exif()
    exif[0x013B] = "MARKER-ARTIST"
    data = encoded(original, "JPEG", exif=exif.tobytes(), comment=b"MARKER-COMMENT")
    thumbnail = b"Exif\x00\x00" + encoded(Image.new("RGB", (16, 12), (1, 2, 3)), "JPEG")
    data = data[:2] + b"\xff\xe1" + struct.pack(">H", len(thumbnail) + 2) + thumbnail + data[2:]
    assert data.count(b"\xff\xd8") == 2
    copy = black_out(data, "image/jpeg", [Box(8, 8, 16, 16)], "A1")
    assert copy.data.count(b"\xff\xd8") == 1
    for marker in (b"MARKER-ARTIST", b"MARKER-COMMENT", b"Exif"):
        assert marker not in copy.data
    assert copy.regions == 1 and "EXIF metadata" in copy.removed
    grey = decoded(copy.data).convert("L")
    assert grey.crop((8, 8, 24, 24)).getextrema()[1] <= 8
    assert grey.crop((40, 30, 64, 48)).getextrema()[0] >= 245


def test_a_cmyk_jpeg_becomes_an_rgb_jpeg_with_a_black_box() -> None:
    original = Image.new("CMYK", (20, 16), (0, 0, 0, 0))  # white paper
    copy = decoded(black_out(encoded(original, "JPEG"), "image/jpeg", [BOX], "A1").data)
    assert copy.mode == "RGB"
    assert max(hi for _lo, hi in copy.crop(BOX.edges).getextrema()) <= 8


def test_a_picture_claiming_too_many_pixels_is_refused_without_decoding() -> None:
    """A header that says 30000 × 30000 (900 million pixels) and almost no data."""
    ihdr = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
    bomb += chunk(b"IEND", b"")
    started = time.monotonic()
    with pytest.raises(InvalidInput, match="could not be opened as a picture"):
        black_out(bomb, "image/png", [BOX], "A1")
    assert time.monotonic() - started < 2
    assert editing_view(bomb, "image/png") is None


def test_an_animation_and_a_gif_are_refused() -> None:
    frames = [Image.new("RGB", (12, 10), c) for c in ("red", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "PNG", save_all=True, append_images=frames[1:])
    with pytest.raises(InvalidInput, match="animation"):
        black_out(out.getvalue(), "image/png", [BOX], "A1")
    with pytest.raises(InvalidInput, match="JPEG, PNG and BMP"):
        black_out(encoded(frames[0], "GIF"), "image/gif", [BOX], "A1")
    with pytest.raises(InvalidInput, match="could not be opened"):
        black_out(b"\x89PNG\r\n\x1a\n not really", "image/png", [BOX], "A1")


def test_the_editing_view_is_oriented_like_the_copy() -> None:
    exif = Image.Exif()
    exif[0x0112] = 8  # shown rotated 90 degrees anticlockwise
    data = encoded(Image.new("RGB", (80, 30), "white"), "JPEG", exif=exif.tobytes())
    view = editing_view(data, "image/jpeg", 40)
    assert view is not None
    png, full = view
    assert full == (30, 80)
    assert decoded(png).size == (15, 40)
    copy = black_out(data, "image/jpeg", [Box(0, 70, 30, 10)], "A1")
    assert decoded(copy.data).size == (30, 80)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("A17:1,2,3,4", (17, Box(1, 2, 3, 4))), (" 5 : 0, 0 ,10,10 ", (5, Box(0, 0, 10, 10)))],
)
def test_box_text(text: str, expected: tuple[int, Box]) -> None:
    assert parse_box(text) == expected


@pytest.mark.parametrize("text", ["A17", "A17:1,2,3", "A0:1,1,1,1", "B3:1,1,1,1", "A1:1,1,1,x"])
def test_box_text_that_is_not_a_box(text: str) -> None:
    with pytest.raises(InvalidInput, match="A17:x,y,w,h"):
        parse_box(text)
