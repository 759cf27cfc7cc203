"""Mutations of valid files, seeded: the same (seed, corpus) always gives the same input.

Byte-level mutations (a flipped bit, an "interesting" value written over a length, bytes
cut, inserted, repeated or copied from another file of the corpus) find what a damaged
stick or a careless editor would make; zip-aware ones (an entry dropped, repeated,
renamed, reordered, taken from another zip, or its own bytes mutated and the zip written
anew, so its CRCs are right again) and text-aware ones (a line of a tag file, a JSON
value, a CSV cell) reach the code behind the zip and text readers.
"""

from __future__ import annotations

import io
import json
import random
import warnings
import zipfile
from collections.abc import Callable, Sequence

INTERESTING = [
    0,
    1,
    0x7F,
    0x80,
    0xFF,
    0x100,
    0x7FFF,
    0x8000,
    0xFFFF,
    0x10000,
    0x7FFFFFFF,
    2**32 - 1,
]
STRINGS = [
    "",
    "0",
    "-1",
    "99999999999999999999",
    "1e308",
    "NaN",
    "2026-02-30",
    "9999-12-31T99:99:99Z",
    "../../etc/passwd",
    "\x00",
    "\u202e",
    "Nguyễn Văn A",
    "=1+1",
    "x" * 5000,
    "null",
    "[]",
    "{}",
    "true",
]


def flip(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 4, 16))):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def set_value(rng: random.Random, data: bytes) -> bytes:
    """An interesting little-endian value written over 1, 2 or 4 bytes (a length, a count)."""
    width = rng.choice((1, 2, 4))
    if len(data) < width:
        return data + bytes(width)
    value = rng.choice(INTERESTING) & ((1 << (8 * width)) - 1)
    at = rng.randrange(len(data) - width + 1)
    return data[:at] + value.to_bytes(width, "little") + data[at + width :]


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))] if data else data


def insert(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    size = rng.choice((1, 4, 64, 1024))
    return data[:at] + rng.randbytes(size) + data[at:]


def delete(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return data
    at = rng.randrange(len(data) - 1)
    return data[:at] + data[at + rng.randrange(1, min(1024, len(data) - at)) :]


def repeat(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    at = rng.randrange(len(data))
    chunk = data[at : at + rng.choice((4, 64, 512))]
    return data[:at] + chunk * rng.choice((2, 3, 50)) + data[at:]


def splice(rng: random.Random, data: bytes, other: bytes) -> bytes:
    """The start of one file and the end of another."""
    if not data or not other:
        return data or other
    return data[: rng.randrange(len(data))] + other[rng.randrange(len(other)) :]


BYTE_MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    flip,
    flip,
    set_value,
    truncate,
    insert,
    delete,
    repeat,
]


def mutate_bytes(rng: random.Random, data: bytes, others: Sequence[bytes] = ()) -> bytes:
    """One to four byte-level mutations of `data` (sometimes spliced with another file)."""
    for _ in range(rng.choice((1, 1, 1, 2, 4))):
        if others and rng.random() < 0.1:
            data = splice(rng, data, rng.choice(others))
        else:
            data = rng.choice(BYTE_MUTATIONS)(rng, data)
    return data


def mutate_text(rng: random.Random, data: bytes) -> bytes:
    """A line of a text file (a tag file, a manifest, a CSV row) changed, dropped, repeated,
    or a field of it replaced by an awkward value."""
    lines = data.split(b"\n")
    at = rng.randrange(len(lines))
    choice = rng.randrange(6)
    if choice == 0:
        del lines[at]
    elif choice == 1:
        lines.insert(at, lines[at])
    elif choice == 2:
        lines[at] = mutate_bytes(rng, lines[at])
    elif choice == 3:  # a value after its separator replaced
        for separator in (b": ", b"  ", b",", b";"):
            if separator in lines[at]:
                head, _, _ = lines[at].partition(separator)
                lines[at] = head + separator + rng.choice(STRINGS).encode("utf-8")
                break
        else:
            lines[at] = rng.choice(STRINGS).encode("utf-8")
    elif choice == 4:
        lines.insert(at, rng.choice(STRINGS).encode("utf-8"))
    else:
        lines[at] = lines[at].replace(b"\r", b"") + b"\r"
    return b"\n".join(lines)


def mutate_json(rng: random.Random, data: bytes) -> bytes:
    """A JSON document with one value replaced by another type, or a key dropped."""
    try:
        document = json.loads(data)
    except ValueError:
        return mutate_text(rng, data)
    paths: list[tuple[object, object]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in node:
                paths.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for index in range(len(node)):
                paths.append((node, index))
                walk(node[index])

    walk(document)
    if not paths:
        return mutate_text(rng, data)
    parent, key = rng.choice(paths)
    values: list[object] = [None, -1, 0, 2**70, 1.5, "", [], {}, True, *STRINGS[:8]]
    if isinstance(parent, dict) and rng.random() < 0.3:
        del parent[key]
    else:
        parent[key] = rng.choice(values)  # type: ignore[index]  # dict or list, both indexable
    return json.dumps(document, ensure_ascii=rng.random() < 0.5).encode("utf-8")


def zip_members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(i.filename, archive.read(i)) for i in archive.infolist()]


def rezip(members: Sequence[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    # A name twice is one of the mutations: zipfile's warning about it is expected.
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, (2026, 10, 5, 8, 0, 0)), data, 8)
    return out.getvalue()


def member_mutation(name: str, rng: random.Random) -> Callable[[random.Random, bytes], bytes]:
    if name.endswith(".json"):
        return mutate_json
    if name.endswith((".txt", ".xml", ".rels", ".csv", ".minisig")):
        return mutate_text if rng.random() < 0.7 else lambda r, d: mutate_bytes(r, d)
    return lambda r, d: mutate_bytes(r, d)


def mutate_zip(rng: random.Random, data: bytes, others: Sequence[bytes] = ()) -> bytes:
    """The zip written anew with its entries changed: one's bytes mutated (by its kind),
    one dropped, repeated, renamed or taken from another zip, or their order changed."""
    members = zip_members(data)
    if not members:
        return mutate_bytes(rng, data)
    at = rng.randrange(len(members))
    name, content = members[at]
    choice = rng.randrange(10)
    if choice < 5:
        members[at] = (name, member_mutation(name, rng)(rng, content))
    elif choice == 5:
        del members[at]
    elif choice == 6:
        members.insert(rng.randrange(len(members) + 1), members[at])
    elif choice == 7:
        renamed = rng.choice(
            [name.upper(), "../" + name, name + "/", name.replace("/", "\\"), "x/" + name, ""]
        )
        members[at] = (renamed, content)
    elif choice == 8:
        rng.shuffle(members)
    else:
        other = [o for o in others if o[:2] == b"PK"]
        if other:
            members.append(rng.choice(zip_members(rng.choice(other))))
    return rezip(members)


def mutate_any(rng: random.Random, data: bytes, others: Sequence[bytes] = ()) -> bytes:
    """Zip-aware for a zip (half the time), byte-level otherwise."""
    if data[:2] == b"PK" and rng.random() < 0.5:
        try:
            return mutate_zip(rng, data, others)
        except Exception:  # a zip too damaged to read again: mutate its bytes instead
            pass
    return mutate_bytes(rng, data, others)
