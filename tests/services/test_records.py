"""Creating, changing and archiving records through the services, with validation."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from hrdesk.domain.errors import NotFound, ValidationError
from hrdesk.services import agencies, meetings, members, tasks, trainings
from hrdesk.services import office as office_service
from hrdesk.services.listing import ListFilter, count, fetch
from tests.conftest import ADMIN

VN = timezone(timedelta(hours=7))


def test_agency_names_are_unique_whatever_the_case_or_accents(office):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as raised:
        agencies.create_agency(s, name="SỞ TƯ PHÁP", kind="department")
    assert raised.value.field == "name"


def test_text_is_stored_in_nfc_whatever_the_keyboard_sent(office):
    nfd = "Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c"
    with office.transaction(ADMIN) as s:
        member = members.create_member(s, full_name=nfd, role="member")
    assert member.full_name == "Nguyễn Văn Đức"


def test_new_appointment_becomes_the_role_and_closes_the_open_one(office):
    with office.transaction(ADMIN) as s:
        m = members.create_member(
            s,
            full_name="Lê Thị Mai",
            role="member",
            agency="STP",
            appointment={"decision_number": "12/QĐ-UBND", "term_start": date(2024, 1, 2)},
        )
        members.appoint(
            s,
            m.uid,
            role="deputy",
            decision_number="45/QĐ-UBND",
            decision_date=date(2026, 3, 1),
            term_start=date(2026, 3, 1),
        )
        assert m.role == "deputy"
        assert [a.term_end for a in m.appointments] == [date(2026, 2, 28), None]
        assert m.agency.name == "Sở Tư pháp"


def test_appointment_ending_before_it_starts_is_refused(office):
    with office.transaction(ADMIN) as s:
        m = members.create_member(s, full_name="Lê Thị Mai", role="member")
        with pytest.raises(ValidationError) as raised:
            members.appoint(
                s, m.uid, role="member", term_start=date(2026, 3, 1), term_end=date(2026, 1, 1)
            )
    assert raised.value.field == "term_end"


def test_unknown_agency_is_named_in_the_error(office):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as raised:
        members.create_member(s, full_name="Lê Thị Mai", role="member", agency="Sở Không Có")
    assert raised.value.field == "agency"
    assert "Sở Không Có" in raised.value.message


def test_failed_update_changes_nothing(office):
    with office.transaction(ADMIN) as s:
        t = tasks.create_task(s, title="Rà soát văn bản", due_on=date(2026, 12, 1))
        with pytest.raises(ValidationError):
            tasks.update_task(s, t.uid, title="Đổi tên", status="done")  # done needs a date
        assert (t.title, t.status) == ("Rà soát văn bản", "open")


def test_task_progress_note_moves_it_in_progress_and_overdue_filter_finds_it(office):
    with office.transaction(ADMIN) as s:
        t = tasks.create_task(
            s,
            title="Báo cáo quý",
            due_on=date(2026, 11, 1),
            lead_agency="STP",
            supporting_agencies=["Công an tỉnh"],
        )
        tasks.add_note(s, t.uid, "Đã gửi dự thảo", noted_on=date(2026, 10, 20))
        assert t.status == "in_progress"
        assert [a.name for a in t.supporting_agencies] == ["Công an tỉnh"]
    with office.reader(ADMIN) as s:
        assert count(s, "tasks", ListFilter(overdue=True)) == 1


def test_meeting_conclusion_becomes_a_linked_task(office):
    with office.transaction(ADMIN) as s:
        m = meetings.create_meeting(
            s,
            title="Họp Ban Chỉ đạo quý IV",
            starts_at=datetime(2026, 11, 10, 8, 0, tzinfo=VN),
            status="held",
        )
        meetings.set_agenda(s, m.uid, [{"title": "Tình hình đơn thư", "discussion": "Thảo luận"}])
        c = meetings.add_conclusion(s, m.uid, "Sở Tư pháp rà soát các vụ việc tồn đọng", 1)
        prefilled = meetings.task_values_from_conclusion(s, c.uid)
        assert prefilled["source"] == "meeting" and "10/11/2026" in prefilled["source_ref"]
        task = meetings.task_from_conclusion(s, c.uid, lead_agency="STP", due_on=date(2026, 12, 31))
        assert c.task is task and task.title == c.text
        with pytest.raises(ValidationError):
            meetings.task_from_conclusion(s, c.uid)


def test_task_from_an_early_morning_meeting_names_the_vietnamese_day(office):
    with office.transaction(ADMIN) as s:
        m = meetings.create_meeting(s, title="Họp sớm", starts_at="10/11/2026 06:30")
        c = meetings.add_conclusion(s, m.uid, "Rà soát")
        assert "(10/11/2026)" in meetings.task_values_from_conclusion(s, c.uid)["source_ref"]


def test_reordering_the_agenda_keeps_conclusions_tied_to_their_items(office):
    with office.transaction(ADMIN) as s:
        m = meetings.create_meeting(s, title="Họp", starts_at="10/11/2026 08:00")
        first, second = meetings.set_agenda(s, m.uid, [{"title": "Đơn thư"}, {"title": "Tập huấn"}])
        c = meetings.add_conclusion(s, m.uid, "Giao Sở Tư pháp rà soát", 1)
        meetings.set_agenda(
            s,
            m.uid,
            [
                {"uid": second.uid, "title": "Tập huấn"},
                {"uid": first.uid, "title": "Đơn thư (sửa)"},
            ],
        )
        assert c.agenda_item is first and first.position == 2 and first.title == "Đơn thư (sửa)"
        meetings.set_agenda(s, m.uid, [{"uid": second.uid, "title": "Tập huấn"}])
        assert c.agenda_item is None and [a.title for a in m.agenda] == ["Tập huấn"]


def test_absent_attendee_needs_a_reason(office):
    with office.transaction(ADMIN) as s:
        m = meetings.create_meeting(s, title="Họp", starts_at=datetime(2026, 11, 10, 8, tzinfo=VN))
        with pytest.raises(ValidationError) as raised:
            meetings.set_attendance(s, m.uid, [{"full_name": "Phạm Văn Nam", "present": False}])
        assert raised.value.field == "attendance[1].absence_reason"


def test_meeting_ending_before_it_starts_is_refused(office):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as raised:
        meetings.create_meeting(
            s, title="Họp", starts_at="10/11/2026 14:00", ends_at="10/11/2026 08:00"
        )
    assert raised.value.field == "ends_at"


def test_training_roster_mixes_members_and_outside_officials_and_builds_history(office):
    with office.transaction(ADMIN) as s:
        m = members.create_member(s, full_name="Võ Thị Lan", role="member", agency="STP")
        t = trainings.create_training(
            s, title="Tập huấn Luật Tố cáo", starts_on=date(2026, 10, 5), place="Pleiku"
        )
        trainings.set_topics(s, t.uid, [{"title": "Quyền của người tố cáo", "presenter": "TS. A"}])
        trainings.set_roster(
            s,
            t.uid,
            [
                {"member": m.uid},
                {"full_name": "Đinh Văn Hùng", "agency_name": "UBND xã Ia Grai", "present": False},
            ],
        )
        assert [a.full_name for a in t.attendance] == ["Võ Thị Lan", "Đinh Văn Hùng"]
        member_uid, agency_uid = m.uid, m.agency.uid
    with office.reader(ADMIN) as s:
        assert [r.title for r in trainings.member_history(s, member_uid)] == [
            "Tập huấn Luật Tố cáo"
        ]
        assert len(trainings.agency_history(s, agency_uid)) == 1


def test_archived_records_leave_the_list_but_not_the_store(office):
    with office.transaction(ADMIN) as s:
        a = agencies.create_agency(s, name="Sở Y tế", kind="department")
        agencies.archive_agency(s, a.uid)
    with office.reader(ADMIN) as s:
        assert "Sở Y tế" not in [r["name"] for r in fetch(s, "agencies")]
        assert "Sở Y tế" in [r["name"] for r in fetch(s, "agencies", ListFilter(archived=True))]


def test_lists_sort_in_vietnamese_order_by_given_name(office):
    with office.transaction(ADMIN) as s:
        for name in ("Trần Văn Đức", "Nguyễn Thị Ánh", "Lê Văn Dũng", "Phạm Thị An"):
            members.create_member(s, full_name=name, role="member")
    with office.reader(ADMIN) as s:
        names = [r["full_name"] for r in fetch(s, "members")]
    assert names == ["Phạm Thị An", "Nguyễn Thị Ánh", "Lê Văn Dũng", "Trần Văn Đức"]


def test_document_numbers_restart_at_01_each_year(office):
    with office.transaction(ADMIN) as s:
        o = office_service.require_office(s)
        first = office_service.take_document_number(s, "BB", "Biên bản", date(2026, 12, 30))
        second = office_service.take_document_number(s, "BC", "Báo cáo", date(2026, 12, 31))
        new_year = office_service.take_document_number(s, "BB", "Biên bản", date(2027, 1, 1))
        shown = [office_service.format_document_number(n, o) for n in (first, second, new_year)]
    assert shown == ["01/BB-BCĐ", "02/BC-BCĐ", "01/BB-BCĐ"]


def test_unknown_uid_is_not_found(office):
    with office.transaction(ADMIN) as s, pytest.raises(NotFound):
        tasks.update_task(s, "00000000-0000-4000-8000-000000000000", title="x")


def test_office_province_must_be_one_of_the_34(store):
    with store.transaction(ADMIN) as s, pytest.raises(ValidationError) as raised:
        office_service.setup_office(s, province="Bình Định", name="Ban", parent_body="UBND")
    assert raised.value.field == "province"


def test_a_records_history_names_records_and_fields_as_the_forms_do(office):
    from hrdesk.services.audit import field_label, history, record_name

    with office.transaction(ADMIN) as s:
        a = agencies.create_agency(s, name="Sở Y tế", kind="department")
        agencies.update_agency(s, a.uid, phone="0269 3822 000")
    with office.reader(ADMIN) as s:
        change = history(s, a.uid)[-1]
    assert change.changes == {"phone": [None, "0269 3822 000"]}
    assert record_name(change.table_name) == "Cơ quan thành viên"
    assert field_label(change.table_name, "phone") == "Điện thoại"
    assert field_label("petitions", "status", "en") == "Status"
