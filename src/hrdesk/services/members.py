"""Committee members (thành viên Ban Chỉ đạo) and their appointment history."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.vocab import MemberRole
from hrdesk.services import records
from hrdesk.services.common import by_uid, require
from hrdesk.services.fields import Field, apply, field_map, require_fields
from hrdesk.store.models import Appointment, Member

FIELDS = field_map(
    Field("full_name", "Họ và tên", "Full name", required=True, max_length=120),
    Field("title", "Chức vụ", "Title", max_length=200),
    Field("agency", "Cơ quan", "Agency", "agency"),
    Field("role", "Vai trò trong Ban", "Role", "choice", required=True, choices=MemberRole),
    Field("active", "Đang hoạt động", "Active", "bool"),
    Field("phone", "Điện thoại", "Phone", max_length=40),
    Field("email", "Thư điện tử", "Email", max_length=120),
)

APPOINTMENT_FIELDS = field_map(
    Field("role", "Vai trò", "Role", "choice", required=True, choices=MemberRole),
    Field("decision_number", "Số quyết định", "Decision number", max_length=60),
    Field("decision_date", "Ngày quyết định", "Decision date", "date"),
    Field("term_start", "Ngày bắt đầu nhiệm kỳ", "Term start", "date", required=True),
    Field("term_end", "Ngày kết thúc nhiệm kỳ", "Term end", "date"),
    Field("note", "Ghi chú", "Note", "multiline"),
)


def _check_appointment(appointment: Appointment) -> None:
    if records.out_of_order(appointment.term_start, appointment.term_end):
        raise ValidationError("term_end", "dates.term_ends_before_start")
    if records.out_of_order(appointment.decision_date, appointment.term_end):
        raise ValidationError("term_end", "dates.term_ends_before_decision")


def create_member(
    session: Session, *, appointment: dict[str, Any] | None = None, **values: Any
) -> Member:
    """A new member; `appointment` (decision number, date, term) starts their history."""
    values.setdefault("active", True)
    member = records.create(session, Member, FIELDS, values)
    if appointment:
        appoint(session, member.uid, role=member.role, **appointment)
    return member


def update_member(session: Session, uid: str, **values: Any) -> Member:
    return records.update(session, Member, "member", uid, FIELDS, values)


def archive_member(session: Session, uid: str, archived: bool = True) -> Member:
    return records.archive(session, Member, "member", uid, archived)


def appoint(session: Session, member_uid: str, **values: Any) -> Appointment:
    """Record an appointing decision; it becomes the member's current role.

    An earlier appointment left open-ended is closed the day before the new term starts.
    """
    require(session, Permission.EDIT_RECORDS)
    member = by_uid(session, Member, member_uid, "member")
    require_fields(APPOINTMENT_FIELDS, values)
    appointment = Appointment()
    with session.no_autoflush:
        apply(session, appointment, APPOINTMENT_FIELDS, values)
        _check_appointment(appointment)
        for earlier in member.appointments:
            if earlier.term_end is None and earlier.term_start < appointment.term_start:
                earlier.term_end = appointment.term_start - timedelta(days=1)
        member.appointments.append(appointment)
        member.role = appointment.role
    session.flush()
    return appointment
