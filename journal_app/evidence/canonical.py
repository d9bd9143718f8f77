"""Canonical JSON: sorted keys, UTF-8, no insignificant whitespace, no floats.

Two encodings of the same value are byte-identical, so a hash over them is reproducible by
anyone with a JSON library: `json.dumps(v, sort_keys=True, ensure_ascii=False,
separators=(",", ":")).encode("utf-8")`.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def _reject_floats(value: Any) -> None:
    if isinstance(value, float):
        raise TypeError("canonical JSON carries no floats")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError("canonical JSON keys are strings")
            _reject_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _reject_floats(item)


def canonical_json(value: Any) -> bytes:
    _reject_floats(value)
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
