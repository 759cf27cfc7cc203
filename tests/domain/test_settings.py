"""The office's settings are declared once, each with its type, default and range."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.settings import (
    DEADLINES_RECOMPUTED,
    HOLIDAY_YEARS_CONFIRMED,
    LOCK_AFTER_MINUTES,
    RULE_SETS_SWITCHED_ON,
    SETTINGS,
    setting,
)


def test_every_setting_is_declared_once_with_a_default_that_passes_its_own_check():
    assert len({var.key for var in SETTINGS}) == len(SETTINGS)
    for var in SETTINGS:
        assert var.check(var.default) == var.default
        assert var.label.vi and var.label.en and var.kind.vi and var.kind.en


@given(st.integers(min_value=1, max_value=240))
def test_the_lock_takes_any_whole_number_of_minutes_in_its_range(minutes):
    assert LOCK_AFTER_MINUTES.check(minutes) == minutes
    assert LOCK_AFTER_MINUTES.parse(f" {minutes} ") == minutes


@given(st.integers().filter(lambda n: not 1 <= n <= 240))
def test_the_lock_refuses_minutes_outside_its_range_and_names_it(minutes):
    with pytest.raises(ValidationError) as refused:
        LOCK_AFTER_MINUTES.check(minutes)
    assert refused.value.field == "lock_after_minutes"
    assert refused.value.text("vi") == (
        f"Khóa cửa sổ sau (phút không sử dụng) phải là số nguyên từ 1 đến 240, "
        f"không phải '{minutes}'"
    )


@pytest.mark.parametrize("value", [True, 4.5, "4.5", "", "ten", None, [10]])
def test_the_lock_refuses_what_is_not_a_whole_number(value):
    with pytest.raises(ValidationError, match="from 1 to 240"):
        LOCK_AFTER_MINUTES.check(value)


def test_a_stored_value_out_of_range_or_damaged_reads_as_the_default():
    assert LOCK_AFTER_MINUTES.stored(None) == 10
    assert LOCK_AFTER_MINUTES.stored("30") == 30
    assert LOCK_AFTER_MINUTES.stored("0") == 10
    assert LOCK_AFTER_MINUTES.stored("not json") == 10
    assert RULE_SETS_SWITCHED_ON.stored('["b", "a", "a"]') == ("a", "b")
    assert RULE_SETS_SWITCHED_ON.stored("7") == ()
    assert HOLIDAY_YEARS_CONFIRMED.stored("[2027, 2026]") == (2026, 2027)
    assert HOLIDAY_YEARS_CONFIRMED.stored('["x"]') == ()


def test_lists_are_typed_as_json_or_separated_by_commas():
    assert RULE_SETS_SWITCHED_ON.parse("nd155-2026, x") == ("nd155-2026", "x")
    assert RULE_SETS_SWITCHED_ON.parse('["x"]') == ("x",)
    assert HOLIDAY_YEARS_CONFIRMED.parse("2027,2026") == (2026, 2027)
    with pytest.raises(ValidationError) as refused:
        HOLIDAY_YEARS_CONFIRMED.parse("2027, năm sau")
    assert refused.value.text("vi").startswith("Năm có ngày nghỉ dự kiến đã được xác nhận phải là")


def test_an_unknown_key_is_refused_with_the_known_ones():
    assert setting(" lock_after_minutes ") is LOCK_AFTER_MINUTES
    with pytest.raises(ValidationError) as refused:
        setting("lock")
    assert "lock_after_minutes" in refused.value.text("vi")


def test_the_migration_writes_the_declared_key_of_its_result():
    import importlib

    migration = importlib.import_module("hrdesk.store.migrations.versions.0009_law_136_2025")
    assert DEADLINES_RECOMPUTED.key == migration.RESULT_KEY
    assert DEADLINES_RECOMPUTED.stored(json.dumps({"moved": 1})) == {"moved": 1}
