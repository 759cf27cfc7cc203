"""HTTPS to a self-signed centre: refused unless its certificate is pinned; with it pinned,
the real service answers."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from hrdesk.central.app import create_app
from hrdesk.central.config import Settings
from hrdesk.central.service import Centre
from hrdesk.outbox import tus
from hrdesk.outbox.link import CentreLink, http_client
from tests.central.conftest import PASSPHRASE
from tests.conftest import CHEAP_SCRYPT


def self_signed(folder: Path) -> tuple[Path, Path, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "centre.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    (folder / "cert.pem").write_text(pem)
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return folder / "cert.pem", folder / "key.pem", pem


@pytest.fixture
def tls_centre(tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    """The real service over TLS on 127.0.0.1: (url, its certificate, its key file text)."""
    import uvicorn

    cert, key, pem = self_signed(tmp_path)
    settings = Settings(
        data_dir=tmp_path / "centre", database=None, passphrase=PASSPHRASE, scrypt=CHEAP_SCRYPT
    )
    with Centre.open(settings) as centre:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(
            create_app(centre=centre),
            log_level="warning",
            ssl_certfile=str(cert),
            ssl_keyfile=str(key),
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]})
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        try:
            yield f"https://127.0.0.1:{port}", pem, centre.key.public_text()
        finally:
            server.should_exit = True
            thread.join(timeout=30)
            sock.close()


def test_a_self_signed_centre_is_reached_only_with_its_certificate_pinned(
    tls_centre: tuple[str, str, str],
) -> None:
    url, pem, key = tls_centre
    with http_client(CentreLink(url, (key,))) as client, pytest.raises(tus.Unreachable) as no:
        tus.fetch_receipt(client, "0" * 128)
    assert no.value.code == "outbox.certificate_refused"
    with http_client(CentreLink(url, (key,), ca_pem=pem)) as client:
        tus.probe(client)
        assert tus.fetch_receipt(client, "0" * 128) is None
