"""Periodic reports (báo cáo): a period, the officer's narrative sections, a number."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period, parse_period
from hrdesk.domain.text import clean_multiline
from hrdesk.domain.vocab import ReportStatus
from hrdesk.services.common import by_uid, require
from hrdesk.store.models import Report, ReportSection

# The sections a provincial report usually has; the officer fills or replaces them.
DEFAULT_SECTIONS = (
    "Tình hình chung",
    "Kết quả thực hiện nhiệm vụ",
    "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh",
    "Công tác tuyên truyền, tập huấn",
    "Đánh giá chung",
    "Phương hướng, nhiệm vụ thời gian tới",
    "Kiến nghị, đề xuất",
)


def report_for_period(session: Session, period: Period | str, *, create: bool = True) -> Report:
    """The report for a period, made (with the usual empty sections) if there is none yet."""
    if isinstance(period, str):
        period = parse_period(period)
    existing = session.scalars(select(Report).where(Report.period_label == period.label)).first()
    if existing is not None or not create:
        if existing is None:
            raise ValidationError("period", "report.none_for_period", period=period.label)
        require(session, Permission.VIEW_RECORDS)
        return existing
    require(session, Permission.EDIT_RECORDS)
    report = Report(
        period_label=period.label,
        period_kind=period.kind,
        starts_on=period.start,
        ends_on=period.end,
        title=f"Báo cáo công tác bảo đảm quyền con người {period.title_vi}",
        status=ReportStatus.DRAFT.value,
        sections=[
            ReportSection(position=i, heading=h, body="")
            for i, h in enumerate(DEFAULT_SECTIONS, start=1)
        ],
    )
    session.add(report)
    session.flush()
    return report


def set_sections(session: Session, uid: str, sections: list[dict[str, Any]]) -> Report:
    """Replace the narrative: sections in order, each a heading and its text."""
    require(session, Permission.EDIT_RECORDS)
    report = by_uid(session, Report, uid, "report")
    # What was drafted stays known by heading, so a later draft can tell typed text from it.
    drafted = {s.heading: s.drafted_body for s in report.sections if s.drafted_body}
    rows = []
    for index, section in enumerate(sections, start=1):
        heading = clean_multiline(section.get("heading"))
        if not heading:
            raise ValidationError(
                f"sections[{index}].heading", "report.heading_required", row=index
            )
        rows.append(
            ReportSection(
                position=index,
                heading=heading,
                body=clean_multiline(section.get("body")) or "",
                drafted_body=drafted.get(heading),
            )
        )
    with session.no_autoflush:
        report.sections = rows
    session.flush()
    return report
