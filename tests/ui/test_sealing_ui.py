"""Settings → Central office takes the centre's recipient key (typed, or its file), and a
bad one is refused in words; the key is then what packages with personal data are
sealed to."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.bundles import sealing
from hrdesk.bundles.minisign import PublicKey
from hrdesk.outbox.link import centre_link
from hrdesk.signin import Desk
from tests.ui.conftest import settle


def test_the_recipient_key_is_pinned_from_settings(window, demo_desk: Desk, tmp_path: Path):
    raw = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    key = tmp_path / "centre.pub"
    key.write_text(PublicKey(b"centre03", raw).encoded(), encoding="utf-8")
    _, recipient = sealing.new_identity()
    window.navigate("settings")
    settle()
    tab = window.page("settings").centre
    tab.url.setText("http://127.0.0.1:9")
    tab.key.setText(str(key))
    tab.recipient.setText("age1notakey")
    tab.connect_button.click()
    settle()
    assert "recipient key is not a valid age key" in tab.message.text()
    with demo_desk.store.reader(demo_desk.actor) as session:
        assert centre_link(session) is None
    recipients = tmp_path / "centre-recipient.txt"
    recipients.write_text(sealing.recipient_file_text(recipient), encoding="ascii")
    tab.recipient.setText(str(recipients))
    tab.connect_button.click()
    settle()
    assert tab.message.text().startswith("Connected to http://127.0.0.1:9")
    with demo_desk.store.reader(demo_desk.actor) as session:
        link = centre_link(session)
    assert link is not None and link.recipient == recipient
    assert tab.recipient.text() == recipient  # shown as pinned
