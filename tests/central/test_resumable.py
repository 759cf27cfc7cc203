"""tus 1.0 resumable uploads with tuspy, the tus project's Python client."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import httpx
import pytest

from hrdesk.central.service import Centre
from tests.central.conftest import LiveServer
from tests.central.factory import Office

tusclient = pytest.importorskip("tusclient.client", reason="tuspy is not installed")


def uploads_left(centre: Centre) -> list[Path]:
    """Uploads and their .info files (tuspyserver's .locks folder aside)."""
    return [p for p in centre.settings.uploads_dir.iterdir() if p.name != ".locks"]


def test_an_upload_cut_off_resumes_where_it_stopped(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path
) -> None:
    package = gia_lai.package(outbox)
    size = package.stat().st_size
    client = tusclient.TusClient(f"{server.url}/api/v1/uploads/")
    metadata = {"filename": package.name, "filetype": "application/zip"}
    first = client.uploader(str(package), chunk_size=4096, metadata=metadata)
    first.upload_chunk()  # then the line drops
    assert first.offset == 4096
    # Later, a new uploader with the same upload's address asks the server where it stopped.
    again = client.uploader(str(package), chunk_size=4096, url=first.url, metadata=metadata)
    assert again.offset == 4096
    again.upload()
    assert again.offset == size
    sha512 = hashlib.sha512(package.read_bytes()).hexdigest()
    receipt = httpx.get(f"{server.url}/api/v1/receipts/{sha512}")
    assert receipt.status_code == 200
    assert json.loads(receipt.json()["receipt"])["sequence"] == 1
    assert centre.files.path_of(sha512).read_bytes() == package.read_bytes()
    assert uploads_left(centre) == []


def test_a_refused_resumable_upload_says_why_and_leaves_nothing(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path
) -> None:
    stranger = Office("Gia Lai").package(outbox)
    client = tusclient.TusClient(f"{server.url}/api/v1/uploads/")
    uploader = client.uploader(
        str(stranger), metadata={"filename": stranger.name, "filetype": "application/zip"}
    )
    with pytest.raises(Exception) as failure:
        uploader.upload()
    assert "422" in str(failure.value) or "not trusted" in str(failure.value)
    assert uploads_left(centre) == []
    assert list(centre.settings.packages_dir.rglob("*.zip")) == []


def test_an_upload_longer_than_the_limit_is_refused_at_creation(
    server: LiveServer, centre: Centre
) -> None:
    answer = httpx.post(
        f"{server.url}/api/v1/uploads/",
        headers={
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(centre.settings.max_upload + 1),
            "Upload-Metadata": "filename cC56aXA=,filetype YXBwbGljYXRpb24vemlw",
        },
    )
    assert answer.status_code == 413
    unnamed = httpx.post(
        f"{server.url}/api/v1/uploads/",
        headers={"Tus-Resumable": "1.0.0", "Upload-Length": "100"},
    )
    assert unnamed.status_code == 400 and "filename" in unnamed.json()["error"]
