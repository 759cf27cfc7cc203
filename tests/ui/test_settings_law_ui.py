"""Settings through the real widgets: a Government swap announcement, the expected Tết
2027 confirmed by the office, and the unconfirmed rule sets switched on by hand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from hrdesk.services import office, petitions, rules
from hrdesk.services.common import by_uid
from hrdesk.store.models import Petition
from tests.ui.test_settings_ui import _settings


def test_an_administrator_adds_a_swap_announced_by_the_government(window):
    tab = _settings(window).holidays
    tab.kind.setCurrentIndex(tab.kind.findData("swap"))
    assert tab.worked.isVisibleTo(tab)
    tab.day.setDate(QDate(2026, 12, 28))
    tab.worked.setDate(QDate(2026, 12, 19))
    tab.name.setText("Thông báo số 123/TB-BNV")
    tab.add_button.click()
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
    assert tab.model.rowCount() == 0
    assert "The day worked in exchange is a Saturday or Sunday" in tab.message.text()


def test_the_office_confirms_tet_2027(window):
    tab = _settings(window).holidays
    assert "2027" in tab.years.text() and "expected, not confirmed" in tab.years.text()
    assert tab.confirm_year.currentData() == 2027
    tab.confirm_button.click()
    assert "confirmed by the office" in tab.years.text()
    assert tab.confirm_year.count() == 0 and not tab.confirm_button.isEnabled()
    assert {y.year: y.confirmed for y in window.ctx.read(office.shipped_years)}[2027]


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
