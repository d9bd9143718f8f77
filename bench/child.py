"""Work that must run in a fresh process (peak memory, cold start). Prints one JSON line.

python -m bench.child import FILE            stream FILE into a scratch vault
python -m bench.child raw-import FILE        the same chunks into a bare SQLCipher database
python -m bench.child export VAULT [PDF-PW]  export every entry of VAULT as a bundle
python -m bench.child big-journal FILE DIR    a journal in DIR holding one entry with FILE
python -m bench.child bare-export SIZE SEED  the same content laid out by bare ReportLab
python -m bench.child coldstart              build and show the unlock window, then exit
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


def _peak_rss_mib() -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork+exec from the parent.
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def import_file(path: Path) -> dict[str, float]:
    from bench.util import OUT, RssSampler
    from journal_app.core.journal import Journal
    from journal_app.core.models import AttachmentSource, Category, EntryFields, Kind, Occurred
    from journal_app.vault.kdf import FLOOR
    from journal_app.vault.vault import Vault

    with tempfile.TemporaryDirectory(dir=OUT) as scratch:
        vault = Vault.create(Path(scratch) / "vault", "import bench", kdf=FLOOR)
        journal = Journal(vault)
        fields = EntryFields(
            title="Recording", occurred=Occurred.parse("2024-05-01"), categories=(Category.OTHER,)
        )
        with RssSampler() as sampler:
            started = time.perf_counter()
            journal.add(Kind.INCIDENT, fields, [AttachmentSource.from_path(path)])
            seconds = time.perf_counter() - started
        vault.close()
    return {
        "seconds": seconds,
        "rss_start_mib": sampler.start_kib / 1024,
        "rss_peak_mib": sampler.peak_kib / 1024,
    }


def raw_import(path: Path) -> dict[str, float]:
    """What Journal.add writes for one big file (one transaction, 1 MiB chunks), through a bare
    sqlcipher3 connection: no hashing, sniffing, chain or vault."""
    from bench.rows import raw_sqlcipher
    from bench.util import OUT, RssSampler

    chunk_bytes = 1024 * 1024  # journal_app.vault.attachments.CHUNK_BYTES
    with tempfile.TemporaryDirectory(dir=OUT) as scratch:
        db = raw_sqlcipher(Path(scratch) / "raw.db")
        with RssSampler() as sampler:
            started = time.perf_counter()
            with path.open("rb") as source:
                db.execute("BEGIN IMMEDIATE")
                attachment = db.execute(
                    "INSERT INTO attachments (uid, sha256, size, mime_type, original_name, "
                    "imported_at) VALUES ('raw', '', 0, 'application/octet-stream', ?, "
                    "'2024-05-01T00:00:00+00:00')",
                    (path.name,),
                ).lastrowid
                index = size = 0
                while chunk := source.read(chunk_bytes):
                    db.execute(
                        "INSERT INTO attachment_chunks (attachment_id, idx, data) VALUES (?, ?, ?)",
                        (attachment, index, chunk),
                    )
                    index += 1
                    size += len(chunk)
                db.execute("UPDATE attachments SET size = ? WHERE id = ?", (size, attachment))
                db.execute("COMMIT")
            seconds = time.perf_counter() - started
        db.close()
    return {
        "seconds": seconds,
        "rss_start_mib": sampler.start_kib / 1024,
        "rss_peak_mib": sampler.peak_kib / 1024,
    }


def export(vault_dir: Path, password: str | None = None) -> dict[str, float]:
    from bench.generate import PASSPHRASE
    from bench.util import OUT
    from journal_app.core.journal import Journal
    from journal_app.export.bundle import export_bundle
    from journal_app.export.selection import ExportOptions
    from journal_app.vault.vault import Vault

    vault = Vault.open(vault_dir, PASSPHRASE)
    journal = Journal(vault)
    with tempfile.TemporaryDirectory(dir=OUT) as scratch:
        target = Path(scratch) / "bundle.pdf"
        started = time.perf_counter()
        result = export_bundle(journal, ExportOptions(password=password), target)
        seconds = time.perf_counter() - started
        size = target.stat().st_size
    vault.close()
    return {
        "seconds": seconds,
        "rss_peak_mib": _peak_rss_mib(),
        "entries": result.entries,
        "exhibits": result.exhibits,
        "pdf_mib": size / 1024**2,
    }


def big_journal(path: Path, folder: Path) -> dict[str, float]:
    """A journal holding one entry with `path` attached, for the one-big-exhibit export."""
    from bench.generate import PASSPHRASE
    from journal_app.core.journal import Journal
    from journal_app.core.models import AttachmentSource, Category, EntryFields, Kind, Occurred
    from journal_app.vault.kdf import FLOOR
    from journal_app.vault.vault import Vault

    vault = Vault.create(folder, PASSPHRASE, kdf=FLOOR)
    fields = EntryFields(
        title="Video of the evening",
        occurred=Occurred.parse("2024-05-01"),
        categories=(Category.OTHER,),
    )
    Journal(vault).add(Kind.INCIDENT, fields, [AttachmentSource.from_path(path)])
    vault.close()
    return {"size": float(path.stat().st_size)}


def bare_export(size_name: str, seed: int) -> dict[str, float]:
    """A plain ReportLab document with the same text and images: no vault, no manifest,
    no previews, no embedded originals."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from bench.generate import SIZES, plan
    from bench.util import OUT

    items = list(plan(SIZES[size_name], seed))  # content in memory before timing
    styles = getSampleStyleSheet()
    width = A4[0] - 4 * cm
    with tempfile.TemporaryDirectory(dir=OUT) as scratch:
        target = Path(scratch) / "bare.pdf"
        started = time.perf_counter()
        story = []
        for number, item in enumerate(items, 1):
            fields = item.fields
            story.append(
                Paragraph(f"{number}. {fields.title or fields.sender}", styles["Heading2"])
            )
            story.append(
                Paragraph(
                    f"{fields.occurred.iso()} · "
                    f"{', '.join(c.value for c in fields.categories)} · {', '.join(fields.tags)}",
                    styles["Normal"],
                )
            )
            for text in (fields.body, fields.location, ", ".join(fields.people), fields.injuries):
                if text:
                    story.append(Paragraph(text, styles["BodyText"]))
            for source in item.attachments:
                assert source.data is not None
                image = Image(io.BytesIO(source.data))
                scale = min(1.0, width / image.imageWidth, (A4[1] / 2) / image.imageHeight)
                image.drawWidth = image.imageWidth * scale
                image.drawHeight = image.imageHeight * scale
                story += [PageBreak(), Paragraph(source.name, styles["Heading3"]), image]
            story.append(Spacer(1, 12))
        SimpleDocTemplate(str(target), pagesize=A4).build(story)
        seconds = time.perf_counter() - started
        size = target.stat().st_size
    return {"seconds": seconds, "rss_peak_mib": _peak_rss_mib(), "pdf_mib": size / 1024**2}


def coldstart() -> dict[str, float]:
    """What `python -m journal_app` does up to the unlock window, then exit at once.

    Mirrors journal_app.__main__.main and journal_app.ui.app.run_gui; nothing is hooked into
    production code. The parent measures from spawn to the `shown` time printed here.
    """
    from journal_app.core.hardening import harden_process

    harden_process()
    from journal_app.cli import build_parser

    parsed = build_parser().parse_args(["gui"])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.app import APP_NAME, Session

    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setOrganizationName("")
    app = QApplication(sys.argv[:1])
    session = Session(parsed.vault, on_quit=app.quit)
    session.start()
    shown: list[float] = []

    def mark() -> None:
        shown.append(time.monotonic())
        app.quit()

    QTimer.singleShot(0, mark)  # runs once the first event-loop pass has shown the window
    app.exec()
    visible = session.unlock_window.isVisible()
    return {"shown_monotonic": shown[0], "visible": float(visible)}


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "import":
        result = import_file(Path(argv[1]))
    elif mode == "raw-import":
        result = raw_import(Path(argv[1]))
    elif mode == "export":
        result = export(Path(argv[1]), argv[2] if len(argv) > 2 else None)
    elif mode == "big-journal":
        result = big_journal(Path(argv[1]), Path(argv[2]))
    elif mode == "bare-export":
        result = bare_export(argv[1], int(argv[2]))
    elif mode == "coldstart":
        result = coldstart()
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
