"""STYLE.md rule 1: the core, vault, evidence and CLI never load Qt."""

import subprocess
import sys

from tests.support.helpers import ROOT

QT_FREE = [
    "journal_app.cli",
    "journal_app.core.journal",
    "journal_app.core.models",
    "journal_app.core.hardening",
    "journal_app.vault.vault",
    "journal_app.vault.backup",
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
