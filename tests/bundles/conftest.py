"""A sending office and a receiving office, each a real protected profile, and packages."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.bundles.build import build_package
from hrdesk.bundles.keys import office_key
from hrdesk.bundles.minisign import PublicKey
from hrdesk.profile import Profile
from hrdesk.services import office
from hrdesk.signin import Desk, create_profile
from tests.bundles import records
from tests.conftest import pinned

PASSWORD = "mật khẩu của quản trị"
SENDER = "Ban Chỉ đạo về quyền con người tỉnh Gia Lai"
RECEIVER = "Văn phòng thường trực Ban Chỉ đạo 70"
PERIOD = "2026-Q3"


def new_desk(root: Path, province: str, name: str) -> Desk:
    desk = create_profile(
        Profile(root),
        username="quantri",
        password=PASSWORD,
        full_name="Nguyễn Quản Trị",
        options=pinned(),
    )
    with desk.store.transaction(desk.actor) as s:
        office.setup_office(s, province=province, name=name, parent_body="ỦY BAN NHÂN DÂN")
    return desk


@pytest.fixture
def sending_office(tmp_path: Path) -> Iterator[tuple[Desk, dict[str, str]]]:
    desk = new_desk(tmp_path / "gia-lai", "Gia Lai", SENDER)
    with desk.store.transaction(desk.actor) as s:
        uids = records.fill(s)
    yield desk, uids
    desk.close(backup=False)


@pytest.fixture
def sender(sending_office: tuple[Desk, dict[str, str]]) -> Desk:
    """The Gia Lai office, with records in and around 2026-Q3."""
    return sending_office[0]


@pytest.fixture
def uids(sending_office: tuple[Desk, dict[str, str]]) -> dict[str, str]:
    """The uids of the sender's records (see records.fill)."""
    return sending_office[1]


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Desk]:
    desk = new_desk(tmp_path / "central", "Hà Nội", RECEIVER)
    yield desk
    desk.close(backup=False)


@pytest.fixture
def reports(tmp_path: Path) -> tuple[Path, Path]:
    return records.report_files(tmp_path / "rendered")


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def export(sender: Desk, reports: tuple[Path, Path], stick: Path) -> Callable[..., Path]:
    """Export one of the sender's packages to the stick: export(period=…, **options)."""

    def run(period: str = PERIOD, desk: Desk = sender, **options: object) -> Path:
        return build_package(desk, period, *reports, stick, **options)  # type: ignore[arg-type]

    return run


def public_key(desk: Desk) -> PublicKey:
    key = office_key(desk.profile)
    assert key is not None
    return key.public


def write_pub(desk: Desk, path: Path) -> Path:
    key = office_key(desk.profile)
    assert key is not None
    path.write_text(key.public_key_text(), encoding="ascii")
    return path


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def rewrite(source: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """Copy a package zip, letting `change` edit, add or drop members by name first."""
    items = members_of(source)
    change(items)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items.items():
            archive.writestr(name, data)
    return target


def unzip(path: Path, folder: Path) -> Path:
    """Unpack with the standard library (as an office would) and return the bag folder."""
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    (bag,) = list(folder.iterdir())
    return bag


def copy(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(path, folder / path.name))


@pytest.fixture
def centre_identity(sender: Desk) -> str:
    """The sender pinned to a centre with a fresh age recipient key; returns its identity
    (the centre's secret), so a test can open what the sender seals."""
    from hrdesk.bundles import sealing
    from hrdesk.outbox.link import connect

    identity, recipient = sealing.new_identity()
    centre_key = PublicKey(
        b"centre01", Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    )
    with sender.store.transaction(sender.actor) as s:
        connect(s, "http://127.0.0.1:9", [centre_key.encoded()], recipient=recipient)
    return identity


def opened(sealed: Path, identity: str) -> Path:
    """The signed zip inside a sealed package, opened beside it as the centre would."""
    from hrdesk.bundles import sealing

    target = sealed.parent / f"opened-{sealed.name.removesuffix(sealing.SUFFIX)}"
    sealing.unseal(sealed, target, identity)
    return target
