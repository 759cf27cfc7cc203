"""A centre with a few provinces' packages for 2026-Q3: on time, late, gap, refused."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from hrdesk.central.models import Package
from hrdesk.central.offices import add_office
from hrdesk.central.receiving import receive
from hrdesk.central.service import Centre
from hrdesk.central.storage import copy_hashing
from hrdesk.central.users import add_user
from hrdesk.services.statistics import PeriodStatistics
from tests.central.factory import Office

PASSWORD = "mật khẩu đủ dài 2026"
PERIOD = "2026-Q3"


@dataclass
class Scene:
    offices: dict[str, Office]
    stats: dict[str, PeriodStatistics]  # the figures each counted province sent


def send(centre: Centre, path: Path) -> None:
    with centre.files.incoming_file() as incoming, open(path, "rb") as handle:
        sha512, size = copy_hashing(handle, incoming, 1 << 30)
        receive(centre, incoming, sha512, size)


def build_scene(centre: Centre, folder: Path) -> Scene:
    folder.mkdir(exist_ok=True)
    offices = {p: Office(p) for p in ("Gia Lai", "Đà Nẵng", "Huế", "Cà Mau")}
    stats = {}
    with centre.sessions.begin() as session:
        for province, office in offices.items():
            add_office(session, office.public.encoded(), province)
        add_user(session, "lan", "officer", PASSWORD)
        add_user(session, "xem", "viewer", PASSWORD)
    # Gia Lai: on time (its arrival moved back into the period's due days below).
    on_time = offices["Gia Lai"].package(folder, PERIOD, seed=11)
    send(centre, on_time)
    stats["Gia Lai"] = offices["Gia Lai"].made[str(on_time)]
    with centre.sessions.begin() as session:
        session.execute(
            update(Package)
            .where(Package.sequence == 1, Package.office_id == 1)
            .values(received_at=datetime(2026, 10, 10, 3, 0, tzinfo=UTC))
        )
    # Đà Nẵng: late (arrives today, after 15/10).
    late = offices["Đà Nẵng"].package(folder, PERIOD, seed=22)
    send(centre, late)
    stats["Đà Nẵng"] = offices["Đà Nẵng"].made[str(late)]
    # Huế: its package 1 never came; package 2 is a gap.
    offices["Huế"].package(folder, "2026-Q2")
    gap = offices["Huế"].package(folder, PERIOD, seed=33)
    send(centre, gap)
    stats["Huế"] = offices["Huế"].made[str(gap)]
    # Cà Mau: its report changed after signing, refused.
    signed = offices["Cà Mau"].package(folder, PERIOD, seed=44)
    forged = folder / "forged.zip"
    with zipfile.ZipFile(signed) as source, zipfile.ZipFile(forged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith("report.pdf"):
                data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
            target.writestr(item, data)
    send(centre, forged)
    return Scene(offices, stats)
