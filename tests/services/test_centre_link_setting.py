"""The central office's connection is a declared setting of a typed record (CENTRE_LINK):
every part checked where it is set, refused from the catalogue otherwise; a value kept by
an earlier version reads back as it was."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.bundles import sealing
from hrdesk.bundles.minisign import PublicKey
from hrdesk.domain.errors import ValidationError
from hrdesk.outbox.link import CENTRE_LINK, CentreLink, centre_link, connect
from hrdesk.services.settings import write_setting
from hrdesk.store.models import Setting
from tests.conftest import ADMIN


def _key() -> str:
    return PublicKey(b"centre01", Ed25519PrivateKey.generate().public_key().public_bytes_raw())\
        .encoded()  # fmt: skip


def test_connect_keeps_a_record_that_reads_back_the_same(office):
    key = _key()
    _, recipient = sealing.new_identity()
    with office.transaction(ADMIN) as s:
        made = connect(s, "https://tw.example.vn/", [key], proxy="http://proxy:3128",
                       recipient=recipient)  # fmt: skip
    with office.reader(ADMIN) as s:
        assert centre_link(s) == made
    assert made == CentreLink("https://tw.example.vn", (made.keys[0],), None,
                              "http://proxy:3128", recipient)  # fmt: skip


def test_a_value_an_earlier_version_kept_reads_back(office):
    key = _key()
    earlier = {"url": "https://tw.example.vn", "keys": [key], "ca_pem": None, "proxy": None}
    with office.transaction(ADMIN) as s:
        s.add(Setting(key="outbox.centre", value=json.dumps({**earlier, "recipient": None})))
    with office.reader(ADMIN) as s:
        link = centre_link(s)
    assert link is not None and link.url == "https://tw.example.vn" and link.keys == (key,)


@pytest.mark.parametrize(
    "value",
    ["https://tw.example.vn", ["https://tw.example.vn"], {"url": 5, "keys": ["k"]},
     {"url": "https://tw.example.vn", "keys": "k"}, {"url": "https://tw.example.vn",
     "keys": ["k"], "password": "x"}, {"url": "https://tw.example.vn", "keys": [1]}],
)  # fmt: skip
def test_anything_but_a_connection_record_is_refused(office, value):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as refused:
        write_setting(s, CENTRE_LINK, value)
    assert refused.value.code == "settings.bad_value"
    assert refused.value.text("vi").startswith("Kết nối với văn phòng trung ương phải là")
    with office.reader(ADMIN) as s:
        assert centre_link(s) is None


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ({"url": "ftp://tw.example.vn", "keys": ["K"]}, "outbox.url_not_web"),
        ({"url": "http://tw.example.vn", "keys": ["K"]}, "outbox.url_needs_https"),
        ({"url": "https://tw.example.vn", "keys": []}, "outbox.key_needed"),
        ({"url": "https://tw.example.vn", "keys": ["not a key"]}, "outbox.key_not_valid"),
        ({"url": "https://tw.example.vn", "keys": ["K"], "ca_pem": "x"}, "outbox.ca_not_valid"),
        ({"url": "https://tw.example.vn", "keys": ["K"], "proxy": "tw"}, "outbox.proxy_not_valid"),
    ],
)
def test_a_record_with_a_bad_part_is_refused_as_connect_refuses_it(office, value, code):
    value = {**value, "keys": [_key() if k == "K" else k for k in value["keys"]]}
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as refused:
        write_setting(s, CENTRE_LINK, value)
    assert refused.value.code == code


def test_a_damaged_stored_value_reads_as_not_connected(office):
    with office.transaction(ADMIN) as s:
        s.add(Setting(key="outbox.centre", value=json.dumps({"url": "https://x"})))
    with office.reader(ADMIN) as s:
        assert centre_link(s) is None
