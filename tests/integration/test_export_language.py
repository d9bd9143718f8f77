"""The evidence bundle in Spanish and Brazilian Portuguese, read back with Poppler's pdftotext:
no English label is left, the translated labels are there, dates stay ISO 8601, and the signed
manifest is the same in every language apart from the recorded language."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Category, Disclosure, Kind, Occurred
from journal_app.evidence.checkpoint import Checkpoint
from journal_app.export.bundle import export_bundle
from journal_app.export.checkpoint_pdf import write_checkpoint_pdf
from journal_app.export.selection import ExportOptions, Redactions
from tests.support.helpers import PASSPHRASE, fields, run_cli

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)

# Labels, headings and sentences the English bundle prints; none may survive a translation.
ENGLISH = [
    "Evidence bundle",
    "A record of incidents",
    "Date of export",
    "Export id",
    "Period covered",
    "Versions included",
    "History chain",
    "Signing key fingerprint",
    "Password",
    "Redaction",
    "About this bundle",
    "How to check it",
    "What the signatures show",
    "What the history chain shows",
    "Earlier exports from this journal",
    "Chronology",
    "One row per entry",
    "Happened",
    "Recorded",
    "Category",
    "Exhibits",
    "Exhibit",
    "Marks",
    "Title",
    "approx.",
    "late",
    "amended",
    "LATE ENTRY",
    "AMENDED",
    "Incident",
    "Message",
    "journal entry id",
    "What happened",
    "People involved",
    "Witnesses",
    "Who was told",
    "Location",
    "Severity",
    "Sender",
    "Channel",
    "Tags",
    "Injuries",
    "Medical care",
    "History of this entry",
    "What changed",
    "first version",
    "written",
    "As written in version",
    "Content SHA-256 of the latest version",
    "Original name",
    "Size",
    "Captured",
    "Imported",
    "From",
    "Embedded as",
    "Reduced copy",
    "not recorded in the file",
    "This file is not a picture",
    "Page 1 of",
    "Original files and a signed manifest",
    "Check it with",
    "Threats",
    "Physical",
    "Phone call",
    "of 5",
]
# Printed only when something is redacted or the history is left out.
REDACTION_ENGLISH = [
    "redacted",
    "were left out",
    "was left out",
    "Redaction removes",
    "categories:",
    "tags:",
    "latest version of each entry only",
    "file(s) left out by redaction",
]

SPANISH = [
    "Expediente de pruebas",
    "Fecha de exportación",
    "Huella de la clave de firma",
    "Información omitida",
    "Sobre este expediente",
    "Cómo comprobarlo",
    "Cronología",
    "Ocurrió",
    "Registrada",
    "Categoría",
    "Anexo A1",
    "aprox.",
    "tardía",
    "modificada",
    "ENTRADA TARDÍA",
    "Incidente",
    "Mensaje",
    "Qué pasó",
    "Personas implicadas",
    "Historial de esta entrada",
    "Nombre original",
    "Incorporado como",
    "Página 1 de",
    "Amenazas",
    "Física",
    "Llamada telefónica",
    "4 de 5",
    "Amenazas sobre la situación migratoria",
]

PORTUGUESE = [
    "Dossiê de provas",
    "Data da exportação",
    "Impressão digital da chave de assinatura",
    "Informações omitidas",
    "Sobre este dossiê",
    "Como verificar",
    "Cronologia",
    "Ocorreu",
    "Registrado",
    "Categoria",
    "Anexo A1",
    "aprox.",
    "tardio",
    "alterado",
    "REGISTRO TARDIO",
    "Incidente",
    "Mensagem",
    "O que aconteceu",
    "Pessoas envolvidas",
    "Histórico deste registro",
    "Nome original",
    "Incorporado como",
    "Página 1 de",
    "Ameaças",
    "Física",
    "Ligação telefônica",
    "4 de 5",
    "Ameaças sobre a situação migratória",
]


def pdftotext(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (Poppler) is not installed")
    result = subprocess.run([tool, str(pdf), "-"], capture_output=True, check=True)
    return " ".join(result.stdout.decode("utf-8").split())


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 80), "white").save(out, "PNG")
    return out.getvalue()


def populate(journal: Journal) -> list[int]:
    """Entries that show every label: late, amended, approximate, a message, two exhibits."""
    first = journal.add(
        Kind.INCIDENT,
        fields(
            "Puerta QZX",
            occurred=Occurred.parse("2020-01-05T21:30", approximate=True),
            body="QZX uno.\n\nQZX dos.",
            location="Calle QZX",
            people=("Persona QZX",),
            witnesses=("Testigo QZX",),
            told=(Disclosure("Policía QZX", "CAD-1"),),
            injuries="QZX",
            medical_care="QZX",
            tags=("qzx",),
            severity=4,
        ),
        [
            AttachmentSource("captura.png", data=png()),
            AttachmentSource("audio.bin", data=b"\x00QZX" * 300),
        ],
    )
    journal.edit(
        first,
        fields(
            "Puerta QZX editada",
            occurred=Occurred.parse("2020-01-05"),
            body="QZX uno.",
            tags=("qzx",),
            severity=4,
            location="Calle QZX",
            people=("Persona QZX",),
            witnesses=("Testigo QZX",),
            told=(Disclosure("Policía QZX", "CAD-1"),),
        ),
    )
    journal.add(
        Kind.MESSAGE,
        fields(
            "QZX",
            occurred=Occurred.parse("2026-04-30T10:00"),
            category=Category.PHYSICAL,
            channel="call",
            sender="+34 600 000 000",
        ),
    )
    journal.add(
        Kind.INCIDENT,
        fields("QZX migra", occurred=Occurred.parse("2026-04-29"), category=Category.IMMIGRATION),
    )
    return [first]


def export(journal: Journal, target: Path, language: str, **options: Any) -> Path:
    export_bundle(journal, ExportOptions(language=language, **options), target, now=NOW)
    return target


def manifest_of(pdf: Path) -> dict[str, Any]:
    blobs = PdfReader(pdf).attachments["manifest.json"]
    return dict(json.loads(blobs[0]))


def english_left(text: str) -> list[str]:
    return [label for label in ENGLISH if re.search(rf"(?<![\w-]){re.escape(label)}\b", text)]


@pytest.mark.parametrize(
    ("language", "expected"), [("es", SPANISH), ("pt_BR", PORTUGUESE)], ids=["es", "pt_BR"]
)
def test_a_translated_bundle_has_no_english_label_left(
    journal: Journal, tmp_path: Path, language: str, expected: list[str]
) -> None:
    populate(journal)
    english = pdftotext(export(journal, tmp_path / "en.pdf", "en"))
    assert not [label for label in ENGLISH if label not in english]  # the list is real
    text = pdftotext(export(journal, tmp_path / f"{language}.pdf", language))
    assert english_left(text) == []
    assert [label for label in expected if label not in text] == []
    # Dates and times stay ISO 8601 in every language.
    assert "2020-01-05 21:30" in text and "2026-05-01 12:00 UTC" in text


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_redaction_statements_and_a_selection_are_translated(
    journal: Journal, tmp_path: Path, language: str
) -> None:
    [first] = populate(journal)
    attachment = journal.get(first).current.attachments[0].id
    options = {
        "redactions": Redactions(
            locations=True, people=True, attachment_ids=frozenset({attachment})
        ),
        "categories": (Category.THREATS,),
        "tags": ("qzx",),
        "include_history": False,
    }
    text = pdftotext(export(journal, tmp_path / "r.pdf", language, **options))
    english = pdftotext(export(journal, tmp_path / "r-en.pdf", "en", **options))
    assert not [label for label in REDACTION_ENGLISH if label not in english]  # the list is real
    assert english_left(text) == []
    assert [label for label in REDACTION_ENGLISH if label in text] == []
    assert ("omitido" in text) and ("Calle QZX" not in text)


def test_the_manifest_is_the_same_in_every_language_apart_from_the_language(
    journal: Journal, tmp_path: Path
) -> None:
    populate(journal)
    manifests = {
        language: manifest_of(export(journal, tmp_path / f"{language}.pdf", language))
        for language in ("en", "es", "pt_BR")
    }
    assert {m["language"] for m in manifests.values()} == {"en", "es", "pt_BR"}
    for manifest in manifests.values():
        manifest.pop("language")
        manifest.pop("export_id")
        # Each bundle lists the ones exported before it (the export log), so this grows.
        manifest.pop("earlier_exports")
    assert manifests["es"] == manifests["en"] == manifests["pt_BR"]
    # Keys and recorded statements stay English: the manifest is language-neutral.
    assert manifests["es"]["redactions"]["statement"] == []
    redacted = manifest_of(
        export(journal, tmp_path / "r.pdf", "es", redactions=Redactions(locations=True))
    )
    assert redacted["redactions"]["statement"][0] == "Locations were left out of this copy."


def test_an_unknown_language_falls_back_to_english(journal: Journal, tmp_path: Path) -> None:
    populate(journal)
    pdf = export(journal, tmp_path / "xx.pdf", "klingon")
    text = pdftotext(pdf)
    assert "Evidence bundle" in text and "Chronology" in text and "Page 1 of" in text
    assert manifest_of(pdf)["language"] == "en"


def test_the_cli_exports_in_a_language_other_than_its_messages(
    closed_vault: Path, tmp_path: Path
) -> None:
    run_cli(
        [
            "add",
            closed_vault,
            "--title",
            "QZX",
            "--occurred",
            "2026-04-01",
            "--category",
            "threats",
            "--passphrase-file",
            "-",
        ],
        stdin=PASSPHRASE + "\n",
    )
    out = tmp_path / "bundle.pdf"
    result = run_cli(
        [
            "--language",
            "pt_BR",
            "export",
            closed_vault,
            "--out",
            out,
            "--language",
            "es",
            "--passphrase-file",
            "-",
        ],
        stdin=PASSPHRASE + "\n",
        env={"LANG": "en_US.UTF-8", "LANGUAGE": ""},
    )
    assert result.returncode == 0, result.stderr
    assert "Foram exportados 1 registros" in result.stderr  # messages in Portuguese
    text = pdftotext(out)
    assert "Expediente de pruebas" in text and english_left(text) == []  # the PDF in Spanish
    assert manifest_of(out)["language"] == "es"
    # Without --language the system language decides.
    system = tmp_path / "system.pdf"
    result = run_cli(
        ["export", closed_vault, "--out", system, "--passphrase-file", "-"],
        stdin=PASSPHRASE + "\n",
        env={"LANG": "pt_BR.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""},
    )
    assert result.returncode == 0, result.stderr
    assert "Dossiê de provas" in pdftotext(system)


@pytest.mark.parametrize(
    ("language", "title", "label"),
    [
        ("es", "Punto de control del diario", "Huella de la clave de firma"),
        ("pt_BR", "Ponto de controle do diário", "Último elo do histórico"),
    ],
)
def test_the_checkpoint_page_is_translated(
    tmp_path: Path, language: str, title: str, label: str
) -> None:
    point = Checkpoint.make(42, "ab" * 32, datetime(2026, 11, 27).date(), "cd" * 16)
    target = tmp_path / "checkpoint.pdf"
    write_checkpoint_pdf(point, "ab" * 32, "cdcd cdcd", target, language=language)
    text = pdftotext(target)
    assert title in text and label in text and "2026-11-27" in text
    for english in ("Journal checkpoint", "Versions in the history", "Keep it somewhere safe"):
        assert english not in text
