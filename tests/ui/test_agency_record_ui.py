"""An agency's details pane shows its contributions to the report over past periods: the
tally in one line and a compact table, newest period first, each state with its days."""

from __future__ import annotations

from hrdesk.services import agencies
from tests.services.test_agency_record import fill_record


def _chosen_agency(window, qtbot, fill: bool = True):
    """A new agency (the demo's own were asked every quarter) with its record filled
    through the services (unless not `fill`), chosen in its list."""

    def work(s):
        uid = agencies.create_agency(s, name="Sở Khoa học và Công nghệ", kind="department").uid
        if fill:
            fill_record(s, uid)
        return uid

    uid = window.ctx.write(work, "agencies")
    window.navigate("members")
    workspace = window.page("members")
    workspace.tabs.setCurrentWidget(workspace.agencies)
    page = workspace.agencies
    page.reload()
    qtbot.waitUntil(lambda: page.select_uid(uid), timeout=10000)
    return page


def _table_rows(text: str, first_cell: str, count: int) -> list[str]:
    """`count` rows of the pane's four-column table from the cell `first_cell`, each row's
    cells joined by spaces (the pane's plain text puts each cell on a line)."""
    cells = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    at = cells.index(first_cell)
    return [" ".join(cells[at + 4 * row : at + 4 * row + 4]) for row in range(count)]


def test_the_pane_shows_each_periods_state_and_days_newest_first(window, qtbot):
    page = _chosen_agency(window, qtbot)
    qtbot.waitUntil(lambda: "Contributions to the report" in page.details.toPlainText())
    text = page.details.toPlainText()
    assert "5 period(s): 1 on time, 2 late, 1 missing, 1 excused" in text
    # Missing since 15/07/2026 as of the demo's today (20/11/2026): 128 days.
    assert _table_rows(text, "Period", 6) == [
        "Period Requested by Received on State",
        "Quarter III/2026 15/10/2026 — Excused",
        "Quarter II/2026 15/07/2026 — Missing",
        "Quarter I/2026 15/04/2026 20/04/2026 Late by 5 days",
        "Quarter IV/2025 15/01/2026 10/01/2026 On time",
        "Quarter III/2025 15/10/2025 27/10/2025 Late by 12 days",
    ]
    # The late and missing ones stand out in the dashboard's red.
    html = page.details.toHtml()
    assert html.count("#b71c1c") == 3


def test_the_pane_reads_in_vietnamese(vi_window, qtbot):
    page = _chosen_agency(vi_window, qtbot)
    qtbot.waitUntil(lambda: "Đóng góp báo cáo qua các kỳ" in page.details.toPlainText())
    text = page.details.toPlainText()
    assert "5 kỳ: 1 đúng hạn, 2 chậm, 1 chưa gửi, 1 được miễn" in text
    assert _table_rows(text, "Kỳ", 4) == [
        "Kỳ Hạn gửi Ngày nhận Tình trạng",
        "Quý III/2026 15/10/2026 — Được miễn",
        "Quý II/2026 15/07/2026 — Chưa gửi",
        "Quý I/2026 15/04/2026 20/04/2026 Chậm 5 ngày",
    ]


def test_an_agency_never_asked_says_so(window, qtbot):
    page = _chosen_agency(window, qtbot, fill=False)
    qtbot.waitUntil(lambda: "Contributions to the report" in page.details.toPlainText())
    assert "Never asked for a contribution." in page.details.toPlainText()
