"""What every service needs: the acting officer, rights checks, lookups, today's date."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Actor, Permission
from hrdesk.domain.errors import NotFound, PermissionDenied, StoreError, ValidationError
from hrdesk.domain.text import fold
from hrdesk.messages import Localized
from hrdesk.store.base import RecordMixin
from hrdesk.store.models import Agency, Member, Officer
from hrdesk.store.options import options_of

T = TypeVar("T", bound=RecordMixin)

_PERMISSION_TEXT = {
    Permission.VIEW_RECORDS: Localized("xem hồ sơ", "read records"),
    Permission.EDIT_RECORDS: Localized("thay đổi hồ sơ", "change records"),
    Permission.VIEW_PERSONAL_DATA: Localized(
        "xem thông tin cá nhân của người gửi đơn", "see petitioners' personal data"
    ),
    Permission.VIEW_ANY_DENOUNCER: Localized(
        "xem danh tính người tố cáo", "see the identity of a denouncer"
    ),
    Permission.MANAGE_ACCOUNTS: Localized("quản lý tài khoản cán bộ", "manage officer accounts"),
    Permission.MANAGE_SETTINGS: Localized(
        "thay đổi thiết lập của văn phòng", "change the office's settings"
    ),
    Permission.MANAGE_KEYS: Localized(
        "quản lý khóa ký của văn phòng", "manage the office's signing key"
    ),
}

# What by_uid's `label` names, for the message when no such record exists.
RECORD_KINDS = {
    "agency": Localized("cơ quan", "agency"),
    "conclusion": Localized("kết luận", "conclusion"),
    "contribution": Localized("báo cáo của cơ quan thành viên", "agency contribution"),
    "meeting": Localized("cuộc họp", "meeting"),
    "member": Localized("thành viên", "member"),
    "package": Localized("gói báo cáo", "package"),
    "petition": Localized("đơn thư", "petition"),
    "report": Localized("báo cáo", "report"),
    "task": Localized("nhiệm vụ", "task"),
    "training": Localized("lớp tập huấn", "training"),
}

# The kinds of record the lists, imports and exports name (KIND on the command line).
LIST_KINDS = {
    "agencies": Localized("cơ quan", "agencies"),
    "members": Localized("thành viên", "members"),
    "tasks": Localized("nhiệm vụ", "tasks"),
    "petitions": Localized("đơn thư", "petitions"),
    "trainings": Localized("lớp tập huấn", "trainings"),
    "meetings": Localized("cuộc họp", "meetings"),
}


def actor_of(session: Session) -> Actor:
    actor = session.info.get("actor")
    if not isinstance(actor, Actor):
        raise StoreError("signin.nobody_signed_in")
    return actor


def require(session: Session, permission: Permission) -> Actor:
    """The acting officer, if their role allows `permission`; PermissionDenied otherwise."""
    actor = actor_of(session)
    if not actor.can(permission):
        raise PermissionDenied(
            "permission.denied",
            username=actor.username,
            role=actor.role.localized,
            action=_PERMISSION_TEXT[permission],
        )
    return actor


def today(session: Session | None = None) -> date:
    """Today in Vietnam, by the clock of the session's store."""
    return options_of(session).today()


def by_uid(session: Session, model: type[T], uid: str, label: str) -> T:
    record = session.scalars(select(model).where(model.uid == uid)).first()
    if record is None:
        kind = RECORD_KINDS.get(label, Localized(label, label))
        raise NotFound("record.not_found", kind=kind, uid=uid)
    return record


def resolve_agency(session: Session, ref: Agency | str | None, field: str) -> Agency | None:
    """An agency given as itself, its uid, its name or its short name (folded)."""
    if ref is None or isinstance(ref, Agency):
        return ref
    ref = str(ref).strip()
    if not ref:
        return None
    found = session.scalars(select(Agency).where(Agency.uid == ref)).first()
    if found:
        return found
    wanted = fold(ref)
    # Agencies are few (tens): folding each name in Python is simpler than a folded column.
    for agency in session.scalars(select(Agency)):
        if wanted in (fold(agency.name), fold(agency.short_name or "")):
            return agency
    raise ValidationError(field, "record.no_such_agency", name=ref)


def resolve_member(session: Session, ref: Member | str | None, field: str) -> Member | None:
    """A committee member given as itself, its uid or its full name (folded)."""
    if ref is None or isinstance(ref, Member):
        return ref
    ref = str(ref).strip()
    if not ref:
        return None
    found = session.scalars(select(Member).where(Member.uid == ref)).first()
    if found:
        return found
    wanted = fold(ref)
    matches = [m for m in session.scalars(select(Member)) if fold(m.full_name) == wanted]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ValidationError(field, "record.member_ambiguous", name=ref)
    raise ValidationError(field, "record.no_such_member", name=ref)


def resolve_officer(session: Session, ref: Officer | str | None, field: str) -> Officer | None:
    if ref is None or isinstance(ref, Officer):
        return ref
    found = session.scalars(
        select(Officer).where(or_(Officer.uid == ref, Officer.username == ref))
    ).first()
    if found is None:
        raise ValidationError(field, "record.no_such_officer", name=ref)
    return found
