"""Provincial offices that make real signed packages quickly, without a desktop store.

Each package is laid out, signed and zipped by the desktop's own code (`bundles.assemble`,
`labels`, `minisign`), with a report.xlsx written by the documents code from figures
aggregated from a deterministic list of petitions; the tests and benchmarks of the centre
need hundreds of them, which the desktop's full export (a store per office) makes slowly.
One test also sends a package built by the desktop itself (test_desktop_package).
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.bundles import assemble, labels, minisign
from hrdesk.bundles.labels import TrustedComment
from hrdesk.bundles.minisign import PublicKey
from hrdesk.bundles.progress import Steps
from hrdesk.bundles.verify import signed_sha512
from hrdesk.documents.report_tables import report_tables
from hrdesk.documents.spreadsheet import Sheet, write_table
from hrdesk.domain.periods import parse_period
from hrdesk.domain.provinces import default_office_name
from hrdesk.domain.vocab import PetitionField, PetitionKind
from hrdesk.services.statistics import (
    MeetingFigures,
    PeriodStatistics,
    PetitionFigures,
    TaskFigures,
    TrainingFigures,
)


@cache
def report_pdf() -> bytes:
    """A real one-page PDF (reportlab), made once."""
    from io import BytesIO

    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Bao cao cong tac bao dam quyen con nguoi")
    page.save()
    return out.getvalue()


def statistics_for(period: str, seed: int) -> PeriodStatistics:
    """A province's figures, aggregated from a deterministic list of petitions."""
    rng = random.Random(seed)
    stats = PeriodStatistics(parse_period(period), date(2026, 11, 20))
    kinds, fields = list(PetitionKind), list(PetitionField)
    for _ in range(rng.randint(5, 60)):
        resolved = rng.random() < 0.6
        carried = rng.random() < 0.3
        one = PetitionFigures(
            received=int(not carried),
            resolved=int(resolved),
            on_time=int(resolved and rng.random() < 0.8),
            overdue=int(not resolved and rng.random() < 0.3),
            carried_over=int(carried),
        )
        stats.petitions.add(one)
        stats.by_kind.setdefault(rng.choice(kinds).value, PetitionFigures()).add(one)
        stats.by_field.setdefault(rng.choice(fields).value, PetitionFigures()).add(one)
    due = rng.randint(0, 20)
    done = rng.randint(0, due)
    stats.tasks = TaskFigures(due, done, rng.randint(0, done), due - done)
    stats.trainings = TrainingFigures(rng.randint(0, 5), rng.randint(0, 300), rng.randint(0, 30))
    held = rng.randint(1, 3)
    stats.meetings = MeetingFigures(held, held * 4, held * 2)
    return stats


def write_report_xlsx(stats: PeriodStatistics, path: Path) -> Path:
    """The workbook `documents.report_xlsx` writes, from figures instead of a store."""
    sheets = [Sheet(t.sheet, t.headers, t.rows) for t in report_tables(stats)]
    about = Sheet("Kỳ báo cáo", ("Nội dung", "Giá trị"), [("Kỳ báo cáo", stats.period.title_vi)])
    return write_table(path, [about, *sheets])


@cache
def report_xlsx(period: str, seed: int) -> tuple[bytes, PeriodStatistics]:
    """The workbook's bytes for these figures, made once (openpyxl is the slow part)."""
    stats = statistics_for(period, seed)
    with tempfile.TemporaryDirectory(prefix="factory-") as temp:
        return write_report_xlsx(stats, Path(temp) / "report.xlsx").read_bytes(), stats


@dataclass
class Office:
    """A provincial office with its key and the chain of packages it has made."""

    province: str
    secret: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    key_id: bytes = field(default_factory=lambda: os.urandom(8))
    sequence: int = 0
    last_sha512: str | None = None
    made: dict[str, PeriodStatistics] = field(default_factory=dict)  # by package path

    @property
    def name(self) -> str:
        return default_office_name(self.province)

    @property
    def public(self) -> PublicKey:
        return PublicKey(self.key_id, self.secret.public_key().public_bytes_raw())

    def write_pub(self, path: Path) -> Path:
        path.write_text(self.public.encoded(), encoding="ascii")
        return path

    def package(
        self,
        to_dir: Path,
        period: str = "2026-Q3",
        *,
        seed: int | None = None,
        sequence: int | None = None,
        bagging_date: str = "2026-10-05",
        xlsx: bool = True,
        records: bytes | None = None,
        pdf: bytes | None = None,
    ) -> Path:
        """Make the office's next package (or the one numbered `sequence`) in `to_dir`."""
        self.sequence = sequence or self.sequence + 1
        uid = str(uuid.uuid4())
        workbook, stats = report_xlsx(period, seed if seed is not None else self.sequence)
        key_text = minisign.key_id_text(self.key_id)
        name = f"hrdesk-{uid[:8]}-{self.sequence:04d}"
        with tempfile.TemporaryDirectory(prefix="factory-") as temp:
            bag = Path(temp) / name
            (bag / "data" / "records").mkdir(parents=True)
            (bag / "data" / "report.pdf").write_bytes(pdf or report_pdf())
            if xlsx:
                (bag / "data" / "report.xlsx").write_bytes(workbook)
            (bag / "data" / "records" / "petitions.json").write_bytes(
                records
                or b'{"schema": "hrdesk-records/1", "kind": "petitions", "records": [], "count": 0}'
            )
            p = parse_period(period)
            info = [
                (labels.SOURCE, self.name),
                (labels.BAGGING_DATE, bagging_date),
                (labels.IDENTIFIER, uid),
                (labels.PERIOD, p.label),
                (labels.PERIOD_START, p.start.isoformat()),
                (labels.PERIOD_END, p.end.isoformat()),
                (labels.SEQUENCE, str(self.sequence)),
                (labels.PREVIOUS, self.last_sha512 or labels.NO_PREVIOUS),
                (labels.KEY_ID, key_text),
                (labels.PERSONAL, "excluded"),
                (labels.SCHEMA, "hrdesk-records/1"),
            ]
            comment = TrustedComment(uid, self.sequence, "2026-10-05T01:00:00Z", self.name)
            assemble.write_bag(
                bag,
                info,
                lambda data: minisign.sign(
                    self.secret,
                    self.key_id,
                    data,
                    comment.text(),
                    f"signature from HR Desk office key {key_text}",
                ),
                Steps(),
            )
            staged = Path(temp) / f"{name}.zip"
            assemble.zip_bag(bag, staged, Steps())
            final = Path(to_dir) / staged.name
            shutil.move(staged, final)
        self.last_sha512 = signed_sha512(final)  # the link the next package names
        self.made[str(final)] = stats
        return final
