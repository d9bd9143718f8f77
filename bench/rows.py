"""Every row of issue 6's table, each with its baseline measured in the same run."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from bench import generate
from bench.generate import PASSPHRASE, Screenshots
from bench.messages import messages_import_row, messages_row
from bench.util import OUT, ROOT, Row, med, run_child, spread, timed_command
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Category, EntryFields, Kind, Occurred
from journal_app.vault import schema
from journal_app.vault.connection import open_keyed, raw_key_literal
from journal_app.vault.kdf import FLOOR, FLOOR_MEMORY_KIB, calibrate, derive_key
from journal_app.vault.repository import Repository
from journal_app.vault.vault import Vault, db_path


@dataclass
class Context:
    size: str
    seed: int
    runs: int

    @property
    def journal_size(self) -> str:
        return self.size

    def vault_dir(self) -> Path:
        return generate.ensure_journal(self.size, self.seed)


# open_keyed's PRAGMAs, in its order, written out here so the baselines run no app code.
SQLCIPHER_PRAGMAS = (
    "cipher_memory_security = ON",
    "temp_store = MEMORY",
    "secure_delete = ON",
    "journal_mode = DELETE",
    "synchronous = FULL",
    "foreign_keys = ON",
)
PLAIN_PRAGMAS = tuple(p for p in SQLCIPHER_PRAGMAS if not p.startswith("cipher_"))


def raw_sqlcipher(path: Path) -> Any:
    """A bare sqlcipher3 connection keyed with a random raw key and salt, with the app's
    PRAGMAs and the app's schema (the DDL is set-up, not timed)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    db = sqlcipher.connect(str(path), isolation_level=None)
    db.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}{os.urandom(16).hex()}'\"")
    for pragma in SQLCIPHER_PRAGMAS:
        db.execute(f"PRAGMA {pragma}").fetchall()
    schema.migrate(db)
    return db


def plain_sqlite(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in PLAIN_PRAGMAS:
        db.execute(f"PRAGMA {pragma}").fetchall()
    schema.migrate(db)  # type: ignore[arg-type]
    return db


def _key_literal(folder: Path, size: str, seed: int) -> bytearray:
    """The raw key of a bench journal, derived once so rows can exclude key derivation."""
    with open(db_path(folder), "rb") as handle:
        salt = handle.read(16)
    key = derive_key(bytearray(PASSPHRASE.encode()), salt, generate.unlock_kdf(size, seed))
    return raw_key_literal(key)


# ---------------------------------------------------------------------- key derivation
def kdf_row(ctx: Context) -> Row:
    started = time.perf_counter()
    params = calibrate()
    calibration = time.perf_counter() - started
    salt = os.urandom(16)
    samples = []
    for _ in range(max(5, ctx.runs)):
        t0 = time.perf_counter()
        derive_key(bytearray(b"benchmark passphrase"), salt, params)
        samples.append(time.perf_counter() - t0)
    floor = [0.0] * 3
    for i in range(3):
        t0 = time.perf_counter()
        derive_key(bytearray(b"benchmark passphrase"), salt, FLOOR)
        floor[i] = time.perf_counter() - t0
    value = med(samples)
    at_floor = params.memory_kib >= FLOOR_MEMORY_KIB and params.time_cost >= 3
    row = Row(
        "kdf",
        f"key derivation at the calibrated setting (m={params.memory_kib // 1024} MiB, "
        f"t={params.time_cost}, p={params.parallelism})",
        value,
        "s",
        target="≤ 0.75 s (the fastest of 3 at calibration), never below the floor",
        met=value <= 0.75 * 1.1 and at_floor,
        runs=len(samples),
        spread=spread(samples, unit=" s"),
    )
    row.notes.append(
        f"calibration itself took {calibration:.1f} s; the floor (64 MiB) takes {med(floor):.2f} s"
    )
    return row


# ---------------------------------------------------------------------- open to first page
def _plain_copy(folder: Path, literal: bytearray, size: str, seed: int) -> Path:
    """The same rows in a plain SQLite file (schema V1 without FTS; chunks not copied: the
    timeline never reads them)."""
    target = generate.journal_dir(size, seed) / "plain-baseline.sqlite"
    if target.exists():
        return target
    staging = target.with_suffix(".partial")
    staging.unlink(missing_ok=True)
    plain = sqlite3.connect(staging)
    for statement in schema._statements(schema.SCHEMA_V1):
        if "VIRTUAL TABLE" not in statement:
            plain.execute(statement)
    plain.commit()
    plain.close()
    connection = open_keyed(db_path(folder), bytearray(literal))
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(staging),))
    connection.execute("BEGIN")
    for table in (
        "meta",
        "entries",
        "entry_tags",
        "versions",
        "attachments",
        "version_attachments",
    ):
        connection.execute(f"INSERT INTO plain.{table} SELECT * FROM main.{table}")
    connection.execute("COMMIT")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    staging.replace(target)
    return target


def open_row(ctx: Context) -> Row:
    from journal_app.ui.timeline_model import PAGE_SIZE

    folder = ctx.vault_dir()
    literal = _key_literal(folder, ctx.size, ctx.seed)
    plain_path = _plain_copy(folder, literal, ctx.size, ctx.seed)

    def app_open() -> None:
        from journal_app.vault.kdf import SALT_BYTES
        from journal_app.vault.lockfile import FolderLock, read_prefix
        from journal_app.vault.params import read_parameters

        lock = FolderLock.take(folder, create=True)
        assert lock is not None
        salt = read_prefix(db_path(folder), SALT_BYTES)
        connection = open_keyed(db_path(folder), bytearray(literal))
        vault = Vault(
            folder, connection, lock, read_parameters(folder / "notebook.json"), salt=salt
        )
        schema.needs_migration(connection)
        journal = Journal(vault)
        journal.count()
        journal.entries(limit=PAGE_SIZE)
        vault.close()

    def plain_open() -> None:
        connection = sqlite3.connect(plain_path, isolation_level=None)
        repo = Repository(connection)  # type: ignore[arg-type]
        from journal_app.core.models import EntryFilter

        repo.count(EntryFilter())
        repo.summaries(EntryFilter(), PAGE_SIZE, 0)
        connection.close()

    runs = max(7, ctx.runs)
    app_open()
    plain_open()  # warm the page cache for both
    app: list[float] = []
    plain: list[float] = []
    for _ in range(runs):
        for fn, out in ((app_open, app), (plain_open, plain)):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    value = med(app)
    return Row(
        "open",
        f"open after key derivation to first timeline page ({PAGE_SIZE} rows), {ctx.size}",
        value * 1000,
        "ms",
        "plain SQLite, same schema and queries",
        med(plain) * 1000,
        "≤ 150 ms",
        value <= 0.150,
        runs,
        spread(app, 1000, " ms"),
    )


# ---------------------------------------------------------------------- insert with screenshots
def insert_row(ctx: Context) -> Row:
    shots = Screenshots(ctx.seed + 7, 2_000_000, distinct=3)
    fields = EntryFields(
        title="He took my phone and smashed it",
        occurred=Occurred.parse("2024-06-01T21:30"),
        categories=(Category.THREATS,),
        body=" ".join(["He shouted and threw the phone against the wall."] * 30),
        location="kitchen",
        people=("Sam",),
        tags=("phone", "threat", "photo"),
        severity=4,
    )
    runs = max(7, ctx.runs)
    scratch = Path(tempfile.mkdtemp(dir=OUT))
    try:
        vault = Vault.create(scratch / "vault", "insert bench", kdf=FLOOR)
        journal = Journal(vault)
        raw = raw_sqlcipher(scratch / "raw.db")
        plain = plain_sqlite(scratch / "plain.sqlite")
        app: list[float] = []
        base: list[float] = []
        bare: list[float] = []
        for run in range(runs + 1):
            files = [shots.next() for _ in range(3)]
            sources = [AttachmentSource(name=n, data=d) for n, d in files]
            t0 = time.perf_counter()
            journal.add(Kind.INCIDENT, fields, sources)
            a = time.perf_counter() - t0
            t0 = time.perf_counter()
            _plain_insert(raw, run, fields, files)
            b = time.perf_counter() - t0
            t0 = time.perf_counter()
            _plain_insert(plain, run, fields, files)
            c = time.perf_counter() - t0
            if run:  # the first of each is a warm-up
                app.append(a)
                base.append(b)
                bare.append(c)
        vault.close()
        raw.close()
        plain.close()
    finally:
        shutil.rmtree(scratch)
    value, baseline = med(app), med(base)
    row = Row(
        "insert",
        "insert an entry with 3 × 2 MB screenshots",
        value * 1000,
        "ms",
        "raw SQLCipher: the same rows, PRAGMAs and 1 MiB chunks, no app code",
        baseline * 1000,
        "≤ 1.3× raw SQLCipher",
        value / baseline <= 1.3,
        runs,
        spread(app, 1000, " ms") + "; raw " + spread(base, 1000, " ms"),
    )
    row.notes.append(
        f"plain SQLite, same rows: median {med(bare) * 1000:.1f} ms "
        f"(app {value / med(bare):.2f}×, raw SQLCipher {baseline / med(bare):.2f}× of it)"
    )
    return row


def _plain_insert(
    db: sqlite3.Connection, run: int, fields: EntryFields, files: list[tuple[str, bytes]]
) -> None:
    """The rows Journal.add writes, as plain SQL: no hashing, sniffing or chain."""
    from journal_app.vault.attachments import CHUNK_BYTES
    from journal_app.vault.repository import encode_fields

    now = "2024-06-01T21:30:00.000000+00:00"
    db.execute("BEGIN IMMEDIATE")
    cur = db.execute(
        "INSERT INTO entries (uid, kind, created_at, updated_at, version_count, occurred_sort, "
        "occurred_date, category, title, attachment_count, late) "
        "VALUES (?, 'incident', ?, ?, 1, ?, ?, ?, ?, 3, 0)",
        (f"uid{run}", now, now, "2024-06-01T21:30", "2024-06-01", "threats", fields.title),
    )
    entry_id = cur.lastrowid
    db.execute(
        "INSERT INTO entry_categories (entry_id, position, category) VALUES (?, 0, 'threats')",
        (entry_id,),
    )
    ids = []
    for position, (name, data) in enumerate(files):
        cur = db.execute(
            "INSERT INTO attachments (uid, sha256, size, mime_type, original_name, imported_at) "
            "VALUES (?, ?, ?, 'image/png', ?, ?)",
            (f"a{run}-{position}", "0" * 64, len(data), name, now),
        )
        ids.append(cur.lastrowid)
        for index in range(0, len(data), CHUNK_BYTES):
            db.execute(
                "INSERT INTO attachment_chunks (attachment_id, idx, data) VALUES (?, ?, ?)",
                (cur.lastrowid, index // CHUNK_BYTES, data[index : index + CHUNK_BYTES]),
            )
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM versions").fetchone()[0]
    db.execute(
        "INSERT INTO versions (seq, entry_id, version_no, action, recorded_at, fields, "
        "content_sha256, leaf_sha256, chain_sha256) VALUES (?, ?, 1, 'create', ?, ?, ?, ?, ?)",
        (seq, entry_id, now, encode_fields(fields), "0" * 64, "0" * 64, "0" * 64),
    )
    db.executemany(
        "INSERT INTO version_attachments (version_seq, position, attachment_id) VALUES (?, ?, ?)",
        [(seq, p, a) for p, a in enumerate(ids)],
    )
    db.executemany(
        "INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
        [(entry_id, t) for t in fields.tags],
    )
    db.execute(
        "INSERT INTO search_index (rowid, title, body, details) VALUES (?, ?, ?, ?)",
        (entry_id, fields.title, fields.body, fields.search_details()),
    )
    db.execute("COMMIT")


# ---------------------------------------------------------------------- search
QUERIES = (
    "police",
    "threatened",
    "car park",
    "hospital bruise",
    "Sam",
    "screensh",
    "passport visa",
    "locked bathroom",
    "court order",
    "whatsapp messages",
)


def search_row(ctx: Context) -> Row:
    from journal_app.core.models import EntryFilter
    from journal_app.ui.timeline_model import PAGE_SIZE

    folder = ctx.vault_dir()
    vault = Vault.open(folder, PASSPHRASE)
    journal = Journal(vault)
    runs = max(5, ctx.runs)
    per_query, per_page, hits = [], [], []
    for query in QUERIES:
        journal.search(query)  # warm
        samples, page = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            found = journal.search(query)
            samples.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            flt = EntryFilter(text=query)
            journal.count(flt)
            journal.entries(flt, limit=PAGE_SIZE)
            page.append(time.perf_counter() - t0)
        per_query.append(med(samples))
        per_page.append(med(page))
        hits.append(len(found))
    vault.close()
    value = statistics.median(per_query)
    row = Row(
        "search",
        f"full-text search, {len(QUERIES)} typical queries ({ctx.size}), Journal.search",
        value * 1000,
        "ms",
        target="median ≤ 30 ms",
        met=value <= 0.030,
        runs=runs,
        spread="per query: "
        + ", ".join(f"{q!r} {t * 1000:.0f}" for q, t in zip(QUERIES, per_query, strict=True)),
    )
    row.notes.append(
        f"hits per query: {', '.join(map(str, hits))}. The timeline's own path (count + first "
        f"page of {PAGE_SIZE}): median {statistics.median(per_page) * 1000:.1f} ms, "
        f"worst {max(per_page) * 1000:.1f} ms"
    )
    return row


# ---------------------------------------------------------------------- timeline model
def timeline_row(ctx: Context) -> Row:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.timeline_model import TimelineModel

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = ctx.vault_dir()
    vault = Vault.open(folder, PASSPHRASE)
    journal = Journal(vault)
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
    ]
    rng = random.Random(ctx.seed + 3)
    positions = max(5, ctx.runs)
    screen, last_page, scroll = [], [], []
    for _ in range(positions):
        model = TimelineModel(journal)
        target = rng.randrange(0, max(1, model.total - 50))
        t0 = time.perf_counter()
        while model.loaded() < min(model.total, target + 50):
            t1 = time.perf_counter()
            model.fetchMore()
            page_time = time.perf_counter() - t1
        scroll.append(time.perf_counter() - t0)
        last_page.append(page_time)
        columns = model.columnCount()
        t0 = time.perf_counter()
        for row in range(target, min(model.total, target + 50)):
            for column in range(columns):
                index = model.index(row, column)
                for role in roles:
                    model.data(index, role)
        screen.append(time.perf_counter() - t0)
    total = model.total
    vault.close()
    value = med(screen)
    result = Row(
        "timeline",
        f"timeline model: data() for one screen (50 rows × 6 columns × 7 roles) at a random "
        f"position ({ctx.size}, {total} rows)",
        value * 1000,
        "ms",
        target="≤ 16 ms (one frame)",
        met=value <= 0.016,
        runs=positions,
        spread=spread(screen, 1000, " ms"),
    )
    result.notes.append(
        "fetchMore of the page (200 rows) holding that position: median "
        f"{med(last_page) * 1000:.1f} ms; "
        f"fetching every page from the top to there (keyset paging): median {med(scroll):.2f} s"
    )
    return result


# ---------------------------------------------------------------------- attachment import
def import_row(ctx: Context) -> Row:
    size_bytes = 3 * 1024**3 if ctx.size not in ("small", "medium") else 256 * 1024**2
    source = generate.big_file(size_bytes, ctx.seed)
    runs = 3
    app, raw, hashed, peaks = [], [], [], []
    timed_command(["sha256sum", str(source)])  # page cache warm for all
    for _ in range(runs):
        result = run_child(["import", str(source)])
        app.append(result["seconds"])
        peaks.append(result["rss_peak_mib"] - result["rss_start_mib"])
        raw.append(run_child(["raw-import", str(source)])["seconds"])
        hashed.append(timed_command(["sha256sum", str(source)]))
    mib = size_bytes / 1024**2
    value, baseline = mib / med(app), mib / med(raw)
    row = Row(
        "import",
        f"attachment import throughput ({size_bytes / 1024**3:.2g} GiB file, Journal.add)",
        value,
        "MiB/s",
        "raw SQLCipher: the same file in 1 MiB chunks, same PRAGMAs, no app code",
        baseline,
        "≥ 1/1.3 of raw SQLCipher (time ≤ 1.3×), memory flat",
        med(app) / med(raw) <= 1.3 and max(peaks) < 256,
        runs,
        "import " + spread(app, unit=" s") + "; raw " + spread(raw, unit=" s"),
    )
    row.notes.append(
        f"time {med(app) / med(raw):.2f}× raw SQLCipher; `sha256sum` {mib / med(hashed):.0f} MiB/s "
        f"(app {value / (mib / med(hashed)):.2f}× of it); RSS growth during the import: at most "
        f"{max(peaks):.0f} MiB"
    )
    return row


# ---------------------------------------------------------------------- export
def export_row(ctx: Context) -> Row:
    size = "export" if ctx.size != "small" else "small"
    folder = generate.ensure_journal(size, ctx.seed)
    runs = 3
    app, base, peaks = [], [], []
    facts: dict[str, float] = {}
    for _ in range(runs):
        facts = run_child(["export", str(folder)])
        app.append(facts["seconds"])
        peaks.append(facts["rss_peak_mib"])
        bare = run_child(["bare-export", size, str(ctx.seed)])
        base.append(bare["seconds"])
    value, baseline = med(app), med(base)
    row = Row(
        "export",
        f"export {int(facts['entries'])} entries + {int(facts['exhibits'])} images "
        "(export_bundle, no password)",
        value,
        "s",
        "bare ReportLab script, same text and images",
        baseline,
        "≤ 1.5× the bare script; peak RSS ≤ 700 MB",
        value / baseline <= 1.5 and max(peaks) <= 700 * 1e6 / 2**20,
        runs,
        spread(app, unit=" s") + "; bare " + spread(base, unit=" s"),
    )
    row.notes.append(
        f"peak RSS of the exporting process: {max(peaks):.0f} MiB; "
        f"bare script {bare['rss_peak_mib']:.0f} MiB; "
        f"bundle {facts['pdf_mib']:.0f} MiB, bare PDF {bare['pdf_mib']:.0f} MiB"
    )
    return row


def big_exhibit_row(ctx: Context) -> Row:
    """Export memory with one 400 MB exhibit (issue 12): peak RSS of the exporting process
    against the goal of 1.5x the exhibit + 300 MB."""
    size_bytes = 400 * 1000**2
    OUT.mkdir(parents=True, exist_ok=True)
    source = generate.big_file(size_bytes, ctx.seed)
    runs = 2
    peaks, times, locked = [], [], []
    with tempfile.TemporaryDirectory(dir=OUT) as scratch:
        folder = Path(scratch) / "vault"
        run_child(["big-journal", str(source), str(folder)])
        for _ in range(runs):
            facts = run_child(["export", str(folder)])
            peaks.append(facts["rss_peak_mib"])
            times.append(facts["seconds"])
            # The same with a PDF password (AES-256): the exhibit is encrypted as it streams.
            locked.append(run_child(["export", str(folder), "bench-pdf-password"])["rss_peak_mib"])
    goal_mib = (1.5 * size_bytes + 300 * 1000**2) / 2**20
    row = Row(
        "big-exhibit",
        "export one entry with a 400 MB exhibit: peak RSS (export_bundle, no password)",
        max(peaks),
        "MiB",
        "the exhibit itself",
        size_bytes / 2**20,
        "peak RSS ≤ 1.5× the exhibit + 300 MB",
        max(peaks + locked) <= goal_mib,
        runs,
        spread(peaks, unit=" MiB"),
    )
    row.notes.append(
        f"goal {goal_mib:.0f} MiB; with a PDF password: peak {max(locked):.0f} MiB; export "
        f"time {spread(times, unit=' s')}; bundle {facts['pdf_mib']:.0f} MiB"
    )
    return row


# ---------------------------------------------------------------------- cold start
def coldstart_row(ctx: Context) -> Row:
    home = Path(tempfile.mkdtemp(dir=OUT))
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "PYTHONPATH": str(ROOT),
        }
    )
    runs = max(7, ctx.runs)
    app, base = [], []
    try:
        for _ in range(runs + 1):
            t0 = time.monotonic()
            out = subprocess.run(
                [sys.executable, "-m", "bench.child", "coldstart"],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            import json

            shown = json.loads(out.stdout.strip().splitlines()[-1])["shown_monotonic"]
            a = shown - t0
            t0 = time.monotonic()
            out = subprocess.run(
                [sys.executable, "-c", "import time, PySide6.QtWidgets; print(time.monotonic())"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            b = float(out.stdout.strip()) - t0
            app.append(a)
            base.append(b)
    finally:
        shutil.rmtree(home)
    app, base = app[1:], base[1:]
    value = med(app)
    return Row(
        "coldstart",
        "cold start to the unlock window (offscreen; spawn → window shown)",
        value,
        "s",
        '`python -c "import PySide6.QtWidgets"`',
        med(base),
        "≤ 1.5 s",
        value <= 1.5,
        runs,
        spread(app, unit=" s") + "; baseline " + spread(base, unit=" s"),
    )


# ---------------------------------------------------------------------- backup
def backup_row(ctx: Context) -> Row:
    from journal_app.vault.backup import write_backup

    folder = ctx.vault_dir()
    vault = Vault.open(folder, PASSPHRASE)
    source = db_path(folder)
    scratch = Path(tempfile.mkdtemp(dir=OUT))
    runs = 3
    app, base = [], []
    try:
        for _ in range(runs):
            target = scratch / "journal.backup"
            t0 = time.perf_counter()
            write_backup(vault, PASSPHRASE, target)
            app.append(time.perf_counter() - t0)
            target.unlink()
            copy = scratch / "copy.db"
            base.append(timed_command(["cp", str(source), str(copy)]))
            copy.unlink()
        t0 = time.perf_counter()
        vault.integrity_problems()
        source_check = time.perf_counter() - t0
    finally:
        vault.close()
        shutil.rmtree(scratch)
    value, baseline = med(app), med(base)
    gib = source.stat().st_size / 1024**3
    kdf = vault.parameters.current.kdf
    row = Row(
        "backup",
        f"backup of the {ctx.size} journal ({gib:.2f} GiB, write_backup)",
        value,
        "s",
        "`cp` of the same file",
        baseline,
        "≤ 8×",
        value / baseline <= 8,
        runs,
        spread(app, unit=" s") + "; cp " + spread(base, unit=" s"),
    )
    row.notes.append(
        f"key setting m={kdf.memory_kib // 1024} MiB, t={kdf.time_cost} (two derivations per "
        f"backup); a full check of the journal itself (cipher_integrity_check + quick_check, "
        f"what the CLI runs before write_backup) took {source_check:.1f} s more"
    )
    return row


# ---------------------------------------------------------------------- pattern page
def pattern_row(ctx: Context) -> Row:
    """Issue 17: drawing the Pattern page's charts for 100,000 entries (synthetic points over
    two years, every category, messages from 40 senders), against plain QPainter rectangles."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from journal_app.core.pattern import Granularity, Point, summarise
    from journal_app.ui.pattern_view import BarChart, PatternPage

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(ctx.seed + 17)
    start = date(2024, 6, 1)
    categories = list(Category)
    points = [
        Point(
            i,
            Kind.MESSAGE if i % 3 == 0 else Kind.INCIDENT,
            start + timedelta(days=rng.randrange(730)),
            dtime(rng.randrange(24), 0) if i % 5 else None,
            i % 11 == 0,
            (rng.choice(categories),),
            rng.randint(1, 5) if i % 2 else None,
            f"sender {rng.randrange(40)}",
            i % 200 == 0,
        )
        for i in range(100_000)
    ]
    t0 = time.perf_counter()
    pattern = summarise(points, Granularity.WEEK)
    counting = time.perf_counter() - t0
    page = PatternPage(None)  # type: ignore[arg-type]  # labels only; no journal is read
    charts = [BarChart(labelled) for labelled in PatternPage.labelled(page, pattern)]
    image = QImage(1000, 260, QImage.Format.Format_ARGB32)
    for chart in charts:
        chart.resize(1000, 260)

    def draw_all() -> None:
        for chart in charts:
            chart.render(image)

    def plain() -> None:
        painter = QPainter(image)
        for chart in charts:
            for index in range(len(chart.labelled.chart.bars)):
                for _series, rect in chart._segments(index):
                    painter.fillRect(rect, QColor("#1f4e79"))
        painter.end()

    runs = max(5, ctx.runs)
    drawn, base = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        draw_all()
        drawn.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        plain()
        base.append(time.perf_counter() - t0)
    bars = sum(len(c.labelled.chart.bars) for c in charts)
    value = med(drawn)
    row = Row(
        "pattern",
        f"pattern page: draw all five charts (weekly, {bars} bars) for 100,000 entries",
        value * 1000,
        "ms",
        baseline_name="the same bar segments as plain QPainter rectangles",
        baseline=med(base) * 1000,
        target="≤ 200 ms",
        met=value <= 0.2,
        runs=runs,
        spread=spread(drawn, 1000, " ms"),
    )
    row.notes.append(f"counting the 100,000 points (summarise): {counting * 1000:.0f} ms")
    return row


def unlock_row(ctx: Context) -> Row:
    from bench.unlock import unlock_row as measure

    return measure(ctx.runs)


ROWS: dict[str, Callable[[Context], Row]] = {
    "kdf": kdf_row,
    "unlock": unlock_row,
    "open": open_row,
    "insert": insert_row,
    "search": search_row,
    "timeline": timeline_row,
    "import": import_row,
    "export": export_row,
    "big-exhibit": big_exhibit_row,
    "coldstart": coldstart_row,
    "backup": backup_row,
    "pattern": pattern_row,
    "messages": messages_row,
    "messages-import": messages_import_row,
}
