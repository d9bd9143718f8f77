"""Print previews of image exhibits: decoded from memory with Pillow, bounded, downscaled.

The preview is a reduced JPEG for the page only; the embedded original is never touched.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps

MAX_PIXELS = 64_000_000  # larger images are listed and embedded but not previewed
PREVIEW_EDGE = 1400  # pixels on the long side: ~200 dpi across a 17 cm column
PREVIEW_FORMATS = frozenset({"PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF"})


@dataclass(frozen=True)
class Preview:
    jpeg: bytes
    width: int
    height: int


def make_preview(data: bytes) -> Preview | None:
    """A downscaled JPEG of `data`, or None when it is not a previewable image."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in PREVIEW_FORMATS:
                return None
            width, height = image.size
            if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
                return None
            image.draft("RGB", (PREVIEW_EDGE, PREVIEW_EDGE))
            oriented = _eight_bit(ImageOps.exif_transpose(image))
            oriented.thumbnail((PREVIEW_EDGE, PREVIEW_EDGE))
            if oriented.mode in ("RGBA", "LA", "P", "PA", "RGBa", "La") or (
                "transparency" in oriented.info
            ):
                rgba = oriented.convert("RGBA")
                flat = Image.new("RGB", rgba.size, "white")
                flat.paste(rgba, mask=rgba.getchannel("A"))
                oriented = flat
            elif oriented.mode not in ("RGB", "L"):
                oriented = oriented.convert("RGB")
            out = io.BytesIO()
            oriented.save(out, "JPEG", quality=82)
            return Preview(out.getvalue(), oriented.width, oriented.height)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, MemoryError):
        return None


def _eight_bit(image: Image.Image) -> Image.Image:
    """Greyscale with more than 8 bits (16-bit screenshots, 32-bit integer or float TIFFs)
    scaled to 8 bits by its nominal range. Converting straight to RGB or L clips every value
    above 255, so a 16-bit picture would print almost white."""
    if image.mode.startswith("I;16"):
        top = 65535.0
    elif image.mode == "I":
        high = _highest(image)
        top = 255.0 if high <= 255 else 65535.0 if high <= 65535 else float(2**32 - 1)
    elif image.mode == "F":
        high = _highest(image)
        top = 1.0 if high <= 1.0 else 255.0 if high <= 255 else 65535.0
    else:
        return image
    scale = 255.0 / top
    return image.convert("F").point(lambda v: v * scale).convert("L")


def _highest(image: Image.Image) -> float:
    """The largest value of a single-band image."""
    extrema: Any = image.getextrema()
    return float(extrema[1])
