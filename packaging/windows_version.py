"""The Windows version resource of notebook.exe, as PyInstaller's version-file text.

    .venv/bin/python packaging/windows_version.py OUT_FILE

build.spec writes it at every build from journal_app.__version__ and passes it as `version=`.
What Windows shows from it: Task Manager lists the process by its FileDescription, and the
file's Properties > Details tab shows every field. So every field names only "Notebook", the
name the app goes by: no product name, no company, nothing about journals or evidence.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIELDS = {
    "FileDescription": "Notebook",
    "InternalName": "notebook",
    "OriginalFilename": "notebook.exe",
    "ProductName": "Notebook",
    "LegalCopyright": "GNU GPL v3 or later",
}


def package_version() -> str:
    """`__version__` from journal_app/__init__.py (read, not imported)."""
    text = (ROOT / "journal_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise RuntimeError("journal_app/__init__.py has no __version__")
    return found.group(1)


def numeric(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); a suffix such as 'rc1' or '.dev2' is dropped."""
    parts = [int(p) for p in re.findall(r"\d+", version.split("+")[0])[:3]]
    parts += [0] * (4 - len(parts))
    return (parts[0], parts[1], parts[2], parts[3])


def version_file_text(version: str) -> str:
    four = numeric(version)
    strings = {**FIELDS, "FileVersion": version, "ProductVersion": version}
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={four},
    prodvers={four},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(out: Path, version: str | None = None) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(version_file_text(version or package_version()), encoding="utf-8")
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(write_version_file(Path(sys.argv[1])))
