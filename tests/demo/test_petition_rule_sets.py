"""Each demo petition names the rule set it is measured by, as a petition the service
receives does: the set in force on the day it was received."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from hrdesk.services.rules import deadline_rules
from hrdesk.store.models import Petition


def test_every_demo_petition_keeps_the_set_in_force_on_the_day_received(reader):
    seen: set[str] = set()
    for received_on, rule_set in reader.execute(select(Petition.received_on, Petition.rule_set)):
        assert rule_set == deadline_rules(reader, received_on).info.id
        seen.add(rule_set)
    # The demo's years reach back before Law 136/2025/QH15 (in force 01/07/2026).
    assert deadline_rules(reader, date(2026, 6, 30)).info.id in seen
    assert deadline_rules(reader, date(2026, 7, 1)).info.id in seen
