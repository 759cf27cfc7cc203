"""Import and export of record lists: round trips with Vietnamese text, all-or-nothing imports."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from hrdesk.domain.errors import ValidationError
from hrdesk.profile import Profile
from hrdesk.services import agencies, meetings, members, tasks, trainings
from hrdesk.services.listing import fetch
from hrdesk.services.transfer import ImportFailed, export_records, import_records
from hrdesk.store.database import Store
from tests.conftest import ADMIN, pinned
from tests.factories import petition

VN = timezone(timedelta(hours=7))
VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)


def _fresh_store(template: Path, folder: Path) -> Store:
    profile = Profile(folder).ensure()
    shutil.copy(template, profile.store_path)
    store = Store.open(profile, options=pinned())
    return store


def _fill(store: Store) -> None:
    with store.transaction(ADMIN) as s:
        agencies.create_agency(
            s,
            name="Sở Lao động – Thương binh và Xã hội",
            short_name="LĐTBXH",
            kind="department",
            address="Số 5, đường Hùng Vương",
        )
        members.create_member(
            s,
            full_name="Nguyễn Thị Hồng Nhung",
            role="secretary",
            agency="LĐTBXH",
            title="Chuyên viên",
        )
        tasks.create_task(
            s,
            title="Tuyên truyền Luật Tiếp công dân",
            due_on=date(2026, 12, 15),
            lead_agency="LĐTBXH",
            responsible_member="Nguyễn Thị Hồng Nhung",
        )
        petition(
            s,
            reference="2026/0153",
            people_count=3,
            prior_agency="UBND huyện Chư Păh",
            petitioners=[
                {"full_name": "Đỗ Văn Quý", "address": "xã Ia Ly", "id_number": "064012345678"},
                {"full_name": "Y Ngọc Ksor", "address": "xã Ia Mơ Nông"},
            ],
        )
        petition(
            s,
            kind="denunciation",
            summary="Tố cáo cán bộ địa chính nhũng nhiễu",
            petitioners=[{"full_name": "Lò Thị Sương"}],
        )
        trainings.create_training(
            s,
            title="Tập huấn kỹ năng tiếp công dân",
            starts_on=date(2026, 9, 8),
            ends_on=date(2026, 9, 9),
            place="Hội trường UBND tỉnh",
            organiser_agency="LĐTBXH",
        )
        meetings.create_meeting(
            s,
            title="Họp sơ kết 9 tháng",
            starts_at=datetime(2026, 9, 30, 8, 0, tzinfo=VN),
            place="Phòng họp số 2",
            chair_name="Phạm Minh Tuấn",
            status="held",
        )


KINDS = ["agencies", "members", "tasks", "petitions", "trainings", "meetings"]
KEY_COLUMNS = {
    "agencies": ["name", "short_name", "kind", "address"],
    "members": ["full_name", "title", "agency", "role"],
    "tasks": ["title", "due_on", "lead_agency", "responsible_member", "status"],
    "petitions": ["reference", "received_on", "kind", "summary", "deadline", "status"],
    "trainings": ["title", "starts_on", "ends_on", "place", "organiser_agency"],
    "meetings": ["title", "starts_at", "place", "chair_name", "status"],
}


def _snapshot(store: Store) -> dict[str, list[dict]]:
    with store.reader(ADMIN) as s:
        return {
            k: [{c: r[c] for c in ["uid", *KEY_COLUMNS[k]]} for r in fetch(s, k, sort=None)]
            for k in KINDS
        }


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_every_kind_round_trips_through_a_file(template_store, tmp_path, suffix):
    source = _fresh_store(template_store, tmp_path / "source")
    target = _fresh_store(template_store, tmp_path / "target")
    _fill(source)
    for kind in KINDS:
        path = tmp_path / f"{kind}{suffix}"
        with source.reader(ADMIN) as s:
            export_records(s, kind, path)
        with target.transaction(ADMIN) as s:
            import_records(s, kind, path)
    assert _snapshot(target) == _snapshot(source)
    with target.reader(ADMIN) as s:
        from hrdesk.services.petitions import petitioners_of

        complaint = next(r for r in fetch(s, "petitions") if r["kind"] == "complaint")
        people = [
            (p.full_name, p.address, p.id_number) for p in petitioners_of(s, complaint["uid"])
        ]
    assert people == [
        ("Đỗ Văn Quý", "xã Ia Ly", "064012345678"),
        ("Y Ngọc Ksor", "xã Ia Mơ Nông", None),
    ]
    source.close()
    target.close()


def test_petition_export_has_the_reception_book_columns_and_hides_the_denouncer(office, tmp_path):
    with office.transaction(ADMIN) as s:
        petition(s, kind="denunciation", petitioners=[{"full_name": "Lò Thị Sương"}])
        export_records(s, "petitions", tmp_path / "log.xlsx")
    sheet = load_workbook(tmp_path / "log.xlsx").active
    headers = [c.value for c in sheet[1]]
    for column in (
        "Ngày nhận",
        "Họ và tên",
        "Địa chỉ",
        "Giấy tờ tùy thân",
        "Nội dung vụ việc",
        "Loại đơn",
        "Số người",
        "Cơ quan đã giải quyết",
        "Hướng xử lý",
        "Theo dõi kết quả",
        "Ghi chú",
    ):
        assert column in headers
    row = [c.value for c in sheet[2]]
    assert row[headers.index("Họ và tên")] == "(bảo mật)"
    assert "Sương" not in str(row)
    received = sheet.cell(row=2, column=headers.index("Ngày nhận") + 1)
    assert isinstance(received.value, datetime) and received.number_format == "DD/MM/YYYY"
    assert sheet.freeze_panes == "A2"


def _sheet(path: Path, headers: list[str], rows: list[list]) -> Path:
    book = Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_file_with_a_bad_row_imports_nothing_and_names_row_and_column(office, tmp_path):
    path = _sheet(
        tmp_path / "members.xlsx",
        ["Họ và tên", "Vai trò trong Ban", "Cơ quan"],
        [
            ["Lê Văn Tám", "Ủy viên", "Sở Tư pháp"],
            ["Mai Thị Hoa", "Ủy viên", "Sở Không Có"],
            ["", "Thư ký", ""],
        ],
    )
    with office.transaction(ADMIN) as s, pytest.raises(ImportFailed) as raised:
        import_records(s, "members", path)
    assert raised.value.texts("en") == [
        "Row 3, column 'Cơ quan': No agency 'Sở Không Có' in the list of member agencies",
        "Row 4, column 'Họ và tên': Full name is required",
    ]
    assert raised.value.texts("vi") == [
        "Dòng 3, cột 'Cơ quan': Không có cơ quan 'Sở Không Có' trong danh sách cơ quan thành viên",
        "Dòng 4, cột 'Họ và tên': Chưa nhập họ và tên",
    ]
    with office.reader(ADMIN) as s:
        assert fetch(s, "members") == []


def test_a_file_missing_a_required_column_is_refused(office, tmp_path):
    path = _sheet(tmp_path / "p.xlsx", ["Ngày nhận", "Họ và tên"], [["02/11/2026", "A"]])
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError, match="Missing columns"):
        import_records(s, "petitions", path)


def test_an_impossible_date_and_an_early_deadline_are_reported(office, tmp_path):
    headers = [
        "Ngày nhận",
        "Họ và tên",
        "Nội dung vụ việc",
        "Loại đơn",
        "Lĩnh vực",
        "Hình thức nhận",
        "Hạn xử lý",
    ]
    path = _sheet(
        tmp_path / "p.xlsx",
        headers,
        [
            ["30/02/2026", "A", "Nội dung", "Khiếu nại", "Đất đai", "Trực tiếp", ""],
            ["02/11/2026", "B", "Nội dung", "Khiếu nại", "Đất đai", "Trực tiếp", "01/11/2026"],
        ],
    )
    with office.transaction(ADMIN) as s, pytest.raises(ImportFailed) as raised:
        import_records(s, "petitions", path)
    first, second = raised.value.texts("en")
    assert first == "Row 2, column 'Ngày nhận': Not a date: '30/02/2026' (write dd/mm/yyyy)"
    assert second.startswith("Row 3, column 'Hạn xử lý': The deadline is before")


vietnamese_names = (
    st.text(alphabet=VIETNAMESE + " ", min_size=1, max_size=40).map(str.strip).filter(bool)
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(
        vietnamese_names, min_size=1, max_size=5, unique_by=lambda n: " ".join(n.split())
    )
)
def test_any_vietnamese_agency_names_survive_csv_and_xlsx(template_store, tmp_path_factory, names):
    folder = tmp_path_factory.mktemp("rt")
    source = _fresh_store(template_store, folder / "s")
    from hrdesk.domain.text import fold

    if len({fold(n) for n in names}) < len(names):
        source.close()
        return  # names equal when folded are one agency by design
    with source.transaction(ADMIN) as s:
        for name in names:
            agencies.create_agency(s, name=name, kind="other")
    for suffix in (".csv", ".xlsx"):
        target = _fresh_store(template_store, folder / f"t{suffix}")
        with source.reader(ADMIN) as s:
            export_records(s, "agencies", folder / f"a{suffix}")
        with target.transaction(ADMIN) as s:
            import_records(s, "agencies", folder / f"a{suffix}")
        with target.reader(ADMIN) as s:
            got = sorted(r["name"] for r in fetch(s, "agencies"))
        assert got == sorted(" ".join(n.split()) for n in names)
        target.close()
    source.close()


def test_every_bad_cell_of_a_row_is_reported_under_its_column(office, tmp_path):
    headers = ["Ngày nhận", "Họ và tên", "Giấy tờ tùy thân", "Nội dung vụ việc", "Loại đơn"]
    headers += ["Lĩnh vực", "Hình thức nhận"]
    row = ["31/02/2026", "A", "0" * 25, "", "Khiếu nại", "Đất đai", "Trực tiếp"]
    path = _sheet(tmp_path / "p.xlsx", headers, [row])
    with office.transaction(ADMIN) as s, pytest.raises(ImportFailed) as raised:
        import_records(s, "petitions", path)
    assert raised.value.texts("vi") == [
        "Dòng 2, cột 'Nội dung vụ việc': Chưa nhập nội dung vụ việc",
        "Dòng 2, cột 'Ngày nhận': Không phải là ngày: '31/02/2026' (ghi theo ngày/tháng/năm)",
        "Dòng 2, cột 'Giấy tờ tùy thân': Số giấy tờ tùy thân dài quá 20 ký tự",
    ]


def test_an_export_and_an_import_report_the_rows_done_of_all(template_store, tmp_path):
    source = _fresh_store(template_store, tmp_path / "source")
    target = _fresh_store(template_store, tmp_path / "target")
    with source.transaction(ADMIN) as s:
        for n in range(1200):
            agencies.create_agency(s, name=f"Cơ quan số {n}", kind="other")
        gone = agencies.create_agency(s, name="Cơ quan đã giải thể", kind="other")
        gone.archived_at = datetime(2026, 1, 1, tzinfo=VN)  # not exported, not counted
    path = tmp_path / "agencies.csv"
    heard: list[tuple[int, int]] = []

    def hear(done: int, total: int) -> None:
        heard.append((done, total))

    with source.reader(ADMIN) as s:
        assert export_records(s, "agencies", path, hear) == 1200
    assert heard == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]
    heard.clear()
    with target.transaction(ADMIN) as s:
        import_records(s, "agencies", path, hear)
    assert heard == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]
