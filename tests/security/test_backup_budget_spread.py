"""The copies a disk budget keeps stay spread over the dates: the newest always, the
total within the budget, and a restore reaching at least as far back as when the budget
simply dropped the oldest copies first."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from hrdesk.store.backup_space import keep_within_budget

START = datetime(2027, 1, 1, tzinfo=UTC)


def oldest_first_rule(copies: list[tuple[datetime, int]], budget: int) -> set[datetime]:
    """The rule before: newest first, keep while they fit, drop all older once one does not."""
    kept: set[datetime] = set()
    used = 0
    for index, (stamp, size) in enumerate(sorted(copies, reverse=True)):
        if index > 0 and used + size > budget:
            break
        kept.add(stamp)
        used += size
    return kept


def span(kept: set[datetime]) -> timedelta:
    return max(kept) - min(kept)


copies_st = st.dictionaries(
    st.integers(0, 400).map(lambda day: START + timedelta(days=day)),
    st.integers(1, 50),
    min_size=1,
    max_size=25,
).map(lambda d: sorted(d.items()))


@given(copies_st, st.integers(0, 400))
def test_the_newest_is_kept_the_budget_held_and_the_span_no_shorter(copies, budget):
    kept = keep_within_budget(copies, budget)
    sizes = dict(copies)
    newest = copies[-1][0]
    assert newest in kept and kept <= set(sizes)
    assert sum(sizes[s] for s in kept) <= budget or kept == {newest}
    assert span(kept) >= span(oldest_first_rule(copies, budget))


def test_a_year_of_equal_copies_keeps_the_monthly_one_and_spreads_the_rest():
    # What `prune` leaves of a year of daily copies: 7 days, 4 weeks, 12 months.
    days = sorted({0, 1, 2, 3, 4, 5, 6, 13, 20, 27, 40, 70, 100, 130, 160, 190, 220, 250, 280,
                   310, 334})  # fmt: skip
    copies = [(START - timedelta(days=d), 10) for d in reversed(days)]
    kept = sorted(keep_within_budget(copies, 80), reverse=True)
    assert len(kept) == 8 and kept[0] == START
    assert START - kept[-1] == timedelta(days=334)  # the old rule: 13 days back
    assert START - min(oldest_first_rule(copies, 80)) == timedelta(days=13)
    gaps = [(a - b).days for a, b in itertools.pairwise(kept)]
    assert max(gaps) <= 90  # no quarter of the year without a copy


def test_nothing_is_dropped_when_everything_fits_and_only_the_newest_when_nothing_does():
    copies = [(START + timedelta(days=d), 10) for d in range(5)]
    assert keep_within_budget(copies, 50) == {s for s, _ in copies}
    assert keep_within_budget(copies, 5) == {copies[-1][0]}
    assert keep_within_budget([], 5) == set()


def test_two_copies_made_in_one_second_are_told_apart(desk):
    from hrdesk.domain.settings import BACKUP_BUDGET_MB
    from hrdesk.services.settings import write_setting
    from hrdesk.store.backup_files import AUTO_PREFIX, SUFFIX, auto_backups
    from hrdesk.store.backup_space import MB, fit_budget

    with desk.store.transaction(desk.actor) as s:
        write_setting(s, BACKUP_BUDGET_MB, 2)
    folder = desk.profile.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    names = ["20270101T080000Z", "20270102T080000Z", "20270102T080000Z-2"]
    for name in names:  # sparse files of 0.9 MB: two fit the budget, three do not
        with open(folder / f"{AUTO_PREFIX}{name}{SUFFIX}", "wb") as handle:
            handle.truncate(int(0.9 * MB))
    gone = fit_budget(desk.store, auto_backups(folder))
    left = [path.name for _, path in auto_backups(folder)]
    # The newest (the `-2`) and the oldest stay; the first of the same second goes.
    assert left == [f"{AUTO_PREFIX}{names[0]}{SUFFIX}", f"{AUTO_PREFIX}{names[2]}{SUFFIX}"]
    assert [path.name for path in gone] == [f"{AUTO_PREFIX}{names[1]}{SUFFIX}"]
