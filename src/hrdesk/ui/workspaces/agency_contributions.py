"""The part of an agency's details pane that shows its contributions to the periodic
report over past periods: one line of tally, then a compact table, newest period first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_date
from hrdesk.domain.periods import parse_period
from hrdesk.services.read_models.agency_record import ContributionTally, PastContribution
from hrdesk.ui.details_html import esc
from hrdesk.ui.workspaces.reports_period import period_name

LATE_COLOUR = "#b71c1c"  # the dashboard's colour for agencies late with their report
CELL = "padding:1px 6px 1px 0"
# A period and a date stay on one line in a narrow pane; only the state may wrap.
FIXED = CELL + ";white-space:nowrap"


# Literal strings in each call: lupdate finds only those.
translate = QCoreApplication.translate


def state_text(row: PastContribution) -> str:
    """ "On time", "Late by 5 days", "Missing", "Excused" or "Not due yet"."""
    if row.state == "on_time":
        return translate("AgencyContributions", "On time")
    if row.state == "late":
        return translate("AgencyContributions", "Late by %1 days").replace("%1", str(row.days_late))
    if row.state == "missing":
        return translate("AgencyContributions", "Missing")
    if row.state == "excused":
        return translate("AgencyContributions", "Excused")
    return translate("AgencyContributions", "Not due yet")


def tally_text(tally: ContributionTally) -> str:
    """ "8 periods: 5 on time, 2 late, 1 missing" (the states no period ended in left out)."""
    parts = [
        text.replace("%1", str(count))
        for count, text in (
            (tally.on_time, translate("AgencyContributions", "%1 on time")),
            (tally.late, translate("AgencyContributions", "%1 late")),
            (tally.missing, translate("AgencyContributions", "%1 missing")),
            (tally.excused, translate("AgencyContributions", "%1 excused")),
            (tally.waiting, translate("AgencyContributions", "%1 not due yet")),
        )
        if count
    ]
    head = translate("AgencyContributions", "%1 period(s)").replace("%1", str(tally.periods))
    return f"{head}: {', '.join(parts)}"


def _period(label: str) -> str:
    try:
        return period_name(parse_period(label))
    except ValidationError:  # a label written by a newer version: shown as stored
        return label


def contributions_html(rows: tuple[PastContribution, ...], tally: ContributionTally) -> str:
    """The heading, the tally line and the table (or a line saying it was never asked)."""
    heading = (
        "<h4>" + esc(translate("AgencyContributions", "Contributions to the report")) + "</h4>"
    )
    if not rows:
        return (
            heading
            + "<p>"
            + esc(translate("AgencyContributions", "Never asked for a contribution."))
            + "</p>"
        )
    header = "".join(
        f"<th align='left' style='{CELL}'>{esc(text)}</th>"
        for text in (
            translate("AgencyContributions", "Period"),
            translate("AgencyContributions", "Requested by"),
            translate("AgencyContributions", "Received on"),
            translate("AgencyContributions", "State"),
        )
    )
    lines = []
    for row in rows:
        received = format_date(row.received_on) if row.received_on else "—"
        colour = f";color:{LATE_COLOUR}" if row.state in ("late", "missing") else ""
        lines.append(
            f"<tr><td style='{FIXED}'>{esc(_period(row.period_label))}</td>"
            f"<td style='{FIXED}'>{format_date(row.due_on)}</td>"
            f"<td style='{FIXED}'>{received}</td>"
            f"<td style='{CELL}{colour}'>{esc(state_text(row))}</td></tr>"
        )
    return (
        heading
        + f"<p>{esc(tally_text(tally))}</p>"
        + f"<table cellspacing='0'><tr>{header}</tr>{''.join(lines)}</table>"
    )
