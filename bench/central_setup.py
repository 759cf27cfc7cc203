"""What the central service's benchmarks share: realistic package contents, the service in
a child process, and a centre registered with the offices."""

from __future__ import annotations

import json
import os
import random
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
from common import PYTHON, ROOT
from tests.central.conftest import free_port
from tests.central.factory import Office

PASSPHRASE = "benchmark centre passphrase"
OFFICER = ("bench", "benchmark password 2026")


def records_json(petitions: int, seed: int = 7) -> bytes:
    """A province's petitions.json for a quarter, of realistic size (no personal data)."""
    rng = random.Random(seed)
    fields = ["land", "administration", "justice", "labour", "social_policy", "other"]
    rows = [
        {
            "uid": f"{rng.getrandbits(128):032x}",
            "reference": f"{n:05d}/ĐT",
            "received_on": f"2026-0{rng.randint(7, 9)}-{rng.randint(10, 28)}",
            "kind": rng.choice(["complaint", "denunciation", "recommendation"]),
            "field": rng.choice(fields),
            "summary": "Đề nghị xem xét giải quyết việc cấp giấy chứng nhận quyền sử dụng đất "
            f"cho hộ gia đình số {rng.randint(1, 9999)}",
            "status": rng.choice(["received", "accepted", "decided", "closed"]),
            "steps": [{"kind": "received", "occurred_on": "2026-07-01"}],
        }
        for n in range(petitions)
    ]
    return json.dumps(
        {"schema": "hrdesk-records/1", "kind": "petitions", "records": rows, "count": len(rows)},
        ensure_ascii=False,
    ).encode("utf-8")


def long_report_pdf(pages: int, seed: int = 5) -> bytes:
    """A real PDF of many pages of text (reportlab, compressed streams), like a long report
    with its annexes."""
    from io import BytesIO

    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    words = [
        "bao",
        "cao",
        "cong",
        "tac",
        "quyen",
        "con",
        "nguoi",
        "tinh",
        "ket",
        "qua",
        "giai",
        "quyet",
        "don",
        "thu",
        "nhiem",
        "vu",
    ]
    out = BytesIO()
    page = canvas.Canvas(out, pageCompression=1)
    for _ in range(pages):
        for line in range(60):
            page.drawString(40, 800 - 13 * line, " ".join(rng.choice(words) for _ in range(14)))
        page.showPage()
    page.save()
    return out.getvalue()


class Service:
    """`hrdesk central serve` in a child process on a free port of 127.0.0.1."""

    def __init__(self, data: Path, database: str | None) -> None:
        self.port = free_port()
        env = {**os.environ, "HRDESK_CENTRAL_PASSPHRASE": PASSPHRASE}
        command = [PYTHON, "-m", "hrdesk", "central", "serve", "--data", str(data)]
        command += ["--port", str(self.port)] + (["--database", database] if database else [])
        logs = Path(tempfile.gettempdir()) / "hrdesk-central-bench-logs"
        logs.mkdir(exist_ok=True)
        self.log = open(logs / f"service-{self.port}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            command, env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT
        )
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(f"{self.url}/api/v1/centre-key", timeout=2)
                return
            except httpx.TransportError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the service did not start: see {self.log.name}") from None
                time.sleep(0.2)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


def open_centre(data: Path, database: str | None):  # type: ignore[no-untyped-def]
    from hrdesk.central.config import Settings
    from hrdesk.central.service import Centre

    return Centre.open(Settings(data_dir=data, database=database, passphrase=PASSPHRASE))


def register(data: Path, database: str | None, offices: list[Office]) -> None:
    from hrdesk.central.offices import add_office
    from hrdesk.central.users import add_user

    with open_centre(data, database) as centre, centre.sessions.begin() as session:
        for office in offices:
            add_office(session, office.public.encoded(), office.province)
        add_user(session, OFFICER[0], "officer", OFFICER[1])
