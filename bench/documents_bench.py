"""Documents and packages: verifying a package vs `sha512sum` over the same file, and the
minutes of a long meeting (20 pages) vs a plain one-page reportlab PDF.

The package is a real one: the national profile's records of a quarter, built once by
`build_package` in a transaction that is rolled back (the cached store is not changed)
and kept under bench/cache/package/.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from common import Result, median
from profiles import CACHE, bench_options

PERIOD = "2026-Q3"
PASSPHRASE = "bench office key passphrase"
VERIFY_RUNS = 5
PDF_RUNS = 7
MINUTES_PAGES = 20


# -- the package
def ensure_package(desk, log=print) -> tuple[Path, str, dict]:
    """(zip, public key text, facts) of the cached package, built now if missing."""
    folder = CACHE / "package"
    facts_path = folder / "package.json"
    if facts_path.exists():
        facts = json.loads(facts_path.read_text())
        return folder / facts["file"], facts["public_key"], facts
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    log(f"building the bench package ({PERIOD} of the national profile, once) …")
    from hrdesk.bundles.build import build_package
    from hrdesk.bundles.keys import office_key

    reports = _report_files(folder / "reports")
    started = time.perf_counter()
    session = desk.store.session(desk.actor)  # the bench desk's today is AS_OF
    try:
        with session.begin():
            path = build_package(
                session, PERIOD, *reports, folder, include_personal_data=True,
                passphrase=PASSPHRASE,
            )  # fmt: skip
            session.rollback()  # the ledger entry and the key's audit entry: not kept
    finally:
        session.close()
    seconds = time.perf_counter() - started
    key = office_key(desk.profile)
    assert key is not None
    facts = {
        "file": path.name,
        "bytes": path.stat().st_size,
        "public_key": key.public_key_text(),
        "build_seconds": seconds,
    }
    facts_path.write_text(json.dumps(facts, indent=1))
    shutil.rmtree(folder / "reports", ignore_errors=True)
    return path, facts["public_key"], facts


def _report_files(folder: Path) -> tuple[Path, Path]:
    """Stand-ins for the rendered report: a short PDF and a workbook."""
    from openpyxl import Workbook
    from reportlab.pdfgen.canvas import Canvas

    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / "report.pdf"
    canvas = Canvas(str(pdf))
    for page in range(12):
        canvas.drawString(72, 760, f"Report page {page + 1}")
        canvas.showPage()
    canvas.save()
    xlsx = folder / "report.xlsx"
    book = Workbook()
    for row in range(2000):
        book.active.append([f"Chỉ tiêu {row}", row, row * 3])
    book.save(xlsx)
    return pdf, xlsx


def verify_results(desk, log=print) -> list[Result]:
    from hrdesk.bundles.minisign import parse_public_key
    from hrdesk.bundles.verify import verify_package

    path, public_text, facts = ensure_package(desk, log)
    key = parse_public_key(public_text)
    size = path.stat().st_size
    unpacked = _unpacked_bytes(path)
    ours, floor, payload_floor = [], [], []
    # The bytes verify must hash are the unpacked ones: sha512sum over those too.
    payload = _unpacked_files(path)
    subprocess.run(["sha512sum", str(path)], check=True, capture_output=True)  # warm the cache
    subprocess.run(["sha512sum", *payload], check=True, capture_output=True)
    for _ in range(VERIFY_RUNS):
        started = time.perf_counter()
        subprocess.run(["sha512sum", str(path)], check=True, capture_output=True)
        floor.append(time.perf_counter() - started)
        started = time.perf_counter()
        subprocess.run(["sha512sum", *payload], check=True, capture_output=True)
        payload_floor.append(time.perf_counter() - started)
        with tempfile.TemporaryDirectory(prefix="hrdesk-bench-verify-") as work:
            started = time.perf_counter()
            report = verify_package(path, [key], workdir=Path(work))
            ours.append(time.perf_counter() - started)
        if not report.ok:
            raise RuntimeError("the bench package does not verify:\n" + "\n".join(report.lines()))
    mb = size / 1e6
    note = (
        f"package {mb:.1f} MB ({unpacked / 1e6:.0f} MB unpacked), the records of {PERIOD} "
        f"of the national profile (built once in {facts['build_seconds']:.0f} s); "
        f"throughput = package bytes / time, median of {VERIFY_RUNS}"
    )
    return [
        Result("documents", "package verify throughput", mb / median(ours), "MB/s",
               "sha512sum", mb / median(floor), "ratio >= 0.7", note,
               {"verify_s": median(ours), "sha512sum_s": median(floor)}),
        Result("documents", "package verify throughput (unpacked bytes)",
               unpacked / 1e6 / median(ours), "MB/s", "sha512sum over the unpacked files",
               unpacked / 1e6 / median(payload_floor), "ratio >= 0.7",
               "the same runs, counted in the bytes verify hashes: it inflates and hashes "
               f"{unpacked / 1e6:.0f} MB, sha512sum of the zip reads {mb:.1f} MB"),
    ]  # fmt: skip


def _unpacked_files(path: Path) -> list[str]:
    """The package's files unpacked once under bench/cache/package/unpacked."""
    import zipfile

    target = path.parent / "unpacked" / path.stem
    if not target.exists():
        with zipfile.ZipFile(path) as archive:
            archive.extractall(target.with_suffix(".part"))
        target.with_suffix(".part").rename(target)
    return sorted(str(f) for f in target.rglob("*") if f.is_file())


def _unpacked_bytes(path: Path) -> int:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return sum(i.file_size for i in archive.infolist())


# -- the minutes
def minutes_results(log=print) -> list[Result]:
    """A long meeting's minutes, through build_minutes, on a store of its own."""
    import os

    from hrdesk.documents.fonts import ENV_FONT

    os.environ.setdefault(ENV_FONT, "bundled")  # the same font on every machine
    work = Path(tempfile.mkdtemp(prefix="hrdesk-bench-minutes-"))
    try:
        desk, uid = _meeting_store(work)
        try:
            return _time_minutes(desk, uid, work, log)
        finally:
            desk.close(backup=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _time_minutes(desk, uid: str, work: Path, log) -> list[Result]:
    from pypdf import PdfReader

    from hrdesk.documents.minutes import build_minutes

    def minutes() -> float:
        target = work / "minutes.pdf"
        started = time.perf_counter()
        with desk.store.transaction(desk.actor) as session:
            build_minutes(session, uid, target)
        return time.perf_counter() - started

    def plain() -> float:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen.canvas import Canvas

        started = time.perf_counter()
        canvas = Canvas(str(work / "plain.pdf"), pagesize=A4)
        canvas.drawString(72, 760, "Biên bản")
        canvas.showPage()
        canvas.save()
        return time.perf_counter() - started

    first = minutes()  # fonts registered, modules imported: once per process
    plain()
    ours, floor = [], []
    for _ in range(PDF_RUNS):
        ours.append(minutes())
        floor.append(plain())
    pages = len(PdfReader(str(work / "minutes.pdf")).pages)
    note = f"{pages} pages; median of {PDF_RUNS}; first build in the process {first:.2f} s"
    return [
        Result("documents", f"minutes PDF, {pages} pages", median(ours), "s",
               "plain one-page reportlab PDF", median(floor), "value <= 0.5", note),
    ]  # fmt: skip


def _meeting_store(work: Path):
    """A profile with one held meeting long enough for MINUTES_PAGES pages of minutes."""
    from hrdesk.profile import Profile
    from hrdesk.services import meetings, members, office
    from hrdesk.signin import create_profile

    desk = create_profile(
        Profile(work / "profile"), username="bench", password="bench-password",
        full_name="Cán bộ đo", options=bench_options(),
    )  # fmt: skip
    with desk.store.transaction(desk.actor) as s:
        office.setup_office(
            s, province="Gia Lai", name="Ban Chỉ đạo về quyền con người tỉnh Gia Lai",
            parent_body="ỦY BAN NHÂN DÂN TỈNH GIA LAI",
        )  # fmt: skip
        head = members.create_member(
            s, full_name="Nguyễn Văn Khánh", title="Phó Chủ tịch UBND tỉnh", role="head"
        )
        secretary = members.create_member(
            s, full_name="Trần Thị Thu Hằng", title="Chuyên viên Sở Tư pháp", role="secretary"
        )
        m = meetings.create_meeting(
            s,
            title="Hội nghị tổng kết công tác bảo đảm quyền con người năm 2026",
            starts_at=datetime(2026, 11, 5, 1, 0, tzinfo=UTC),
            ends_at=datetime(2026, 11, 5, 9, 30, tzinfo=UTC),
            place="Hội trường Ủy ban nhân dân tỉnh Gia Lai",
            chair=head.uid,
            secretary=secretary.uid,
            status="held",
            discussion="Đồng chí Trưởng ban khai mạc hội nghị, nêu mục đích, yêu cầu.",
        )
        roll = [{"member": head.uid}, {"member": secretary.uid}]
        roll += [
            {
                "full_name": f"Lê Thị Ngọc Ánh {n:02d}",
                "title": "Phó Giám đốc",
                "agency_name": f"Sở, ngành thành viên số {n}",
                "present": n % 9 != 0,
                "absence_reason": None if n % 9 else "Đi công tác",
            }
            for n in range(1, 61)
        ]
        meetings.set_attendance(s, m.uid, roll)
        discussion = " ".join(
            [
                "Các đại biểu thảo luận, thống nhất đánh giá kết quả đạt được; nêu khó khăn,",
                "vướng mắc trong tiếp công dân, giải quyết khiếu nại, tố cáo và đề xuất giải",
                "pháp khắc phục trong thời gian tới, nhất là ở các xã vùng sâu, vùng xa.",
            ]
            * 4
        )
        items = 34
        meetings.set_agenda(
            s, m.uid,
            [{"title": f"Nội dung {n}: kết quả thực hiện nhiệm vụ năm 2026",
              "discussion": discussion} for n in range(1, items + 1)],
        )  # fmt: skip
        for n in range(1, items + 1):
            for k in range(3):
                meetings.add_conclusion(
                    s, m.uid, f"Giao Sở Tư pháp hoàn thành việc {k + 1} của nội dung {n} "
                    "trước ngày 15/12/2026, báo cáo Ban Chỉ đạo.", n,
                )  # fmt: skip
        uid = m.uid
    return desk, uid
