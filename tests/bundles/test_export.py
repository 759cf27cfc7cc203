"""An exported package is one zip holding one signed BagIt bag that HR Desk and the stock
tools (minisign, bagit.py) both accept, and the ledger records it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hrdesk.bundles import bagit as bag_format
from hrdesk.bundles.ledger import mark_acknowledged, mark_uploaded
from hrdesk.bundles.progress import Cancelled
from hrdesk.bundles.verify import signed_sha512, verify_package
from hrdesk.domain.errors import PermissionDenied, ValidationError
from hrdesk.store.models import AuditEntry, Package
from tests.bundles import records
from tests.bundles.conftest import SENDER, members_of, opened, public_key, unzip, write_pub

HAS_MINISIGN = shutil.which("minisign") is not None
# The venv's scripts folder is not on PATH when pytest is run as .venv/bin/pytest.
BAGIT_PY = shutil.which("bagit.py") or shutil.which(
    "bagit.py", path=str(Path(sys.executable).parent)
)


def test_package_is_one_bag_with_the_signed_tag_manifest_and_payload(export):
    path = export()
    names = set(members_of(path))
    folder = path.name.removesuffix(".zip")
    assert re.fullmatch(r"hrdesk-gia-lai-2026-Q3-0001-[0-9a-f]{8}\.zip", path.name)
    expected = {
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha512.txt",
        "tagmanifest-sha512.txt.minisig",
        "data/report.pdf",
        "data/report.xlsx",
        *(f"data/records/{k}.json" for k in records_kinds()),
    }
    assert names == {f"{folder}/{n}" for n in expected}
    assert all(re.fullmatch(r"[A-Za-z0-9._/-]+", n) for n in names)
    content = members_of(path)
    assert content[f"{folder}/bagit.txt"] == (
        b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    )


def records_kinds() -> tuple[str, ...]:
    return ("petitions", "tasks", "trainings", "meetings", "members", "agencies")


def test_bag_info_names_the_office_period_sequence_chain_and_key(sender, export):
    first = export()
    second = export()
    info = bag_format.parse_bag_info(_member(second, "bag-info.txt"))
    key_id = public_key(sender).key_id_text
    assert info["Source-Organization"] == [SENDER]
    assert info["Bagging-Date"] == ["2026-11-20"]
    assert info["Reporting-Period"] == ["2026-Q3"]
    assert info["Package-Sequence"] == ["2"]
    assert info["Previous-Package-SHA512"] == [signed_sha512(first)]
    assert info["Signing-Key-Id"] == [key_id]
    assert info["Personal-Data"] == ["excluded"]
    payload = [n for n in members_of(second) if "/data/" in n]
    total = sum(len(members_of(second)[n]) for n in payload)
    assert info["Payload-Oxum"] == [f"{total}.{len(payload)}"]
    assert bag_format.parse_bag_info(_member(first, "bag-info.txt"))["Previous-Package-SHA512"] == [
        "none"
    ]


def _member(path, name: str) -> bytes:
    return next(v for k, v in members_of(path).items() if k.endswith("/" + name))


def test_exported_package_verifies_with_hr_desk(sender, export):
    report = verify_package(export(), [public_key(sender)])
    assert report.ok, report.lines()
    assert [c.name for c in report.checks] == [
        "zip",
        "bag",
        "signature",
        "tag manifest",
        "payload complete",
        "bag-info",
        "payload",
        "chain",
    ]
    assert report.info.sequence == 1 and report.info.office == SENDER


@pytest.mark.skipif(not HAS_MINISIGN, reason="Debian's minisign is not installed")
def test_stock_minisign_accepts_the_tag_manifest_signature(sender, export, tmp_path):
    bag = unzip(export(), tmp_path / "unzipped")
    pub = write_pub(sender, tmp_path / "office.pub")
    done = subprocess.run(
        ["minisign", "-Vm", "tagmanifest-sha512.txt", "-p", str(pub)],
        cwd=bag,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Signature and comment signature verified" in done.stdout
    assert f"office:{SENDER}" in done.stdout


@pytest.mark.skipif(BAGIT_PY is None, reason="bagit.py (PyPI bagit) is not installed")
def test_stock_bagit_validates_the_unzipped_bag_fully(export, tmp_path):
    bag = unzip(export(), tmp_path / "unzipped")
    done = subprocess.run(
        [BAGIT_PY, "--validate", str(bag)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "is valid" in done.stderr
    # And it notices a changed payload file (so the run above really checked fixity).
    (bag / "data" / "report.xlsx").write_bytes(b"changed")
    failed = subprocess.run([BAGIT_PY, "--validate", str(bag)], capture_output=True, check=False)
    assert failed.returncode != 0


def test_report_files_travel_unchanged(export, reports):
    path = export()
    assert _member(path, "data/report.pdf") == reports[0].read_bytes()
    assert _member(path, "data/report.xlsx") == reports[1].read_bytes()
    assert len(PdfReader(reports[0]).pages) == 1


def _records(path, kind: str) -> dict:
    return json.loads(_member(path, f"data/records/{kind}.json"))


def test_records_of_the_period_with_schema_and_case_uids(export, uids):
    path = export()
    petitions = _records(path, "petitions")
    assert petitions["schema"] == "hrdesk-records/1"
    assert petitions["period"] == {"label": "2026-Q3", "start": "2026-07-01", "end": "2026-09-30"}
    assert petitions["personal_data"] is False
    got = {p["uid"] for p in petitions["records"]}
    # Received in the period, or decided in it; not the one received in October.
    assert got == {uids[k] for k in ("complaint", "denunciation", "recommendation", "decided")}
    assert petitions["count"] == 4
    assert {t["uid"] for t in _records(path, "tasks")["records"]} == {uids["task"]}
    assert {t["uid"] for t in _records(path, "trainings")["records"]} == {uids["training"]}
    meeting = _records(path, "meetings")["records"][0]
    assert meeting["uid"] == uids["meeting"] and meeting["chair_member_uid"] == uids["head"]
    assert [m["uid"] for m in _records(path, "members")["records"]] == [uids["head"]]
    assert [a["short_name"] for a in _records(path, "agencies")["records"]] == ["STP"]


def _all_text(path) -> str:
    return "\n".join(v.decode("utf-8", "replace") for v in members_of(path).values())


def test_personal_data_is_left_out_by_default(export):
    text = _all_text(export())
    for secret in (
        records.COMPLAINANT,
        records.COMPLAINANT_ADDRESS,
        records.COMPLAINANT_ID,
        records.DENOUNCER,
        records.DENOUNCER_ADDRESS,
        records.RECOMMENDER,
    ):
        assert secret not in text
    assert "petitioners" not in text


def test_personal_data_only_with_the_option_and_never_the_denouncer(export, uids, centre_identity):
    path = opened(export(include_personal_data=True), centre_identity)
    text = _all_text(path)
    assert records.COMPLAINANT in text and records.COMPLAINANT_ADDRESS in text
    assert records.RECOMMENDER in text
    assert records.COMPLAINANT_ID not in text  # ID numbers never travel
    assert records.DENOUNCER not in text and records.DENOUNCER_ADDRESS not in text
    by_uid = {p["uid"]: p for p in _records(path, "petitions")["records"]}
    assert by_uid[uids["denunciation"]]["petitioners"] == []
    assert by_uid[uids["denunciation"]]["identity_confidential"] is True
    assert bag_format.parse_bag_info(_member(path, "bag-info.txt"))["Personal-Data"] == ["included"]


def test_ledger_records_each_package_and_its_fate(sender, export, stick):
    first, second = export(), export()
    with sender.store.reader(sender.actor) as s:
        rows = s.scalars(select(Package).order_by(Package.sequence)).all()
        assert [r.sequence for r in rows] == [1, 2]
        assert rows[0].sha512 == signed_sha512(first) and rows[0].previous_sha512 is None
        assert rows[1].previous_sha512 == rows[0].sha512
        assert rows[1].file_name == second.name and rows[1].written_to == str(stick.resolve())
        assert rows[1].key_id == public_key(sender).key_id_text
        assert {r.status for r in rows} == {"exported"}
        assert rows[0].period_label == "2026-Q3"
    with sender.store.transaction(sender.actor) as s:
        assert mark_uploaded(s, rows[0].uid).status == "uploaded"
        assert mark_acknowledged(s, rows[0].uid).status == "acknowledged"
        assert mark_acknowledged(s, rows[1].uid).status == "acknowledged"
        with pytest.raises(ValidationError, match="cannot become uploaded"):
            mark_uploaded(s, rows[1].uid)


def test_progress_runs_from_start_to_end(export):
    seen: list[float] = []
    export(progress=lambda fraction, _text: seen.append(fraction))
    assert seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen)
    assert seen == sorted(seen)


@pytest.mark.parametrize(
    "stage", ["stage.collecting_records", "stage.signing", "stage.zipping", "stage.writing"]
)
def test_cancel_at_any_stage_leaves_nothing_behind(sender, export, stick, stage):
    asked = {"stop": False}

    def progress(_fraction: float, text: str) -> None:
        asked["stop"] = asked["stop"] or text == stage

    with pytest.raises(Cancelled):
        export(progress=progress, cancelled=lambda: asked["stop"])
    assert list(stick.iterdir()) == []
    assert not list(sender.profile.exports_dir.glob(".staging-*"))
    with sender.store.reader(sender.actor) as s:
        assert s.scalars(select(Package)).all() == []


def test_a_viewer_cannot_export(sender, export, monkeypatch):
    from dataclasses import replace

    from hrdesk.domain.vocab import OfficerRole

    viewer = replace(sender.actor, role=OfficerRole.VIEWER)
    monkeypatch.setattr(sender, "actor", viewer)
    with pytest.raises(PermissionDenied):
        export()


def test_first_package_makes_the_office_key_and_audits_it(sender, export):
    export()
    with sender.store.reader(sender.actor) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "key_created")).one()
        assert public_key(sender).key_id_text in entry.changes


def test_work_folders_left_by_an_interrupted_export_are_swept(sender, export):
    import os
    import time

    left = sender.profile.exports_dir / ".staging-left-by-a-crash"
    (left / "data").mkdir(parents=True)
    (left / "data" / "petitions.json").write_text("personal data")
    recent = sender.profile.exports_dir / ".staging-still-running"
    recent.mkdir()
    day_ago = time.time() - 24 * 3600
    os.utime(left, (day_ago, day_ago))
    export()
    assert not left.exists() and recent.exists()


def test_the_window_can_build_on_a_worker_thread(sender, reports, stick):
    import threading

    from hrdesk.bundles.build import build_package

    result: dict[str, object] = {}

    def work() -> None:
        try:
            result["path"] = build_package(
                sender, "2026-Q3", *reports, stick, progress=lambda f, t: result.update(last=f)
            )
        except Exception as exc:  # handed back to the "main thread" as the window would
            result["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert "error" not in result, result.get("error")
    assert result["last"] == 1.0 and result["path"].exists()
    assert verify_package(result["path"], [public_key(sender)]).ok
