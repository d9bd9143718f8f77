"""Redacted values cannot be recovered by guessing (issue 12, finding 2).

The attacker holds a `--redact locations,people` bundle, so knows every disclosed field of a
version, and a small dictionary of likely addresses and names (the true ones among them). They
try every combination against everything the bundle publishes: content hashes, leaf hashes,
withheld commitments, with every salt the manifest discloses. The formulas are the documented
ones (docs/evidence-bundle.md), written out here as an attacker would, not imported.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.core.models import EntryFields, Kind, Occurred
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions, Redactions
from tests.support.helpers import fields
from tests.support.old_format import write_old_entry

REFUGE = "Casa Alba refuge, 14 Calle del Olmo, Valencia"
PERSON = "Dariusz Nowak"
WITNESS = "Olena Kovalenko"
ADDRESSES = [
    REFUGE,
    *(
        f"{name} refuge, {n} Calle del {street}, Valencia"
        for n, name, street in [
            (2, "Casa Alba", "Olmo"),
            (14, "Casa Alba", "Pino"),
            (14, "Casa Luz", "Olmo"),
            (7, "Casa Sol", "Roble"),
            (21, "Casa Mar", "Cedro"),
            (3, "Casa Luna", "Haya"),
            (9, "Casa Alba", "Roble"),
            (11, "Casa Luz", "Pino"),
            (14, "Casa Sol", "Olmo"),
            (5, "Casa Mar", "Olmo"),
            (18, "Casa Luna", "Cedro"),
            (1, "Casa Alba", "Haya"),
        ]
    ),
    *(f"{n} Calle Mayor, Valencia" for n in range(1, 18)),
]
NAMES = [
    PERSON,
    WITNESS,
    *(
        f"{first} {last}"
        for first, last in itertools.product(
            ["Dariusz", "Olena", "Marek", "Iryna", "Tomasz", "Oksana"],
            ["Nowak", "Kovalenko", "Kowalski", "Shevchenko", "Wisniewski"],
        )
        if f"{first} {last}" not in (PERSON, WITNESS)
    ),
]
assert len(ADDRESSES) + len(NAMES) >= 60

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _secret_fields(title: str = "Followed to the refuge", **changes: Any) -> EntryFields:
    values: dict[str, Any] = {
        "body": "He waited outside the door until the staff called the police.",
        "location": REFUGE,
        "people": (PERSON,),
        "witnesses": (WITNESS,),
        "occurred": Occurred.parse("2026-05-04T19:10"),
    }
    return fields(title, **(values | changes))


def manifest_of(pdf: Path) -> dict[str, Any]:
    return dict(json.loads(PdfReader(pdf).attachments["manifest.json"][0]))


# ---------------------------------------------------------------------------- the attacker
def _sha(value: Any) -> str:
    data = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _hex_values(value: Any) -> Iterator[str]:
    if isinstance(value, str) and _HEX64.match(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _hex_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _hex_values(item)


def _salts(value: Any) -> set[str]:
    """Every value the manifest publishes that could be a salt: any hex string at all."""
    found: set[str] = set()
    if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{16,}", value):
        found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            found |= _salts(item)
    elif isinstance(value, list):
        for item in value:
            found |= _salts(item)
    return found


def recover(manifest: dict[str, Any]) -> set[str]:
    """Every dictionary word that some published value confirms."""
    published = set(_hex_values(manifest))
    salts = [*sorted(_salts(manifest)), ""]
    recovered: set[str] = set()
    for entry in manifest["entries"]:
        for version in entry["versions"]:
            shown = version.get("fields")
            if not isinstance(shown, dict) or "location" in shown:
                continue  # nothing withheld here
            # 1. The whole version's content, every combination of the withheld fields.
            for place, person, witness in itertools.product(ADDRESSES, NAMES, NAMES):
                guess = dict(shown, location=place, people=[person], witnesses=[witness])
                guess["told"] = [
                    {"who": "", "reference": t.get("reference", "")} for t in shown["told"]
                ]
                attachments = [
                    {k: a[k] for k in ("sha256", "size", "mime_type", "name")}
                    for a in version["attachments"]
                ]
                content = _sha({"fields": guess, "attachments": attachments})
                leaf = _sha(
                    {
                        "v": 1,
                        "entry": entry["uid"],
                        "kind": entry["kind"],
                        "version": version["version"],
                        "action": version["action"],
                        "recorded_at": version["recorded_at"],
                        "content_sha256": content,
                    }
                )
                if content in published or leaf in published:
                    recovered |= {place, person, witness}
            # 2. One field at a time, salted with anything the manifest discloses, or not.
            for name, values in (
                ("location", ADDRESSES),
                ("people", [[n] for n in NAMES]),
                ("witnesses", [[n] for n in NAMES]),
            ):
                for value, salt in itertools.product(values, salts):
                    for candidate in (
                        _sha([salt, name, value]),
                        _sha([name, value]),
                        _sha(value),
                        hashlib.sha256(bytes.fromhex(salt) + _sha(value).encode()).hexdigest(),
                    ):
                        if candidate in published:
                            recovered |= {value} if isinstance(value, str) else set(value)
    return recovered


# ---------------------------------------------------------------------------- the tests
REDACT = Redactions(locations=True, people=True)


def test_an_old_format_version_in_a_redacted_bundle_gives_its_secrets_up_to_guessing(
    journal: Journal, tmp_path: Path
) -> None:
    """Versions written before per-field commitments cannot be made safe after the fact: the
    attack that worked on every bundle before still works when they are included on purpose."""
    write_old_entry(journal, _secret_fields())
    out = tmp_path / "disclosure.pdf"
    export_bundle(journal, ExportOptions(redactions=REDACT, include_old_versions=True), out)
    manifest = manifest_of(out)
    assert REFUGE not in json.dumps(manifest)
    assert recover(manifest) >= {REFUGE, PERSON, WITNESS}


def test_a_version_written_now_gives_nothing_away_to_the_same_attack(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add(Kind.INCIDENT, _secret_fields())
    entry = journal.add(Kind.INCIDENT, _secret_fields("Again at the refuge"))
    journal.edit(entry, _secret_fields("Again at the refuge", body="Amended."))
    out = tmp_path / "disclosure.pdf"
    export_bundle(journal, ExportOptions(redactions=REDACT), out)
    manifest = manifest_of(out)
    assert len(manifest["entries"]) == 2 and REFUGE not in json.dumps(manifest)
    assert [v["content_format"] for e in manifest["entries"] for v in e["versions"]] == [2, 2, 2]
    assert recover(manifest) == set()


def test_by_default_a_redacted_copy_leaves_old_entries_out_and_nothing_can_be_guessed(
    journal: Journal, tmp_path: Path
) -> None:
    old = write_old_entry(journal, _secret_fields())
    journal.add(Kind.INCIDENT, _secret_fields("Written after the update"))
    out = tmp_path / "disclosure.pdf"
    result = export_bundle(journal, ExportOptions(redactions=REDACT), out)
    assert result.left_out_old == [old]
    manifest = manifest_of(out)
    assert [e["number"] for e in manifest["entries"]] != [] and old not in [
        e["number"] for e in manifest["entries"]
    ]
    assert manifest["redactions"]["old_entries_left_out"]["entries"] == [old]
    assert recover(manifest) == set()
