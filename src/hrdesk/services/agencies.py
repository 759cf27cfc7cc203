"""Member agencies (cơ quan thành viên)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.local_government import check_not_district_level
from hrdesk.domain.text import fold
from hrdesk.domain.vocab import AgencyKind
from hrdesk.services import records
from hrdesk.services.common import by_uid
from hrdesk.services.fields import Field, field_map
from hrdesk.store.models import Agency

FIELDS = field_map(
    Field("name", "Tên cơ quan", "Name", required=True, max_length=300),
    Field("short_name", "Tên viết tắt", "Short name", max_length=60),
    Field("kind", "Loại cơ quan", "Kind", "choice", required=True, choices=AgencyKind),
    Field("address", "Địa chỉ", "Address", max_length=300),
    Field("phone", "Điện thoại", "Phone", max_length=40),
    Field("email", "Thư điện tử", "Email", max_length=120),
    Field("notes", "Ghi chú", "Notes", "multiline"),
)


def _unique_name(session: Session) -> records.Check:
    def check(agency: Agency) -> None:
        if not agency.name:
            return  # no name: "required" is already the problem
        # Compared folded, so "Sở Tư pháp" and "SỞ TƯ PHÁP" are one agency.
        query = select(Agency.id).where(func.hr_fold(Agency.name) == fold(agency.name))
        if agency.id is not None:
            query = query.where(Agency.id != agency.id)
        if session.scalars(query).first() is not None:
            raise ValidationError("name", "record.agency_exists", name=agency.name)

    return check


def create_agency(session: Session, **values: Any) -> Agency:
    """A new member agency; never a district-level body (two-tier government)."""
    values.setdefault("kind", AgencyKind.OTHER.value)
    check_not_district_level("name", str(values.get("name") or ""))
    return records.create(session, Agency, FIELDS, values, _unique_name(session))


def update_agency(session: Session, uid: str, **values: Any) -> Agency:
    """Change an agency. One kept from before 01/07/2025 keeps its district-level name,
    but no agency is renamed to one."""
    if "name" in values:
        current = by_uid(session, Agency, uid, "agency").name
        if fold(str(values["name"] or "")) != fold(current):
            check_not_district_level("name", str(values["name"] or ""))
    return records.update(session, Agency, "agency", uid, FIELDS, values, _unique_name(session))


def archive_agency(session: Session, uid: str, archived: bool = True) -> Agency:
    return records.archive(session, Agency, "agency", uid, archived)
