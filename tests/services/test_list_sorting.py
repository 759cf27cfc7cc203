"""Lists sorted by a column of few values (a petition's kind, channel, outcome, handling
agency): in the order of the labels, page after page the same rows as one sorted read."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from hrdesk.domain.text import collation_key
from hrdesk.domain.vocab import Channel, Outcome, PetitionField, PetitionKind, PetitionStatus
from hrdesk.services import agencies, petitions
from hrdesk.services.listing import ListFilter, count, fetch, spec_for
from hrdesk.store.models import Petition
from tests.conftest import ADMIN
from tests.factories import petition

CHOICES = {
    "kind": PetitionKind,
    "field": PetitionField,
    "channel": Channel,
    "status": PetitionStatus,
    "outcome": Outcome,
}


@pytest.fixture
def mixed(office):
    """Forty petitions with every kind of value, some without an agency or an outcome,
    a few archived, so groups are uneven and some are empty."""
    rng = random.Random(4)
    with office.transaction(ADMIN) as s:
        names = ["Ủy ban nhân dân xã Ia Grai", "Thanh tra tỉnh", "Ban Dân tộc"]
        made = [agencies.create_agency(s, name=n, kind="department").uid for n in names]
        agency_uids = [None, *made, "STP"]
        for n in range(40):
            record = petition(
                s,
                received_on=date(2026, 10, 1) + timedelta(days=n % 20),
                kind=rng.choice(["complaint", "recommendation"]),
                field=rng.choice([f.value for f in PetitionField]),
                channel=rng.choice([c.value for c in Channel]),
                summary=f"Đơn số {n}",
            )
            # Set directly: the states a case reaches through many steps of its timeline.
            record.status = rng.choice([st.value for st in PetitionStatus])
            record.outcome = rng.choice([None, *(o.value for o in Outcome)])
            agency = rng.choice(agency_uids)
            if agency is not None:
                record.handling_agency_id = s.execute(
                    text("SELECT id FROM agencies WHERE uid = :u OR short_name = :u"),
                    {"u": agency},
                ).scalar_one()
            if n % 9 == 0:
                s.flush()
                petitions.archive_petition(s, record.uid)
    return office


def expected_order(session, name: str, lang: str, descending: bool, flt: ListFilter) -> list[str]:
    """The order the list must show, worked out in Python from every matching row."""
    rows = fetch(session, "petitions", flt, sort="reference", limit=None)
    if name == "handling_agency":

        def group(row: dict[str, Any]) -> Any:
            value = row["handling_agency"]
            return (0, "") if value is None else (1, collation_key(value))

    else:
        labels = {m.value: m.label(lang) for m in CHOICES[name]}

        def group(row: dict[str, Any]) -> Any:
            value = row[name]
            return (0, "") if value is None else (1, collation_key(labels[value]))

    keyed = sorted(rows, key=lambda row: (group(row), row["id"]), reverse=descending)
    return [row["uid"] for row in keyed]


def paged(session, name: str, lang: str, descending: bool, flt: ListFilter, size: int) -> list:
    uids: list[str] = []
    while True:
        page = fetch(
            session,
            "petitions",
            flt,
            sort=name,
            descending=descending,
            offset=len(uids),
            limit=size,
            lang=lang,
        )
        uids += [row["uid"] for row in page]
        if len(page) < size:
            return uids


@pytest.mark.parametrize("name", [*CHOICES, "handling_agency"])
def test_pages_sorted_by_a_column_of_few_values_follow_its_labels(mixed, name):
    filters = [ListFilter(), ListFilter(archived=True), ListFilter(subkind="complaint")]
    with mixed.reader(ADMIN) as s:
        for flt in filters:
            total = count(s, "petitions", flt)
            for lang in ("vi", "en"):
                for descending in (False, True):
                    want = expected_order(s, name, lang, descending, flt)
                    assert len(want) == total
                    for size in (1, 7, 200):
                        got = paged(s, name, lang, descending, flt, size)
                        assert got == want, (flt, lang, descending, size)
                    whole = fetch(
                        s, "petitions", flt, sort=name, descending=descending, limit=None, lang=lang
                    )
                    assert [row["uid"] for row in whole] == want


def test_choices_sort_by_their_vietnamese_labels_not_their_codes(mixed):
    with mixed.reader(ADMIN) as s:
        rows = fetch(s, "petitions", sort="channel", limit=None)
    shown = [Channel(row["channel"]).label_vi for row in rows]
    # "Bưu chính" (post) before "Trực tiếp" (direct), though "direct" < "post" as codes.
    firsts = list(dict.fromkeys(shown))
    assert firsts == sorted(firsts, key=collation_key)
    assert firsts.index("Bưu chính") < firsts.index("Trực tiếp")


def test_a_grouped_sort_reads_each_value_from_a_partial_index(mixed):
    """Every grouped column has its live index, so a page never sorts the table."""
    spec = spec_for("petitions")
    with mixed.reader(ADMIN) as s:
        for column in spec.columns:
            if column.grouping is None:
                continue
            key = column.grouping.key.name
            plan = s.execute(
                text(
                    f"EXPLAIN QUERY PLAN SELECT id FROM petitions WHERE {key} = 'x' "
                    "AND archived_at IS NULL ORDER BY id LIMIT 10"
                )
            ).all()
            details = " ".join(row[-1] for row in plan)
            assert f"ix_petitions_live_{key}" in details, details
            assert "TEMP B-TREE" not in details, details
    assert Petition.__table__.indexes


@pytest.mark.parametrize("name", ["received_on", "decided_on", "reference", "summary"])
def test_pages_past_the_middle_read_from_the_end_give_the_same_rows(mixed, name):
    with mixed.reader(ADMIN) as s:
        total = count(s, "petitions")
        for descending in (False, True):
            whole = fetch(s, "petitions", sort=name, descending=descending, limit=None)
            for size in (1, 6, 50):
                for offset in range(0, total + 1, 3):
                    page = fetch(
                        s,
                        "petitions",
                        sort=name,
                        descending=descending,
                        offset=offset,
                        limit=size,
                        total=total,
                    )
                    want = whole[offset : offset + size]
                    assert [r["uid"] for r in page] == [r["uid"] for r in want], (offset, size)
