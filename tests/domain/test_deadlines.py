"""Statutory time limits of the Law on Complaints 2011, the Law on Denunciations 2018 and
the Law on Citizen Reception 2013, named after the article they check."""

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain.calendar import WorkingCalendar, load_calendar
from hrdesk.domain.deadlines import DeadlineRules, PetitionKind, load_rules
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.rules_data import packaged_rules_data

COMPLAINT = PetitionKind.COMPLAINT
DENUNCIATION = PetitionKind.DENUNCIATION
RECOMMENDATION = PetitionKind.RECOMMENDATION

MON = date(2026, 3, 2)  # an ordinary Monday, no holiday for weeks


@pytest.fixture(scope="module")
def rules() -> DeadlineRules:
    return load_rules()


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return load_calendar()


# --- acceptance and initial handling --------------------------------------------------


def test_complaint_is_accepted_within_10_days_of_receipt_art_27(rules, cal):
    deadline = rules.acceptance(COMPLAINT, MON, cal)
    assert deadline.due == date(2026, 3, 12)
    assert "Điều 27" in deadline.rule.article_vi and "Điều 36" in deadline.rule.article_vi
    assert "02/2011/QH13" in deadline.rule.article_vi


def test_complaint_acceptance_counts_calendar_days_through_tet_art_27(rules, cal):
    assert rules.acceptance(COMPLAINT, date(2026, 2, 13), cal).due == date(2026, 2, 23)


def test_denunciation_initial_handling_is_7_working_days_art_24(rules, cal):
    deadline = rules.acceptance(DENUNCIATION, MON, cal)
    assert deadline.due == date(2026, 3, 11)
    assert deadline.rule.unit == "working_days"
    assert "Khoản 1 Điều 24" in deadline.rule.article_vi


def test_denunciation_initial_handling_skips_tet_art_24(rules, cal):
    # Received Friday 13/02/2026; Tết closes the office 14–22/02.
    assert rules.acceptance(DENUNCIATION, date(2026, 2, 13), cal).due == date(2026, 3, 3)


def test_denunciation_initial_handling_counts_a_make_up_saturday_art_24(rules, cal):
    # 1-2 January 2026 are off, Saturday 10 January is worked instead: received Tuesday
    # 30/12/2025, the 7 working days are 31/12, 05-09/01 and Saturday 10/01.
    assert rules.acceptance(DENUNCIATION, date(2025, 12, 30), cal).due == date(2026, 1, 10)


def test_denunciation_initial_handling_extends_to_10_working_days_art_24(rules, cal):
    deadline = rules.initial_handling_extended(MON, cal)
    assert deadline.due == date(2026, 3, 16)
    assert deadline.rule.days == 10


def test_denunciation_outside_authority_is_forwarded_in_5_working_days_art_24_2(rules, cal):
    deadline = rules.forwarding(date(2026, 4, 24), cal)  # Friday before Hùng Kings' Monday
    assert deadline.due == date(2026, 5, 6)
    assert "Khoản 2 Điều 24" in deadline.rule.article_vi


def test_recommendation_is_answered_in_10_working_days_art_28_law_42_2013(rules, cal):
    deadline = rules.acceptance(RECOMMENDATION, MON, cal)
    assert deadline.due == date(2026, 3, 16)
    assert "42/2013/QH13" in deadline.rule.article_vi


# --- resolution -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("complex_", "remote", "days"),
    [(False, False, 30), (True, False, 45), (False, True, 45), (True, True, 60)],
)
def test_first_complaint_resolution_limits_art_28(rules, cal, complex_, remote, days):
    deadline = rules.resolution(COMPLAINT, MON, cal, complex=complex_, remote=remote)
    assert deadline.due == MON + timedelta(days=days)
    assert "Điều 28" in deadline.rule.article_vi


@pytest.mark.parametrize(
    ("complex_", "remote", "days"),
    [(False, False, 45), (True, False, 60), (False, True, 60), (True, True, 70)],
)
def test_second_complaint_resolution_limits_art_37(rules, cal, complex_, remote, days):
    deadline = rules.resolution(COMPLAINT, MON, cal, round=2, complex=complex_, remote=remote)
    assert deadline.due == MON + timedelta(days=days)
    assert "Điều 37" in deadline.rule.article_vi


def test_second_complaint_in_remote_area_gets_60_days_art_37(rules, cal):
    assert rules.resolution(COMPLAINT, MON, cal, round=2, remote=True).due == date(2026, 5, 1)


@pytest.mark.parametrize("round_", [0, 3, -1, True])
def test_a_complaint_has_only_a_first_and_a_second_round_art_28_37(rules, cal, round_):
    with pytest.raises(ValidationError) as error:
        rules.resolution(COMPLAINT, MON, cal, round=round_)
    assert error.value.field == "complaint_round"


def test_denunciation_is_resolved_within_30_days_of_acceptance_art_30(rules, cal):
    deadline = rules.resolution(DENUNCIATION, MON, cal)
    assert deadline.due == date(2026, 4, 1)
    assert "Điều 30" in deadline.rule.article_vi


def test_denunciation_has_no_second_round(rules, cal):
    with pytest.raises(ValidationError) as error:
        rules.resolution(DENUNCIATION, MON, cal, round=2)
    assert error.value.field == "complaint_round"


def test_recommendation_resolution_is_the_10_working_day_reply_art_28_law_42_2013(rules, cal):
    deadline = rules.resolution(RECOMMENDATION, date(2026, 4, 24), cal)
    assert deadline.due == date(2026, 5, 13)  # skips 27/04, 30/04 and 01/05
    assert deadline.rule.key == "recommendation.reply"


def test_kind_may_be_given_as_plain_text(rules, cal):
    assert rules.acceptance("complaint", MON, cal) == rules.acceptance(COMPLAINT, MON, cal)
    with pytest.raises(ValidationError) as error:
        rules.acceptance("petition", MON, cal)
    assert error.value.field == "kind"


# --- extension ------------------------------------------------------------------------


def test_complex_denunciation_extends_once_by_30_days_art_30(rules):
    deadline = rules.extension(DENUNCIATION, date(2026, 4, 1), 0, especially_complex=False)
    assert deadline.due == date(2026, 5, 1)
    assert "Điều 30" in deadline.rule.article_vi
    with pytest.raises(ValidationError) as error:
        rules.extension(DENUNCIATION, date(2026, 5, 1), 1, especially_complex=False)
    assert error.value.field == "extension"
    assert "once" in error.value.message


def test_especially_complex_denunciation_extends_twice_not_three_times_art_30(rules):
    first = rules.extension(DENUNCIATION, date(2026, 4, 1), 0, especially_complex=True)
    second = rules.extension(DENUNCIATION, first.due, 1, especially_complex=True)
    assert second.due == date(2026, 5, 31)
    with pytest.raises(ValidationError) as error:
        rules.extension(DENUNCIATION, second.due, 2, especially_complex=True)
    assert error.value.field == "extension"


def test_denunciation_extension_may_be_shorter_but_not_longer_than_30_days_art_30(rules):
    short = rules.extension(DENUNCIATION, date(2026, 4, 1), 0, especially_complex=False, days=15)
    assert short.due == date(2026, 4, 16)
    for days in (31, 0, -5):
        with pytest.raises(ValidationError) as error:
            rules.extension(DENUNCIATION, date(2026, 4, 1), 0, especially_complex=False, days=days)
        assert error.value.field == "extension"


def test_negative_count_of_extensions_is_rejected(rules):
    with pytest.raises(ValidationError):
        rules.extension(DENUNCIATION, date(2026, 4, 1), -1, especially_complex=False)


@pytest.mark.parametrize("kind", [COMPLAINT, RECOMMENDATION])
def test_complaints_and_recommendations_have_no_extension_in_law(rules, kind):
    with pytest.raises(ValidationError) as error:
        rules.extension(kind, date(2026, 4, 1), 0, especially_complex=True)
    assert error.value.field == "extension"


# --- windows for the citizen ----------------------------------------------------------


def test_second_complaint_may_follow_within_30_days_art_33(rules):
    deadline = rules.second_complaint_window(date(2026, 3, 10), remote=False)
    assert deadline.due == date(2026, 4, 9)
    assert "Điều 33" in deadline.rule.article_vi


def test_second_complaint_in_remote_area_may_follow_within_45_days_art_33(rules):
    assert rules.second_complaint_window(date(2026, 3, 10), remote=True).due == date(2026, 4, 24)


def test_complaint_must_be_filed_within_90_days_art_9(rules):
    deadline = rules.filing_window(date(2026, 1, 5))
    assert deadline.due == date(2026, 4, 5)
    assert "Điều 9" in deadline.rule.article_vi
    assert deadline.rule.article_en.startswith("Art. 9")


# --- properties -----------------------------------------------------------------------

DATES = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 10, 1))


@given(DATES, st.sampled_from(list(PetitionKind)))
def test_every_limit_is_counted_in_its_unit(start, kind):
    rules, cal = load_rules(), load_calendar()
    for deadline in (rules.acceptance(kind, start, cal), rules.resolution(kind, start, cal)):
        rule = deadline.rule
        if rule.unit == "days":
            assert deadline.due - start == timedelta(days=rule.days)
        else:
            assert cal.working_days_between(start, deadline.due) == rule.days
            assert cal.is_working_day(deadline.due)


@given(DATES)
def test_harder_cases_never_get_less_time(start):
    rules, cal = load_rules(), load_calendar()
    for round_ in (1, 2):
        normal = rules.resolution(COMPLAINT, start, cal, round=round_).due
        harder = rules.resolution(COMPLAINT, start, cal, round=round_, complex=True).due
        hardest = rules.resolution(
            COMPLAINT, start, cal, round=round_, complex=True, remote=True
        ).due
        assert normal < harder < hardest


# --- the rules are data ---------------------------------------------------------------


def test_override_file_changes_a_limit(tmp_path, cal):
    override = tmp_path / "deadline_rules.json"
    override.write_text(
        json.dumps({"rules": [{"key": "complaint.resolution.first", "days": 20}]}), "utf-8"
    )
    rules = load_rules(override)
    assert rules.resolution(COMPLAINT, MON, cal).due == MON + timedelta(days=20)
    assert rules.rule("complaint.resolution.first").article_vi.startswith("Điều 28")
    assert rules.resolution(COMPLAINT, MON, cal, complex=True).due == MON + timedelta(days=45)


def test_override_can_turn_a_limit_into_working_days(tmp_path, cal):
    override = tmp_path / "rules.json"
    entry = {"key": "complaint.acceptance", "days": 10, "unit": "working_days"}
    override.write_text(json.dumps({"rules": [entry]}), "utf-8")
    assert load_rules(override).acceptance(COMPLAINT, MON, cal).due == date(2026, 3, 16)


def test_override_naming_an_unknown_rule_is_rejected(tmp_path):
    override = tmp_path / "rules.json"
    override.write_text(json.dumps({"rules": [{"key": "complaint.resolutoin", "days": 3}]}))
    with pytest.raises(ValidationError) as error:
        load_rules(override)
    assert error.value.field == "deadline_rules"


@pytest.mark.parametrize("content", ["{not json", "[]", '{"rules": 5}'])
def test_unreadable_override_is_reported(tmp_path, content):
    override = tmp_path / "rules.json"
    override.write_text(content, "utf-8")
    with pytest.raises(ValidationError):
        load_rules(override)


def test_missing_override_file_is_reported(tmp_path):
    with pytest.raises(ValidationError):
        load_rules(tmp_path / "absent.json")


@pytest.mark.parametrize(
    ("field", "value"), [("days", 0), ("days", "30"), ("days", True), ("unit", "weeks")]
)
def test_invalid_rule_values_are_rejected(field, value):
    data = packaged_rules_data()
    data["rules"][0][field] = value
    with pytest.raises(ValidationError) as error:
        DeadlineRules(data)
    assert error.value.field == "deadline_rules"


def test_rules_missing_a_limit_are_rejected():
    data = packaged_rules_data()
    data["rules"] = [r for r in data["rules"] if r["key"] != "denunciation.forwarding"]
    with pytest.raises(ValidationError) as error:
        DeadlineRules(data)
    assert "denunciation.forwarding" in error.value.message


def test_rule_without_article_is_rejected():
    data = packaged_rules_data()
    del data["rules"][0]["article_vi"]
    with pytest.raises(ValidationError):
        DeadlineRules(data)


def test_every_shipped_rule_names_its_law_in_both_languages(rules):
    for rule in rules.rules.values():
        assert "Luật" in rule.article_vi and "Law" in rule.article_en
        assert rule.summary_vi and rule.summary_en and rule.counted_from


def test_office_may_change_how_often_a_denunciation_is_extended(tmp_path):
    override = tmp_path / "rules.json"
    entry = {"key": "denunciation.extension", "max_extensions_complex": 0}
    override.write_text(json.dumps({"rules": [entry]}), "utf-8")
    with pytest.raises(ValidationError):
        load_rules(override).extension(DENUNCIATION, date(2026, 4, 1), 0, especially_complex=False)
    entry["max_extensions_complex"] = "two"
    override.write_text(json.dumps({"rules": [entry]}), "utf-8")
    with pytest.raises(ValidationError):
        load_rules(override)


def test_window_turned_into_working_days_by_an_override_needs_the_calendar(tmp_path, cal):
    override = tmp_path / "rules.json"
    entry = {"key": "complaint.filing_window", "days": 60, "unit": "working_days"}
    override.write_text(json.dumps({"rules": [entry]}), "utf-8")
    rules = load_rules(override)
    assert cal.working_days_between(MON, rules.filing_window(MON, cal).due) == 60
    with pytest.raises(ValidationError) as error:
        rules.filing_window(MON)
    assert error.value.field == "deadline_rules"
