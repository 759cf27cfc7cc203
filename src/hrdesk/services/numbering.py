"""Document numbers for records: a record keeps the number it was first printed with.

Minutes of a meeting or a periodic report take a number from the office's yearly series
(`office.take_document_number`, 01 on 1 January) the first time they are printed; a reprint
shows the same number and date, so two copies of one document never differ.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.services.common import require
from hrdesk.services.office import take_document_number
from hrdesk.store.models import DocumentNumber


def number_of(session: Session, type_code: str, record_uid: str) -> DocumentNumber | None:
    """The number already taken for this record and document type, if any."""
    require(session, Permission.VIEW_RECORDS)
    return session.scalars(
        select(DocumentNumber)
        .where(DocumentNumber.record_uid == record_uid, DocumentNumber.type_code == type_code)
        .order_by(DocumentNumber.id)
    ).first()


def document_number_for(
    session: Session, type_code: str, record_uid: str, subject: str, issued_on: date
) -> DocumentNumber:
    """The record's number for this type of document: the one taken before, else the next.

    `issued_on` only matters the first time: its year picks the series, and it is the
    date the document carries from then on.
    """
    code = (type_code or "").strip().upper()
    if not code:
        raise ValidationError("type_code", "numbering.type_required")
    if not record_uid:
        raise ValidationError("record_uid", "numbering.record_required")
    existing = number_of(session, code, record_uid)
    if existing is not None:
        return existing
    return take_document_number(session, code, subject, issued_on, record_uid)
