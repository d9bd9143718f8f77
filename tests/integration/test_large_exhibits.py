"""Whatever the export embeds, `verify` reads (issue 12, finding 7): a bundle with a 90 MB
exhibit — past the 75 MB a PDF library refuses by default — verifies as INTACT."""

from __future__ import annotations

import os
from pathlib import Path

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.export.verify import verify_bundle
from tests.support.helpers import fields, run_cli

NINETY_MB = 90 * 1000 * 1000


def test_a_bundle_with_a_90_mb_exhibit_verifies(journal: Journal, tmp_path: Path) -> None:
    video = tmp_path / "voicemail.bin"
    with video.open("wb") as handle:  # incompressible, so the PDF stream is as large
        for _ in range(NINETY_MB // (1 << 20)):
            handle.write(os.urandom(1 << 20))
        handle.write(os.urandom(NINETY_MB % (1 << 20)))
    journal.add(Kind.INCIDENT, fields("Voicemail"), [AttachmentSource.from_path(video)])
    bundle = tmp_path / "bundle.pdf"
    result = export_bundle(journal, ExportOptions(), bundle)
    assert result.exhibits == 1
    verdict = verify_bundle(bundle)
    assert verdict.intact, verdict.problems
    assert verdict.files_checked >= 1
    printed = run_cli(["verify", bundle])
    assert printed.returncode == 0 and "INTACT" in printed.stdout
