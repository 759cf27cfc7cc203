"""Settings through the real widgets: a Government swap announcement, the expected Tết
2027 confirmed by the office, and the unconfirmed rule sets switched on by hand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from hrdesk.services import office, petitions, rules
from hrdesk.services.common import by_uid
from hrdesk.store.models import Petition
from tests.ui.conftest import settle
from tests.ui.test_settings_ui import _settings


def test_an_administrator_adds_a_swap_announced_by_the_government(window):
    tab = _settings(window).holidays
    tab.pages.setCurrentIndex(1)  # the office's own days
    tab.kind.setCurrentIndex(tab.kind.findData("swap"))
    assert tab.worked.isVisibleTo(tab)
    tab.day.setDate(QDate(2026, 12, 28))
    tab.worked.setDate(QDate(2026, 12, 19))
    tab.name.setText("Thông báo số 123/TB-BNV")
    tab.add_button.click()
    settle()
    rows = [[tab.model.index(r, c).data() for c in range(4)] for r in range(tab.model.rowCount())]
    assert rows == [
        ["Sat 19/12/2026", "make-up working day", "Làm bù cho ngày nghỉ 28/12/2026",
         "Thông báo số 123/TB-BNV"],
        ["Mon 28/12/2026", "day off", "Nghỉ hoán đổi, làm bù ngày 19/12/2026",
         "Thông báo số 123/TB-BNV"],
    ]  # fmt: skip
    cal = window.ctx.read(office.calendar)
    assert not cal.is_working_day(date(2026, 12, 28)) and cal.is_working_day(date(2026, 12, 19))


def test_a_swap_with_a_weekday_worked_is_refused_beside_the_form(window):
    tab = _settings(window).holidays
    tab.kind.setCurrentIndex(tab.kind.findData("swap"))
    tab.day.setDate(QDate(2026, 12, 28))
    tab.worked.setDate(QDate(2026, 12, 18))
    tab.name.setText("Thông báo số 123/TB-BNV")
    tab.add_button.click()
    settle()
    assert tab.model.rowCount() == 0
    assert "The day worked in exchange is a Saturday or Sunday" in tab.message.text()


def _shipped_rows(tab) -> list[list[str]]:
    model = tab.shipped.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_built_in_holidays_are_listed_by_year_with_their_source(window):
    tab = _settings(window).holidays
    assert tab.pages.currentWidget() is tab.shipped
    tab.shipped.show_year(2026)
    rows = _shipped_rows(tab)
    culture_day = ["24/11/2026", "Vietnamese Culture Day (24 November)", "public holiday"]
    assert [*culture_day, "announced"] in rows
    assert ["02/09/2026", "National Day (2 September)", "public holiday", "announced"] in rows
    assert "2026 (announced). Source: Bộ luật Lao động 2019" in tab.shipped.source.text()
    tab.shipped.show_year(2027)
    assert "expected, not confirmed" in tab.shipped.source.text()
    assert "Chưa có thông báo của Chính phủ" in tab.shipped.source.text()
    tet = next(r for r in _shipped_rows(tab) if r[0] == "08/02/2027")
    assert (tet[2], tet[3]) == ("Tết", "expected, not confirmed")


def test_the_office_confirms_tet_2027(window):
    tab = _settings(window).holidays
    tab.shipped.show_year(2027)
    assert tab.shipped.confirm_button.isEnabled()
    tab.shipped.confirm_button.click()
    settle()
    assert "confirmed by the office" in tab.shipped.source.text()
    tet = next(r for r in _shipped_rows(tab) if r[0] == "08/02/2027")
    assert tet[3].startswith(f"confirmed by {window.ctx.actor.display_name}, ")
    assert not tab.shipped.confirm_button.isEnabled()
    assert {y.year: y.confirmed for y in window.ctx.read(office.shipped_years)}[2027]


ANNOUNCEMENT = "Thông báo số 12/TB-BNV về lịch nghỉ năm 2027"


def test_an_expected_day_the_announcement_drops_is_removed(window, qtbot):
    tab = _settings(window).holidays
    tab.shipped.select_day(date(2027, 5, 3))
    assert tab.shipped.remove_button.isEnabled()
    dialog = tab.shipped.remove()
    dialog.submit()
    settle()
    qtbot.waitUntil(lambda: dialog.errors["announcement"].isVisible(), timeout=10000)
    assert dialog.errors["announcement"].text() == "Name the Government's announcement"
    dialog.widgets["announcement"].setText(ANNOUNCEMENT)
    dialog.submit()
    settle()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    row = next(r for r in _shipped_rows(tab) if r[0] == "03/05/2027")
    assert row[3].startswith(f"removed by {window.ctx.actor.display_name}, ")
    assert row[3].endswith(ANNOUNCEMENT)
    assert "03/05/2027 is a working day again." in tab.shipped.message.text()
    assert window.ctx.read(office.calendar).is_working_day(date(2027, 5, 3))
    tab.shipped.select_day(date(2027, 5, 3))
    assert not tab.shipped.remove_button.isEnabled()  # decided once


def test_an_expected_day_is_replaced_by_the_announced_one(window, qtbot):
    tab = _settings(window).holidays
    tab.shipped.select_day(date(2027, 2, 11))
    dialog = tab.shipped.replace()
    dialog.widgets["new_day"].setDate(QDate(2027, 2, 4))
    dialog.widgets["announcement"].setText(ANNOUNCEMENT)
    dialog.submit()
    settle()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    row = next(r for r in _shipped_rows(tab) if r[0] == "11/02/2027")
    assert row[3].startswith("replaced by 04/02/2027 (")
    assert tab.model.index(0, 0).data() == "Thu 04/02/2027"  # the office's own day
    cal = window.ctx.read(office.calendar)
    assert cal.is_working_day(date(2027, 2, 11)) and not cal.is_working_day(date(2027, 2, 4))


def test_an_unconfirmed_rule_set_is_off_until_switched_on(window):
    tab = _settings(window).rules
    assert "Law No. 136/2025/QH15" in tab.in_force.text()
    switch = tab.switches["nd155-2026"]
    assert not switch.isChecked() and "unconfirmed" in switch.text()
    switch.setChecked(True)
    assert window.ctx.read(rules.enabled_sets) == {"nd155-2026"}
    uid = window.ctx.write(
        lambda s: (
            petitions.receive_petition(
                s,
                received_on=date(2026, 7, 1),
                channel="direct",
                kind="complaint",
                field="land",
                summary="Khiếu nại về bồi thường",
                petitioners=[{"full_name": "Trần Thị Hoà"}],
            ).uid
        ),
        "petitions",
    )
    deadline = window.ctx.read(lambda s: by_uid(s, Petition, uid, "petition").deadline)
    assert deadline == date(2026, 7, 10)  # Decree 155/2026: 7 working days
