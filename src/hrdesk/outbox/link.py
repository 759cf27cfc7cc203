"""The connection to the central office's service: its address, its pinned keys, and how
to reach it (`hrdesk outbox connect`, Settings → Central office).

HTTPS is checked against the system's certificate authorities, or against a certificate
(the centre's own, or its CA) pinned here for a self-signed deployment. Plain http is
allowed only to this computer (a centre running beside the desk, as in tests and demos).
The system proxy is honoured (environment, or Windows' settings) unless one is set here.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from hrdesk.bundles import sealing
from hrdesk.bundles.minisign import MinisignError, PublicKey, parse_public_key
from hrdesk.domain.errors import ValidationError
from hrdesk.services.office import get_setting, set_setting

if TYPE_CHECKING:
    import httpx

SETTING = "outbox.centre"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
TIMEOUT = 30.0


@dataclass(frozen=True)
class CentreLink:
    url: str  # no trailing slash
    keys: tuple[str, ...]  # minisign public key files' text, as pinned
    ca_pem: str | None = None  # a certificate or CA to trust instead of the system's
    proxy: str | None = None  # None: the system's proxy
    recipient: str | None = None  # the centre's age key: packages with personal data sealed

    def public_keys(self) -> list[PublicKey]:
        return [parse_public_key(text) for text in self.keys]

    @property
    def key_ids(self) -> list[str]:
        return [key.key_id_text for key in self.public_keys()]


def check_url(url: str, field: str = "url") -> str:
    """The centre's address, normalised; ValidationError unless https, or http to here."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise ValidationError(field, "outbox.url_not_web", url=url)
    if parts.scheme == "http" and not _local(host):
        raise ValidationError(field, "outbox.url_needs_https", url=url)
    return url


def _local(host: str) -> bool:
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_key(text: str, field: str) -> str:
    try:
        parse_public_key(text)
    except MinisignError as exc:
        raise ValidationError(field, "outbox.key_not_valid", reason=exc) from None
    return text.removeprefix("\ufeff").strip() + "\n"


def _check_ca(pem: str) -> str:
    try:
        ssl.create_default_context(cadata=pem)
    except (ssl.SSLError, ValueError) as exc:
        raise ValidationError("ca", "outbox.ca_not_valid", reason=str(exc)) from None
    return pem


def _check_proxy(proxy: str) -> str:
    parts = urlsplit(proxy.strip())
    if parts.scheme not in ("http", "https", "socks5") or not parts.hostname:
        raise ValidationError("proxy", "outbox.proxy_not_valid", proxy=proxy)
    return proxy.strip()


def connect(
    session: Session,
    url: str,
    key_texts: list[str],
    *,
    ca_pem: str | None = None,
    proxy: str | None = None,
    recipient: str | None = None,
) -> CentreLink:
    """Pin the centre (administrator): its address, one or more public keys (the current
    one and the next, during a change of key), a certificate to trust, a proxy, and the
    recipient key packages with personal data are sealed to (`bundles.sealing`)."""
    if not key_texts:
        raise ValidationError("key", "outbox.key_needed")
    link = CentreLink(
        check_url(url),
        tuple(_check_key(text, "key") for text in key_texts),
        _check_ca(ca_pem) if ca_pem else None,
        _check_proxy(proxy) if proxy else None,
        sealing.parse_recipient(recipient) if recipient else None,
    )
    value = {"url": link.url, "keys": list(link.keys), "ca_pem": link.ca_pem, "proxy": link.proxy}
    set_setting(session, SETTING, {**value, "recipient": link.recipient})
    return link


def centre_link(session: Session) -> CentreLink | None:
    """The pinned centre, or None when this office sends by hand."""
    value = get_setting(session, SETTING)
    if not value:
        return None
    return CentreLink(
        value["url"],
        tuple(value["keys"]),
        value.get("ca_pem"),
        value.get("proxy"),
        value.get("recipient"),
    )


def http_client(link: CentreLink, timeout: float = TIMEOUT) -> httpx.Client:
    """A client for the centre: its certificate checked (against the pinned one if any),
    the system proxy honoured unless one is set."""
    import httpx

    if link.ca_pem:
        verify: ssl.SSLContext | bool = ssl.create_default_context(cadata=link.ca_pem)
    else:
        verify = ssl.create_default_context()
    return httpx.Client(
        base_url=link.url,
        verify=verify,
        proxy=link.proxy,
        trust_env=link.proxy is None,
        timeout=httpx.Timeout(timeout, connect=10.0),
        headers={"User-Agent": "HR Desk outbox"},
    )


class LineCutter:
    """Cuts a client's connections from another thread, at once: closing a socket does not
    wake a thread blocked reading it, shutting it down does. The window uses it to stop an
    upload the moment it closes; where it cannot reach the sockets (through a proxy), the
    request ends at its timeout instead."""

    def __init__(self) -> None:
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.cut_off = False

    def install(self, client: httpx.Client) -> None:
        import httpcore

        cutter = self

        class _Backend(httpcore.SyncBackend):
            def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
                stream = super().connect_tcp(*args, **kwargs)
                sock = stream.get_extra_info("socket")
                with cutter._lock:
                    cutter._sockets.append(sock)
                    if cutter.cut_off:
                        _shut(sock)
                return stream

        pool = getattr(getattr(client, "_transport", None), "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            pool._network_backend = _Backend()

    def cut(self) -> None:
        with self._lock:
            self.cut_off = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
