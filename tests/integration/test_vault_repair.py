"""An altered settings file never locks the right passphrase out (issue 10, item 4).

SECURITY.md: the settings file beside the database is a hint; the header salt is the truth, a
failed key check still tries the database and then the recovery path, and an altered file is
repaired and reported. Each attack below is one edit someone with the laptop could make to
`notebook.json` (or `notebook.1.json`) of a real SQLCipher vault; each test checks what the
person would notice: the journal opens, they are told the file was repaired, the repair
lasts, and a wrong passphrase is still simply wrong and changes nothing.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.errors import Cancelled, ParametersInvalid, WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.i18n import catalogue
from journal_app.vault import attempt as attempt_module
from journal_app.vault import kdf
from journal_app.vault import vault as vault_module
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.kdf import FLOOR, KdfParams
from journal_app.vault.params import read_parameters
from journal_app.vault.vault import (
    ALTERNATE,
    SETTINGS_NOT_REPAIRED,
    SETTINGS_REPAIRED,
    Vault,
    db_path,
    params_path,
)
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields, run_cli

WRONG = "not the passphrase at all"
DURESS = "a harmless second passphrase"
STEP_128 = KdfParams(128 * 1024, 3, 4)
Document = dict[str, Any]
Snapshot = dict[str, tuple[bytes, int]]


def snapshot(folder: Path) -> Snapshot:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def edit_settings(folder: Path, change: Callable[[Document], None], stem: str = "notebook") -> None:
    """Rewrite a settings file the way someone with a text editor would."""
    path = params_path(folder, stem)
    document = json.loads(path.read_bytes())
    change(document)
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


def make_vault(folder: Path, params: KdfParams, body: str = "kept through the attack") -> Path:
    with Vault.create(folder, PASSPHRASE, kdf=params) as created:
        Journal(created).add(Kind.INCIDENT, fields(body=body))
    return folder


def assert_opens_and_is_repaired(
    folder: Path, expected: KdfParams, passphrase: str = PASSPHRASE, stem: str = "notebook"
) -> None:
    """The right passphrase opens, the person is told, and the next unlock is quiet."""
    with Vault.open(folder, passphrase) as opened:
        assert opened.settings_notice == SETTINGS_REPAIRED
        assert Journal(opened).check().ok
        assert opened.stem == stem
    repaired = read_parameters(params_path(folder, stem))
    assert repaired.current.kdf == expected
    assert repaired.pending is None
    assert repaired.salt == db_path(folder, stem).read_bytes()[:16].hex()
    with Vault.open(folder, passphrase) as again:
        assert again.settings_notice is None
    assert read_parameters(params_path(folder, stem)) == repaired


def assert_wrong_changes_nothing(folder: Path, seconds: float = 5) -> None:
    before = snapshot(folder)
    started = time.perf_counter()
    with pytest.raises(WrongPassphrase) as raised:
        Vault.open(folder, WRONG)
    assert raised.value.exit_status == 3
    assert time.perf_counter() - started < seconds
    assert snapshot(folder) == before


@pytest.fixture
def fast_vault(tmp_path: Path) -> Path:
    """A closed vault with the tests' fast setting and one entry."""
    return make_vault(tmp_path / "vault", FAST_KDF)


@pytest.fixture(scope="module")
def floor_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with the real lowest calibration step (64 MiB, t=3, p=4), closed."""
    return make_vault(tmp_path_factory.mktemp("floor") / "vault", FLOOR)


@pytest.fixture
def floor_vault(floor_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "floor-vault"
    shutil.copytree(floor_template, folder)
    return folder


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[KdfParams]]:
    """Every setting a key is derived with while opening."""
    used: list[KdfParams] = []
    real = vault_module.derive_key

    def recording(secret: bytearray, salt: bytes, params: KdfParams) -> bytearray:
        used.append(params)
        return real(secret, salt, params)

    # Opening derives in vault.attempt; creating and re-keying in vault.vault.
    monkeypatch.setattr(vault_module, "derive_key", recording)
    monkeypatch.setattr(attempt_module, "derive_key", recording)
    yield used


# --------------------------------------------------------------------- the key check
def test_zeroed_key_check_still_opens_and_is_repaired(fast_vault: Path) -> None:
    edit_settings(fast_vault, lambda d: d["current"].update(key_check="0" * 32))
    assert_wrong_changes_nothing(fast_vault)
    assert_opens_and_is_repaired(fast_vault, FAST_KDF)
    assert_wrong_changes_nothing(fast_vault)


def test_removed_key_check_still_opens_and_is_repaired(fast_vault: Path) -> None:
    edit_settings(fast_vault, lambda d: d["current"].update(key_check=None))
    assert_opens_and_is_repaired(fast_vault, FAST_KDF)


# --------------------------------------------------------------------- the memory setting
@pytest.mark.parametrize(
    "setting",
    [FLOOR.to_json(), {**FAST_KDF.to_json(), "memory_kib": 2048}],
    ids=["calibration-step", "another-cheap-setting"],
)
def test_memory_changed_to_another_allowed_value_still_opens(
    fast_vault: Path, setting: Document
) -> None:
    """A value this app writes is tried as the file says; then the truth is still found."""
    edit_settings(fast_vault, lambda d: d["current"].update(kdf=setting))
    assert_wrong_changes_nothing(fast_vault)
    started = time.perf_counter()
    assert_opens_and_is_repaired(fast_vault, FAST_KDF)
    assert time.perf_counter() - started < 5


def test_memory_raised_one_step_on_a_real_vault_still_opens(floor_vault: Path) -> None:
    edit_settings(floor_vault, lambda d: d["current"]["kdf"].update(memory_kib=128 * 1024))
    assert_opens_and_is_repaired(floor_vault, FLOOR)


def test_memory_lowered_one_step_on_a_real_vault_still_opens(tmp_path: Path) -> None:
    """128 MiB -> 64 MiB: the sibling settings file (notebook.1.json) still names the truth."""
    folder = make_vault(tmp_path / "vault", STEP_128)
    edit_settings(folder, lambda d: d["current"]["kdf"].update(memory_kib=64 * 1024))
    assert_opens_and_is_repaired(folder, STEP_128)


def test_memory_changed_and_key_check_zeroed_still_opens(fast_vault: Path) -> None:
    def attack(document: Document) -> None:
        document["current"]["kdf"] = FLOOR.to_json()
        document["current"]["key_check"] = "f" * 32

    edit_settings(fast_vault, attack)
    assert_opens_and_is_repaired(fast_vault, FAST_KDF)


# --------------------------------------------------------------------- the salt
def test_changed_salt_is_not_called_damage_and_is_repaired(fast_vault: Path) -> None:
    """The header salt wins: the database is intact, so it opens (not 'damaged', exit 4)."""
    edit_settings(fast_vault, lambda d: d.update(salt="00" * 16))
    assert_wrong_changes_nothing(fast_vault)
    assert_opens_and_is_repaired(fast_vault, FAST_KDF)


def test_changed_salt_and_key_check_still_opens(fast_vault: Path) -> None:
    def attack(document: Document) -> None:
        document["salt"] = "ab" * 16
        document["current"]["key_check"] = "0" * 32

    edit_settings(fast_vault, attack)
    assert_opens_and_is_repaired(fast_vault, FAST_KDF)


# --------------------------------------------------------------------- values this app never writes
@pytest.mark.parametrize(
    "kdf_change",
    [
        {"memory_kib": 2048 * 1024, "time_cost": 10, "parallelism": 16},  # 21 s and 2 GiB a try
        {"memory_kib": 2048 * 1024},
        {"memory_kib": 96 * 1024},  # between two steps
        {"time_cost": 10},
        {"time_cost": 7, "memory_kib": 64 * 1024},
        {"parallelism": 16},
        {"parallelism": 2, "memory_kib": 64 * 1024},
        {"memory_kib": 2**40},
        {"memory_kib": "lots"},
    ],
    ids=repr,
)
def test_values_this_app_never_writes_are_never_used(
    fast_vault: Path, derivations: list[KdfParams], kdf_change: Document
) -> None:
    edit_settings(fast_vault, lambda d: d["current"]["kdf"].update(kdf_change))
    started = time.perf_counter()
    assert_opens_and_is_repaired(fast_vault, FAST_KDF)
    assert time.perf_counter() - started < 10
    assert derivations, "the journal was opened without deriving a key"
    assert all(kdf.is_known_setting(params) for params in derivations), derivations
    assert all(params.memory_kib <= kdf.MEMORY_CAP_KIB for params in derivations)


@pytest.mark.parametrize(
    "kdf_change",
    [{"time_cost": 1}, {"time_cost": 2, "parallelism": 1}, {"parallelism": 1}],
    ids=repr,
)
def test_time_or_lanes_changed_on_a_real_vault_still_opens(
    floor_vault: Path, kdf_change: Document
) -> None:
    edit_settings(floor_vault, lambda d: d["current"]["kdf"].update(kdf_change))
    assert_opens_and_is_repaired(floor_vault, FLOOR)


def test_planted_maximum_values_never_cost_a_wrong_passphrase_21_seconds(
    fast_vault: Path, derivations: list[KdfParams]
) -> None:
    """Both settings files ask for 2 GiB, t=10, p=16: nothing is derived with that; only the
    calibration steps are searched, cheapest first (cancelled here after two of them)."""

    def maximum(document: Document) -> None:
        document["current"]["kdf"].update(memory_kib=2048 * 1024, time_cost=10, parallelism=16)

    edit_settings(fast_vault, maximum)
    edit_settings(fast_vault, maximum, stem=ALTERNATE)
    before = snapshot(fast_vault)
    with pytest.raises(Cancelled):
        Vault.open(fast_vault, WRONG, cancelled=lambda: len(derivations) >= 2)
    assert derivations == list(kdf.memory_steps())[:2]
    assert snapshot(fast_vault) == before


# --------------------------------------------------------------------- the pending slot
@pytest.mark.parametrize(
    "pending",
    ["garbage", 5, [], {"kdf": None, "key_check": None}, {"kdf": {"memory_kib": 2**40}}],
    ids=repr,
)
def test_garbage_pending_slot_is_dropped_and_reported(fast_vault: Path, pending: object) -> None:
    edit_settings(fast_vault, lambda d: d.update(pending=pending))
    assert_wrong_changes_nothing(fast_vault)
    assert_opens_and_is_repaired(fast_vault, FAST_KDF)


def test_absurd_pending_slot_is_never_derived_with(
    fast_vault: Path, derivations: list[KdfParams]
) -> None:
    absurd = {**FAST_KDF.to_json(), "memory_kib": 2048 * 1024, "time_cost": 10}
    edit_settings(fast_vault, lambda d: d.update(pending={"kdf": absurd, "key_check": "1" * 32}))
    assert_opens_and_is_repaired(fast_vault, FAST_KDF)
    assert all(kdf.is_known_setting(params) for params in derivations)


def test_whole_file_replaced_by_other_json_still_opens(floor_vault: Path) -> None:
    params_path(floor_vault).write_text('{"recipe": "soup"}', encoding="utf-8")
    assert_opens_and_is_repaired(floor_vault, FLOOR)


# --------------------------------------------------------------------- the alternate journal
@pytest.fixture
def with_duress(fast_vault: Path) -> Path:
    with Vault.open(fast_vault, PASSPHRASE) as opened:
        set_alternate_passphrase(opened, DURESS)
    with Vault.open(fast_vault, DURESS) as alternate:
        Journal(alternate).add(Kind.INCIDENT, fields("Shopping list", body="milk"))
    return fast_vault


@pytest.mark.parametrize(
    "attack",
    [
        lambda d: d["current"].update(key_check="0" * 32),
        lambda d: d["current"].update(kdf=FLOOR.to_json()),
        lambda d: d.update(salt="00" * 16),
        lambda d: d["current"]["kdf"].update(time_cost=10, memory_kib=2048 * 1024),
    ],
    ids=["key-check", "memory", "salt", "absurd"],
)
def test_altered_alternate_settings_never_block_the_duress_passphrase(
    with_duress: Path, attack: Callable[[Document], None]
) -> None:
    edit_settings(with_duress, attack, stem=ALTERNATE)
    assert_wrong_changes_nothing(with_duress)
    assert_opens_and_is_repaired(with_duress, FAST_KDF, passphrase=DURESS, stem=ALTERNATE)
    with Vault.open(with_duress, DURESS) as alternate:
        assert [e.title for e in Journal(alternate).entries()] == ["Shopping list"]
    with Vault.open(with_duress, PASSPHRASE) as main:
        assert main.stem == "notebook" and main.settings_notice is None


def test_altered_main_settings_still_let_the_duress_passphrase_open_its_journal(
    with_duress: Path,
) -> None:
    """The alternate journal is tried before any slow search of the main one."""
    main_settings = params_path(with_duress).read_bytes()
    edit_settings(with_duress, lambda d: d["current"].update(kdf=FLOOR.to_json()))
    altered = params_path(with_duress).read_bytes()
    with Vault.open(with_duress, DURESS) as alternate:
        assert alternate.stem == ALTERNATE
        assert alternate.settings_notice is None
    # Nothing can be said about the main journal's file without its passphrase.
    assert params_path(with_duress).read_bytes() == altered != main_settings
    assert_opens_and_is_repaired(with_duress, FAST_KDF)


# ------------------------------------------------- when the repair cannot be written
def test_a_folder_that_cannot_be_written_still_opens_and_says_so(
    fast_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit_settings(fast_vault, lambda d: d["current"].update(key_check="0" * 32))
    before = snapshot(fast_vault)

    def refuse(path: Path, parameters: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(vault_module, "write_parameters", refuse)
    with Vault.open(fast_vault, PASSPHRASE) as opened:
        assert opened.settings_notice == SETTINGS_NOT_REPAIRED
        assert Journal(opened).entries()[0].title == "He shouted at me"
    assert snapshot(fast_vault) == before


# --------------------------------------------------------------------- what the app writes
@pytest.mark.parametrize(
    "params",
    [KdfParams(256 * 1024, 2, 4), KdfParams(96 * 1024, 3, 4), KdfParams(2048 * 1024, 3, 4)],
    ids=repr,
)
def test_the_app_never_writes_a_setting_it_would_not_accept(
    tmp_path: Path, params: KdfParams
) -> None:
    with pytest.raises(ParametersInvalid):
        Vault.create(tmp_path / "vault", PASSPHRASE, kdf=params)
    assert not (tmp_path / "vault").exists()


def test_notices_are_translated() -> None:
    for language in ("es", "pt_BR"):
        assert catalogue(language).get(SETTINGS_REPAIRED)
        assert catalogue(language).get(SETTINGS_NOT_REPAIRED)


# --------------------------------------------------------------------- the command line
def test_list_through_the_command_line_with_an_altered_file(fast_vault: Path) -> None:
    edit_settings(fast_vault, lambda d: d["current"].update(kdf=FLOOR.to_json()))
    result = run_cli(
        ["list", fast_vault, "--json", "--passphrase-file", "-"], stdin=PASSPHRASE + "\n"
    )
    assert result.returncode == 0, result.stderr
    assert [e["title"] for e in json.loads(result.stdout)["entries"]] == ["He shouted at me"]
    assert read_parameters(params_path(fast_vault)).current.kdf == FAST_KDF
    wrong = run_cli(["list", fast_vault, "--passphrase-file", "-"], stdin=WRONG + "\n")
    assert wrong.returncode == 3
