"""Sound and video exhibits (issue 13): the exhibit sheet says what the recording is and how
long it runs, read from the file with mutagen; a damaged recording says so and never fails the
export. Read back with pdftotext."""

from __future__ import annotations

import io
import subprocess
import wave
from pathlib import Path

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from tests.integration.test_export import embedded, need
from tests.support.helpers import fields


def voicemail(seconds: int, rate: int = 8000) -> bytes:
    """A silent mono 16-bit WAV recording of `seconds` seconds."""
    out = io.BytesIO()
    with wave.open(out, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(rate)
        recording.writeframes(b"\0\0" * rate * seconds)
    return out.getvalue()


def flat_text(pdf: Path) -> str:
    out = subprocess.run([need("pdftotext"), str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_a_recording_shows_its_format_and_duration(journal: Journal, tmp_path: Path) -> None:
    recording = voicemail(67)
    journal.add(
        Kind.INCIDENT,
        fields("Voicemail at night"),
        [
            AttachmentSource("voicemail.wav", data=recording),
            AttachmentSource("broken.mp3", data=b"ID3\x04\x00" + b"\xff" * 300),
        ],
    )
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), out)
    text = flat_text(out)
    assert "Format WAVE, 1 channel(s), 8000 Hz, 128 kbit/s" in text
    assert "Duration 0:01:07" in text
    assert "Duration could not be read from the file" in text
    assert embedded(out)["A1_voicemail.wav"] == recording


def test_the_recording_rows_are_translated(journal: Journal, tmp_path: Path) -> None:
    journal.add(
        Kind.INCIDENT,
        fields("Voicemail"),
        [AttachmentSource("voicemail.wav", data=voicemail(5))],
    )
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(language="es"), out)
    text = flat_text(out)
    assert "Formato WAVE, 1 canal(es), 8000 Hz, 128 kbit/s" in text
    assert "Duración 0:00:05" in text
