"""The store is given its clock and its scrypt cost (store/options.py); nothing else pins
them. The program's defaults are Vietnam's date and the full cost."""

from __future__ import annotations

from datetime import date, datetime

from hrdesk.bundles import keystore
from hrdesk.domain.access import SYSTEM
from hrdesk.domain.formatting import VIETNAM_FIXED
from hrdesk.profile import Profile
from hrdesk.services.common import today
from hrdesk.signin import create_profile, sign_in
from hrdesk.store.database import Store
from hrdesk.store.keyfile import KeyFile
from hrdesk.store.options import DEFAULTS, ScryptCost, StoreOptions
from tests.conftest import CHEAP_SCRYPT, pinned, set_today


def test_by_default_today_is_vietnams_date(profile):
    before = datetime.now(VIETNAM_FIXED).date()
    with Store.open(profile) as store, store.reader(SYSTEM) as session:
        seen = today(session)
    assert before <= seen <= datetime.now(VIETNAM_FIXED).date()
    assert store.options is DEFAULTS


def test_a_store_reads_the_clock_it_was_given(profile):
    days = iter([date(2030, 1, 2), date(2030, 1, 3)])
    options = StoreOptions(today=lambda: next(days))
    with Store.open(profile, options=options) as store, store.reader(SYSTEM) as session:
        assert today(session) == date(2030, 1, 2)
        assert today(session) == date(2030, 1, 3)  # asked each time, never cached


def test_a_pinned_clock_moves_for_every_session_of_its_store(store):
    set_today(store, date(2027, 2, 16))
    with store.reader(SYSTEM) as first, store.reader(SYSTEM) as second:
        assert today(first) == today(second) == date(2027, 2, 16)


def test_the_default_cost_is_the_full_one():
    assert (DEFAULTS.scrypt.n, DEFAULTS.scrypt.r, DEFAULTS.scrypt.p) == (2**17, 8, 1)
    assert KeyFile.load(Profile("/nonexistent").keys_path).cost == DEFAULTS.scrypt


def test_a_slot_keeps_its_cost_and_is_read_with_it(tmp_path):
    path = tmp_path / "keys.json"
    cheap = KeyFile.load(path, ScryptCost(n=2**11, r=4))
    cheap.add_slot("quantri", "mật khẩu đủ dài", b"k" * 32)
    slot = KeyFile.load(path).data["slots"]["quantri"]
    assert (slot["n"], slot["r"], slot["p"]) == (2**11, 4, 1)
    # Read back by a key file that would write at the full cost: the slot's own n/r/p.
    assert KeyFile.load(path).unwrap("quantri", "mật khẩu đủ dài") == b"k" * 32


def test_a_wrapped_secret_keeps_its_cost():
    blob = keystore.wrap(b"seed", "cụm mật khẩu", b"aad", ScryptCost(n=2**10))
    assert (blob["n"], blob["r"], blob["p"]) == (2**10, 8, 1)
    assert keystore.unwrap(blob, "cụm mật khẩu", b"aad") == b"seed"


def test_a_desk_carries_its_options_to_the_store_and_the_key_file(tmp_path):
    options = pinned(date(2026, 12, 24))
    root = Profile(tmp_path / "profile")
    with create_profile(
        root, username="quantri", password="mật khẩu đủ dài", full_name="Q", options=options
    ) as desk:
        assert desk.store.options is options and desk.keyfile.cost == CHEAP_SCRYPT
        assert desk.keyfile.data["slots"]["quantri"]["n"] == CHEAP_SCRYPT.n
        with desk.store.reader(desk.actor) as session:
            assert today(session) == date(2026, 12, 24)
    desk = sign_in(root, "quantri", "mật khẩu đủ dài", options=options)
    with desk, desk.store.reader(desk.actor) as session:
        assert today(session) == date(2026, 12, 24)
