"""Timing helpers: medians of several runs, peak memory, child processes."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


@dataclass
class Row:
    """One line of the results table. `value`/`baseline` are in `unit`."""

    name: str
    figure: str
    value: float | None
    unit: str
    baseline_name: str = "—"
    baseline: float | None = None
    target: str = ""
    met: bool | None = None
    runs: int = 0
    spread: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


def median_time(
    fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None
) -> list[float]:
    """Wall-clock seconds of `fn` for `runs` runs (setup excluded)."""
    samples: list[float] = []
    for _ in range(runs):
        if setup is not None:
            setup()
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def med(samples: list[float]) -> float:
    return statistics.median(samples)


def spread(samples: list[float], scale: float = 1.0, unit: str = "") -> str:
    if not samples:
        return ""
    return f"{min(samples) * scale:.3g}–{max(samples) * scale:.3g}{unit} over {len(samples)}"


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class RssSampler:
    """Samples this process's RSS every `interval` seconds on a thread; reports the peak."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.start_kib = rss_kib()
        self.peak_kib = self.start_kib
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak_kib = max(self.peak_kib, rss_kib())

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_kib = max(self.peak_kib, rss_kib())


def run_child(
    args: list[str], env: dict[str, str] | None = None, timeout: float = 3600
) -> dict[str, float]:
    """Run `python -m bench.child ARGS`; it prints one JSON object on its last stdout line."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT)
    if env:
        full_env.update(env)
    proc = subprocess.run(
        [sys.executable, "-m", "bench.child", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"bench.child {args[0]} failed:\n{proc.stderr[-3000:]}")
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def timed_command(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started
