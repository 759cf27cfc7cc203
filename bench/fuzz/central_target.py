"""The central service's upload endpoints, in process (Starlette's TestClient): POST
/api/v1/packages with the package as its body, and a resumable (tus) upload created with
fuzzed headers and sent in one or more PATCHes. A clean refusal is a 4xx answer with a
JSON {"error": …}; a 5xx, a body that is not that, or an exception is a crash."""

from __future__ import annotations

import base64
import hashlib
import logging
import random
from pathlib import Path
from typing import Any

from bench.fuzz import mutate as mu
from bench.fuzz.harness import Crash, Files, Harness
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

HOW, BODY = "how", "body"
# The centre's age identity in the harness: a test key, fixed so saved inputs stay valid.
IDENTITY = "AGE-SECRET-KEY-102G24JXNC7A3VAMM8RUF6CTT0P09GN6ZPF4ND5M845E40XZMYN4SFX928J"
POST, TUS = b"post", b"tus"
METADATA = (
    "filename "
    + base64.b64encode(b"p.zip").decode()
    + ",filetype "
    + base64.b64encode(b"application/zip").decode()
)


class _Unexpected(logging.Handler):
    """Keeps what the service's catch-all logged, so a 500 names its exception."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.last: BaseException | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.last = record.exc_info[1]


def _tus_how(metadata: str = METADATA, length: int = 0, offset: int = 0, chunks: int = 1) -> bytes:
    lines = [f"metadata={metadata}", f"length={length}", f"offset={offset}", f"chunks={chunks}"]
    return b"tus\n" + "\n".join(lines).encode()


def _number(fields: dict[str, str], name: str) -> int:
    try:
        return int(fields.get(name, "0"))
    except ValueError:
        return 0


class CentralTarget(Harness):
    """The centre on SQLite in its own folder, one office of Gia Lai registered."""

    name = "central"
    names = (HOW, BODY)

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from fastapi.testclient import TestClient
        from tests.central.factory import Office

        from hrdesk.bundles import sealing
        from hrdesk.central.app import create_app
        from hrdesk.central.config import Settings
        from hrdesk.central.offices import add_office
        from hrdesk.central.recipient_key import CentreRecipient
        from hrdesk.central.service import Centre

        settings = Settings(data_dir=self.work / "centre", passphrase="the centre key passphrase")
        self.centre = Centre.open(settings)
        # Fixed keys, so a saved crash is the same input to every later set-up (a package
        # signed by an office the centre knows, sealed to the centre's recipient).
        self.centre.recipient = CentreRecipient(IDENTITY, sealing.recipient_of(IDENTITY))
        secret = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"fuzz: Gia Lai").digest())
        self.office = Office("Gia Lai", secret=secret, key_id=b"fuzzGLai")
        with self.centre.sessions.begin() as session:
            add_office(session, self.office.public.encoded(), "Gia Lai")
        made = self.work / "made"
        made.mkdir()
        plain = self.office.package(made)
        sealed = made / (plain.name + sealing.SUFFIX)
        sealing.seal(plain, sealed, self.centre.recipient.recipient)
        self.unexpected = _Unexpected()
        logging.getLogger("hrdesk.central").addHandler(self.unexpected)
        self.client = TestClient(create_app(centre=self.centre), raise_server_exceptions=False)
        self.corpus = [
            {HOW: POST, BODY: plain.read_bytes()},
            {HOW: POST, BODY: sealed.read_bytes()},
            {HOW: _tus_how(chunks=2), BODY: plain.read_bytes()},
        ]

    def mutate(self, rng: random.Random, base: Files) -> Files:
        how, body = base.get(HOW, POST), base.get(BODY, b"")
        choice = rng.random()
        if choice < 0.15:  # the office's next package: signed, new, accepted or in the chain
            return {HOW: how, BODY: self._next_package(rng)}
        if choice < 0.3:
            metadata = mu.mutate_text(rng, METADATA.encode()).decode("utf-8", "replace")
            how = _tus_how(
                metadata, rng.choice((0, 0, 1, -1, 10**6, -(10**9))), rng.choice((0, 0, 1, -5))
            )
            how = how.replace(b"chunks=1", b"chunks=%d" % rng.choice((1, 2, 3)))
            return {HOW: how, BODY: body}
        if choice < 0.35:
            return {HOW: mu.mutate_text(rng, how), BODY: body}
        return {HOW: how, BODY: mu.mutate_any(rng, body, self.others())}

    def _next_package(self, rng: random.Random) -> bytes:
        made = self.work / "made"
        if rng.random() < 0.5:
            records = mu.mutate_json(
                rng,
                b'{"schema": "hrdesk-records/1", "kind": "petitions", "records": [], "count": 0}',
            )
            path = self.office.package(made, records=records)
        else:
            path = self.office.package(made, period=rng.choice(["2026-Q3", "2026-Q4", "2026"]))
        data = path.read_bytes()
        path.unlink()
        return data

    def run(self, folder: Path) -> str:
        how = (folder / HOW).read_bytes() if (folder / HOW).exists() else POST
        body = (folder / BODY).read_bytes() if (folder / BODY).exists() else b""
        self.unexpected.last = None
        if how.startswith(TUS):
            fields = dict(
                line.partition("=")[::2] for line in how.decode("utf-8", "replace").splitlines()[1:]
            )
            answer = self._tus(body, fields)
        else:
            answer = self.client.post(
                "/api/v1/packages", content=body, headers={"Content-Type": "application/zip"}
            )
        return self._judge(answer)

    def _tus(self, body: bytes, fields: dict[str, str]) -> Any:
        headers = {
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(len(body) + _number(fields, "length")),
            "Upload-Metadata": fields.get("metadata", ""),
        }
        try:
            created = self.client.post("/api/v1/uploads/", headers=headers)
        except ValueError:  # a header httpx itself will not send (a newline in it)
            return None
        if created.status_code != 201:
            return created
        where = created.headers.get("location", "")
        chunks = max(1, min(_number(fields, "chunks"), 4))
        step = max(1, -(-len(body) // chunks))
        offset = max(0, _number(fields, "offset"))
        answer = created
        for start in range(0, max(len(body), 1), step):
            answer = self.client.patch(
                where,
                content=body[start : start + step],
                headers={
                    "Tus-Resumable": "1.0.0",
                    "Upload-Offset": str(start + offset),
                    "Content-Type": "application/offset+octet-stream",
                },
            )
            if answer.status_code >= 300:
                break
        return answer

    def _judge(self, answer: Any) -> str:
        if answer is None:
            return "refused: header not sendable"
        status = answer.status_code
        if status >= 500:
            raise Crash(f"HTTP {status}: {answer.text[:300]}") from self.unexpected.last
        if status >= 400:
            try:
                said = answer.json()
            except ValueError:
                raise Crash(f"HTTP {status} without a JSON body: {answer.text[:300]}") from None
            if not isinstance(said, dict) or not said.get("error"):
                raise Crash(f"HTTP {status} without an error: {answer.text[:300]}")
            return f"refused: HTTP {status}"
        return f"accepted: HTTP {status}"

    def close(self) -> None:
        self.client.close()
        self.centre.close()
