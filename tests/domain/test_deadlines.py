"""Statutory time limits, for each rule set, kind of petition and stage, against dates
worked out by hand from the shipped calendar and the article each comes from.

Counting (Civil Code 2015): the day of the event is not counted (Art. 147(2)); a limit
in days that ends on a weekend day or a holiday ends on the next working day (Art.
148(5)). Working-day limits skip weekends and days off and count make-up Saturdays.

2026 calendar used below: Tết 14–22/02; Hùng Kings Sun 26/04 compensated Mon 27/04;
30/04 Thu and 01/05 Fri; Sat 22/08 worked in exchange for Mon 31/08; National Day
01–02/09; Vietnamese Culture Day Tue 24/11. Tết 2027 (expected): 05–09/02 and
10–11/02 in lieu of the weekend.
"""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain.calendar import WorkingCalendar, load_calendar
from hrdesk.domain.deadlines import PetitionKind
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.petition_deadline import CaseFacts, due_for
from hrdesk.domain.rule_sets import RuleCatalog, load_catalog

COMPLAINT = PetitionKind.COMPLAINT
DENUNCIATION = PetitionKind.DENUNCIATION
RECOMMENDATION = PetitionKind.RECOMMENDATION

LAW_2011 = "2011"
LAW_136 = "136-2025"
DECREE_155 = "136-2025+nd155-2026"
ENABLED = {LAW_2011: (), LAW_136: (), DECREE_155: ("nd155-2026",)}

MON = date(2026, 3, 2)  # an ordinary Monday, no holiday for weeks


@pytest.fixture(scope="module")
def catalog() -> RuleCatalog:
    return load_catalog()


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return load_calendar()


# (rule set, kind, stage, start day, expected last day, why: the article and the count)
ACCEPTANCE = [
    (LAW_2011, COMPLAINT, date(2026, 2, 13), date(2026, 2, 23),
     "Art. 27 Law 02/2011: 10 days from Fri 13/02 through Tết end Mon 23/02, a working day"),
    (LAW_2011, COMPLAINT, date(2026, 4, 20), date(2026, 5, 4),
     "Art. 27: 20/04 + 10 = Thu 30/04, a holiday, then 01/05 and the weekend: Mon 04/05 "
     "(Civil Code Art. 148(5))"),
    (LAW_2011, COMPLAINT, date(2026, 6, 24), date(2026, 7, 6),
     "Art. 27, received before 01/07/2026: 24/06 + 10 = Sat 04/07: Mon 06/07 (Art. 148(5))"),
    (LAW_2011, DENUNCIATION, date(2026, 2, 13), date(2026, 3, 3),
     "Art. 24(1) Law 25/2018: 7 working days after Fri 13/02, Tết closes 14–22/02: 23/02 "
     "… 03/03"),
    (LAW_2011, DENUNCIATION, date(2025, 12, 30), date(2026, 1, 10),
     "Art. 24(1): 31/12, 05–09/01 and make-up Sat 10/01 (01–02/01 off)"),
    (LAW_2011, RECOMMENDATION, date(2026, 4, 24), date(2026, 5, 13),
     "Art. 28 Law 42/2013: 10 working days skipping 27/04, 30/04 and 01/05"),
    (LAW_136, COMPLAINT, date(2026, 7, 1), date(2026, 7, 13),
     "Art. 27 as amended by Law 136/2025: 01/07 + 10 = Sat 11/07: Mon 13/07 (Art. 148(5))"),
    (LAW_136, COMPLAINT, date(2026, 8, 21), date(2026, 9, 3),
     "Art. 27: 21/08 + 10 = Mon 31/08, swapped day off, then 01–02/09 National Day: Thu 03/09"),
    (LAW_136, DENUNCIATION, date(2026, 8, 20), date(2026, 8, 28),
     "Art. 24(1): Fri 21/08, make-up Sat 22/08, 24–28/08: 7 working days"),
    (LAW_136, DENUNCIATION, date(2026, 8, 27), date(2026, 9, 10),
     "Art. 24(1): Fri 28/08, then 31/08–02/09 off, 03, 04, 07, 08, 09, 10/09"),
    (LAW_136, RECOMMENDATION, date(2026, 8, 31), date(2026, 9, 16),
     "Art. 28 Law 42/2013: received on the swapped day off; 01–02/09 off; 03/09 … 16/09"),
    (LAW_136, DENUNCIATION, date(2026, 11, 16), date(2026, 11, 26),
     "Art. 24(1): 17, 18, 19, 20, 23/11, Culture Day Tue 24/11 off, 25 and 26/11"),
    (LAW_136, COMPLAINT, date(2027, 2, 1), date(2027, 2, 12),
     "Art. 27: 01/02/2027 + 10 = Thu 11/02, an expected Tết day off in lieu: Fri 12/02"),
    (LAW_136, DENUNCIATION, date(2027, 2, 4), date(2027, 2, 22),
     "Art. 24(1): Tết 2027 (expected) 05–11/02 off: 12, 15, 16, 17, 18, 19, 22/02"),
    (DECREE_155, COMPLAINT, date(2026, 7, 1), date(2026, 7, 10),
     "Decree 155/2026 (unconfirmed): 7 working days: 02, 03, 06, 07, 08, 09, 10/07"),
    (DECREE_155, COMPLAINT, date(2026, 8, 21), date(2026, 9, 3),
     "Decree 155/2026: make-up Sat 22/08, 24–28/08, 31/08–02/09 off, then Thu 03/09"),
]  # fmt: skip


@pytest.mark.parametrize(("rule_set", "kind", "start", "due", "why"), ACCEPTANCE)
def test_acceptance_and_initial_handling(catalog, cal, rule_set, kind, start, due, why):
    rules = catalog.in_force(start, ENABLED[rule_set])
    assert rules.info.id == rule_set
    assert rules.acceptance(kind, start, cal).due == due, why


# (rule set, kind, round, complex, remote, accepted on, expected last day, why)
RESOLUTION = [
    (LAW_2011, COMPLAINT, 1, False, False, MON, date(2026, 4, 1),
     "Art. 28 Law 02/2011: 02/03 + 30 = Wed 01/04"),
    (LAW_2011, COMPLAINT, 1, True, False, MON, date(2026, 4, 16), "Art. 28: complex, 45 days"),
    (LAW_2011, COMPLAINT, 1, False, True, MON, date(2026, 4, 16), "Art. 28: remote, 45 days"),
    (LAW_2011, COMPLAINT, 1, True, True, MON, date(2026, 5, 4),
     "Art. 28: remote and complex, 60 days = Fri 01/05, a holiday: Mon 04/05 (Art. 148(5))"),
    (LAW_2011, COMPLAINT, 2, False, False, MON, date(2026, 4, 16), "Art. 37: 45 days"),
    (LAW_2011, COMPLAINT, 2, False, True, MON, date(2026, 5, 4),
     "Art. 37: remote, 60 days = 01/05: Mon 04/05 (Art. 148(5))"),
    (LAW_2011, COMPLAINT, 2, True, True, MON, date(2026, 5, 11),
     "Art. 37: remote and complex, 70 days = Mon 11/05"),
    (LAW_2011, DENUNCIATION, 1, False, False, date(2026, 4, 1), date(2026, 5, 4),
     "Art. 30(1) Law 25/2018: 01/04 + 30 = 01/05: Mon 04/05 (Art. 148(5))"),
    (LAW_2011, RECOMMENDATION, 1, False, False, date(2026, 4, 24), date(2026, 5, 13),
     "Art. 28 Law 42/2013: the 10-working-day reply"),
    (LAW_136, COMPLAINT, 1, False, False, date(2026, 7, 23), date(2026, 8, 22),
     "Art. 28 as amended by Law 136/2025: 23/07 + 30 = Sat 22/08, worked in exchange for "
     "31/08: not a day off, so Art. 148(5) does not move it"),
    (LAW_136, COMPLAINT, 2, True, True, date(2026, 9, 3), date(2026, 11, 12),
     "Art. 37: 03/09 + 70 = Thu 12/11"),
    (LAW_136, COMPLAINT, 1, True, True, date(2026, 9, 25), date(2026, 11, 25),
     "Art. 28: remote and complex, 25/09 + 60 = Tue 24/11, Culture Day: Wed 25/11 "
     "(Civil Code Art. 148(5))"),
    (LAW_136, DENUNCIATION, 1, False, False, date(2026, 8, 1), date(2026, 9, 3),
     "Art. 30(1): 01/08 + 30 = Mon 31/08, swapped day off, 01–02/09 off: Thu 03/09"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule_set", "kind", "round_", "complex_", "remote", "start", "due", "why"), RESOLUTION
)
def test_resolution(catalog, cal, rule_set, kind, round_, complex_, remote, start, due, why):
    rules = catalog.in_force(start, ENABLED[rule_set])
    assert rules.info.id == rule_set
    got = rules.resolution(kind, start, cal, round=round_, complex=complex_, remote=remote)
    assert got.due == due, why


# --- suspension (Law 136/2025/QH15: the suspended time is not counted) -----------------


@pytest.mark.parametrize(
    ("suspensions", "due", "why"),
    [
        ((), date(2026, 7, 31), "Art. 28: 01/07 + 30 = Fri 31/07"),
        (
            ((date(2026, 7, 10), date(2026, 7, 20)),),
            date(2026, 8, 10),
            "suspended 10/07, resumed 20/07: 10 days not counted, 31/07 + 10 = Mon 10/08",
        ),
        (
            ((date(2026, 7, 8), date(2026, 7, 17)),),
            date(2026, 8, 10),
            "9 days not counted: 31/07 + 9 = Sun 09/08: Mon 10/08 (Civil Code Art. 148(5))",
        ),
        (
            ((date(2026, 7, 6), date(2026, 7, 8)), (date(2026, 7, 13), date(2026, 7, 16))),
            date(2026, 8, 5),
            "two suspensions of 2 and 3 days: 31/07 + 5 = Wed 05/08",
        ),
    ],
)
def test_suspended_time_is_not_counted_law_136(catalog, cal, suspensions, due, why):
    facts = CaseFacts(
        kind="complaint",
        status="accepted",
        received_on=date(2026, 7, 1),
        accepted_on=date(2026, 7, 1),
        suspensions=suspensions,
    )
    got = due_for(catalog.in_force(date(2026, 7, 1)), cal, facts)
    assert got is not None and got.due == due, why


def test_a_running_suspension_keeps_the_deadline_until_resumption(catalog, cal):
    facts = CaseFacts("complaint", "suspended", date(2026, 7, 1), date(2026, 7, 1))
    assert due_for(catalog.in_force(date(2026, 7, 1)), cal, facts).due == date(2026, 7, 31)


@pytest.mark.parametrize("status", ["decided", "closed", "returned", "transferred"])
def test_no_deadline_once_the_clock_has_stopped(catalog, cal, status):
    facts = CaseFacts("complaint", status, date(2026, 7, 1), date(2026, 7, 1))
    assert due_for(catalog.in_force(date(2026, 7, 1)), cal, facts) is None


# --- the rule set in force on the day ---------------------------------------------------


def test_complaints_received_either_side_of_01_07_2026_are_measured_by_their_own_set(catalog):
    before = catalog.in_force(date(2026, 6, 30))
    after = catalog.in_force(date(2026, 7, 1))
    assert before.info.id == LAW_2011 and "02/2011/QH13" in before.info.basis_vi
    assert after.info.id == LAW_136 and after.info.basis_vi == "Luật số 136/2025/QH15"
    assert "136/2025/QH15" in after.rule("complaint.acceptance").article_vi


def test_an_unconfirmed_set_never_applies_unless_switched_on(catalog, cal):
    day = date(2026, 7, 1)
    assert catalog.in_force(day).acceptance(COMPLAINT, day, cal).due == date(2026, 7, 13)
    switched = catalog.in_force(day, {"nd155-2026"})
    assert switched.info.unconfirmed
    assert "chưa xác nhận" in switched.info.basis_vi
    # Switched on, it still does not reach back before its effective date.
    assert catalog.in_force(date(2026, 6, 30), {"nd155-2026"}).info.id == LAW_2011


def test_every_unconfirmed_set_is_optional_and_says_where_it_comes_from(catalog):
    optional = catalog.optional_sets()
    assert {i.id for i in optional} == {"nd155-2026", "nd154-2026"}
    for info in optional:
        assert info.unconfirmed and info.source
    assert all(not i.unconfirmed for i in catalog.base_sets())


def test_new_complaint_steps_open_to_older_complaints_from_01_07_2026(catalog):
    june, july = date(2026, 6, 15), date(2026, 7, 2)
    assert catalog.steps("complaint", june, date(2026, 6, 30)) == set()
    assert "suspend" in catalog.steps("complaint", june, july)
    assert catalog.steps("denunciation", june, july) == set()


def test_online_reception_is_a_channel_from_law_136(catalog):
    assert catalog.new_channels() == {"online_reception"}
    assert "online_reception" in catalog.in_force(date(2026, 7, 1)).info.channels
    assert "online_reception" not in catalog.in_force(date(2026, 6, 30)).info.channels


# --- extension and the windows for the citizen -----------------------------------------


def test_complex_denunciation_extends_once_by_30_days_art_30(catalog, cal):
    rules = catalog.in_force(MON)
    deadline = rules.extension(DENUNCIATION, date(2026, 4, 1), 0, especially_complex=False, cal=cal)
    assert deadline.due == date(2026, 5, 4)  # 01/05 is a holiday, then the weekend
    with pytest.raises(ValidationError) as error:
        rules.extension(DENUNCIATION, date(2026, 5, 4), 1, especially_complex=False, cal=cal)
    assert "once" in error.value.message


def test_especially_complex_denunciation_extends_twice_not_three_times_art_30(catalog, cal):
    rules = catalog.in_force(MON)
    first = rules.extension(DENUNCIATION, date(2026, 3, 2), 0, especially_complex=True, cal=cal)
    second = rules.extension(DENUNCIATION, first.due, 1, especially_complex=True, cal=cal)
    # 02/03 + 30 = 01/04; 01/04 + 30 = Fri 01/05, a holiday: Mon 04/05 (Art. 148(5)).
    assert (first.due, second.due) == (date(2026, 4, 1), date(2026, 5, 4))
    with pytest.raises(ValidationError):
        rules.extension(DENUNCIATION, second.due, 2, especially_complex=True, cal=cal)


@pytest.mark.parametrize("days", [31, 0, -5])
def test_denunciation_extension_is_1_to_30_days_art_30(catalog, cal, days):
    with pytest.raises(ValidationError) as error:
        catalog.in_force(MON).extension(
            DENUNCIATION, date(2026, 4, 1), 0, especially_complex=False, cal=cal, days=days
        )
    assert error.value.field == "extension"


@pytest.mark.parametrize("kind", [COMPLAINT, RECOMMENDATION])
def test_complaints_and_recommendations_have_no_extension_in_law(catalog, cal, kind):
    with pytest.raises(ValidationError):
        catalog.in_force(MON).extension(kind, MON, 0, especially_complex=True, cal=cal)


def test_second_complaint_window_art_33(catalog, cal):
    rules = catalog.in_force(MON)
    assert rules.second_complaint_window(date(2026, 3, 10), remote=False, cal=cal).due == date(
        2026, 4, 9
    )
    # 10/03 + 45 = Fri 24/04; in a remote area.
    assert rules.second_complaint_window(date(2026, 3, 10), remote=True, cal=cal).due == date(
        2026, 4, 24
    )


def test_filing_window_of_90_days_moves_off_a_sunday_art_9(catalog, cal):
    # 05/01/2026 + 90 = Sun 05/04: Mon 06/04 (Civil Code Art. 148(5)).
    assert catalog.in_force(MON).filing_window(date(2026, 1, 5), cal).due == date(2026, 4, 6)


@pytest.mark.parametrize("round_", [0, 3, -1, True])
def test_a_complaint_has_only_a_first_and_a_second_round_art_28_37(catalog, cal, round_):
    with pytest.raises(ValidationError) as error:
        catalog.in_force(MON).resolution(COMPLAINT, MON, cal, round=round_)
    assert error.value.field == "complaint_round"


def test_kind_may_be_given_as_plain_text(catalog, cal):
    rules = catalog.in_force(MON)
    assert rules.acceptance("complaint", MON, cal) == rules.acceptance(COMPLAINT, MON, cal)
    with pytest.raises(ValidationError) as error:
        rules.acceptance("petition", MON, cal)
    assert error.value.field == "kind"


# --- properties ---------------------------------------------------------------------------

DATES = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 10, 1))


@given(DATES, st.sampled_from(list(PetitionKind)), st.sampled_from(sorted(ENABLED)))
def test_every_limit_ends_on_a_working_day_no_earlier_than_its_count(start, kind, rule_set):
    catalog, cal = load_catalog(), load_calendar()
    rules = catalog.in_force(start, ENABLED[rule_set])
    for deadline in (rules.acceptance(kind, start, cal), rules.resolution(kind, start, cal)):
        rule = deadline.rule
        assert cal.is_working_day(deadline.due)
        if rule.unit == "days":
            last = start + timedelta(days=rule.days)
            assert deadline.due >= last
            # Moved only across days off (Civil Code Art. 148(5)).
            assert all(
                not cal.is_working_day(last + timedelta(days=n))
                for n in range((deadline.due - last).days)
            )
        else:
            assert cal.working_days_between(start, deadline.due) == rule.days


@given(DATES)
def test_harder_cases_never_get_less_time(start):
    rules, cal = load_catalog().in_force(start), load_calendar()
    for round_ in (1, 2):
        normal = rules.resolution(COMPLAINT, start, cal, round=round_).due
        harder = rules.resolution(COMPLAINT, start, cal, round=round_, complex=True).due
        hardest = rules.resolution(
            COMPLAINT, start, cal, round=round_, complex=True, remote=True
        ).due
        assert normal <= harder < hardest
