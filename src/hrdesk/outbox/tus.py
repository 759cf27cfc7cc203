"""One package to the centre over HTTP: tus 1.0 resumable upload, then its receipt.

The tus protocol (https://tus.io/protocols/resumable-upload) is three requests: POST makes
an upload and answers its address, HEAD asks how many bytes the centre holds, PATCH sends
more from there. A line that drops mid-PATCH costs only the bytes in flight: the next try
asks HEAD and goes on. Written over httpx rather than with tuspy, which would bring
requests, aiohttp and tinydb to the desktop and cannot take a pinned certificate.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hrdesk.bundles.progress import Cancelled
from hrdesk.messages import CATALOGUE
from hrdesk.messages.message import Message
from hrdesk.messages.stored import decode_params

if TYPE_CHECKING:
    import httpx

UPLOADS = "/api/v1/uploads/"
TUS = {"Tus-Resumable": "1.0.0"}
CHUNK = 256 * 1024
_REFUSED = re.compile(r"refused: ([\w-]+): (.*)", re.S)
# Refusals that the same bytes may pass later: the office not yet registered at the centre
# (compared in lower case: a centre before its messages' catalogue wrote them so).
_MAY_PASS_LATER = ("not trusted", "no office is registered")


class Unreachable(Exception):
    """The try failed on the way (no network, centre down or busy): try again later."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class Refusal(Exception):
    """The centre said no. `check` is the verifier's check that failed (or "http")."""

    check: str
    reason: str
    retry_helps: bool = False
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.check}: {self.reason}"


def _metadata(name: str) -> str:
    pairs = {"filename": name, "filetype": "application/zip"}
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs.items())


def error_of(answer: httpx.Response) -> str:
    try:
        return str(answer.json().get("error", answer.text))
    except ValueError:
        return answer.text.strip()[:500] or answer.reason_phrase


def _said(answer: httpx.Response) -> Message | None:
    """The centre's reason as a message this version can say in the officer's language, when
    the centre sent its code (one before the codes sent English only)."""
    try:
        body = answer.json()
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    if not isinstance(code, str) or code not in CATALOGUE:
        return None
    return Message(code, decode_params(body.get("params")))


def _judge(answer: httpx.Response) -> None:
    """Raise for an answer that is not success: Unreachable if waiting may help."""
    if answer.status_code < 400:
        return
    if answer.status_code in (408, 425, 429) or answer.status_code >= 500:
        raise Unreachable("outbox.centre_busy", status=answer.status_code)
    if answer.status_code in (401, 403, 404, 405, 407):
        # Not the centre's service at this address, or a proxy in the way: nothing is wrong
        # with the package, and the address or proxy can be put right in Settings.
        raise Unreachable("outbox.not_the_service", status=answer.status_code)
    text = error_of(answer)
    matched = _REFUSED.match(text)
    if matched:
        check, reason = matched.group(1), matched.group(2)
        retry = check == "signature" and any(s in reason.lower() for s in _MAY_PASS_LATER)
        said = _said(answer)
        raise Refusal(check, reason, retry, {"reason": said} if said is not None else {})
    raise Refusal("http", f"{answer.status_code} {text}")


def _call(client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    import httpx

    try:
        return client.request(method, url, **kwargs)
    except httpx.ProxyError as exc:
        raise Unreachable("outbox.proxy_failed", reason=str(exc) or type(exc).__name__) from exc
    except httpx.ConnectError as exc:
        if "CERTIFICATE_VERIFY_FAILED" in str(exc):
            raise Unreachable("outbox.certificate_refused", reason=str(exc)) from exc
        raise Unreachable("outbox.unreachable", reason=str(exc) or type(exc).__name__) from exc
    except httpx.TransportError as exc:
        raise Unreachable("outbox.connection_lost", reason=str(exc) or type(exc).__name__) from exc


def fetch_receipt(client: httpx.Client, sha512: str) -> dict[str, str] | None:
    """The receipt the centre holds for these bytes, or None if it has none."""
    answer = _call(client, "GET", f"/api/v1/receipts/{sha512}")
    if answer.status_code == 404:
        return None
    _judge(answer)
    body = answer.json()
    if not isinstance(body, dict) or "receipt" not in body or "minisig" not in body:
        raise Refusal("http", "the centre's answer is not a receipt")
    return {"receipt": str(body["receipt"]), "minisig": str(body["minisig"])}


def probe(client: httpx.Client) -> None:
    """A cheap request: is the centre there? Raises Unreachable if not."""
    _judge(_call(client, "OPTIONS", UPLOADS, headers=TUS))


def offset_of(client: httpx.Client, url: str) -> int | None:
    """How many bytes of the upload at `url` the centre holds; None if it has forgotten it."""
    answer = _call(client, "HEAD", url, headers=TUS)
    if answer.status_code in (404, 410):
        return None
    _judge(answer)
    value = answer.headers.get("Upload-Offset", "")
    return int(value) if value.isdigit() else None


def create(client: httpx.Client, name: str, size: int) -> str:
    """A new upload at the centre; its address."""
    headers = {**TUS, "Upload-Length": str(size), "Upload-Metadata": _metadata(name)}
    answer = _call(client, "POST", UPLOADS, headers=headers)
    _judge(answer)
    location = answer.headers.get("Location")
    if not location:
        raise Refusal("http", "the centre made no upload (no Location)")
    return location


def send_from(
    client: httpx.Client,
    url: str,
    data: bytes,
    offset: int,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int = CHUNK,
) -> None:
    """PATCH the bytes from `offset` to the end; the last PATCH makes the centre check it."""
    while offset < len(data):
        if cancelled is not None and cancelled():
            raise Cancelled()
        piece = data[offset : offset + chunk]
        headers = {
            **TUS,
            "Upload-Offset": str(offset),
            "Content-Type": "application/offset+octet-stream",
        }
        answer = _call(client, "PATCH", url, content=piece, headers=headers)
        if answer.status_code == 409:  # our offset is not the centre's: ask again
            held = offset_of(client, url)
            if held is None:
                raise Unreachable("outbox.upload_forgotten")
            offset = held
            continue
        _judge(answer)
        value = answer.headers.get("Upload-Offset", "")
        offset = int(value) if value.isdigit() else offset + len(piece)
        if progress is not None:
            progress(offset)
