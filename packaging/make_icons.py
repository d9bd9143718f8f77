"""The app's icon in the formats Windows and macOS want, made from the disguise icon.

    .venv/bin/python packaging/make_icons.py OUT_FOLDER

Writes OUT_FOLDER/notebook.ico (Windows: 16 to 256 px) and OUT_FOLDER/notebook.icns (macOS:
32 to 1024 px) from resources/icons/notebook.png, the default disguise's icon (original artwork,
see resources/icons/README.md). build.spec calls `make_icons` at every build and writes them in
PyInstaller's work folder, so no generated binary is committed. Only Pillow is needed.

The PNG is 256 px: the larger macOS sizes are scaled up from it (soft on a Retina Finder at
its largest; drawing the source bigger in resources/icons/make_icons.py would sharpen them).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "notebook.png"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # the sizes Pillow writes (ic11 to ic10)


def make_icons(out: Path, source: Path = SOURCE) -> tuple[Path, Path]:
    """Write notebook.ico and notebook.icns in `out`; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    with Image.open(source) as opened:
        image = opened.convert("RGBA")
    ico, icns = out / "notebook.ico", out / "notebook.icns"
    image.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    scaled = [image.resize((s, s), Image.Resampling.LANCZOS) for s in ICNS_SIZES]
    scaled[-1].save(icns, format="ICNS", append_images=scaled[:-1])
    return ico, icns


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for path in make_icons(Path(sys.argv[1])):
        print(f"{path} ({path.stat().st_size} bytes)")
