"""The member agencies' contributions to the quarterly reports: for each complete quarter
since the start of last year, the office asked every agency for its report about three
weeks before the quarter ended, by ten days after it; most answered on time, some late
(and were reminded), a few not at all, one now and then was excused. The latest quarter
asked about still has agencies that have not answered, so the dashboard names them.

Written in bulk like the rest of the demo, from its own random streams (uids included),
so adding it changed none of the other records.
"""

from __future__ import annotations

from datetime import date, timedelta

from hrdesk.demo.bulk import Stamps, Uids, columns, iso
from hrdesk.demo.context import AgencyRef, Demo, pick
from hrdesk.domain.periods import Period

COLUMNS = columns(
    "id uid created_at updated_at period_label agency_id requested_on due_on status "
    "received_on summary excuse reminded_on"
)
ASKED_BEFORE_END = timedelta(days=20)
DUE_AFTER_END = timedelta(days=10)
REMINDED_AFTER_DUE = timedelta(days=7)
# (on time, late, missing, excused) for a past quarter and for the latest one asked.
PAST = (0.72, 0.2, 0.05, 0.03)
LATEST = (0.55, 0.15, 0.3, 0.0)
# How much more often than the rest an agency is late or silent: most are reliable, a few
# are late time and again (the committees' own conferences name them).
HABITS = ((0.4, 0.5), (1.0, 0.35), (3.0, 0.15))  # (factor, share of agencies)
SUMMARIES = (
    "Tổ chức {n} hội nghị phổ biến, giáo dục pháp luật về quyền con người cho cán bộ, "
    "công chức và nhân dân",
    "Tiếp nhận {n} đơn thư thuộc thẩm quyền, đã giải quyết đúng thời hạn phần lớn số đơn",
    "Cử {n} lượt cán bộ tham gia tập huấn về công tác bảo đảm quyền con người",
    "Triển khai {n} văn bản chỉ đạo của Ban Chỉ đạo, không phát sinh vụ việc phức tạp",
    "Phối hợp xây dựng báo cáo chuyên đề; thực hiện {n} cuộc kiểm tra tại cơ sở",
)
EXCUSES = (
    "Trong kỳ không phát sinh nội dung liên quan đến lĩnh vực phụ trách",
    "Cơ quan đang kiện toàn tổ chức bộ máy, nội dung báo cáo gộp vào kỳ sau",
)


def quarters_asked(as_of: date) -> list[Period]:
    """The quarters from the start of last year whose request went out by `as_of`."""
    period, found = Period.quarter(as_of.year - 1, 1), []
    while period.end - ASKED_BEFORE_END <= as_of:
        found.append(period)
        period = period.following()
    return found


class ContributionBuilder:
    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.rng = demo.rng("contributions")
        self.uid = Uids(demo.rng("contribution-uids"))
        self.stamps = Stamps(demo.rng("contribution-stamps"))
        self.next_id = demo.writer.next_id("contributions")
        self.rows: list[tuple] = []

    def build(self) -> None:
        demo = self.demo
        periods = quarters_asked(demo.as_of)
        agencies = [a for committee in demo.committees for a in committee.agencies]
        habits = demo.rng("contribution-habits")
        factors = [f for f, _share in HABITS]
        shares = [share for _f, share in HABITS]
        habit = {a.id: habits.choices(factors, shares)[0] for a in agencies}
        for index, period in enumerate(periods):
            on_time, late, missing, excused = LATEST if index == len(periods) - 1 else PAST
            for agency in agencies:
                f = habit[agency.id]
                self._row(period, agency, (on_time, late * f, missing * f, excused))
        demo.writer.insert("contributions", COLUMNS, self.rows)

    def _row(self, period: Period, agency: AgencyRef, weights: tuple[float, ...]) -> None:
        demo, rng = self.demo, self.rng
        asked = demo.working_day_on_or_after(period.end - ASKED_BEFORE_END)
        due = demo.working_day_on_or_after(period.end + DUE_AFTER_END)
        outcome = rng.choices(("on_time", "late", "missing", "excused"), weights)[0]
        status, received, summary, excuse, reminded = "requested", None, None, None, None
        if outcome == "excused":
            status, excuse = "excused", pick(rng, EXCUSES)
        elif outcome != "missing":
            if outcome == "on_time":
                day = asked + timedelta(days=rng.randrange(max(1, (due - asked).days + 1)))
            else:
                day = due + timedelta(days=rng.randrange(1, 26))
            if day <= demo.as_of:  # an answer still to come is not one yet
                status, received = "received", day
                summary = pick(rng, SUMMARIES).format(n=rng.randrange(1, 9))
        reminder = due + REMINDED_AFTER_DUE
        if status != "excused" and reminder <= demo.as_of and (received or reminder) >= reminder:
            reminded = reminder  # still nothing a week after the due date: reminded
        stamp = self.stamps.any(asked)
        updated = self.stamps.any(received) if received is not None else stamp
        self.rows.append(
            (
                self.next_id,
                self.uid(),
                stamp,
                updated,
                period.label,
                agency.id,
                iso[asked],
                iso[due],
                status,
                iso[received],
                summary,
                excuse,
                iso[reminded],
            )
        )
        self.next_id += 1
