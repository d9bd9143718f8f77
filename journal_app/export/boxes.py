"""Black boxes on pictures for a disclosure copy: a face, a street sign, a phone number.

A box is a rectangle in the picture's own pixels, counted after its EXIF orientation is applied
(the picture as a person sees it). The copy is made by decoding the picture from memory (under
the pixel limit the vault uses), filling every box with solid black in the pixel data, and
encoding the result again with no metadata at all: no EXIF, no thumbnail, no text chunks, no
second copy of the picture in another stream. Nothing under a box survives anywhere in the
file; it is not an overlay that could be lifted off.

JPEG stays JPEG (re-encoded at high quality; a photo as PNG would be many times larger), PNG and
BMP stay lossless. Other kinds of picture (GIF, WebP, TIFF, HEIC) are refused: a disclosure copy
leaves them out anyway, because their metadata cannot be removed here (see clean.py).

The original in the journal is never touched. The copy is a derivative with its own SHA-256;
the bundle records both hashes and how many regions were blacked out. Pure functions on bytes.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image, ImageOps

from journal_app.core.errors import InvalidInput
from journal_app.export.clean import clean_file
from journal_app.i18n import ENGLISH, N_, Translate, translator
from journal_app.vault.attachments import MAX_IMAGE_PIXELS

REDRAWN = N_("everything but the pixels (the picture was encoded again)")

# MIME type -> Pillow's format name, for the pictures boxes can be drawn on.
BOXABLE = {"image/jpeg": "JPEG", "image/png": "PNG", "image/bmp": "BMP"}
JPEG_QUALITY = 92
_NUMBER = r"\s*(-?\d{1,9})\s*"
_BOX_TEXT = re.compile(rf"\s*[Aa]?(\d{{1,18}})\s*:{_NUMBER},{_NUMBER},{_NUMBER},{_NUMBER}")


@dataclass(frozen=True)
class Box:
    """A rectangle in the picture's pixels: left, top, width, height."""

    x: int
    y: int
    w: int
    h: int

    def __str__(self) -> str:
        return f"{self.x},{self.y},{self.w},{self.h}"

    @property
    def edges(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.x + self.w, self.y + self.h)


@dataclass(frozen=True)
class BoxedCopy:
    """The disclosure copy: its bytes, how many regions were blacked out, and what hidden
    details the original held that the copy does not (English msgids)."""

    data: bytes
    regions: int
    removed: tuple[str, ...]


def derivative_note(mark: str, regions: int, translate: Translate | None = None) -> str:
    """The words "redacted derivative of A17: 3 regions blacked out" (English unless
    `translate`)."""
    _ = translate or translator(ENGLISH)
    if regions == 1:
        return _("redacted derivative of {mark}: 1 region blacked out", mark=mark)
    return _("redacted derivative of {mark}: {count} regions blacked out", mark=mark, count=regions)


def parse_box(text: str) -> tuple[int, Box]:
    """`A17:x,y,w,h` (or `17:x,y,w,h`) -> (attachment id 17, Box). Zero size is refused here."""
    match = _BOX_TEXT.fullmatch(text)
    if match is None:
        raise InvalidInput(
            key="'{text}' is not a box; write it as A17:x,y,w,h (the exhibit mark, then the "
            "left, top, width and height in pixels).",
            params={"text": text},
        )
    attachment_id, x, y, w, h = (int(g) for g in match.groups())
    box = Box(x, y, w, h)
    if attachment_id < 1:
        raise InvalidInput(
            key="'{text}' is not a box; write it as A17:x,y,w,h (the exhibit mark, then the "
            "left, top, width and height in pixels).",
            params={"text": text},
        )
    _check_area(f"A{attachment_id}", box)
    return attachment_id, box


def _check_area(mark: str, box: Box) -> None:
    if box.w < 1 or box.h < 1:
        raise InvalidInput(
            key="The box {box} on {mark} has no area: its width and height must be at least "
            "1 pixel.",
            params={"box": str(box), "mark": mark},
        )


def check_boxes(mark: str, boxes: Iterable[Box], size: tuple[int, int]) -> None:
    """Every box has an area and lies wholly inside a picture of `size` (width, height)."""
    width, height = size
    for box in boxes:
        _check_area(mark, box)
        if box.x < 0 or box.y < 0 or box.x + box.w > width or box.y + box.h > height:
            raise InvalidInput(
                key="The box {box} on {mark} goes outside the picture, which is {width} by "
                "{height} pixels.",
                params={"box": str(box), "mark": mark, "width": width, "height": height},
            )


def editing_view(
    data: bytes, mime_type: str, max_side: int = 1600
) -> tuple[bytes, tuple[int, int]] | None:
    """For drawing boxes on screen: a reduced BMP of the picture as it is shown (orientation
    applied, the same way black_out applies it) and its full (width, height); None when boxes
    cannot be drawn on it."""
    expected = BOXABLE.get(mime_type)
    if expected is None:
        return None
    try:
        with _open(data, expected) as image:
            if getattr(image, "n_frames", 1) > 1:
                return None
            width, height = image.size
            turned = image.getexif().get(0x0112) in (5, 6, 7, 8)
            size = (height, width) if turned else (width, height)
            if expected == "JPEG" and max(width, height) > max_side:
                # Decoded at a reduced scale (1/2, 1/4, 1/8), still at least max_side: faster.
                factor = max_side / max(width, height)
                image.draft("RGB", (round(width * factor), round(height * factor)))
            view = _savable(ImageOps.exif_transpose(image), "BMP")
            view.thumbnail((max_side, max_side), Image.Resampling.BILINEAR, reducing_gap=2.0)
            out = io.BytesIO()
            view.save(out, "BMP")  # for the screen only, in memory: no time spent compressing
    except _UNREADABLE:
        return None
    return out.getvalue(), size


def black_out(data: bytes, mime_type: str, boxes: Iterable[Box], mark: str) -> BoxedCopy:
    """The picture with every box filled black, encoded again without metadata."""
    chosen = tuple(boxes)
    expected = BOXABLE.get(mime_type)
    if expected is None:
        raise InvalidInput(
            key="Black boxes can be drawn on JPEG, PNG and BMP pictures only; {mark} is not one.",
            params={"mark": mark},
        )
    try:
        with _open(data, expected) as image:
            if getattr(image, "n_frames", 1) > 1:
                raise InvalidInput(
                    key="{mark} is an animation; black boxes can be drawn on a still picture only.",
                    params={"mark": mark},
                )
            image.load()
            icc = image.info.get("icc_profile")
            picture = _savable(ImageOps.exif_transpose(image), expected)
    except _UNREADABLE as exc:
        raise InvalidInput(
            key="{mark} could not be opened as a picture, so nothing can be blacked out on it.",
            params={"mark": mark},
        ) from exc
    # Pillow writes some of `info` back when saving (a JPEG's comment, for one): start empty.
    picture.info = {}
    check_boxes(mark, chosen, picture.size)
    bands = picture.getbands()
    black: int | tuple[int, ...] = (
        0 if len(bands) == 1 else tuple(255 if band == "A" else 0 for band in bands)
    )
    for box in chosen:
        picture.paste(black, box.edges)
    out = io.BytesIO()
    # Only the colour profile is carried over (it says how to show the colours); nothing else
    # from the original: EXIF, text, comments and thumbnails are never written.
    extra = {"icc_profile": icc} if isinstance(icc, bytes) and expected != "BMP" else {}
    if expected == "JPEG":
        picture.save(out, "JPEG", quality=JPEG_QUALITY, subsampling=0, **extra)
    else:
        picture.save(out, expected, **extra)
    found = clean_file(data, mime_type).removed
    return BoxedCopy(out.getvalue(), len(chosen), (*found, REDRAWN))


_UNREADABLE = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    struct.error,
    Image.DecompressionBombError,
    Image.DecompressionBombWarning,
    MemoryError,
)


def _open(data: bytes, expected: str) -> Image.Image:
    """Opened lazily, under the vault's pixel limit, only as the format its type says."""
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(io.BytesIO(data), formats=[expected])
    if image.width * image.height > MAX_IMAGE_PIXELS:
        image.close()
        raise Image.DecompressionBombError("too many pixels")
    return image


def _savable(image: Image.Image, fmt: str) -> Image.Image:
    """A copy in a mode the format can write, in which a black fill means black: palettes
    are expanded (a palette may have no black), CMYK and the rest become RGB."""
    keep = {
        "PNG": ("1", "L", "LA", "RGB", "RGBA", "I;16"),
        "JPEG": ("L", "RGB"),
        "BMP": ("L", "RGB"),
    }[fmt]
    if image.mode in keep:
        return image.copy()
    if fmt == "PNG" and image.mode in ("I", "I;16B", "I;16L", "I;16N"):
        return image.convert("I;16")  # a 16-bit PNG opened as 32-bit: its values fit
    if image.mode == "1":
        return image.convert("L")
    transparent = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info
    if fmt == "PNG" and transparent:
        return image.convert("RGBA")
    return image.convert("RGB")
