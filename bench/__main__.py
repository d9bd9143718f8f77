"""`python -m bench [--size small|large|extreme] [--only NAME ...] [--out docs/benchmarks.md]`

Prints every figure with its baseline and ratio. With --out, the results table for that size is
written into the file between `<!-- bench:SIZE:start -->` and `<!-- bench:SIZE:end -->` (the
rest of the file, the hand-written analysis, is left alone).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import traceback
from pathlib import Path

from bench import generate
from bench.rows import ROWS, Context
from bench.util import Row

# Which journal each row uses at each size (the issue names large/extreme for some rows).
DEFAULT_ROWS = list(ROWS)


def machine() -> str:
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    from sqlcipher3 import dbapi2 as sqlcipher

    probe = sqlcipher.connect(":memory:")
    probe.execute("PRAGMA key = 'probe'")
    cipher = probe.execute("PRAGMA cipher_version").fetchone()[0]
    row = probe.execute("PRAGMA cipher_provider_version").fetchone()
    provider = row[0] if row else "?"
    probe.close()
    import sqlite3

    return (
        f"{os.cpu_count()} cores ({cpu}), {ram:.1f} GiB RAM, {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; SQLCipher {cipher} "
        f"(SQLite {sqlcipher.sqlite_version}, {provider}); plain baseline sqlite3 "
        f"{sqlite3.sqlite_version}"
    )


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "×":
        return f"{value:.2f}×"
    return f"{value:.0f} {unit}"


def table(rows: list[Row]) -> str:
    lines = [
        "| figure | value | baseline | ratio | target | met | runs (spread) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        baseline = (
            "—" if row.baseline is None else f"{fmt(row.baseline, row.unit)} ({row.baseline_name})"
        )
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}×"
        met = {True: "yes", False: "**no**", None: "—"}[row.met]
        lines.append(
            f"| {row.figure} | {fmt(row.value, row.unit)} | {baseline} | {ratio} | {row.target} "
            f"| {met} | {row.runs} ({row.spread}) |"
        )
    notes = [f"- {row.name}: {note}" for row in rows for note in row.notes]
    return "\n".join(lines + (["", *notes] if notes else []))


def write_block(path: Path, size: str, text: str) -> None:
    start, end = f"<!-- bench:{size}:start -->", f"<!-- bench:{size}:end -->"
    block = f"{start}\n{text}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in current and end in current:
        head, rest = current.split(start, 1)
        _, tail = rest.split(end, 1)
        current = head + block + tail
    else:
        current = current.rstrip("\n") + f"\n\n## Results: {size}\n\n{block}\n"
    path.write_text(current, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--size", choices=["small", "medium", "large", "extreme"], default="small")
    parser.add_argument("--only", nargs="+", choices=DEFAULT_ROWS, metavar="NAME")
    parser.add_argument("--out", type=Path, help="write the results table into this file")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ctx = Context(args.size, args.seed, args.runs)
    print(f"machine: {machine()}", flush=True)
    print(f"size {args.size}, seed {args.seed}", flush=True)
    rows: list[Row] = []
    for name in args.only or DEFAULT_ROWS:
        print(f"[{name}] ...", flush=True)
        started = time.perf_counter()
        try:
            row = ROWS[name](ctx)
        except Exception as exc:  # a broken row must not hide the others
            traceback.print_exc()
            row = Row(name, f"{name}: failed ({type(exc).__name__}: {exc})", None, "")
        rows.append(row)
        ratio = "" if row.ratio is None else f"  ratio {row.ratio:.2f}×"
        print(
            f"[{name}] {row.figure}: {fmt(row.value, row.unit)}"
            f"  baseline {fmt(row.baseline, row.unit)}{ratio}  target {row.target}"
            f"  met={row.met}  ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        for note in row.notes:
            print(f"      {note}", flush=True)
    text = table(rows)
    print()
    print(text)
    if args.out is not None:
        stamp = time.strftime("%Y-%m-%d %H:%M")
        write_block(args.out, args.size, f"Measured {stamp} on: {machine()}\n\n{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
