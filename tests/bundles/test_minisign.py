"""minisign's formats, written by `cryptography` and read strictly; the stock tool agrees."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.bundles import minisign
from hrdesk.bundles.minisign import MinisignError

HAS_MINISIGN = shutil.which("minisign") is not None
DATA = b"tag manifest bytes\n"
COMMENT = "hrdesk-package uid:x sequence:1 office:Ban Chỉ đạo tỉnh Gia Lai"


@pytest.fixture
def pair() -> tuple[Ed25519PrivateKey, minisign.PublicKey]:
    secret = Ed25519PrivateKey.generate()
    return secret, minisign.PublicKey(os.urandom(8), secret.public_key().public_bytes_raw())


def test_round_trip(pair):
    secret, public = pair
    text = minisign.sign(secret, public.key_id, DATA, COMMENT)
    signature = minisign.parse_signature(text)
    assert signature.trusted_comment == COMMENT
    minisign.verify(signature, minisign.parse_public_key(public.encoded()), DATA)


def test_key_id_is_shown_as_a_little_endian_u64():
    raw = bytes(range(1, 9))
    assert minisign.key_id_text(raw) == "0807060504030201"
    assert minisign.key_id_bytes("0807060504030201") == raw


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace(COMMENT, COMMENT + " forged"),
        lambda t: t.replace("trusted comment: ", "trusted comment:  "),
        lambda t: t + "\n",
        lambda t: t.replace("\n", "\r\n"),
    ],
)
def test_changed_signature_files_are_refused(pair, change):
    secret, public = pair
    text = change(minisign.sign(secret, public.key_id, DATA, COMMENT))
    with pytest.raises(MinisignError):
        minisign.verify(minisign.parse_signature(text), public, DATA)


def test_base64_must_be_in_its_one_canonical_form(pair):
    secret, public = pair
    lines = minisign.sign(secret, public.key_id, DATA, COMMENT).split("\n")
    # 74 bytes leave 2 unused bits in the last character before "=": flip one of them.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = lines[1][-2]
    other = alphabet[alphabet.index(last) ^ 1]
    changed = lines[1][:-2] + other + "="
    assert base64.b64decode(changed) == base64.b64decode(lines[1])  # same bytes …
    lines[1] = changed
    with pytest.raises(MinisignError, match="wrong length or form"):  # … still refused
        minisign.parse_signature("\n".join(lines))


def test_another_key_or_other_data_fail(pair):
    secret, public = pair
    signature = minisign.parse_signature(minisign.sign(secret, public.key_id, DATA, COMMENT))
    with pytest.raises(MinisignError, match="does not match the signed file"):
        minisign.verify(signature, public, DATA + b"x")
    other = minisign.PublicKey(os.urandom(8), public.key)
    with pytest.raises(MinisignError, match="Signed with key"):
        minisign.verify(signature, other, DATA)


def test_only_prehashed_signatures_are_accepted(pair):
    secret, public = pair
    text = minisign.sign(secret, public.key_id, DATA, COMMENT).split("\n")
    legacy = base64.b64decode(text[1])
    text[1] = base64.b64encode(b"Ed" + legacy[2:]).decode()
    with pytest.raises(MinisignError, match="prehashed"):
        minisign.parse_signature("\n".join(text))


@pytest.mark.skipif(not HAS_MINISIGN, reason="minisign is not installed")
def test_stock_minisign_verifies_ours_and_we_verify_its(pair, tmp_path):
    secret, public = pair
    (tmp_path / "ours.pub").write_text(public.encoded())
    (tmp_path / "f").write_bytes(DATA)
    (tmp_path / "f.minisig").write_text(minisign.sign(secret, public.key_id, DATA, COMMENT))
    done = subprocess.run(
        ["minisign", "-Vm", "f", "-p", "ours.pub"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0 and COMMENT in done.stdout
    subprocess.run(
        ["minisign", "-G", "-W", "-p", "theirs.pub", "-s", "theirs.key"],
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    (tmp_path / "g").write_bytes(DATA)
    subprocess.run(
        ["minisign", "-S", "-s", "theirs.key", "-m", "g", "-t", "made by minisign"],
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    theirs = minisign.parse_public_key((tmp_path / "theirs.pub").read_text())
    signature = minisign.parse_signature((tmp_path / "g.minisig").read_text())
    minisign.verify(signature, theirs, DATA)
    assert signature.trusted_comment == "made by minisign"
