"""minisign's file formats, written and read with `cryptography`'s Ed25519.

Public key: "untrusted comment: …" then base64("Ed" + key id (8) + public key (32)).
Signature:  "untrusted comment: …", base64("ED" + key id (8) + signature (64)) where the
signature covers BLAKE2b-512 of the file ("prehashed"), "trusted comment: …", then
base64(global signature (64)) over the signature followed by the trusted comment text.
A key id is shown as minisign prints it: hex of the 8 bytes read as a little-endian u64.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hrdesk.domain.errors import HRDeskError
from hrdesk.messages import Localized

PUBLIC_ALGORITHM = b"Ed"
PREHASHED = b"ED"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
# minisign reads comment lines into buffers of these sizes; longer ones break its parser.
MAX_UNTRUSTED = 1000
MAX_TRUSTED = 8000


class MinisignError(HRDeskError, ValueError):
    """A key or signature file is malformed, or a signature does not verify."""


# What a malformed part of a key or signature file is called in a message.
PUBLIC_KEY = Localized("Khóa công khai", "The public key")
SIGNATURE = Localized("Chữ ký", "The signature")
TRUSTED_COMMENT = Localized("Chú thích tin cậy", "The trusted comment")
UNTRUSTED_COMMENT = Localized("Chú thích không tin cậy", "The untrusted comment")
GLOBAL_SIGNATURE = Localized("Chữ ký của chú thích tin cậy", "The trusted comment's signature")


def key_id_text(raw: bytes) -> str:
    """The key id as minisign prints it (upper-case hex of a little-endian u64)."""
    return raw[::-1].hex().upper()


def key_id_bytes(text: str) -> bytes:
    return bytes.fromhex(text)[::-1]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _strict_b64(text: str, size: int, what: Localized) -> bytes:
    """Decode base64 and insist on its one canonical spelling: a byte changed anywhere in a
    signature file must not decode to the same bytes and pass unnoticed."""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise MinisignError("minisign.not_base64", label=what) from None
    if len(data) != size or _b64(data) != text:
        raise MinisignError("minisign.wrong_form", label=what)
    return data


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: bytes  # the raw 32-byte Ed25519 public key

    @property
    def key_id_text(self) -> str:
        return key_id_text(self.key_id)

    def encoded(self) -> str:
        """The public key file's text, as `minisign -G` writes it."""
        line = _b64(PUBLIC_ALGORITHM + self.key_id + self.key)
        return f"{UNTRUSTED}minisign public key {self.key_id_text}\n{line}\n"

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.key)


def parse_public_key(text: str) -> PublicKey:
    """Read a minisign public key file (or its bare base64 line); a byte order mark, as
    Notepad saves one, is ignored."""
    text = text.removeprefix("\ufeff")
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith(UNTRUSTED):
        lines = lines[1:]
    if len(lines) != 1:
        raise MinisignError("minisign.not_public_key")
    data = _strict_b64(lines[0], 42, PUBLIC_KEY)
    if data[:2] != PUBLIC_ALGORITHM:
        raise MinisignError("minisign.not_ed25519")
    return PublicKey(data[2:10], data[10:])


@dataclass(frozen=True)
class Signature:
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str

    @property
    def key_id_text(self) -> str:
        return key_id_text(self.key_id)


def _one_line(text: str, limit: int, what: Localized) -> str:
    if "\n" in text or "\r" in text:
        raise MinisignError("minisign.not_one_line", label=what)
    if len(text.encode("utf-8")) > limit:
        raise MinisignError("minisign.too_long", label=what)
    return text


def sign(
    secret: Ed25519PrivateKey,
    key_id: bytes,
    data: bytes,
    trusted_comment: str,
    untrusted_comment: str = "signature from minisign secret key",
) -> str:
    """The text of a prehashed ("ED") minisign signature file for `data`."""
    trusted_comment = _one_line(trusted_comment, MAX_TRUSTED, TRUSTED_COMMENT)
    untrusted_comment = _one_line(untrusted_comment, MAX_UNTRUSTED, UNTRUSTED_COMMENT)
    signature = secret.sign(hashlib.blake2b(data, digest_size=64).digest())
    global_signature = secret.sign(signature + trusted_comment.encode("utf-8"))
    return (
        f"{UNTRUSTED}{untrusted_comment}\n"
        f"{_b64(PREHASHED + key_id + signature)}\n"
        f"{TRUSTED}{trusted_comment}\n"
        f"{_b64(global_signature)}\n"
    )


def parse_signature(text: str) -> Signature:
    """Read a signature file strictly: four lines, each in its one canonical form."""
    lines = text.split("\n")
    if len(lines) != 5 or lines[4] != "":
        raise MinisignError("minisign.four_lines")
    untrusted, sig_line, trusted, global_line = lines[:4]
    if not untrusted.startswith(UNTRUSTED) or not trusted.startswith(TRUSTED):
        raise MinisignError("minisign.no_comments")
    data = _strict_b64(sig_line, 74, SIGNATURE)
    if data[:2] != PREHASHED:
        raise MinisignError("minisign.not_prehashed")
    return Signature(
        key_id=data[2:10],
        signature=data[10:],
        trusted_comment=trusted[len(TRUSTED) :],
        global_signature=_strict_b64(global_line, 64, GLOBAL_SIGNATURE),
        untrusted_comment=untrusted[len(UNTRUSTED) :],
    )


def verify(signature: Signature, public: PublicKey, data: bytes) -> None:
    """Raise MinisignError unless `signature` by `public` covers `data` and its comment."""
    if signature.key_id != public.key_id:
        raise MinisignError(
            "minisign.other_key", signed=signature.key_id_text, expected=public.key_id_text
        )
    verifier = public.verifier()
    try:
        verifier.verify(signature.signature, hashlib.blake2b(data, digest_size=64).digest())
    except InvalidSignature:
        raise MinisignError("minisign.no_match") from None
    try:
        verifier.verify(
            signature.global_signature,
            signature.signature + signature.trusted_comment.encode("utf-8"),
        )
    except InvalidSignature:
        raise MinisignError("minisign.comment_no_match") from None
