"""Benchmarks of the central service (issue 14), each against its goal, measured in one run:

1. receiving a package (upload over loopback, verify, store, receipt) vs verifying the same
   file (`verify_package`, what `hrdesk package verify` runs; its CLI time is shown too);
2. 34 provinces × 30 packages uploaded concurrently to two service processes on one
   PostgreSQL: none lost, none duplicated, every one with a receipt; p95 time to receipt;
3. the board's page for a period, with 34 provinces × 40 quarters of history on PostgreSQL.

    python bench/central_bench.py [--packages 30] [--out bench/results/central.md]

Needs the `central` extra, PostgreSQL's binaries (Debian `postgresql`) and runs everything
on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from central_setup import OFFICER, Service, long_report_pdf, open_centre, records_json, register
from common import PYTHON, ROOT, Result, median, percentile
from tests.central.conftest import PostgresServer, postgres_bin
from tests.central.factory import Office


def bench_receive(work: Path, runs: int, petitions: int, pages: int, name: str) -> list[Result]:
    """Upload-to-receipt vs verify on the same files, the embedded SQLite default."""
    from hrdesk.bundles.verify import verify_package

    office = Office("Gia Lai")
    records = records_json(petitions)
    pdf = long_report_pdf(pages) if pages else None
    folder = work / f"receive-packages-{name}"
    folder.mkdir()
    packages = [office.package(folder, seed=1, records=records, pdf=pdf) for _ in range(runs)]
    data = work / f"receive-centre-{name}"
    register(data, None, [office])
    service = Service(data, None)
    uploads = []
    try:
        with httpx.Client(timeout=120) as client:
            for path in packages:
                body = path.read_bytes()
                started = time.perf_counter()
                answer = client.post(
                    f"{service.url}/api/v1/packages",
                    content=body,
                    headers={"Content-Type": "application/zip"},
                )
                uploads.append(time.perf_counter() - started)
                assert answer.status_code == 201, answer.text
    finally:
        service.stop()
    verifies = []
    for path in packages:
        started = time.perf_counter()
        report = verify_package(path, [office.public])
        verifies.append(time.perf_counter() - started)
        assert report.ok
    pub = office.write_pub(work / "office.pub")
    cli = []
    for path in packages[:5]:
        started = time.perf_counter()
        subprocess.run(
            [PYTHON, "-m", "hrdesk", "package", "verify", str(path), "--key", str(pub)],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        cli.append(time.perf_counter() - started)
    size = packages[0].stat().st_size / 1e6
    what = (
        f"receive a {name} {size:.1f} MB package ({petitions} petitions, {pages or 1}-page report)"
    )
    return [
        Result(
            "central",
            f"{what}: loopback upload, verify, store, receipt (median of {runs})",
            median(uploads),
            "s",
            "verify_package on the same files, in process",
            median(verifies),
            goal="ratio <= 1.5",
        ),
        Result(
            "central",
            f"{what}: the same",
            median(uploads),
            "s",
            "`hrdesk package verify FILE --key` (median of 5)",
            median(cli),
            goal="ratio <= 1.5",
        ),
    ]


def bench_concurrent(
    work: Path, postgres: PostgresServer, per_office: int
) -> tuple[list[Result], str]:
    from hrdesk.domain.provinces import PROVINCES

    database = postgres.new_database()
    offices = [Office(p) for p in PROVINCES]
    folder = work / "concurrent-packages"
    folder.mkdir()
    made = {o.province: [o.package(folder, seed=i % 3) for i in range(per_office)] for o in offices}
    data = work / "concurrent-centre"
    register(data, database, offices)
    services = [Service(data, database), Service(data, database)]
    latencies: list[float] = []
    failures: list[str] = []
    retries: list[str] = []
    lock = threading.Lock()

    def send(province: str) -> None:
        # A connection per upload, as a province makes: no kept-alive connection that the
        # server may close just as the next upload starts on it.
        for index, path in enumerate(made[province]):
            body = path.read_bytes()
            url = services[index % 2].url
            started = time.perf_counter()
            answer = None
            for _attempt in range(3):  # a province whose line dropped sends the same again
                try:
                    answer = httpx.post(
                        f"{url}/api/v1/packages",
                        content=body,
                        headers={"Content-Type": "application/zip"},
                        timeout=300,
                    )
                    break
                except httpx.TransportError as exc:
                    with lock:
                        retries.append(f"{province} {index + 1}: {exc!r}")
            if answer is None:
                continue
            took = time.perf_counter() - started
            sha512 = hashlib.sha512(body).hexdigest()
            receipt = answer.json().get("receipt") if answer.status_code == 201 else None
            with lock:
                latencies.append(took)
                if receipt is None or json.loads(receipt)["package_sha512"] != sha512:
                    failures.append(
                        f"{province} {index + 1}: {answer.status_code} {answer.text[:200]}"
                    )

    started = time.perf_counter()
    try:
        with ThreadPoolExecutor(len(offices)) as pool:
            list(pool.map(send, made))
    finally:
        for service in services:
            service.stop()
    wall = time.perf_counter() - started
    from sqlalchemy import func, select

    from hrdesk.central.models import Package

    with open_centre(data, database) as centre, centre.sessions() as session:
        kept = session.scalar(select(func.count()).select_from(Package)) or 0
        distinct = session.scalar(select(func.count(func.distinct(Package.sha512)))) or 0
        with_receipt = (
            session.scalar(
                select(func.count()).select_from(Package).where(Package.receipt_minisig != "")
            )
            or 0
        )
        files = len(list(centre.settings.packages_dir.rglob("*.zip")))
    sent = len(offices) * per_office
    lost = sent - kept
    duplicated = kept - distinct
    summary = (
        f"{sent} sent, {kept} kept, {distinct} distinct, {with_receipt} with a receipt, "
        f"{files} files; {len(failures)} answers without a receipt; wall time {wall:.1f} s"
    )
    results = [
        Result(
            "central",
            f"{len(offices)}×{per_office} concurrent uploads, two processes: lost",
            lost,
            "packages",
            goal="value <= 0",
        ),
        Result("central", "… duplicated", duplicated, "packages", goal="value <= 0"),
        Result(
            "central",
            "… without a receipt",
            len(failures) + (kept - with_receipt),
            "packages",
            goal="value <= 0",
        ),
        Result(
            "central",
            "… time to receipt, p95",
            percentile(latencies, 95),
            "s",
            extra={"median": median(latencies)},
        ),
    ]
    if failures:
        summary += "\n\nfirst failures:\n" + "\n".join(failures[:5])
    return results, summary


def bench_board(work: Path, postgres: PostgresServer) -> list[Result]:
    """The board's page on PostgreSQL with 34 provinces × 40 quarters of history."""
    from datetime import UTC, datetime, timedelta

    from hrdesk.central.models import Package
    from hrdesk.domain.periods import Period
    from hrdesk.domain.provinces import PROVINCES

    database = postgres.new_database()
    offices = [Office(p) for p in PROVINCES]
    data = work / "board-centre"
    register(data, database, offices)
    quarters = [Period.quarter(2016 + q // 4, q % 4 + 1) for q in range(40)]
    rng = random.Random(3)
    with open_centre(data, database) as centre, centre.sessions.begin() as session:
        rows = []
        for office_id in range(1, len(offices) + 1):
            for sequence, period in enumerate(quarters, start=1):
                if rng.random() < 0.05:
                    continue  # a few packages never came
                received = datetime.combine(period.end, datetime.min.time(), UTC)
                received += timedelta(days=rng.randint(1, 30))
                rows.append(
                    Package(
                        uid=f"{rng.getrandbits(128):032x}"[:36],
                        sha512=f"{rng.getrandbits(512):0128x}",
                        office_id=office_id,
                        key_id="0" * 16,
                        sequence=sequence,
                        period_label=period.label,
                        period_start=period.start,
                        period_end=period.end,
                        bagging_date=period.end.isoformat(),
                        size=2_000_000,
                        received_at=received,
                        gap=False,
                        warnings="[]",
                        figures=None,
                        receipt="{}",
                        receipt_minisig="history for the benchmark",
                    )
                )
        session.add_all(rows)
    service = Service(data, database)
    try:
        with httpx.Client(base_url=service.url, timeout=60, follow_redirects=True) as client:
            form = client.get("/board/signin").text
            csrf = re.search(r'name="csrf" value="([^"]+)"', form)[1]  # type: ignore[index]
            client.post(
                "/board/signin", data={"name": OFFICER[0], "password": OFFICER[1], "csrf": csrf}
            )
            times = []
            for index in range(40):
                label = quarters[index % 40].label
                started = time.perf_counter()
                page = client.get("/board", params={"period": label})
                times.append(time.perf_counter() - started)
                assert page.status_code == 200 and page.text.count("data-province=") == 34
    finally:
        service.stop()
    return [
        Result(
            "central",
            f"board page for a period, {len(rows)} packages of history (median of 40)",
            median(times),
            "s",
            goal="value <= 0.1",
            extra={"p95": percentile(times, 95)},
        )
    ]


def machine() -> list[str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown",
    )
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [f"- CPU: {cpu}, {os.cpu_count()} cores; load average at start: {load}"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--packages", type=int, default=30, help="per province, for the concurrent run"
    )
    parser.add_argument("--receive-runs", type=int, default=10)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "central.md"))
    parser.add_argument("--only-receive", action="store_true", help="only the first benchmark")
    args = parser.parse_args()
    if postgres_bin() is None:
        print("PostgreSQL's binaries are not installed (Debian: postgresql)", file=sys.stderr)
        return 2
    lines = ["# Central service benchmarks (issue 14)", "", *machine(), ""]
    with tempfile.TemporaryDirectory(prefix="hrdesk-central-bench-") as temp:
        work = Path(temp)
        results = bench_receive(work, args.receive_runs, 2_000, 0, "small")
        results += bench_receive(work, args.receive_runs, 12_000, 600, "large")
        for result in results:
            print(result.line(), flush=True)
        more, board, summary = [], [], "(the concurrent and board benchmarks were not run)"
        postgres = PostgresServer(postgres_bin())  # type: ignore[arg-type]
        if not args.only_receive:
            postgres.init()
            postgres.start()
        try:
            if not args.only_receive:
                more, summary = bench_concurrent(work, postgres, args.packages)
                for result in more:
                    print(result.line(), flush=True)
                print(summary, flush=True)
                board = bench_board(work, postgres)
                for result in board:
                    print(result.line(), flush=True)
        finally:
            if not args.only_receive:
                postgres.stop("immediate")
    for result in [*results, *more, *board]:
        extra = "; ".join(f"{k} {v * 1000:.1f} ms" for k, v in result.extra.items())
        lines.append(f"- {result.line()}" + (f" ({extra})" if extra else ""))
    lines += ["", summary, ""]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
