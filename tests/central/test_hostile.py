"""Hostile packages the desktop rejects are rejected by the service too: a 4xx with the
reason, nothing kept but the refusal's line, on every database."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from hrdesk.bundles import bagit
from hrdesk.central.models import Package, Refusal
from hrdesk.central.service import Centre
from tests.bundles.hostile import SYMLINK, Raw, deflate_stream, write_zip
from tests.central.conftest import LiveServer
from tests.central.factory import Office


def rewrite(source: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(source) as archive:
        items = {i.filename: archive.read(i) for i in archive.infolist()}
    change(items)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items.items():
            archive.writestr(name, data)
    return target


def folder_of(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()[0].split("/")[0]


def bomb(office: Office, folder: Path) -> Path:
    packed, size, crc = deflate_stream(b"\0" * (1 << 20), 64)  # 64 MiB of zeros
    return write_zip(
        folder / "bomb.zip", [Raw(b"bag/data/zeros.bin", deflated=packed, size=size, crc=crc)]
    )


def traversal(office: Office, folder: Path) -> Path:
    return write_zip(folder / "up.zip", [Raw(b"bag/bagit.txt", b"x"), Raw(b"../evil.txt", b"evil")])


def symlink(office: Office, folder: Path) -> Path:
    return write_zip(
        folder / "link.zip", [Raw(b"bag/data/link", b"/etc/passwd", external_attr=SYMLINK)]
    )


def swapped_signature(office: Office, folder: Path) -> Path:
    first, second = office.package(folder), office.package(folder)
    name = f"{folder_of(first)}/{bagit.SIGNATURE}"
    with zipfile.ZipFile(second) as archive:
        theirs = archive.read(f"{folder_of(second)}/{bagit.SIGNATURE}")
    return rewrite(first, folder / "swapped.zip", lambda items: items.__setitem__(name, theirs))


def edited_bag_info(office: Office, folder: Path) -> Path:
    package = office.package(folder)
    bag = folder_of(package)

    def edit(items: dict[str, bytes]) -> None:
        info = f"{bag}/bag-info.txt"
        items[info] = items[info].replace(
            b"Reporting-Period: 2026-Q3", b"Reporting-Period: 2026-Q4"
        )
        tags = [(n, hashlib.sha512(items[f"{bag}/{n}"]).hexdigest()) for n in bagit.TAG_FILES]
        items[f"{bag}/{bagit.TAG_MANIFEST}"] = bagit.manifest_text(tags)

    return rewrite(package, folder / "edited.zip", edit)


def extra_file(office: Office, folder: Path) -> Path:
    package = office.package(folder)
    bag = folder_of(package)
    return rewrite(
        package, folder / "extra.zip", lambda items: items.__setitem__(f"{bag}/data/x.exe", b"MZ")
    )


HOSTILE = {
    "zip bomb": (bomb, "zip", "zip bomb"),
    "path trick": (traversal, "zip", ".."),
    "symbolic link": (symlink, "zip", "symbolic link"),
    "swapped signature": (swapped_signature, "signature", "does not match"),
    "bag-info edited, manifests redone": (edited_bag_info, "signature", "does not match"),
    "unlisted file": (extra_file, "payload complete", "Not in the manifest"),
}


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_package_is_refused_with_its_reason(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path, kind: str
) -> None:
    make, check, words = HOSTILE[kind]
    path = make(gia_lai, outbox)
    answer = httpx.post(
        f"{server.url}/api/v1/packages",
        content=path.read_bytes(),
        headers={"Content-Type": "application/zip"},
        timeout=60,
    )
    assert answer.status_code == 422, answer.text
    message = answer.json()["error"]
    assert answer.json()["check"] == check and words in message and "\n" not in message
    assert list(centre.settings.packages_dir.rglob("*")) == []
    assert list(centre.files.incoming.iterdir()) == []
    assert not (outbox.parent / "evil.txt").exists()
    with centre.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Package)) == 0
        assert session.scalar(select(Refusal.check_name)) == check
