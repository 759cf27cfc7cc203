"""Laying out a signed bag in a staging folder and zipping it.

The layout (see DESIGN.md, "Packages"):
    <name>/bagit.txt, bag-info.txt, manifest-sha512.txt, tagmanifest-sha512.txt,
    tagmanifest-sha512.txt.minisig, data/report.pdf, data/report.xlsx, data/records/*.json
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from hrdesk.bundles import bagit
from hrdesk.bundles.progress import Steps
from hrdesk.domain.errors import ValidationError

Signer = Callable[[bytes], str]


def write_bag(
    bag: Path,
    bag_info: list[tuple[str, str]],
    sign: Signer,
    steps: Steps,
) -> None:
    """Write the tag files of `bag`, whose data/ is already in place, and sign them.

    `bag_info` is every label but Payload-Oxum, which is counted here; `sign` turns the
    tag manifest's bytes into the text of its minisign signature.
    """
    payload = sorted(p for p in (bag / bagit.PAYLOAD_DIR).rglob("*") if p.is_file())
    entries = []
    total = 0
    for index, path in enumerate(payload):
        name = path.relative_to(bag).as_posix()
        if not bagit.safe_payload_path(name):
            raise ValueError(f"payload name {name} is outside [A-Za-z0-9._-]")
        steps.report(index / max(len(payload), 1), "stage.signing")
        digest, size = bagit.sha512_file(path, steps.cancelled)
        entries.append((name, digest))
        total += size
    (bag / bagit.BAGIT).write_bytes(bagit.BAGIT_TXT)
    oxum = ("Payload-Oxum", bagit.payload_oxum(total, len(entries)))
    (bag / bagit.BAG_INFO).write_bytes(bagit.bag_info_text([*bag_info, oxum]))
    (bag / bagit.MANIFEST).write_bytes(bagit.manifest_text(entries))
    tags = [(name, bagit.sha512_file(bag / name)[0]) for name in bagit.TAG_FILES]
    tag_manifest = bagit.manifest_text(tags)
    (bag / bagit.TAG_MANIFEST).write_bytes(tag_manifest)
    (bag / bagit.SIGNATURE).write_text(sign(tag_manifest), encoding="utf-8", newline="\n")
    steps.report(1.0, "stage.signing")


def zip_bag(bag: Path, target: Path, steps: Steps) -> None:
    """One zip holding the bag folder; files only (unzip tools make the folders)."""
    files = sorted(p for p in bag.rglob("*") if p.is_file())
    with zipfile.ZipFile(target, "x", compression=zipfile.ZIP_DEFLATED) as archive:
        for index, path in enumerate(files):
            arcname = f"{bag.name}/{path.relative_to(bag).as_posix()}"
            archive.write(path, arcname)
            steps.report((index + 1) / len(files), "stage.zipping")


def copy_report(source: Path, target: Path, field: str) -> None:
    if not Path(source).is_file():
        raise ValidationError(field, "file.not_a_file", path=source)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
