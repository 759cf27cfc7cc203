"""`hrdesk history KIND UID`, `hrdesk audit [--since D] [--officer NAME]` and
`hrdesk holidays [list|add]`: what the history dialog and Settings → Holidays show."""

from __future__ import annotations

import argparse
from typing import Any

from hrdesk.cli.context import reading, writing
from hrdesk.cli.printing import Column, lang_of, records, say
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import parse_date
from hrdesk.messages import Localized

HISTORY_COLUMNS = (
    Column("at", Localized("Thời điểm", "When")),
    Column("actor_name", Localized("Người thực hiện", "Who")),
    Column("what", Localized("Thao tác", "What")),
    Column("field_label", Localized("Trường", "Field")),
    Column("before", Localized("Trước", "Before")),
    Column("after", Localized("Sau", "After")),
)
AUDIT_COLUMNS = (Column("seq", Localized("STT", "No.")), *HISTORY_COLUMNS)
HOLIDAY_COLUMNS = (
    Column("day", Localized("Ngày", "Date")),
    Column("name", Localized("Tên", "Name")),
    Column("working", Localized("Ngày làm bù", "Working day")),
    Column("source", Localized("Căn cứ", "Announced by")),
)
ACTIONS = {
    "create": Localized("tạo mới", "created"),
    "update": Localized("thay đổi", "changed"),
    "archive": Localized("lưu trữ", "archived"),
    "delete": Localized("xóa", "removed"),
    "reveal": Localized("mở danh tính", "identity shown"),
}
HIDDEN = "***"
HIDDEN_TEXT = Localized("(ẩn)", "(hidden)")


def _value(value: object) -> Any:
    if isinstance(value, list):
        return ", ".join(str(v)[:8] for v in value)
    return value


def _rows(entries: list[Any], names: dict[str, str], lang: str) -> list[dict[str, Any]]:
    """One row per field changed (one for an entry that changed none), as the history
    dialog lays them out; personal data stays hidden."""
    from hrdesk.services.audit import field_label, record_name

    rows = []
    for entry in entries:
        action = ACTIONS.get(entry.action)
        base = {
            "seq": entry.seq,
            "at": entry.at,
            "actor": entry.actor,
            "actor_name": names.get(entry.actor, entry.actor),
            "action": entry.action,
            "what": f"{action.text(lang) if action else entry.action}: "
            f"{record_name(entry.table_name, lang)}",
            "table": entry.table_name,
            "record_uid": entry.record_uid,
        }
        changes = sorted(entry.changes.items()) or [("", (None, None))]
        for field, (old, new) in changes:
            hidden = HIDDEN in (old, new)
            shown = HIDDEN_TEXT.text(lang)
            rows.append(
                {
                    **base,
                    "field": field or None,
                    "field_label": field_label(entry.table_name, field, lang) if field else "",
                    "before": shown if hidden else _value(old),
                    "after": shown if hidden else _value(new),
                }
            )
    return rows


def _print(args: argparse.Namespace, columns: Any, rows: list[dict[str, Any]]) -> int:
    if args.format == "json":
        # Scripts get the stored names, not the labels made for reading.
        for row in rows:
            row.pop("what"), row.pop("field_label"), row.pop("actor_name")
    return records(args, columns, rows)


def _officer_names(session: Any) -> dict[str, str]:
    from hrdesk.services import accounts

    return {o.username: o.full_name for o in accounts.officers(session) if o.full_name}


def run_history(args: argparse.Namespace) -> int:
    from hrdesk.services.audit_entries import record_history

    with reading(args) as session:
        entries = record_history(session, args.kind, args.uid)
        rows = _rows(entries, _officer_names(session), lang_of(args))
    return _print(args, HISTORY_COLUMNS, rows)


def run_audit(args: argparse.Namespace) -> int:
    from hrdesk.services.audit_entries import audit_entries

    since = parse_date(args.since, "since") if args.since else None
    if args.limit < 1:
        raise ValidationError("limit", "list.limit_too_small")
    with reading(args) as session:
        entries = audit_entries(session, since=since, officer=args.officer, limit=args.limit)
        rows = _rows(entries, _officer_names(session), lang_of(args))
    return _print(args, AUDIT_COLUMNS, rows)


def run_holidays(args: argparse.Namespace) -> int:
    from hrdesk.services import office

    if args.action in ("expected", "remove", "replace"):
        return _shipped_days(args)
    if args.action == "add":
        if not args.day:
            raise ValidationError("day", "field.date_required")
        day = parse_date(args.day, "day")
        with writing(args) as session:
            office.add_holiday(session, day, args.name or "", args.working, args.source)
        say(args, "cli19.holiday_added", day=day)
        return 0
    with reading(args) as session:
        rows = [
            {"day": h.day, "name": h.name, "working": bool(h.working), "source": h.source}
            for h in office.office_holidays(session)
        ]
    return records(args, HOLIDAY_COLUMNS, rows)


EXPECTED_COLUMNS = (
    Column("day", Localized("Ngày", "Date")),
    Column("name", Localized("Tên", "Name")),
    Column("state", Localized("Tình trạng", "State")),
    Column("announcement", Localized("Căn cứ", "Announced by")),
)


def _shipped_days(args: argparse.Namespace) -> int:
    """The built-in days off, and removing or replacing an expected one by the
    Government's announcement, as Settings → Holidays does."""
    from hrdesk.services import holidays

    if args.action in ("remove", "replace"):
        if not args.day:
            raise ValidationError("day", "field.date_required")
        day = parse_date(args.day, "day")
        with writing(args) as session:
            if args.action == "remove":
                holidays.remove_expected_day(session, day, args.announcement or "")
            else:
                if not args.new_day:
                    raise ValidationError("new_day", "field.date_required")
                new_day = parse_date(args.new_day, "new_day")
                holidays.replace_expected_day(session, day, new_day, args.announcement or "")
        done = "cli19.holiday_removed" if args.action == "remove" else "cli19.holiday_replaced"
        say(args, done, day=day)
        return 0
    lang = lang_of(args)
    with reading(args) as session:
        rows = [
            {
                "day": d.day,
                "name": d.name_vi if lang == "vi" else d.name_en,
                "state": d.state,
                "announcement": d.decision.announcement if d.decision else None,
            }
            for d in holidays.shipped_days(session)
            if args.year is None or d.day.year == args.year
        ]
    return records(args, EXPECTED_COLUMNS, rows)
