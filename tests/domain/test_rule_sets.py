"""The rule sets are data: the shipped file, an office's override file, and the checks
that keep a broken or unconfirmed set from applying silently."""

import json
from datetime import date, timedelta

import pytest

from hrdesk.domain.calendar import load_calendar
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.rule_sets import RuleCatalog, load_catalog
from hrdesk.domain.rules_data import packaged_rules_data

MON = date(2026, 3, 2)
JULY = date(2026, 7, 1)


@pytest.fixture(scope="module")
def cal():
    return load_calendar()


def _write(path, document, encoding="utf-8"):
    path.write_text(json.dumps(document, ensure_ascii=False), encoding)
    return path


def test_every_set_has_a_date_and_a_legal_basis_in_both_languages():
    for raw in packaged_rules_data()["rule_sets"]:
        date.fromisoformat(raw["effective_from"])
        assert raw["basis_vi"] and raw["basis_en"]


def test_every_shipped_rule_names_its_law_in_both_languages():
    catalog = load_catalog()
    for info in catalog.base_sets():
        for rule in catalog.by_id(info.id).rules.values():
            assert "Luật" in rule.article_vi and "Law" in rule.article_en
            assert rule.summary_vi and rule.summary_en and rule.counted_from


def test_override_of_the_earlier_shape_changes_a_limit_in_every_set(tmp_path, cal):
    path = _write(
        tmp_path / "deadline_rules.json",
        {"rules": [{"key": "complaint.resolution.first", "days": 20}]},
    )
    catalog = load_catalog(path)
    for day in (MON, JULY):
        rules = catalog.in_force(day)
        # 20 days from Mon 02/03 is Sun 22/03: Mon 23/03; from Wed 01/07, Tue 21/07.
        expected = {MON: date(2026, 3, 23), JULY: date(2026, 7, 21)}[day]
        assert rules.resolution("complaint", day, cal).due == expected
        assert rules.resolution("complaint", day, cal, complex=True).due >= day + timedelta(45)


def test_override_may_change_one_set_only(tmp_path, cal):
    entry = {"key": "complaint.acceptance", "days": 10, "unit": "working_days"}
    path = _write(tmp_path / "r.json", {"rule_sets": [{"id": "136-2025", "rules": [entry]}]})
    catalog = load_catalog(path)
    assert catalog.in_force(MON).acceptance("complaint", MON, cal).due == date(2026, 3, 12)
    assert catalog.in_force(JULY).acceptance("complaint", JULY, cal).due == date(2026, 7, 15)


def test_override_written_by_notepad_with_a_byte_order_mark_is_read(tmp_path, cal):
    # Issue 20: Windows Notepad saves UTF-8 with a BOM.
    path = tmp_path / "deadline_rules.json"
    text = json.dumps({"rules": [{"key": "complaint.acceptance", "days": 15}]})
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    catalog = load_catalog(path)
    assert catalog.in_force(MON).acceptance("complaint", MON, cal).due == date(2026, 3, 17)


@pytest.mark.parametrize(
    "document",
    [
        {"rules": [{"key": "complaint.resolutoin", "days": 3}]},
        {"rule_sets": [{"id": "2099", "rules": []}]},
        {"note": "nothing to change"},
        {"rules": 5},
    ],
)
def test_override_naming_what_does_not_exist_is_rejected(tmp_path, document):
    with pytest.raises(ValidationError) as error:
        load_catalog(_write(tmp_path / "r.json", document))
    assert error.value.field == "deadline_rules"


@pytest.mark.parametrize("content", ["{not json", "[]"])
def test_unreadable_override_is_reported(tmp_path, content):
    path = tmp_path / "r.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ValidationError):
        load_catalog(path)


def test_missing_override_file_is_reported(tmp_path):
    with pytest.raises(ValidationError):
        load_catalog(tmp_path / "absent.json")


@pytest.mark.parametrize(
    ("field", "value"), [("days", 0), ("days", "30"), ("days", True), ("unit", "weeks")]
)
def test_invalid_rule_values_are_rejected(field, value):
    data = packaged_rules_data()
    data["rule_sets"][0]["rules"][0][field] = value
    with pytest.raises(ValidationError) as error:
        RuleCatalog(data)
    assert error.value.field == "deadline_rules"


def test_rules_missing_a_limit_are_rejected():
    data = packaged_rules_data()
    first = data["rule_sets"][0]
    first["rules"] = [r for r in first["rules"] if r["key"] != "denunciation.forwarding"]
    with pytest.raises(ValidationError) as error:
        RuleCatalog(data)
    assert "denunciation.forwarding" in error.value.message


def test_an_unconfirmed_set_that_would_apply_by_default_is_refused():
    data = packaged_rules_data()
    for raw in data["rule_sets"]:
        if raw["id"] == "nd155-2026":
            raw["optional"] = False
    with pytest.raises(ValidationError, match="must be optional"):
        RuleCatalog(data)


def test_an_unconfirmed_set_without_its_source_is_refused():
    data = packaged_rules_data()
    for raw in data["rule_sets"]:
        if raw["id"] == "nd154-2026":
            raw["source"] = ""
    with pytest.raises(ValidationError, match="comes from"):
        RuleCatalog(data)


def test_a_set_without_its_effective_date_is_refused():
    data = packaged_rules_data()
    del data["rule_sets"][1]["effective_from"]
    with pytest.raises(ValidationError, match="effective_from"):
        RuleCatalog(data)


def test_office_may_change_how_often_a_denunciation_is_extended(tmp_path, cal):
    entry = {"key": "denunciation.extension", "max_extensions_complex": 0}
    catalog = load_catalog(_write(tmp_path / "r.json", {"rules": [entry]}))
    with pytest.raises(ValidationError):
        catalog.in_force(MON).extension("denunciation", MON, 0, especially_complex=False, cal=cal)
    entry["max_extensions_complex"] = "two"
    with pytest.raises(ValidationError):
        load_catalog(_write(tmp_path / "r.json", {"rules": [entry]}))


def test_the_reception_book_form_follows_the_switched_on_decree_154():
    catalog = load_catalog()
    assert "04/2021/TT-TTCP" in catalog.in_force(JULY).info.reception_book_vi
    switched = catalog.in_force(JULY, {"nd154-2026"}).info
    assert "154/2026" in switched.reception_book_vi and "chưa xác nhận" in switched.basis_vi
