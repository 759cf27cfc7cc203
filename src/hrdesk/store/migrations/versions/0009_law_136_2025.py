"""the law as it stands: rule sets, Law 136/2025/QH15, two-tier government

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

Deadlines are now measured by the rule set in force on the day a petition was received,
and a limit in days that ends on a day off moves to the next working day (Civil Code
Art. 148(5)); before, it did not move. Petitions keep the set they were measured by
(`rule_set`) and a handling level (commune or province: the district level is gone);
an office's own calendar days keep the announcement they came from (`source`).

Every open petition whose deadline the rules computed is computed again here, with the
rules and calendar this version ships (and the office's override file, its own days and
the rule sets it switched on). Where the deadline moved, the petition's history records
the old and the new one; `hrdesk check` reports how many moved (setting
`deadlines.recomputed`). A deadline set by hand is left alone.

This revision reads the petition rules of this version on purpose: it applies them. The
schema it changes is written out here, as in the earlier revisions.
"""

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = ("received", "classified", "accepted", "suspended")
ACTOR = "system"
RESULT_KEY = "deadlines.recomputed"

audit = sa.table(
    "audit_entries",
    sa.column("seq", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("table_name", sa.String()),
    sa.column("record_uid", sa.String()),
    sa.column("subject_uid", sa.String()),
    sa.column("changes", sa.Text()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: it keeps the petitions' triggers (0008).
    op.add_column("petitions", sa.Column("rule_set", sa.String(length=80), nullable=True))
    op.add_column("petitions", sa.Column("handling_level", sa.String(length=16), nullable=True))
    op.add_column("office_holidays", sa.Column("source", sa.Text(), nullable=True))
    _recompute_open_deadlines()


def downgrade() -> None:
    # Plain ALTER TABLE (SQLite 3.35+): a batch copy of `petitions` would drop the
    # triggers that keep its live count (0008).
    op.execute("ALTER TABLE office_holidays DROP COLUMN source")
    op.execute("ALTER TABLE petitions DROP COLUMN handling_level")
    op.execute("ALTER TABLE petitions DROP COLUMN rule_set")


def _day(value: object) -> date | None:
    return None if value is None else _date(value)


def _date(value: object) -> date:
    """A NOT NULL date column's value (SQLite gives it back as text)."""
    return date.fromisoformat(str(value)[:10])


def _recompute_open_deadlines() -> None:
    from hrdesk.domain.calendar import load_calendar
    from hrdesk.domain.petition_deadline import CaseFacts, due_for, suspension_periods
    from hrdesk.domain.rule_sets import load_catalog
    from hrdesk.store.audit_log import GENESIS, entry_hash

    bind = op.get_bind()
    database = bind.engine.url.database
    override = Path(database).parent / "deadline_rules.json" if database else None
    from hrdesk.domain.errors import ValidationError

    problem = None
    try:
        catalog = load_catalog(override if override and override.exists() else None)
    except ValidationError as exc:
        # A broken override file must not keep the store from opening: the shipped rules
        # apply here, and `hrdesk check` says so.
        catalog, problem = load_catalog(None), exc.message
    row = bind.execute(
        sa.text("SELECT value FROM settings WHERE key = 'rules.enabled_sets'")
    ).scalar()
    enabled = set(json.loads(row)) if row else set()
    own_days = bind.execute(sa.text("SELECT day, working FROM office_holidays")).all()
    cal = load_calendar(
        extra_days_off=[_date(d) for d, working in own_days if not working],
        extra_working_days=[_date(d) for d, working in own_days if working],
    )
    marks = ", ".join(f"'{s}'" for s in OPEN)
    petitions = bind.execute(
        sa.text(
            "SELECT id, uid, kind, status, received_on, accepted_on, complaint_round, complex, "
            "remote_area, extension_days, deadline, deadline_rule FROM petitions "
            f"WHERE status IN ({marks}) AND deadline IS NOT NULL "
            "AND coalesce(deadline_rule, '') != 'manual'"
        )
    ).all()
    last = bind.execute(
        sa.text("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")
    ).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    at = datetime.now(UTC)
    moved = 0
    for p in petitions:
        steps = bind.execute(
            sa.text(
                "SELECT kind, occurred_on FROM petition_steps WHERE petition_id = :id "
                "ORDER BY occurred_on, id"
            ),
            {"id": p.id},
        ).all()
        received = _day(p.received_on)
        assert received is not None
        rules = catalog.in_force(received, enabled)
        facts = CaseFacts(
            kind=p.kind,
            status=p.status,
            received_on=received,
            accepted_on=_day(p.accepted_on),
            complaint_round=p.complaint_round or 1,
            complex=bool(p.complex),
            remote_area=bool(p.remote_area),
            extension_days=p.extension_days or 0,
            suspensions=suspension_periods([(k, _date(d)) for k, d in steps]),
        )
        due = due_for(rules, cal, facts)
        if due is None:
            continue
        old = _day(p.deadline)
        values = {"id": p.id, "rule_set": rules.info.id, "now": at.replace(tzinfo=None)}
        if due.due == old and due.rule.key == p.deadline_rule:
            bind.execute(
                sa.text("UPDATE petitions SET rule_set = :rule_set WHERE id = :id"), values
            )
            continue
        bind.execute(
            sa.text(
                "UPDATE petitions SET deadline = :deadline, deadline_rule = :rule, "
                "rule_set = :rule_set, updated_at = :now WHERE id = :id"
            ),
            {**values, "deadline": due.due.isoformat(), "rule": due.rule.key},
        )
        if due.due == old:
            continue
        moved += 1
        seq += 1
        changes = json.dumps(
            {
                "deadline": [old.isoformat() if old else None, due.due.isoformat()],
                "rule_set": [None, rules.info.id],
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        digest = entry_hash(seq, at, ACTOR, "update", "petitions", p.uid, p.uid, changes, prev)
        bind.execute(
            audit.insert().values(
                seq=seq,
                at=at.replace(tzinfo=None),
                actor=ACTOR,
                action="update",
                table_name="petitions",
                record_uid=p.uid,
                subject_uid=p.uid,
                changes=changes,
                prev_hash=prev,
                hash=digest,
            )
        )
        prev = digest
    result = {"revision": revision, "on": at.date().isoformat(), "open": len(petitions)}
    result["moved"] = moved
    if problem:
        result["override_error"] = problem
    bind.execute(
        sa.text("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, :value)"),
        {"key": RESULT_KEY, "value": json.dumps(result)},
    )
