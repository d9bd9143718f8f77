"""One way of writing time (issue 13, finding 5): when it happened, when it was recorded and
when a photo was captured are each printed as date, time and UTC offset, "(zone unknown)" where
the file does not say, and the same in English, Spanish and Portuguese. Read with pdftotext."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind, Occurred
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.vault.vault import Vault
from tests.integration.test_export import need
from tests.support.helpers import fields

# label, then the moment, as each language prints them
LINES = {
    "en": ("Happened", "Recorded", "Captured", "(zone unknown)"),
    "es": ("Ocurrió", "Registrada", "Fecha de captura", "(zona horaria desconocida)"),
    "pt_BR": ("Ocorreu", "Registrado", "Capturado em", "(fuso horário desconhecido)"),
}


def photo(taken: str, offset: str | None) -> bytes:
    exif = Image.Exif()
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = taken  # DateTimeOriginal, as cameras write it
    if offset is not None:
        sub[0x9011] = offset  # OffsetTimeOriginal
    out = io.BytesIO()
    Image.new("RGB", (32, 24), "grey").save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


@pytest.fixture
def journal_at_a_known_time(vault: Vault) -> Journal:
    journal = Journal(vault, clock=lambda: datetime(2026, 3, 2, 9, 15, 42, tzinfo=UTC))
    journal.add(
        Kind.INCIDENT,
        fields("Photographed the bruise", occurred=Occurred.parse("2026-03-01T21:30+01:00")),
        [
            AttachmentSource("with-zone.jpg", data=photo("2026:02:28 18:05:09", "-03:00")),
            AttachmentSource("no-zone.jpg", data=photo("2026:02:27 07:00:00", None)),
        ],
    )
    return journal


def flat_text(pdf: Path) -> str:
    out = subprocess.run([need("pdftotext"), str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


@pytest.mark.parametrize("language", sorted(LINES))
def test_happened_recorded_and_captured_are_written_one_way_in_every_language(
    journal_at_a_known_time: Journal, tmp_path: Path, language: str
) -> None:
    out = tmp_path / f"bundle-{language}.pdf"
    export_bundle(journal_at_a_known_time, ExportOptions(language=language), out)
    text = flat_text(out)
    happened, recorded, captured, unknown = LINES[language]
    assert f"{happened} 2026-03-01 21:30 UTC+01:00" in text
    assert f"{recorded} 2026-03-02 09:15 UTC+00:00" in text
    assert f"{captured} 2026-02-28 18:05 UTC-03:00" in text
    assert f"{captured} 2026-02-27 07:00 {unknown}" in text
    # No other style is left: no bare "UTC" after a time, no EXIF colons, no 'T' separator.
    assert not re.search(r"\d{2}:\d{2} UTC(?![+-])", text)
    assert not re.search(r"\d{4}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d", text)
