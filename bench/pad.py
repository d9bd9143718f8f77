"""`QT_QPA_PLATFORM=offscreen python -m bench.pad [--memory-mib 256] [--runs 3]`

The camouflage pad's way in, at a real key-derivation setting (not the tests' fast one):
how long a search confirmed with Enter takes to open the notebook, to open the decoy, or to
end as an ordinary search (a wrong guess), and the longest the pad's window went without
answering while that ran in the background (the gap between 10 ms timer ticks on the GUI
thread; an ordinary search must not freeze the pad).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.support.helpers import PASSPHRASE

SECOND = "tea with milk and two sugars"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--memory-mib", type=int, default=256)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(Path(scratch) / name.lower())
        return _measure(Path(scratch), args.memory_mib, args.runs)


def _measure(scratch: Path, memory_mib: int, runs: int) -> int:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from journal_app.ui import workers
    from journal_app.ui.app import Session
    from journal_app.ui.settings_store import SettingsStore
    from journal_app.vault.alternate import set_alternate_passphrase
    from journal_app.vault.kdf import FLOOR_TIME_COST, PARALLELISM, KdfParams
    from journal_app.vault.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    kdf = KdfParams(memory_mib * 1024, FLOOR_TIME_COST, PARALLELISM)  # a calibration step
    folder = scratch / "notebook"
    with Vault.create(folder, PASSPHRASE, kdf=kdf) as vault:
        set_alternate_passphrase(vault, SECOND)
    settings = scratch / "settings.json"
    settings.write_text(
        json.dumps({"camouflage": True, "remember_vault": True, "vault_path": str(folder)})
    )
    session = Session(folder, store=SettingsStore(settings))
    session.start()
    pad = session.pad
    assert pad is not None

    ticks = QElapsedTimer()
    gaps: list[int] = []

    def tick() -> None:
        if ticks.isValid():
            gaps.append(ticks.restart())
        else:
            ticks.start()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def one(words: str) -> tuple[float, int, str]:
        gaps.clear()
        ticks.invalidate()
        timer.start()
        pad.forget_tries()
        pad.search.setText(words)
        began = time.perf_counter()
        pad.search.returnPressed.emit()
        while pad.trying:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        took = time.perf_counter() - began
        timer.stop()
        opened = session.vault.stem if session.vault is not None else "search"
        if session.vault is not None:
            session.lock()
            while not session.closed.is_set():
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return took, max(gaps, default=0), opened

    print(f"Argon2id {memory_mib} MiB, t={kdf.time_cost}, p={kdf.parallelism}; {runs} runs each")
    for label, words in (
        ("passphrase", PASSPHRASE),
        ("second passphrase", SECOND),
        ("wrong guess", "lentil soup recipe"),
    ):
        results = [one(words) for _ in range(runs)]
        median = statistics.median(r[0] for r in results)
        worst_gap = max(r[1] for r in results)
        print(
            f"{label:18} median {median:.2f} s to {results[0][2]}; "
            f"longest the pad went unanswered: {worst_gap} ms"
        )
    session.shutdown()
    workers.wait_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
