"""The dashboard names the member agencies late with their report for the current period."""

from __future__ import annotations

from datetime import date

from hrdesk.services import contributions as contrib


def test_the_dashboard_names_the_agencies_late_for_the_current_period(window, qtbot):
    window.navigate("dashboard")
    page = window.page("dashboard")
    qtbot.waitUntil(lambda: page.board is not None and not page.loading, timeout=10000)
    qtbot.waitUntil(lambda: page.late.now is not None, timeout=10000)
    assert not page.late.isVisible()  # nobody has been asked yet

    def ask(session):
        asked = contrib.request_contributions(
            session, "2026-Q3", due_on=date(2026, 10, 15), on=date(2026, 10, 1)
        )
        for view in asked[2:]:  # all but the first two answered in time
            contrib.record_received(session, view.uid, on=date(2026, 10, 10))
        return asked[:2]

    late = window.ctx.write(ask, "contributions")
    page.refresh()
    qtbot.waitUntil(lambda: page.late.isVisible(), timeout=10000)
    text = page.late.text()
    assert text.startswith("Late with their report for Quarter III/2026: ")
    for view in late:  # 20/11/2026 is 36 days after the due date
        assert f"{view.agency_name} (36 days)" in text
    assert text.count("days)") == 2
