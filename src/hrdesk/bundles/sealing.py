"""Sealing a package that holds personal data: the signed zip encrypted to the centre.

The age format (https://age-encryption.org/v1) with an X25519 recipient, through pyrage:
the whole signed zip, unchanged, is the sealed file's plaintext, so whoever holds the
centre's identity opens it with stock tools (`age -d -i centre.key FILE.zip.age > FILE.zip`)
and checks it as any other package. The signature inside says who made it; age says only
that whoever made it knew the centre's public recipient key (see SCHEMA.md, "Sealed").
"""

from __future__ import annotations

from pathlib import Path

from hrdesk.domain.errors import HRDeskError, ValidationError

MAGIC = b"age-encryption.org/v1\n"
SUFFIX = ".age"
RECIPIENT_PREFIX = "age1"
IDENTITY_PREFIX = "AGE-SECRET-KEY-1"


def is_sealed(path: Path) -> bool:
    """True when the file starts as an age file does (binary form)."""
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _lines(text: str) -> list[str]:
    """The key lines of an age key or recipients file: no comments, no blank lines."""
    text = text.removeprefix("\ufeff")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


def parse_recipient(text: str, field: str = "recipient") -> str:
    """The one age X25519 recipient (`age1…`) in `text` (the key itself or a file's text)."""
    from pyrage import RecipientError, x25519

    lines = _lines(text)
    if len(lines) != 1 or not lines[0].startswith(RECIPIENT_PREFIX):
        raise ValidationError(field, "sealing.recipient_expected")
    try:
        x25519.Recipient.from_str(lines[0])
    except RecipientError as exc:
        raise ValidationError(field, "sealing.recipient_not_valid", reason=str(exc)) from None
    return lines[0]


def parse_identity(text: str, field: str = "identity") -> str:
    """The one age X25519 identity (`AGE-SECRET-KEY-1…`) in a key file's text."""
    from pyrage import IdentityError, x25519

    lines = [line for line in _lines(text) if line.startswith(IDENTITY_PREFIX)]
    if len(lines) != 1:
        raise ValidationError(field, "sealing.identity_expected")
    try:
        x25519.Identity.from_str(lines[0])
    except IdentityError as exc:
        raise ValidationError(field, "sealing.identity_not_valid", reason=str(exc)) from None
    return lines[0]


def seal(source: Path, target: Path, recipient: str) -> None:
    """Encrypt `source` to `recipient` as the new file `target`."""
    import pyrage
    from pyrage import x25519

    if target.exists():
        raise FileExistsError(target)
    pyrage.encrypt_file(str(source), str(target), [x25519.Recipient.from_str(recipient)])


def unseal(source: Path, target: Path, identity: str) -> None:
    """Decrypt the sealed `source` into `target`; HRDeskError when `identity` cannot open
    it (sealed to another key) or the file is damaged (age authenticates every chunk)."""
    import pyrage
    from pyrage import x25519

    try:
        pyrage.decrypt_file(str(source), str(target), [x25519.Identity.from_str(identity)])
    except (pyrage.DecryptError, OSError) as exc:
        # pyrage says a chunk that fails its authentication (a damaged or cut file) with an
        # OSError ("decryption error"), after it wrote the chunks before it.
        Path(target).unlink(missing_ok=True)
        raise HRDeskError("sealing.cannot_open", path=source, reason=str(exc)) from None


def new_identity() -> tuple[str, str]:
    """A fresh X25519 identity and its recipient, as age writes them."""
    from pyrage import x25519

    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def recipient_of(identity: str) -> str:
    from pyrage import x25519

    return str(x25519.Identity.from_str(identity).to_public())


def identity_file_text(identity: str, recipient: str) -> str:
    """A key file `age -d -i FILE` reads (its comment lines as age-keygen writes them)."""
    return f"# HR Desk centre recipient key\n# public key: {recipient}\n{identity}\n"


def recipient_file_text(recipient: str) -> str:
    """A recipients file, as `age -R FILE` and `hrdesk outbox connect --recipient` read it."""
    return f"# HR Desk centre recipient key (age X25519)\n{recipient}\n"
