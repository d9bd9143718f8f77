"""A longer fuzz run that lists every distinct failure instead of stopping at the first.

    python -m tests.support.fuzz_survey cli   --examples 3000
    python -m tests.support.fuzz_survey vault --examples 2000 --seed 7

It draws inputs from the same strategies as tests/integration/test_fuzz_cli.py and
test_fuzz_vault_files.py, runs the same checks, groups the failures by what went wrong and
prints the shortest input of each group, ready to paste into that file's FOUND list. Exit
status: 0 when nothing failed, 1 otherwise. See docs/fuzzing.md.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import NonInteractiveExampleWarning

from tests.support.fuzzing import TYPE_NAME


def _target(name: str, root: Path, patch: pytest.MonkeyPatch) -> tuple[Any, Any, Callable]:  # type: ignore[type-arg]
    """(world, strategy, violations) for one fuzz test module."""
    if name == "cli":
        from tests.integration import test_fuzz_cli as cli

        cli.fast_calibration(patch)
        return cli.make_world(root), cli.cli_cases(), cli.violations
    from tests.integration import test_fuzz_vault_files as vault

    vault.only_the_fast_setting(patch)
    return vault.make_template(root), vault.damages(), vault.violations


def _draw(strategy: st.SearchStrategy[Any], count: int, chosen_seed: int) -> list[Any]:
    drawn: list[Any] = []

    @seed(chosen_seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: Any) -> None:
        drawn.append(value)

    collect()
    return drawn


def _signature(problems: list[str], description: str) -> tuple[str, ...]:
    kinds = sorted({re.split(r"[:(]", problem)[0].strip() for problem in problems})
    names = sorted(set(TYPE_NAME.findall(description)))
    return (*kinds, *names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.support.fuzz_survey")
    parser.add_argument("target", choices=["cli", "vault"])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    options = parser.parse_args(argv)
    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    found: dict[tuple[str, ...], tuple[int, Any, list[str], str]] = {}
    statuses: Counter[str] = Counter()
    with (
        tempfile.TemporaryDirectory(prefix="fuzz-survey-") as root,
        pytest.MonkeyPatch.context() as patch,
    ):
        world, strategy, violations = _target(options.target, Path(root), patch)
        inputs = _draw(strategy, options.examples, options.seed)
        for index, value in enumerate(inputs, 1):
            problems, description = violations(world, value)
            statuses["failed" if problems else "ok"] += 1
            if problems:
                key = _signature(problems, description)
                size = len(repr(value))
                if key not in found or size < found[key][0]:
                    found[key] = (size, value, problems, description)
            if index % 250 == 0:
                print(f"... {index} inputs, {len(found)} distinct failures", file=sys.stderr)
    seconds = time.perf_counter() - started
    print(
        f"{options.target}: {len(inputs)} inputs (seed {options.seed}) in {seconds:.0f} s: "
        f"{statuses['ok']} kept the contract, {statuses['failed']} did not; "
        f"{len(found)} distinct failures."
    )
    for key, (_size, value, problems, description) in sorted(found.items()):
        print(f"\n== {' / '.join(key)}")
        print(f"   pytest.param({value!r}),")
        for problem in problems:
            print(f"   - {problem}")
        for line in description.splitlines():
            print(f"     {line}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
