"""Statutory time limits for complaints, denunciations and recommendations: one rule set.

The limits themselves are data (`resources/data/deadline_rules.json`), a list of rule
sets each in force from a day (`rule_sets.RuleCatalog` picks the one for a petition);
an office can override them. Counting follows the Civil Code: the day of the event does
not count (Art. 147(2)), so a 10-day limit from 03/03 ends on 13/03, and a limit that
ends on a weekend day or a holiday ends at the end of the next working day (Art. 148(5)).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from hrdesk.domain.calendar import WorkingCalendar
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.vocab import PetitionKind
from hrdesk.messages import Localized

DAYS = "days"
WORKING_DAYS = "working_days"
UNITS = (DAYS, WORKING_DAYS)


@dataclass(frozen=True)
class Rule:
    """One time limit: `days` calendar days or working days (`unit`) from an event."""

    key: str
    days: int
    unit: str
    article_vi: str
    article_en: str
    counted_from: str = ""
    summary_vi: str = ""
    summary_en: str = ""

    def due_from(
        self, start: date, cal: WorkingCalendar, days: int | None = None, paused: int = 0
    ) -> date:
        """The last day of the limit (or of `days` in its unit) counted from `start`.

        The day `start` does not count (Civil Code Art. 147(2)); a limit in calendar days
        that ends on a day off ends on the next working day (Art. 148(5)). `paused` days
        (in the rule's unit) were not counted: a complaint's temporary suspension.
        """
        n = (self.days if days is None else days) + paused
        if self.unit == WORKING_DAYS:
            return cal.add_working_days(start, n)
        return cal.roll_forward(start + timedelta(days=n))

    def paused_days(self, periods: Iterable[tuple[date, date]], cal: WorkingCalendar) -> int:
        """Days of `periods` (suspended on, resumed on) in the rule's unit: from the day
        after the suspension to the day of resumption, when the clock runs again."""
        if self.unit == WORKING_DAYS:
            return sum(cal.working_days_between(a, b) for a, b in periods)
        return sum((b - a).days for a, b in periods)


@dataclass(frozen=True)
class RuleSetInfo:
    """What a rule set is: from when it is in force, on what legal basis, how sure it is.

    `id` names the set as a petition stores it; a set with optional amendments switched
    on is named by their ids joined with "+". `steps` are the extra timeline steps the set
    allows per kind of petition; `steps_from_effective_date` opens them to petitions
    received earlier, on days the set is in force. `channels`: how petitions may arrive.
    """

    id: str = ""
    effective_from: date = date.min
    basis_vi: str = ""
    basis_en: str = ""
    status: str = "confirmed"  # or "unconfirmed": switched on by the administrator
    source: str = ""
    optional: bool = False
    reception_book_vi: str = ""
    reception_book_en: str = ""
    channels: tuple[str, ...] = ()
    steps: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    steps_from_effective_date: bool = False

    @property
    def unconfirmed(self) -> bool:
        return self.status == "unconfirmed"

    def basis(self, lang: str = "vi") -> str:
        return self.basis_vi if lang == "vi" else self.basis_en


@dataclass(frozen=True)
class Deadline:
    due: date
    rule: Rule


REQUIRED_RULES = (
    "complaint.filing_window",
    "complaint.acceptance",
    *(
        f"complaint.resolution.{round_}{case}"
        for round_ in ("first", "second")
        for case in ("", ".complex", ".remote", ".remote_complex")
    ),
    "complaint.second_complaint_window",
    "complaint.second_complaint_window.remote",
    "denunciation.initial_handling",
    "denunciation.initial_handling_extended",
    "denunciation.forwarding",
    "denunciation.resolution",
    "denunciation.extension",
    "recommendation.reply",
)


def _parse_rule(entry: Mapping[str, Any]) -> Rule:
    key = entry.get("key")
    where = key or "?"
    try:
        rule = Rule(
            key=str(entry["key"]),
            days=entry["days"],
            unit=str(entry["unit"]),
            article_vi=str(entry["article_vi"]),
            article_en=str(entry["article_en"]),
            counted_from=str(entry.get("from", "")),
            summary_vi=str(entry.get("summary_vi", "")),
            summary_en=str(entry.get("summary_en", "")),
        )
    except KeyError as exc:
        raise ValidationError(
            "deadline_rules", "rules.rule_missing", rule=where, name=exc.args[0]
        ) from exc
    if isinstance(rule.days, bool) or not isinstance(rule.days, int) or rule.days < 1:
        raise ValidationError("deadline_rules", "rules.bad_days", rule=where)
    if rule.unit not in UNITS:
        raise ValidationError("deadline_rules", "rules.bad_unit", rule=where)
    return rule


def _count(entry: Mapping[str, Any], name: str, default: int) -> int:
    value = entry.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("deadline_rules", "rules.bad_count", name=name)
    return value


def _label(kind: PetitionKind) -> Localized:
    return Localized(kind.label_vi, kind.label_en)


def _kind(kind: PetitionKind | str) -> PetitionKind:
    try:
        return PetitionKind(kind)
    except ValueError:
        raise ValidationError("kind", "petition.unknown_kind", kind=kind) from None


class DeadlineRules:
    """The time limits of the petition laws, built from a `deadline_rules.json` document."""

    def __init__(self, data: Mapping[str, Any], info: RuleSetInfo | None = None) -> None:
        self.info = info or RuleSetInfo()
        entries = data.get("rules")
        if not isinstance(entries, list):
            raise ValidationError("deadline_rules", "rules.no_rules")
        self._rules: dict[str, Rule] = {}
        self._entries: dict[str, Mapping[str, Any]] = {}
        for entry in entries:
            if not isinstance(entry, Mapping):
                raise ValidationError("deadline_rules", "rules.rule_not_object")
            rule = _parse_rule(entry)
            self._rules[rule.key] = rule
            self._entries[rule.key] = entry
        missing = [key for key in REQUIRED_RULES if key not in self._rules]
        if missing:
            raise ValidationError("deadline_rules", "rules.missing", keys=missing)
        extension = self._entries["denunciation.extension"]
        self.max_extensions_complex = _count(extension, "max_extensions_complex", 1)
        self.max_extensions_especially_complex = _count(
            extension, "max_extensions_especially_complex", 2
        )

    @property
    def rules(self) -> Mapping[str, Rule]:
        return dict(self._rules)

    def rule(self, key: str) -> Rule:
        return self._rules[key]

    def _deadline(self, key: str, start: date, cal: WorkingCalendar) -> Deadline:
        rule = self._rules[key]
        return Deadline(rule.due_from(start, cal), rule)

    def acceptance(
        self, kind: PetitionKind | str, received_on: date, cal: WorkingCalendar
    ) -> Deadline:
        """Deadline to accept or first handle a petition received on `received_on`.

        Complaint: thụ lý within 10 days (Art. 27/36 Law on Complaints); denunciation:
        record, classify and check within 7 working days (Art. 24(1) Law on Denunciations);
        recommendation: reply within 10 working days (Art. 28 Law on Citizen Reception).
        """
        key = {
            PetitionKind.COMPLAINT: "complaint.acceptance",
            PetitionKind.DENUNCIATION: "denunciation.initial_handling",
            PetitionKind.RECOMMENDATION: "recommendation.reply",
        }[_kind(kind)]
        return self._deadline(key, received_on, cal)

    def initial_handling_extended(self, received_on: date, cal: WorkingCalendar) -> Deadline:
        """Denunciation checked at several places or by delegation: 10 working days."""
        return self._deadline("denunciation.initial_handling_extended", received_on, cal)

    def forwarding(self, received_on: date, cal: WorkingCalendar) -> Deadline:
        """Denunciation outside the office's authority: forward within 5 working days."""
        return self._deadline("denunciation.forwarding", received_on, cal)

    def resolution(
        self,
        kind: PetitionKind | str,
        accepted_on: date,
        cal: WorkingCalendar,
        *,
        round: int = 1,
        complex: bool = False,
        remote: bool = False,
    ) -> Deadline:
        """Deadline to resolve a petition accepted on `accepted_on`.

        Complaints: `round` 1 (Art. 28) or 2 (Art. 37), longer when `complex` or in a
        `remote` area; denunciations: 30 days (Art. 30(1)), extended with `extension`;
        recommendations: the 10-working-day reply.
        """
        kind = _kind(kind)
        if kind is PetitionKind.COMPLAINT:
            if isinstance(round, bool) or round not in (1, 2):
                raise ValidationError("complaint_round", "petition.bad_round", round=round)
            key = "complaint.resolution." + ("first" if round == 1 else "second")
            if remote and complex:
                key += ".remote_complex"
            elif remote:
                key += ".remote"
            elif complex:
                key += ".complex"
            return self._deadline(key, accepted_on, cal)
        if round != 1:
            raise ValidationError(
                "complaint_round", "petition.second_round_complaint_only", kind=_label(kind)
            )
        if kind is PetitionKind.DENUNCIATION:
            return self._deadline("denunciation.resolution", accepted_on, cal)
        return self._deadline("recommendation.reply", accepted_on, cal)

    def extension(
        self,
        kind: PetitionKind | str,
        current_due: date,
        extensions_so_far: int,
        *,
        especially_complex: bool,
        cal: WorkingCalendar,
        days: int = 30,
    ) -> Deadline:
        """The new deadline after extending a denunciation's resolution by `days`.

        A complex denunciation may be extended once, an especially complex one twice,
        each time by up to 30 days (Art. 30(1) Law on Denunciations). Complaints and
        recommendations have no extension in law.
        """
        kind = _kind(kind)
        if kind is not PetitionKind.DENUNCIATION:
            raise ValidationError(
                "extension", "petition.extend_denunciation_only", kind=_label(kind)
            )
        rule = self._rules["denunciation.extension"]
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= rule.days:
            raise ValidationError("extension", "petition.bad_extension", max=rule.days, days=days)
        allowed = (
            self.max_extensions_especially_complex
            if especially_complex
            else self.max_extensions_complex
        )
        if extensions_so_far < 0:
            raise ValidationError("extension", "petition.negative_extensions")
        if extensions_so_far >= allowed:
            article = Localized(rule.article_vi, rule.article_en)
            if allowed == 1:
                raise ValidationError("extension", "petition.extended_once", article=article)
            raise ValidationError(
                "extension", "petition.extensions_used", times=allowed, article=article
            )
        return Deadline(rule.due_from(current_due, cal, days), rule)

    def second_complaint_window(
        self,
        first_decision_on_or_deadline: date,
        *,
        remote: bool,
        cal: WorkingCalendar,
    ) -> Deadline:
        """Last day to file a second complaint: 30 days, 45 in remote areas (Art. 33)."""
        key = "complaint.second_complaint_window" + (".remote" if remote else "")
        return self._deadline(key, first_decision_on_or_deadline, cal)

    def filing_window(self, learned_on: date, cal: WorkingCalendar) -> Deadline:
        """Last day to file a complaint: 90 days after learning of the decision (Art. 9).

        Time lost to illness, natural disaster or other force majeure does not count
        (Art. 9); the office adds it by hand.
        """
        return self._deadline("complaint.filing_window", learned_on, cal)
