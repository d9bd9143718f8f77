"""STYLE.md rule 1: the core, vault, evidence and CLI never load Qt."""

import ast
import subprocess
import sys
from pathlib import Path

from tests.support.helpers import ROOT

QT_FREE = [
    "journal_app.cli",
    "journal_app.core.journal",
    "journal_app.core.integrity",
    "journal_app.core.models",
    "journal_app.core.hardening",
    "journal_app.vault.vault",
    "journal_app.vault.backup",
    "journal_app.vault.restore",
    "journal_app.evidence.chain",
    "journal_app.evidence.signing",
]


def test_non_ui_packages_do_not_import_pyside6() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {QT_FREE!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"


# The stack reads bottom-up: i18n -> evidence -> vault -> core service -> export -> cli/ui.
# (core.errors, core.models, core.files and core.secrets are plain data and helpers that every
# floor may use; core.journal, the service, and core.integrity, its check, sit above the vault.)
_FLOORS = {
    "evidence": {
        "journal_app.vault",
        "journal_app.core.journal",
        "journal_app.core.integrity",
        "journal_app.export",
    },
    "vault": {
        "journal_app.core.journal",
        "journal_app.core.integrity",
        "journal_app.export",
        "journal_app.cli",
    },
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_floor_imports_one_above_it() -> None:
    offences = []
    for floor, above in _FLOORS.items():
        for path in sorted((ROOT / "journal_app" / floor).glob("*.py")):
            for name in _imports(path):
                if any(name == up or name.startswith(up + ".") for up in above):
                    offences.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offences, offences
