"""Issue 15: an unlock takes the same time whatever the passphrase (main, duress or wrong).

A fresh journal in a temporary folder, created with this machine's calibration (as the app
does), a duress passphrase set, a few entries in each journal; then the three passphrases are
tried in turn, interleaved, so a change in the machine's load falls on all three alike.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.util import Row, spread
from journal_app.core.errors import WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import Category, EntryFields, Kind, Occurred
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.kdf import KdfParams, calibrate
from journal_app.vault.vault import Vault

MAIN_PASSPHRASE = "benchmark main passphrase"
DURESS_PASSPHRASE = "benchmark duress passphrase"
WRONG_PASSPHRASE = "benchmark wrong passphrase"


def _entry(title: str) -> EntryFields:
    return EntryFields(
        title=title, occurred=Occurred.parse("2026-03-01T21:30"), categories=(Category.OTHER,)
    )


def unlock_times(folder: Path, kdf: KdfParams, runs: int) -> dict[str, list[float]]:
    """Seconds `Vault.open` takes with each passphrase, over `runs` interleaved rounds."""
    with Vault.create(folder, MAIN_PASSPHRASE, kdf=kdf) as vault:
        Journal(vault).add(Kind.INCIDENT, _entry("main entry"))
        set_alternate_passphrase(vault, DURESS_PASSPHRASE)
    with Vault.open(folder, DURESS_PASSPHRASE) as decoy:
        Journal(decoy).add(Kind.INCIDENT, _entry("duress entry"))
    samples: dict[str, list[float]] = {"main": [], "duress": [], "wrong": []}
    passphrases = {"main": MAIN_PASSPHRASE, "duress": DURESS_PASSPHRASE, "wrong": WRONG_PASSPHRASE}
    for _ in range(runs):
        for name, passphrase in passphrases.items():
            started = time.perf_counter()
            try:
                opened = Vault.open(folder, passphrase)
            except WrongPassphrase:
                samples[name].append(time.perf_counter() - started)
                continue
            samples[name].append(time.perf_counter() - started)
            opened.close()
    return samples


def ratio(samples: dict[str, list[float]]) -> float:
    medians = [statistics.median(values) for values in samples.values()]
    return max(medians) / min(medians)


def unlock_row(runs: int) -> Row:
    kdf = calibrate()
    with tempfile.TemporaryDirectory(prefix="bench-unlock-") as temp:
        samples = unlock_times(Path(temp) / "vault", kdf, max(7, runs))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    value = ratio(samples)
    row = Row(
        "unlock",
        f"unlock time, max/min of the medians of main, duress and wrong "
        f"(m={kdf.memory_kib // 1024} MiB, t={kdf.time_cost}, p={kdf.parallelism})",
        value,
        "×",
        target="≤ 1.1; unlock ≈ 1.5 s",
        met=value <= 1.1,
        runs=len(samples["main"]),
        spread=", ".join(f"{n} {spread(v, unit=' s')}" for n, v in samples.items()),
    )
    row.notes.append(
        "medians: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in medians.items())
    )
    return row
