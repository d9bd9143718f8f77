"""How an entry's categories are written into a version (what its content hash covers)."""

from __future__ import annotations

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.models import Category, EntryFields, Kind
from journal_app.evidence.canonical import canonical_json
from tests.support.helpers import fields
from tests.support.schema2 import old_fields


def test_a_version_written_before_reads_back_byte_for_byte() -> None:
    stored = old_fields("He said he would burn it", "threats")
    read = EntryFields.from_json(stored)
    assert read.categories == (Category.THREATS,)
    assert canonical_json(read.to_json()) == canonical_json(stored)


def test_a_new_version_stores_the_list_even_for_one_category() -> None:
    saved = fields("Shouted", category=Category.THREATS).validated(Kind.INCIDENT)
    document = saved.to_json()
    assert document["categories"] == ["threats"] and "category" not in document
    old = EntryFields.from_json(old_fields("Shouted", "threats"))
    resaved = old.validated(Kind.INCIDENT).to_json()  # an edit writes the new form
    assert resaved["categories"] == ["threats"] and "category" not in resaved
    # The same content either way: an edit that changes nothing is still refused.
    assert old.validated(Kind.INCIDENT) == old


def test_categories_keep_their_order_once_each_and_at_least_one() -> None:
    chosen = (Category.THREATS, Category.PHYSICAL, Category.THREATS)
    saved = fields("Hit", categories=chosen).validated(Kind.INCIDENT)
    assert saved.categories == (Category.THREATS, Category.PHYSICAL)
    with pytest.raises(InvalidInput, match="at least one category"):
        fields("Hit", categories=()).validated(Kind.INCIDENT)
