"""The rule sets of the petition laws as this office applies them: the shipped sets, the
office's override file, and the unconfirmed sets the administrator switched on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.deadline_state import DeadlineClock, DueSoonRule
from hrdesk.domain.deadlines import DeadlineRules
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.rule_sets import RuleCatalog, load_catalog
from hrdesk.domain.settings import RULE_SETS_SWITCHED_ON
from hrdesk.messages import Localized
from hrdesk.services.common import require, today
from hrdesk.services.office import calendar
from hrdesk.services.settings import read_setting, write_setting
from hrdesk.store.models import Petition

RULES_FILE = "deadline_rules.json"


def rule_catalog(session: Session) -> RuleCatalog:
    """Every rule set: the profile's own rules file laid over the shipped one if it has one."""
    cached = session.info.get("rule_catalog")
    if cached is None:
        root = session.info.get("profile_root")
        override = Path(root) / RULES_FILE if root else None
        cached = load_catalog(override if override and override.exists() else None)
        session.info["rule_catalog"] = cached
    return cached


def enabled_sets(session: Session) -> frozenset[str]:
    """The optional sets switched on (an id the rules no longer ship is ignored)."""
    known = {info.id for info in rule_catalog(session).optional_sets()}
    switched_on: tuple[str, ...] = read_setting(session, RULE_SETS_SWITCHED_ON)
    return frozenset(set(switched_on) & known)


def deadline_rules(session: Session, on: date | None = None) -> DeadlineRules:
    """The rules in force on `on` (today if not given) for a petition received that day."""
    return rule_catalog(session).in_force(on or today(session), enabled_sets(session))


def due_soon_rule(session: Session) -> DueSoonRule:
    """When a running case counts as due soon (the shipped rule or the office's own)."""
    return rule_catalog(session).due_soon


def deadline_clock(session: Session, on: date | None = None) -> DeadlineClock:
    """Where cases stand on `on` (today): the row colour, the "due soon" list filter and
    the dashboard's count all ask this one clock."""
    return DeadlineClock(on or today(session), calendar(session), due_soon_rule(session))


def rules_of(session: Session, petition: Petition) -> DeadlineRules:
    """The set the petition is measured by: the one in force on the day it was received."""
    return deadline_rules(session, petition.received_on)


def stored_rules(session: Session, petition: Petition) -> DeadlineRules:
    """The set the petition's current deadline was computed by, as it stored it."""
    found = rule_catalog(session).by_id(petition.rule_set or "")
    return found if found is not None else rules_of(session, petition)


def granted_steps(session: Session, petition: Petition, on: date | None = None) -> set[str]:
    """The extra timeline steps the rules open to this petition on `on` (today)."""
    return rule_catalog(session).steps(
        petition.kind, petition.received_on, on or today(session), enabled_sets(session)
    )


def check_channel(session: Session, channel: str, received_on: date) -> None:
    """A channel a later rule set brings (online reception) needs that set in force."""
    catalog = rule_catalog(session)
    if channel not in catalog.new_channels():
        return
    rules = catalog.in_force(received_on, enabled_sets(session))
    if channel not in rules.info.channels:
        since = [i for i in catalog.base_sets() if channel in i.channels]
        if not since:
            raise ValidationError("channel", "rules.channel_later")
        first = since[0]
        raise ValidationError(
            "channel",
            "rules.channel_from",
            day=first.effective_from,
            basis=Localized(first.basis_vi, first.basis_en),
        )


@dataclass(frozen=True)
class RuleSetRow:
    """One rule set as Settings lists it."""

    id: str
    basis_vi: str
    basis_en: str
    effective_from: date
    unconfirmed: bool
    optional: bool
    enabled: bool
    source: str


def list_rule_sets(session: Session) -> list[RuleSetRow]:
    require(session, Permission.VIEW_RECORDS)
    catalog, on = rule_catalog(session), enabled_sets(session)
    return [
        RuleSetRow(
            i.id,
            i.basis_vi,
            i.basis_en,
            i.effective_from,
            i.unconfirmed,
            i.optional,
            (not i.optional) or i.id in on,
            i.source,
        )
        for i in [*catalog.base_sets(), *catalog.optional_sets()]
    ]


def set_rule_set_enabled(session: Session, set_id: str, enabled: bool) -> None:
    """Switch an unconfirmed rule set on or off; the change is in the audit log.

    Petitions keep the deadline they have until their next step; the set then applies
    to those received on or after its effective date.
    """
    require(session, Permission.MANAGE_SETTINGS)
    optional = {info.id for info in rule_catalog(session).optional_sets()}
    if set_id not in optional:
        raise ValidationError("rule_set", "rules.not_switchable", set_id=set_id)
    switched_on: tuple[str, ...] = read_setting(session, RULE_SETS_SWITCHED_ON)
    current = set(switched_on)
    current = (current | {set_id}) if enabled else (current - {set_id})
    write_setting(session, RULE_SETS_SWITCHED_ON, sorted(current))
