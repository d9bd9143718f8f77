"""Issue 16: a 50,000-message WhatsApp export, parsed (and previewed) and imported.

The export is generated here (synthetic people, mixed scripts, multi-line messages, media
lines) and never committed. Baseline: the bare parse, one regular-expression pass over the
lines with no dates decided, no keys and no vault, which is the least any parser must do.
"""

from __future__ import annotations

import json
import random
import re
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.util import Row, med, spread
from journal_app.core.journal import Journal
from journal_app.importers import read_export
from journal_app.importers.store import ImportPlan, apply, plan, zone
from journal_app.vault.kdf import KdfParams
from journal_app.vault.vault import Vault

MESSAGES = 50_000
SENDERS = ["Marco Ruiz", "Lucía Ferreira", "Марко", "أحمد", "Tía Rosa 🌹"]
TEXTS = [
    "Where are you? Answer me now",
    "I know where you are 😡",
    "Please stop",
    "Это последнее предупреждение",
    "لا تتصل بي مرة أخرى",
    "<Media omitted>",
    "IMG-20240113-WA0003.jpg (file attached)",
    "You think you can hide?\nI'll find you\nand then we'll see",
]


def whatsapp_export(path: Path, count: int = MESSAGES, seed: int = 16) -> Path:
    chooser = random.Random(seed)
    moment = datetime(2023, 1, 13, 8, 0)
    lines = []
    for _ in range(count):
        moment += timedelta(minutes=chooser.randint(0, 20))
        sender, text = chooser.choice(SENDERS), chooser.choice(TEXTS)
        lines.append(f"{moment:%d/%m/%Y, %H:%M} - {sender}: {text}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


_BARE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d{2} - ([^:]+): (.*)$")


def bare_parse(path: Path) -> int:
    found = 0
    for line in path.read_text(encoding="utf-8").split("\n"):
        if _BARE.match(line):
            found += 1
    return found


def messages_row(_ctx: object) -> Row:
    runs = 3
    with tempfile.TemporaryDirectory(prefix="bench-messages-") as folder:
        export = whatsapp_export(Path(folder) / "WhatsApp Chat with Marco Ruiz.txt")
        bare, parsed = [], []
        for _ in range(runs):
            started = time.perf_counter()
            bare_parse(export)
            bare.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = read_export(export)
            the_plan = plan(result, zone("Europe/Madrid"), set())
            parsed.append(time.perf_counter() - started)
        assert len(the_plan.items) == MESSAGES
    return Row(
        "messages",
        f"WhatsApp export of {MESSAGES:,} messages: parse + preview (plan)",
        med(parsed),
        "s",
        "bare parse: one regex pass over the lines, no dates, keys or vault",
        med(bare),
        "≤ 3 s",
        med(parsed) <= 3,
        runs,
        "parse " + spread(parsed, unit=" s") + "; bare " + spread(bare, unit=" s"),
    )


def messages_import_row(_ctx: object) -> Row:
    """The import itself (once: it takes tens of seconds), against the least any import must
    do: the same messages written into a bare SQLCipher connection (bare_store)."""
    with tempfile.TemporaryDirectory(prefix="bench-messages-") as folder:
        export = whatsapp_export(Path(folder) / "WhatsApp Chat with Marco Ruiz.txt")
        baseline = bare_store(
            Path(folder) / "bare.db", plan(read_export(export), zone("Europe/Madrid"), set())
        )
        vault = Vault.create(
            Path(folder) / "vault",
            "bench passphrase",
            kdf=KdfParams(memory_kib=1024, time_cost=1, parallelism=1),
        )
        with vault:
            journal = Journal(vault)
            started, cpu_started = time.perf_counter(), time.process_time()
            ids = apply(journal, plan(read_export(export), zone("Europe/Madrid"), set()))
            imported = time.perf_counter() - started
            imported_cpu = time.process_time() - cpu_started
            started = time.perf_counter()
            again = apply(
                journal,
                plan(read_export(export), zone("Europe/Madrid"), journal.imported_message_keys()),
            )
            reimport = time.perf_counter() - started
        assert len(ids.entry_ids) == MESSAGES and not again.entry_ids
    row = Row(
        "messages-import",
        f"WhatsApp export of {MESSAGES:,} messages: import into a new journal "
        "(parse, plan, one transaction, the export stored once)",
        imported,
        "s",
        "the same messages' entry, version and search rows written by executemany into a bare "
        "SQLCipher connection (app PRAGMAs and schema; no validation, hashes, salts or chain)",
        baseline,
        "≤ 30 s",
        imported <= 30,
        1,
    )
    row.notes.append(
        f"CPU time of the importing process {imported_cpu:.1f} s; importing the same export "
        f"again (nothing new): {reimport:.1f} s"
    )
    return row


def bare_store(path: Path, the_plan: ImportPlan) -> float:
    """Seconds to write each planned message as an entry, a first version (its text, sender
    and time as JSON) and a search row, by executemany in one transaction, with no app code."""
    from bench.rows import raw_sqlcipher  # (bench.rows imports this module)

    db = raw_sqlcipher(path)
    started = time.perf_counter()
    entries, versions, search = [], [], []
    for number, item in enumerate(the_plan.items, start=1):
        message = item.message
        when = item.occurred.sort_key()
        text = json.dumps({"sender": message.sender, "body": message.text, "occurred": when})
        entries.append(
            (
                number,
                f"{number:032x}",
                "message",
                when,
                when,
                when,
                when[:10],
                "threats",
                message.sender,
            )
        )
        versions.append((number, number, when, text))
        search.append((number, message.sender, message.text))
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO entries (id, uid, kind, created_at, updated_at, version_count, occurred_sort, "
        "occurred_date, category, title, attachment_count, late) "
        "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 0, 0)",
        entries,
    )
    db.executemany(
        "INSERT INTO versions (seq, entry_id, version_no, action, recorded_at, fields, "
        "content_sha256, leaf_sha256, chain_sha256) VALUES (?, ?, 1, 'create', ?, ?, '', '', '')",
        versions,
    )
    db.executemany("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", search)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed
