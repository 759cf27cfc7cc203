"""What a demo profile produces without a window: the minutes of its latest meeting, the
report of the last complete quarter (PDF and Excel), a signed package and the office's
public key, so the whole chain can be checked with standard tools."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from hrdesk.domain.periods import Period
from hrdesk.domain.vocab import MeetingStatus
from hrdesk.services.common import today
from hrdesk.signin import Desk
from hrdesk.store.models import Meeting


def last_complete_quarter(on: date) -> Period:
    quarter = (on.month - 1) // 3  # the current one, 1-based, minus one
    if quarter == 0:
        return Period.quarter(on.year - 1, 4)
    return Period.quarter(on.year, quarter)


def draft_recent_reports(desk: Desk) -> list[Period]:
    """Draft the reports of the complete quarters since the start of last year from the
    demo's records, as an officer would before sending them; returns those quarters."""
    from hrdesk.services.report_redraft import draft_report

    with desk.store.transaction(desk.actor) as session:
        period = last_complete_quarter(today(session))
        drafted = []
        while period.start.year >= today(session).year - 1:
            draft_report(session, period)
            drafted.append(period)
            period = period.previous()
    return drafted


def produce(desk: Desk, passphrase: str) -> list[Path]:
    """Write the demo's documents into <profile>/exports/demo/ and return their paths.

    `passphrase` protects the office key where the computer has no keyring.
    """
    from hrdesk.bundles.build import build_package
    from hrdesk.bundles.keys import export_public_key
    from hrdesk.documents.minutes import build_minutes
    from hrdesk.documents.report import build_report_pdf
    from hrdesk.documents.report_xlsx import write_report_xlsx

    folder = desk.profile.exports_dir / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with desk.store.transaction(desk.actor) as session:
        period = last_complete_quarter(today(session))
        meeting = session.scalars(
            select(Meeting)
            .where(Meeting.status == MeetingStatus.HELD.value, Meeting.archived_at.is_(None))
            .order_by(Meeting.starts_at.desc())
        ).first()
        if meeting is not None:
            written.append(build_minutes(session, meeting.uid, folder / "minutes.pdf"))
        pdf = build_report_pdf(session, period, folder / f"report-{period.label}.pdf")
        xlsx = write_report_xlsx(session, period, folder / f"report-{period.label}.xlsx")
        written += [pdf, xlsx]
        export_public_key(session, folder / "office.pub", passphrase)
        written.append(folder / "office.pub")
    written.append(build_package(desk, period, pdf, xlsx, folder, passphrase=passphrase))
    return written
