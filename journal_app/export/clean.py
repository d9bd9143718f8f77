"""Clean copies of attached files for a redacted bundle: metadata removed, pictures unchanged.

A photo can carry the place it was taken (GPS), the owner's name, the camera's serial number and
a thumbnail of the uncropped picture; a PDF letter can carry its author and subject. A redacted
copy embeds cleaned copies instead of the originals, and says exactly what was removed
(SECURITY.md, "Honest history": a cleaned copy is a new file with its own hash, linked to the
original). The original in the journal is never touched.

- JPEG: the marker stream is parsed and metadata segments (EXIF, XMP, IPTC/Photoshop, comments,
  other application segments, the JFIF thumbnail) are dropped; the compressed picture data is
  copied byte for byte, so the pixels are identical. The EXIF orientation is written back as a
  minimal EXIF block holding only that tag, so the picture is still shown the right way up.
- PNG: text, XMP, EXIF, time and private chunks are dropped; the picture data is copied.
- PDF: document information, XMP (everywhere), application private data, files attached inside
  it and comment authors are removed, and the file is rewritten by pypdf (earlier saved
  revisions go too).
- MP3: ID3 tags are removed.
- Plain text and BMP have no metadata and are kept as they are.

Anything else (Word files, HEIC, WebP, GIF, TIFF, video, other audio) cannot be cleaned here, so
the caller leaves it out of a redacted copy rather than leak what it carries. Pure functions on
bytes; no files, no external programs.
"""

from __future__ import annotations

import io
import logging
import struct
import warnings
from dataclasses import dataclass

from PIL import Image

from journal_app.i18n import N_

EXIF_METADATA = N_("EXIF metadata")
GPS_POSITION = N_("GPS position")
MAKER_NOTES = N_("camera maker notes")
THUMBNAIL = N_("embedded thumbnail")
XMP_METADATA = N_("XMP metadata")
IPTC_METADATA = N_("IPTC/Photoshop metadata")
COMMENTS = N_("comments")
TEXT_CHUNKS = N_("text chunks")
TIMESTAMP = N_("file timestamp")
OTHER_DATA = N_("other application data")
TRAILING_DATA = N_("data after the end of the file")
DOCUMENT_INFO = N_("document information")
PRIVATE_DATA = N_("application private data")
INNER_FILES = N_("files attached inside the PDF")
COMMENT_AUTHORS = N_("comment authors")
ID3_TAGS = N_("ID3 tags")

_ORIENTATION = 0x0112
_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_MAKER_NOTE = 0x927C
_IFD1 = -1  # PIL.ExifTags.IFD.IFD1: the thumbnail's directory


class Unclean(ValueError):
    """The file cannot be cleaned safely."""


@dataclass(frozen=True)
class Cleaned:
    """A cleaned copy (`data`), or None when it could not be cleaned; `removed` lists what was
    taken out (English msgids, in the order found)."""

    data: bytes | None
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class CopyFacts:
    """What the pages and the manifest say about a cleaned copy that is embedded."""

    sha256: str
    size: int
    removed: tuple[str, ...]
    # Black boxes drawn on a picture (boxes.py): the copy is a redacted derivative.
    regions: int = 0


def clean_file(data: bytes, mime_type: str) -> Cleaned:
    cleaner = {
        "image/jpeg": _clean_jpeg,
        "image/png": _clean_png,
        "application/pdf": _clean_pdf,
        "audio/mpeg": _clean_mp3,
    }.get(mime_type)
    if cleaner is None:
        if mime_type in ("text/plain", "image/bmp"):
            return Cleaned(data)
        return Cleaned(None)
    removed: list[str] = []
    try:
        cleaned = cleaner(data, removed)
    except Exception:  # a malformed or hostile file (pypdf raises many kinds): fail closed
        return Cleaned(None)
    return Cleaned(cleaned, tuple(dict.fromkeys(removed)))


# ---------------------------------------------------------------------------- JPEG
def _clean_jpeg(data: bytes, removed: list[str]) -> bytes:
    if data[:2] != b"\xff\xd8":
        raise Unclean("not a JPEG")
    kept: list[bytes] = []
    orientation: int | None = None
    i = 2
    while True:
        if data[i] != 0xFF:
            raise Unclean("no marker where one was expected")
        while data[i] == 0xFF:
            i += 1
        marker = data[i]
        i += 1
        if marker == 0xD9:  # end of image
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            kept.append(bytes([0xFF, marker]))
            continue
        (length,) = struct.unpack(">H", data[i : i + 2])
        if length < 2 or i + length > len(data):
            raise Unclean("truncated segment")
        end = i + length
        payload = data[i + 2 : end]
        segment = data[i - 2 : end]
        if marker == 0xDA:  # start of scan: copy the compressed data up to the next marker
            j = end
            while True:
                k = data.index(b"\xff", j)
                following = data[k + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    j = k + 1
                    continue
                break
            kept.append(bytes(data[i - 2 : k]))
            i = k
            continue
        if marker == 0xE0 and payload.startswith(b"JFIF\x00") and len(payload) >= 14:
            if payload[12] * payload[13]:
                removed.append(THUMBNAIL)
            kept.append(_segment(0xE0, payload[:12] + b"\x00\x00"))
        elif marker == 0xE1 and payload.startswith(b"Exif\x00\x00"):
            orientation = _inspect_exif(payload, removed) or orientation
        elif marker == 0xE1 and b"adobe" in payload[:40].lower():
            removed.append(XMP_METADATA)
        elif marker == 0xE2 and payload.startswith(b"ICC_PROFILE\x00"):
            kept.append(bytes(segment))  # the colour profile: needed to show the colours
        elif marker == 0xED:
            removed.append(IPTC_METADATA)
        elif marker == 0xEE and payload.startswith(b"Adobe") and len(payload) == 12:
            kept.append(bytes(segment))  # colour transform flags, needed to decode CMYK
        elif marker == 0xFE:
            removed.append(COMMENTS)
        elif 0xE0 <= marker <= 0xEF:
            removed.append(OTHER_DATA)
        else:
            kept.append(bytes(segment))
        i = end
    if i < len(data):
        removed.append(TRAILING_DATA)
    if orientation not in (None, 1):
        exif = Image.Exif()
        exif[_ORIENTATION] = orientation
        at = 1 if kept and kept[0][:2] == b"\xff\xe0" else 0
        kept.insert(at, _segment(0xE1, exif.tobytes()))
    return b"\xff\xd8" + b"".join(kept) + b"\xff\xd9"


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) + 2 > 0xFFFF:
        raise Unclean("segment too long")
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _inspect_exif(payload: bytes, removed: list[str]) -> int | None:
    """Name what the EXIF block holds (it is dropped whole) and return its orientation."""
    removed.append(EXIF_METADATA)
    exif = Image.Exif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exif.load(payload)
            if exif.get_ifd(_GPS_IFD):
                removed.append(GPS_POSITION)
            if exif.get_ifd(_EXIF_IFD).get(_MAKER_NOTE):
                removed.append(MAKER_NOTES)
            if exif.get_ifd(_IFD1):
                removed.append(THUMBNAIL)
            value = exif.get(_ORIENTATION)
    except Exception:  # unreadable EXIF is dropped all the same
        logging.getLogger(__name__).debug("unreadable EXIF block dropped")
        return None
    return value if isinstance(value, int) and 1 <= value <= 8 else None


# ---------------------------------------------------------------------------- PNG
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEEP = frozenset(
    {
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP",
        b"sBIT", b"bKGD", b"pHYs", b"hIST", b"acTL", b"fcTL", b"fdAT", b"cICP", b"mDCV",
        b"cLLI",
    }
)  # fmt: skip


def _clean_png(data: bytes, removed: list[str]) -> bytes:
    if not data.startswith(_PNG_SIGNATURE):
        raise Unclean("not a PNG")
    out = bytearray(_PNG_SIGNATURE)
    i = len(_PNG_SIGNATURE)
    while True:
        (length,) = struct.unpack(">I", data[i : i + 4])
        kind = data[i + 4 : i + 8]
        end = i + 12 + length
        if end > len(data):
            raise Unclean("truncated chunk")
        if kind in _PNG_KEEP:
            out += data[i:end]
        elif kind == b"iTXt" and data[i + 8 : i + 8 + 17] == b"XML:com.adobe.xmp":
            removed.append(XMP_METADATA)
        elif kind in (b"tEXt", b"zTXt", b"iTXt"):
            removed.append(TEXT_CHUNKS)
        elif kind == b"eXIf":
            _inspect_exif(b"Exif\x00\x00" + data[i + 8 : i + 8 + length], removed)
        elif kind == b"tIME":
            removed.append(TIMESTAMP)
        else:
            removed.append(OTHER_DATA)
        i = end
        if kind == b"IEND":
            break
    if i < len(data):
        removed.append(TRAILING_DATA)
    return bytes(out)


# ---------------------------------------------------------------------------- PDF
def _clean_pdf(data: bytes, removed: list[str]) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise Unclean("encrypted PDF")
            writer = PdfWriter(clone_from=reader)
            if reader.metadata:
                removed.append(DOCUMENT_INFO)
            writer.metadata = None
            root = writer._root_object
            names = root.get("/Names")
            names = names.get_object() if names is not None else None
            if isinstance(names, DictionaryObject) and "/EmbeddedFiles" in names:
                del names[NameObject("/EmbeddedFiles")]
                removed.append(INNER_FILES)
            for obj in list(writer._objects):
                target = obj.get_object() if obj is not None else None
                if not isinstance(target, DictionaryObject):
                    continue
                if "/Metadata" in target:
                    del target[NameObject("/Metadata")]
                    removed.append(XMP_METADATA)
                if "/PieceInfo" in target:
                    del target[NameObject("/PieceInfo")]
                    removed.append(PRIVATE_DATA)
                if target.get("/Type") == "/Annot" and "/T" in target:
                    del target[NameObject("/T")]
                    removed.append(COMMENT_AUTHORS)
            writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
            writer.metadata = None
            out = io.BytesIO()
            writer.write(out)
    finally:
        logger.setLevel(level)
    return out.getvalue()


# ---------------------------------------------------------------------------- MP3
def _clean_mp3(data: bytes, removed: list[str]) -> bytes:
    start = 0
    while data[start : start + 3] == b"ID3":
        header = data[start : start + 10]
        size_bytes = header[6:10]
        if any(b & 0x80 for b in size_bytes):
            raise Unclean("malformed ID3 size")
        size = 0
        for b in size_bytes:
            size = (size << 7) | b
        footer = 10 if header[5] & 0x10 else 0
        start += 10 + size + footer
        if start > len(data):
            raise Unclean("truncated ID3 tag")
        removed.append(ID3_TAGS)
    end = len(data)
    if end - start >= 128 and data[end - 128 : end - 125] == b"TAG":
        end -= 128
        removed.append(ID3_TAGS)
    body = data[start:end]
    if b"APETAGEX" in body or b"LYRICSBEGIN" in body or b"ID3" in body[-16384:]:
        raise Unclean("other tags in the file")
    if not body or body[0] != 0xFF or body[1] & 0xE0 != 0xE0:
        raise Unclean("no MPEG audio frame at the start")
    return body
