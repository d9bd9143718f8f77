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
    # A loop, not recursion, with strings and integers (nearly every leaf) passed where they
    # are met, not pushed: it runs for every version saved, 50,000 times in a large import.
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for key in item:
                if type(key) is not str:
                    raise TypeError("canonical JSON keys are strings")
            children: Any = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            children = (item,)
        for child in children:
            kind = type(child)
            if kind is str or kind is int or kind is bool or child is None:
                continue
            if isinstance(child, float):
                raise TypeError("canonical JSON carries no floats")
            if isinstance(child, dict | list | tuple):
                pending.append(child)


# What `json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
# allow_nan=False)` builds on every call, built once (it is called for every version saved).
_ENCODER = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
)


def canonical_json(value: Any) -> bytes:
    _reject_floats(value)
    return _ENCODER.encode(value).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
