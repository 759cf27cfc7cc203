"""Any change to a package is rejected, with the check that caught it named."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdesk.bundles import bagit as bag_format
from hrdesk.bundles import minisign
from hrdesk.bundles.build import build_package
from hrdesk.bundles.keys import office_key
from hrdesk.bundles.verify import SenderState, signed_sha512, verify_package
from tests.bundles import records
from tests.bundles.conftest import PERIOD, SENDER, members_of, new_desk, rewrite
from tests.conftest import MemoryKeyring

UNZIP = shutil.which("unzip")


@dataclass(frozen=True)
class Built:
    first: Path
    second: Path
    key: minisign.PublicKey
    other_office_package: Path
    other_key: minisign.PublicKey


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """Two packages of one office and one of another, made once for the whole module."""
    from keyring.backend import KeyringBackend

    root = tmp_path_factory.mktemp("tamper")
    previous = keyring.get_keyring()
    keyring.set_keyring(type("ModuleKeyring", (MemoryKeyring, KeyringBackend), {})())
    try:
        stick = root / "stick"
        stick.mkdir()
        pdf, xlsx = records.report_files(root / "rendered")
        desk = new_desk(root / "gia-lai", "Gia Lai", SENDER)
        other = new_desk(root / "kon-tum", "Quảng Ngãi", "Ban Chỉ đạo tỉnh Quảng Ngãi")
        with desk.store.transaction(desk.actor) as s:
            records.fill(s)
        first = build_package(desk, PERIOD, pdf, xlsx, stick)
        second = build_package(desk, PERIOD, pdf, xlsx, stick)
        foreign = build_package(other, PERIOD, pdf, xlsx, stick)
        yield Built(
            first,
            second,
            office_key(desk.profile).public,
            foreign,
            office_key(other.profile).public,
        )
        desk.close(backup=False)
        other.close(backup=False)
    finally:
        keyring.set_keyring(previous)


def _folder(path: Path) -> str:
    return path.name.removesuffix(".zip")


def _reason(report) -> tuple[str, str]:
    assert not report.ok, report.lines()
    return report.failure.name, report.failure.detail


MEMBERS = [
    ("bagit.txt", "tag manifest"),
    ("bag-info.txt", "tag manifest"),
    ("manifest-sha512.txt", "tag manifest"),
    ("tagmanifest-sha512.txt", "signature"),
    ("tagmanifest-sha512.txt.minisig", "signature"),
    ("data/report.pdf", "payload"),
    ("data/report.xlsx", "payload"),
    ("data/records/petitions.json", "payload"),
    ("data/records/members.json", "payload"),
]


@pytest.mark.parametrize(("member", "caught_by"), MEMBERS)
@pytest.mark.parametrize("where", [0.0, 0.5, 0.999])
def test_a_flipped_byte_in_any_file_is_rejected(built, tmp_path, member, caught_by, where):
    name = f"{_folder(built.first)}/{member}"

    def flip(items: dict[str, bytes]) -> None:
        data = bytearray(items[name])
        data[int(where * (len(data) - 1))] ^= 0x01
        items[name] = bytes(data)

    changed = rewrite(built.first, tmp_path / built.first.name, flip)
    check, _ = _reason(verify_package(changed, [built.key]))
    assert check == caught_by


def test_a_removed_payload_file_is_rejected(built, tmp_path):
    name = f"{_folder(built.first)}/data/report.xlsx"
    changed = rewrite(built.first, tmp_path / "x.zip", lambda items: items.pop(name))
    assert _reason(verify_package(changed, [built.key])) == (
        "payload complete",
        "Listed but missing: data/report.xlsx",
    )


@pytest.mark.parametrize("tag", ["bagit.txt", "bag-info.txt", "tagmanifest-sha512.txt.minisig"])
def test_a_removed_tag_file_is_rejected(built, tmp_path, tag):
    name = f"{_folder(built.first)}/{tag}"
    changed = rewrite(built.first, tmp_path / "x.zip", lambda items: items.pop(name))
    check, detail = _reason(verify_package(changed, [built.key]))
    assert check in ("signature", "tag manifest") and "missing" in detail


@pytest.mark.parametrize(
    ("added", "caught_by"),
    [
        ("data/extra.pdf", "payload complete"),
        ("data/records/secret.json", "payload complete"),
        ("manifest-md5.txt", "tag manifest"),
        ("README.txt", "tag manifest"),
    ],
)
def test_an_added_file_is_rejected(built, tmp_path, added, caught_by):
    name = f"{_folder(built.first)}/{added}"
    changed = rewrite(
        built.first, tmp_path / "x.zip", lambda items: items.__setitem__(name, b"added\n")
    )
    check, detail = _reason(verify_package(changed, [built.key]))
    assert check == caught_by and added.rsplit("/", 1)[-1] in detail


def test_a_renamed_file_is_rejected(built, tmp_path):
    folder = _folder(built.first)

    def rename(items: dict[str, bytes]) -> None:
        items[f"{folder}/data/report-final.pdf"] = items.pop(f"{folder}/data/report.pdf")

    changed = rewrite(built.first, tmp_path / "x.zip", rename)
    assert _reason(verify_package(changed, [built.key]))[0] == "payload complete"


def test_a_signature_swapped_from_another_package_is_rejected(built, tmp_path):
    sig = "tagmanifest-sha512.txt.minisig"
    theirs = members_of(built.second)[f"{_folder(built.second)}/{sig}"]
    name = f"{_folder(built.first)}/{sig}"
    changed = rewrite(
        built.first, tmp_path / "x.zip", lambda items: items.__setitem__(name, theirs)
    )
    assert _reason(verify_package(changed, [built.key])) == (
        "signature",
        "The signature does not match the signed file",
    )


def test_a_package_signed_by_another_office_is_not_trusted(built):
    check, detail = _reason(verify_package(built.other_office_package, [built.key]))
    assert check == "signature" and "not trusted here" in detail
    assert verify_package(built.other_office_package, [built.other_key]).ok


def test_an_edited_bag_info_is_rejected_even_with_the_manifests_redone(built, tmp_path):
    folder = _folder(built.first)
    info = f"{folder}/bag-info.txt"

    def edit(items: dict[str, bytes]) -> None:
        items[info] = items[info].replace(b"Package-Sequence: 1", b"Package-Sequence: 9")

    plain = rewrite(built.first, tmp_path / "a.zip", edit)
    assert _reason(verify_package(plain, [built.key])) == (
        "tag manifest",
        "The file bag-info.txt was changed (SHA-512 differs)",
    )

    def edit_and_rehash(items: dict[str, bytes]) -> None:
        edit(items)
        tags = [
            (n, __import__("hashlib").sha512(items[f"{folder}/{n}"]).hexdigest())
            for n in bag_format.TAG_FILES
        ]
        items[f"{folder}/tagmanifest-sha512.txt"] = bag_format.manifest_text(tags)

    redone = rewrite(built.first, tmp_path / "b.zip", edit_and_rehash)
    assert _reason(verify_package(redone, [built.key]))[0] == "signature"


def test_a_replayed_package_is_rejected_when_the_sender_is_known(built):
    info = verify_package(built.first, [built.key]).info
    seen = SenderState(SENDER, 2, signed_sha512(built.second), frozenset({info.uid}))
    check, detail = _reason(verify_package(built.first, [built.key], seen))
    assert check == "chain" and "already received" in detail
    older = SenderState(SENDER, 2, signed_sha512(built.second))
    check, detail = _reason(verify_package(built.first, [built.key], older))
    assert check == "chain" and "not after the last one" in detail


def test_the_next_package_must_name_the_last_one(built):
    right = SenderState(SENDER, 1, signed_sha512(built.first))
    assert verify_package(built.second, [built.key], right).ok
    wrong = SenderState(SENDER, 1, "0" * 128)
    check, detail = _reason(verify_package(built.second, [built.key], wrong))
    assert check == "chain" and "previous hash differs" in detail


def _contents(path: Path) -> dict[str, bytes] | None:
    try:
        return members_of(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_changes_inside_members_are_all_rejected(built, tmp_path, data):
    original = members_of(built.first)
    names = sorted(original)
    name = data.draw(st.sampled_from(names), label="member")
    content = bytearray(original[name])
    flips = data.draw(
        st.lists(
            st.tuples(st.integers(0, max(len(content) - 1, 0)), st.integers(1, 255)),
            min_size=1,
            max_size=4,
        ),
        label="flips",
    )
    for offset, mask in flips:
        content[offset] ^= mask
    changed = rewrite(
        built.first, tmp_path / "m.zip", lambda items: items.__setitem__(name, bytes(content))
    )
    report = verify_package(changed, [built.key])
    if bytes(content) == original[name]:
        assert report.ok  # flips that cancel out change nothing
    else:
        assert not report.ok, (name, flips)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_bytes_flipped_in_the_zip_file_are_rejected_or_change_nothing(built, tmp_path, data):
    raw = bytearray(built.first.read_bytes())
    flips = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255)), min_size=1, max_size=3
        )
    )
    for offset, mask in flips:
        raw[offset] ^= mask
    changed = tmp_path / "raw.zip"
    changed.write_bytes(bytes(raw))
    report = verify_package(changed, [built.key])
    if report.ok:
        # Only zip bookkeeping changed (a date, a spare field): every file reads the same,
        # to Python's zipfile and to stock unzip.
        assert _contents(changed) == members_of(built.first), flips
        if UNZIP:
            listing = subprocess.run([UNZIP, "-Z1", str(changed)], capture_output=True)
            names = listing.stdout.decode().split()
            assert sorted(names) == sorted(members_of(built.first)), flips
            for name in names:
                piped = subprocess.run([UNZIP, "-p", str(changed), name], capture_output=True)
                assert piped.returncode == 0 and piped.stdout == members_of(built.first)[name]
