"""The fuzz targets by name, in the order the report lists them."""

from __future__ import annotations

from bench.fuzz.central_target import CentralTarget
from bench.fuzz.desk_targets import PackageTarget, ReceiptTarget
from bench.fuzz.file_targets import BackupTarget, SpreadsheetTarget
from bench.fuzz.harness import Harness

TARGETS: dict[str, type[Harness]] = {
    t.name: t
    for t in (PackageTarget, ReceiptTarget, SpreadsheetTarget, BackupTarget, CentralTarget)
}
