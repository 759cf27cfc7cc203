"""The figure tables of a periodic report, shared by its PDF and its Excel workbook.

Only counts: the statistics service aggregates in SQL and never reads who filed a
petition, so no petitioner (and no denouncer) can appear here.
"""

from __future__ import annotations

from dataclasses import dataclass

from hrdesk.domain.vocab import PetitionField, PetitionKind
from hrdesk.services.statistics import PeriodStatistics, PetitionFigures

CARRIED_OVER = "Kỳ trước chuyển sang"
PETITION_HEADERS = (
    CARRIED_OVER,
    "Tiếp nhận",
    "Đã giải quyết",
    "Trong đó đúng hạn",
    "Quá hạn chưa giải quyết",
)
PETITION_WIDTHS = (0.9, 4.4, 1.9, 1.8, 1.9, 1.9, 2.2)
TOTAL = "Tổng cộng"


@dataclass(frozen=True)
class FigureTable:
    """One table: its caption, a short sheet name, headers, rows and relative column widths.

    When `total_row` is set the last row is the total (shown in bold).
    """

    caption: str
    sheet: str
    headers: tuple[str, ...]
    rows: list[tuple[object, ...]]
    widths: tuple[float, ...]
    total_row: bool = False


def _petition_rows(
    labels: list[tuple[str, str]], figures: dict[str, PetitionFigures], total: PetitionFigures
) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for index, (code, label) in enumerate(labels, start=1):
        f = figures.get(code, PetitionFigures())
        rows.append((index, label, *_petition_values(f)))
    rows.append(("", TOTAL, *_petition_values(total)))
    return rows


def _petition_values(f: PetitionFigures) -> tuple[int, ...]:
    return (f.carried_over, f.received, f.resolved, f.on_time, f.overdue)


def _fields_in_use(stats: PeriodStatistics) -> list[tuple[str, str]]:
    """Every field in the vocabulary, then any stored code it no longer has (kept, not lost)."""
    known = [(f.value, f.label_vi) for f in PetitionField]
    codes = {code for code, _ in known}
    return known + [(code, code) for code in sorted(stats.by_field) if code not in codes]


def report_tables(stats: PeriodStatistics) -> list[FigureTable]:
    kinds = [(k.value, k.label_vi) for k in PetitionKind]
    kinds += [(code, code) for code in sorted(stats.by_kind) if code not in dict(kinds)]
    tables = [
        FigureTable(
            "Tiếp nhận, giải quyết đơn thư theo loại đơn",
            "Đơn thư theo loại",
            ("STT", "Loại đơn", *PETITION_HEADERS),
            _petition_rows(kinds, stats.by_kind, stats.petitions),
            PETITION_WIDTHS,
            total_row=True,
        ),
        FigureTable(
            "Tiếp nhận, giải quyết đơn thư theo lĩnh vực",
            "Đơn thư theo lĩnh vực",
            ("STT", "Lĩnh vực", *PETITION_HEADERS),
            _petition_rows(_fields_in_use(stats), stats.by_field, stats.petitions),
            PETITION_WIDTHS,
            total_row=True,
        ),
    ]
    tasks, trainings, meetings = stats.tasks, stats.trainings, stats.meetings
    if tasks is not None:
        tables.append(
            _counts(
                "Thực hiện nhiệm vụ",
                "Nhiệm vụ",
                [
                    ("Nhiệm vụ đến hạn trong kỳ", tasks.due),
                    ("Nhiệm vụ đã hoàn thành trong kỳ", tasks.done),
                    ("Trong đó hoàn thành đúng hạn", tasks.done_on_time),
                    ("Nhiệm vụ quá hạn chưa hoàn thành", tasks.overdue),
                ],
            )
        )
    if trainings is not None:
        tables.append(
            _counts(
                "Tuyên truyền, tập huấn",
                "Tập huấn",
                [
                    ("Số lớp tập huấn", trainings.events),
                    ("Số lượt người tham dự", trainings.participants),
                    ("Số thành viên Ban Chỉ đạo được tập huấn", trainings.members_trained),
                ],
            )
        )
    if meetings is not None:
        tables.append(
            _counts(
                "Họp Ban Chỉ đạo",
                "Cuộc họp",
                [
                    ("Số cuộc họp đã tổ chức", meetings.held),
                    ("Số kết luận tại các cuộc họp", meetings.conclusions),
                    ("Số kết luận đã giao thành nhiệm vụ", meetings.conclusions_with_task),
                ],
            )
        )
    return tables


def _counts(caption: str, sheet: str, lines: list[tuple[str, int]]) -> FigureTable:
    rows: list[tuple[object, ...]] = [
        (index, label, value) for index, (label, value) in enumerate(lines, start=1)
    ]
    return FigureTable(caption, sheet, ("STT", "Chỉ tiêu", "Số lượng"), rows, (1.1, 10.4, 3.0))
