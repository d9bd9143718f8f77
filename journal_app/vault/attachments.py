"""Attachment import: stream the original into the encrypted database in chunks, hash it on the
way in, sniff its type from content, and read image dimensions and capture time from metadata.

Originals are never re-encoded. Image metadata is read with Pillow from memory only, under a
pixel limit and a format allowlist; anything that fails is kept as an opaque file.
"""

from __future__ import annotations

import hashlib
import io
import struct
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from journal_app.core.errors import Cancelled, InvalidInput

CHUNK_BYTES = 1024 * 1024
# Images up to this size are kept in memory during import so metadata anywhere in the file is
# found; beyond it only the head of the file is examined.
METADATA_WINDOW_BYTES = 64 * 1024 * 1024
MAX_IMAGE_PIXELS = 80_000_000
IMAGE_FORMAT_ALLOWLIST = frozenset({"PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF"})
MAX_NAME_CHARS = 255


@dataclass(frozen=True)
class ImportedFile:
    sha256: str
    size: int
    mime_type: str
    captured_at: str | None
    width: int | None
    height: int | None


_SIGNATURES: list[tuple[bytes, int, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"%PDF-", 0, "application/pdf"),
    (b"ID3", 0, "audio/mpeg"),
    (b"OggS", 0, "audio/ogg"),
    (b"fLaC", 0, "audio/flac"),
    (b"#!AMR", 0, "audio/amr"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"\x1a\x45\xdf\xa3", 0, "video/webm"),
]

_FTYP_BRANDS = {
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heif",
    b"M4A ": "audio/mp4",
    b"M4V ": "video/mp4",
    b"qt  ": "video/quicktime",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
}


def sniff_mime(head: bytes) -> str:
    """The MIME type from the first bytes of a file; never from its name."""
    for signature, offset, mime in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], "video/mp4")
    if head[:2] == b"\xff\xfb" or head[:2] == b"\xff\xf3":
        return "audio/mpeg"
    if _looks_like_text(head):
        return "text/plain"
    return "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    sample = head[:4096]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(sample) - 3:
            return False
    return True


def clean_name(name: str) -> str:
    """The original file name as given, minus any folder part, bounded in length."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    base = "".join(ch for ch in base if ch.isprintable()) or "attachment"
    return base[:MAX_NAME_CHARS]


def image_metadata(data: bytes) -> tuple[int | None, int | None, str | None]:
    """(width, height, capture time) for an allowed image format; (None, None, None) otherwise.

    Only the header and metadata are parsed; pixels are never decoded here. Decompression
    bombs (more than MAX_IMAGE_PIXELS) are treated as opaque files.
    """
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=sorted(IMAGE_FORMAT_ALLOWLIST)) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    return None, None, None
                captured = _capture_time(image)
                image_format = image.format
            if not _looks_complete(data, image_format):
                return None, None, None
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
        struct.error,
    ):
        return None, None, None
    return width, height, captured


def _looks_complete(data: bytes, image_format: str | None) -> bool:
    """A truncated file keeps a readable header; check the end without decoding pixels."""
    from PIL import Image

    if image_format == "JPEG":
        return b"\xff\xd9" in data[-4096:]
    if image_format == "PNG":
        # verify() walks every chunk and its CRC; it needs a freshly opened image.
        with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
            image.verify()
    return True


_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_OFFSET_TIME_ORIGINAL = 0x9011
_DATETIME = 0x0132


def _capture_time(image: object) -> str | None:
    """EXIF DateTimeOriginal (with its offset when recorded) as ISO 8601, else None."""
    if getattr(image, "format", None) == "PNG" and "exif" not in getattr(image, "info", {}):
        # Pillow looks for a PNG's eXIf chunk past the pixels by decoding all of them; a
        # screenshot almost never has one, and a chunk before the pixels is already in `info`.
        return None
    try:
        exif = image.getexif()  # type: ignore[attr-defined]
        sub = exif.get_ifd(_EXIF_IFD)
        raw = sub.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
        offset = sub.get(_OFFSET_TIME_ORIGINAL)
    except Exception:
        return None
    if not isinstance(raw, str) or len(raw) < 19:
        return None
    text = raw[:19].replace(":", "-", 2).replace(" ", "T", 1)
    if not (text[:4].isdigit() and text[5:7].isdigit() and text[8:10].isdigit()):
        return None
    if isinstance(offset, str) and len(offset) == 6 and offset[0] in "+-":
        text += offset
    return text


def stream_into(
    write_chunk: Callable[[int, bytes], None],
    source: BinaryIO,
    *,
    total: int | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ImportedFile:
    """Copy `source` chunk by chunk through `write_chunk(index, data)`, hashing as it goes."""
    digest = hashlib.sha256()
    head = b""
    window: bytearray | None = bytearray()
    size = 0
    index = 0
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled()
        try:
            chunk = source.read(CHUNK_BYTES)
        except OSError as exc:
            raise InvalidInput(f"The file could not be read: {exc.strerror or exc}") from exc
        if not chunk:
            break
        if index == 0:
            head = chunk[:8192]
        digest.update(chunk)
        if window is not None:
            if len(window) + len(chunk) <= METADATA_WINDOW_BYTES:
                window += chunk
            else:
                window = None
        write_chunk(index, chunk)
        size += len(chunk)
        index += 1
        if progress is not None:
            progress(size, total if total is not None else size)
    mime = sniff_mime(head)
    width = height = None
    captured = None
    if mime.startswith("image/") and window is not None:
        width, height, captured = image_metadata(bytes(window))
    return ImportedFile(digest.hexdigest(), size, mime, captured, width, height)


def new_uid() -> str:
    return uuid.uuid4().hex
