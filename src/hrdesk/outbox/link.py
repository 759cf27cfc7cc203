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
from hrdesk.domain.settings import SettingVar
from hrdesk.messages import Localized
from hrdesk.services.settings import read_setting, write_setting

if TYPE_CHECKING:
    import httpx

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


_FIELDS = ("url", "keys", "ca_pem", "proxy", "recipient")


def _link_record(var: SettingVar[CentreLink | None], value: object) -> CentreLink | None:
    """The stored connection as a CentreLink, every part checked as `connect` checks it;
    anything but such a record (or None: not connected) is refused."""
    if value is None or isinstance(value, CentreLink):
        return value
    if not isinstance(value, dict) or not set(value) <= set(_FIELDS):
        raise var.refusal(_shown(value))
    url, keys = value.get("url"), value.get("keys")
    optional = [value.get(name) for name in _FIELDS[2:]]
    if (
        not isinstance(url, str)
        or not isinstance(keys, list | tuple)
        or not all(isinstance(text, str) for text in keys)
        or not all(part is None or isinstance(part, str) for part in optional)
    ):
        raise var.refusal(_shown(value))
    if not keys:
        raise ValidationError("key", "outbox.key_needed")
    ca_pem, proxy, recipient = optional
    return CentreLink(
        check_url(url),
        tuple(_check_key(text, "key") for text in keys),
        _check_ca(ca_pem) if ca_pem else None,
        _check_proxy(proxy) if proxy else None,
        sealing.parse_recipient(recipient) if recipient else None,
    )


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _link_json(link: CentreLink | None) -> object:
    if link is None:
        return None
    return {
        "url": link.url,
        "keys": list(link.keys),
        "ca_pem": link.ca_pem,
        "proxy": link.proxy,
        "recipient": link.recipient,
    }


# The pinned centre: set by `hrdesk outbox connect` or Settings › Central office, which
# check more than its type (so `hrdesk settings` neither lists nor sets it).
CENTRE_LINK: SettingVar[CentreLink | None] = SettingVar(
    "outbox.centre",
    Localized("Kết nối với văn phòng trung ương", "Connection to the central office"),
    None,
    Localized(
        "bản ghi kết nối (địa chỉ, khóa công khai, chứng chỉ, proxy, khóa niêm phong)",
        "connection record (address, public keys, certificate, proxy, sealing key)",
    ),
    _link_record,
    changed_with=Localized(
        "lệnh hrdesk outbox connect, hoặc Cài đặt › Văn phòng trung ương",
        "the command hrdesk outbox connect, or Settings › Central office",
    ),
    _dump=_link_json,
)


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
    given = {"url": url, "keys": list(key_texts), "ca_pem": ca_pem}
    link = write_setting(session, CENTRE_LINK, {**given, "proxy": proxy, "recipient": recipient})
    assert link is not None  # a record given, a record checked
    return link


def centre_link(session: Session) -> CentreLink | None:
    """The pinned centre, or None when this office sends by hand."""
    return read_setting(session, CENTRE_LINK)


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
