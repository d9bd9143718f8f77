"""Type sniffing from content, image metadata, and SECURITY.md test 16 (hostile images)."""

from __future__ import annotations

import io
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.vault.attachments import clean_name, image_metadata, sniff_mime
from tests.support.helpers import fields

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _pillow_bytes(image_format: str, size: tuple[int, int] = (40, 30), **save: object) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (180, 40, 40)).save(buffer, image_format, **save)
    return buffer.getvalue()


def _jpeg_with_capture_time(moment: str, offset: str | None = None) -> bytes:
    exif = Image.Exif()
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = moment  # DateTimeOriginal
    if offset is not None:
        sub[0x9011] = offset  # OffsetTimeOriginal
    exif[0x0132] = "2001:01:01 00:00:00"  # DateTime (file modified); must not win
    return _pillow_bytes("JPEG", (64, 48), exif=exif.tobytes())


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _bomb_png(side: int = 20_000) -> bytes:
    """A real 1-bit PNG of side x side pixels (400 million) that is small on disk."""
    row = b"\x00" + bytes((side + 7) // 8)
    compressor = zlib.compressobj(9)
    block = row * 500
    idat = b"".join(compressor.compress(block) for _ in range(side // 500)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


@pytest.fixture(scope="session")
def bomb_png(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path: Path = tmp_path_factory.mktemp("bomb") / "bomb.png"
    path.write_bytes(_bomb_png())
    return path.read_bytes()


@pytest.fixture(scope="session")
def truncated_png() -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((256, 256), 64).convert("RGB").save(buffer, "PNG")
    whole = buffer.getvalue()
    return whole[: len(whole) // 2]


TEXT_NAMED_PNG = b"Bought more paint; he said I was wasting money.\n"


# --------------------------------------------------------------------- sniffing
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (_pillow_bytes("PNG"), "image/png"),
        (_pillow_bytes("JPEG"), "image/jpeg"),
        (_pillow_bytes("GIF"), "image/gif"),
        (_pillow_bytes("BMP"), "image/bmp"),
        (_pillow_bytes("WEBP"), "image/webp"),
        (_pillow_bytes("TIFF"), "image/tiff"),
        (MINIMAL_PDF, "application/pdf"),
        (b"He texted at 3am: 'you will regret this'\n", "text/plain"),
        ("Arabic مرحبا, emoji 😀, accents café".encode(), "text/plain"),
        (b"PK\x03\x04" + bytes(40), "application/zip"),
        (bytes(range(256)) * 4, "application/octet-stream"),
        (b"text with a NUL \x00 inside", "application/octet-stream"),
        (
            b"\xff\xfe\xfa invalid utf-8 \xc3\x28 in the middle of a long enough text",
            "application/octet-stream",
        ),
        (b"", "application/octet-stream"),
    ],
    ids=[
        "png",
        "jpeg",
        "gif",
        "bmp",
        "webp",
        "tiff",
        "pdf",
        "ascii",
        "unicode",
        "zip",
        "binary",
        "nul",
        "bad-utf8",
        "empty",
    ],
)
def test_sniff_mime_reads_content(data: bytes, expected: str) -> None:
    assert sniff_mime(data[:8192]) == expected


def test_text_cut_inside_a_multibyte_character_is_still_text() -> None:
    text = ("é" * 3000).encode("utf-8")
    assert sniff_mime(text[:4095]) == "text/plain"


def test_clean_name_drops_folders_and_unprintable_characters() -> None:
    assert clean_name("C:\\Users\\me\\Pictures\\bruise.jpg") == "bruise.jpg"
    assert clean_name("/home/me/../../etc/passwd") == "passwd"
    assert clean_name("a\u202egnp.exe") == "agnp.exe"
    assert clean_name("   ") == "attachment"
    assert len(clean_name("x" * 1000)) == 255


# --------------------------------------------------------------------- image metadata
def test_image_metadata_reads_size_and_exif_capture_time() -> None:
    width, height, captured = image_metadata(_jpeg_with_capture_time("2026:02:14 22:05:31"))
    assert (width, height) == (64, 48)
    assert captured == "2026-02-14T22:05:31"


def test_image_metadata_keeps_the_recorded_offset() -> None:
    data = _jpeg_with_capture_time("2026:02:14 22:05:31", "+01:00")
    assert image_metadata(data)[2] == "2026-02-14T22:05:31+01:00"


def test_image_without_exif_has_size_but_no_capture_time() -> None:
    assert image_metadata(_pillow_bytes("PNG", (17, 9))) == (17, 9, None)


def test_image_metadata_never_trusts_the_file_name_only_content() -> None:
    assert image_metadata(TEXT_NAMED_PNG) == (None, None, None)
    assert image_metadata(MINIMAL_PDF) == (None, None, None)


def test_decompression_bomb_is_opaque_and_fast(bomb_png: bytes) -> None:
    assert len(bomb_png) < 1024 * 1024  # small on disk, 400 megapixels when decoded
    started = time.perf_counter()
    assert image_metadata(bomb_png) == (None, None, None)
    assert time.perf_counter() - started < 2.0


def test_truncated_png_is_not_reported_as_an_image(truncated_png: bytes) -> None:
    assert sniff_mime(truncated_png) == "image/png"
    assert image_metadata(truncated_png)[0] is None


# --------------------------------------------------------------------- through the journal
@pytest.mark.parametrize(
    ("name", "case"),
    [("bomb.png", "bomb"), ("cut.png", "truncated"), ("notes.png", "text")],
)
def test_hostile_files_are_stored_as_opaque_originals(
    journal: Journal,
    bomb_png: bytes,
    truncated_png: bytes,
    name: str,
    case: str,
) -> None:
    data = {"bomb": bomb_png, "truncated": truncated_png, "text": TEXT_NAMED_PNG}[case]
    entry_id = journal.add(Kind.INCIDENT, fields(), [AttachmentSource(name=name, data=data)])
    [info] = journal.get(entry_id).current.attachments
    assert info.image_width is None and info.image_height is None
    assert not info.is_image
    assert info.original_name == name
    assert info.size == len(data)
    assert journal.attachment_bytes(info.id) == data
    assert journal.check().ok


def test_real_photo_keeps_its_capture_time_through_the_journal(journal: Journal) -> None:
    photo = _jpeg_with_capture_time("2026:02:14 22:05:31")
    entry_id = journal.add(
        Kind.INCIDENT, fields(), [AttachmentSource(name="IMG_0001.JPG", data=photo)]
    )
    [info] = journal.get(entry_id).current.attachments
    assert info.is_image
    assert (info.image_width, info.image_height) == (64, 48)
    assert info.captured_at == "2026-02-14T22:05:31"
    assert info.mime_type == "image/jpeg"
    assert journal.attachment_bytes(info.id) == photo  # never re-encoded


def test_png_metadata_is_read_without_decoding_a_single_pixel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large screenshot is described from its chunks; decoding its pixels would cost memory
    and time at every save (Pillow decodes them all to look for an eXIf chunk after them)."""
    from PIL import PngImagePlugin

    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2026:02:14 22:05:31"
    with_exif = _pillow_bytes("PNG", (40, 30), exif=exif.tobytes())
    without = _pillow_bytes("PNG", (40, 30))

    class PixelsDecoded(BaseException):
        """Not an Exception, so no `except Exception` on the way can hide it."""

    def no_decoding(self: object) -> None:
        raise PixelsDecoded

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", no_decoding)
    assert image_metadata(without) == (40, 30, None)
    assert image_metadata(with_exif) == (40, 30, "2026-02-14T22:05:31")
