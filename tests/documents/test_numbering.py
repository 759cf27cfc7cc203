"""Document numbers: one yearly series, a record keeps its number, 01 again on 1 January."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from hrdesk.documents.minutes import build_minutes
from hrdesk.documents.report import build_report_pdf
from hrdesk.services.numbering import document_number_for
from hrdesk.services.office import take_document_number
from hrdesk.store.models import DocumentNumber
from tests.conftest import ADMIN
from tests.documents import builders
from tests.documents.builders import flat, pdftotext


def _numbers(store) -> int:
    with store.reader(ADMIN) as s:
        return s.scalar(select(func.count()).select_from(DocumentNumber))


def test_reprinting_the_minutes_keeps_their_number(office, tmp_path):
    with office.transaction(ADMIN) as s:
        meeting = builders.meeting(s, builders.committee(s)).uid
    for name in ("first.pdf", "again.pdf"):
        with office.transaction(ADMIN) as s:
            build_minutes(s, meeting, tmp_path / name)
        assert "Số: 01/BB-BCĐ" in flat(pdftotext(tmp_path / name))
    assert _numbers(office) == 1


def test_a_new_meeting_takes_the_next_number_of_the_series(office, tmp_path):
    with office.transaction(ADMIN) as s:
        people = builders.committee(s)
        first = builders.meeting(s, people).uid
        second = builders.meeting(s, people, title="Họp chuyên đề").uid
        take_document_number(s, "KH", "Kế hoạch kiểm tra", date(2026, 10, 6))
    with office.transaction(ADMIN) as s:
        build_minutes(s, first, tmp_path / "first.pdf")
        build_minutes(s, second, tmp_path / "second.pdf")
        build_report_pdf(s, "2026-Q4", tmp_path / "report.pdf")
    assert "Số: 02/BB-BCĐ" in flat(pdftotext(tmp_path / "first.pdf"))
    assert "Số: 03/BB-BCĐ" in flat(pdftotext(tmp_path / "second.pdf"))
    assert "Số: 04/BC-BCĐ" in flat(pdftotext(tmp_path / "report.pdf"))


def test_numbering_starts_again_at_01_in_a_new_year(office, tmp_path):
    with office.transaction(ADMIN) as s:
        people = builders.committee(s)
        december = builders.meeting(
            s, people, starts_at=datetime(2026, 12, 30, 1, 0, tzinfo=UTC), ends_at=None
        ).uid
        # Half past midnight on 1 January 2027 in Vietnam is still 31 December 2026 in UTC.
        january = builders.meeting(
            s, people, starts_at=datetime(2026, 12, 31, 17, 30, tzinfo=UTC), ends_at=None
        ).uid
        for n in range(3):
            take_document_number(s, "TB", f"Thông báo {n}", date(2026, 11, 1))
    with office.transaction(ADMIN) as s:
        build_minutes(s, december, tmp_path / "december.pdf")
        build_minutes(s, january, tmp_path / "january.pdf")
    assert "Số: 04/BB-BCĐ" in flat(pdftotext(tmp_path / "december.pdf"))
    january_text = flat(pdftotext(tmp_path / "january.pdf"))
    assert "Số: 01/BB-BCĐ" in january_text
    assert "00 giờ 30, ngày 01 tháng 01 năm 2027" in january_text


def test_a_record_has_one_number_per_type_of_document(office):
    with office.transaction(ADMIN) as s:
        first = document_number_for(s, "bb", "uid-1", "Biên bản", date(2026, 3, 2))
        again = document_number_for(s, "BB", "uid-1", "Biên bản", date(2026, 5, 9))
        other = document_number_for(s, "TB", "uid-1", "Thông báo", date(2026, 5, 9))
        assert again.id == first.id and again.issued_on == date(2026, 3, 2)
        assert (first.type_code, first.number, other.number) == ("BB", 1, 2)
