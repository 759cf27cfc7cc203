"""Targets on the desktop's own files from outside: a spreadsheet of records imported, a
backup read and checked for a restore."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from bench.fuzz import mutate as mu
from bench.fuzz.desks import PASSWORD, USERNAME, in_rolled_back, new_desk
from bench.fuzz.harness import Files, Harness, refused

from hrdesk.domain.errors import HRDeskError

SUFFIXES = (".xlsx", ".csv")


class SpreadsheetTarget(Harness):
    """`import_records` of an .xlsx or .csv file, as `hrdesk import KIND FILE` does. The
    input's one file is named after its kind and format ("petitions.xlsx")."""

    name = "spreadsheet"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from hrdesk.services.list_specs import KINDS
        from hrdesk.services.transfer import export_records

        self.desk = new_desk(self.work / "office", records=True)
        self.kinds = tuple(KINDS)
        exported = self.work / "exported"
        exported.mkdir()
        with self.desk.store.transaction(self.desk.actor) as s:
            for kind in self.kinds:
                for suffix in SUFFIXES:
                    path = exported / f"{kind}{suffix}"
                    export_records(s, kind, path)
                    self.corpus.append({path.name: path.read_bytes()})

    def mutate(self, rng: random.Random, base: Files) -> Files:
        ((name, data),) = base.items()
        if rng.random() < 0.05:  # a file of one kind imported as another
            name = rng.choice(self.kinds) + Path(name).suffix
        if name.endswith(".csv") and rng.random() < 0.6:
            return {name: mu.mutate_text(rng, data)}
        return {name: mu.mutate_any(rng, data, self.others())}

    def encode(self, files: Files) -> bytes:
        ((name, data),) = files.items()
        return name.encode() + b"\n" + data

    def decode(self, data: bytes) -> Files:
        from hrdesk.services.list_specs import KINDS

        head, _, body = data.partition(b"\n")
        name = head.decode("ascii", "replace")
        kind, suffix = Path(name).stem, Path(name).suffix
        if kind not in KINDS or suffix not in SUFFIXES:
            name = f"{KINDS[0]}.csv"
        return {name: body}

    def run(self, folder: Path) -> str:
        from hrdesk.services.transfer import import_records

        (path,) = folder.iterdir()
        try:
            result = in_rolled_back(self.desk, lambda s: import_records(s, path.stem, path))
        except HRDeskError as exc:
            return refused(exc)
        return f"imported: {result.created} new, {result.updated} changed"

    def close(self) -> None:
        self.desk.close(backup=False)


BACKUP = "backup.hrbackup"


class BackupTarget(Harness):
    """The restore's reading of a backup: `prepare_restore` opens and checks everything
    (its description, its zip, the key file, the store against its digest, the officer's
    role) into a working folder, which is then removed; nothing else changes."""

    name = "backup"
    names = (BACKUP,)

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from hrdesk.profile import Profile
        from hrdesk.store.backup_files import write_backup

        desk = new_desk(self.work / "office", records=True)
        try:
            made = write_backup(desk.store, self.work / BACKUP)
        finally:
            desk.close(backup=False)
        self.corpus = [{BACKUP: made.read_bytes()}]
        self.profile = Profile(self.work / "restore-to")

    def mutate(self, rng: random.Random, base: Files) -> Files:
        return {BACKUP: mu.mutate_any(rng, base.get(BACKUP, b""), self.others())}

    def run(self, folder: Path) -> str:
        from hrdesk.store.restore import prepare_restore

        try:
            plan = prepare_restore(self.profile, folder / BACKUP, USERNAME, PASSWORD)
        except HRDeskError as exc:
            return refused(exc)
        shutil.rmtree(plan.work)
        return "accepted"
