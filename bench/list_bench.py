"""The petitions list on a million rows vs a thousand: the model ready with its first
screen, a jump to the last row, and a steady scroll page after page.

The model is the window's (PetitionTableModel with its days-left column); a "screen" is
SCREEN rows whose every cell is asked for its text, as a table view paints them.
"""

from __future__ import annotations

import time

from common import Result, median, page_reads

SCREEN = 30
RUNS = 11
SCROLL_PAGES = 40


def _context(desk):
    from PySide6.QtCore import QSettings

    from hrdesk.ui.context import UiContext
    from hrdesk.ui.worker import Runner

    settings = QSettings("/tmp/hrdesk-bench-list.ini", QSettings.Format.IniFormat)
    return UiContext(desk, Runner(None, print), settings, "vi")


def new_model(ctx):
    from hrdesk.ui.table_model import ExtraColumn
    from hrdesk.ui.workspaces.petition_model import PetitionTableModel

    holder: list[PetitionTableModel] = []
    extra = [
        ExtraColumn(
            "Days left",
            lambda row: holder[0].days_left(row),
            lambda row: holder[0].colour(row),
            sort="deadline",
        )
    ]
    model = PetitionTableModel(ctx, "petitions", extra)
    holder.append(model)
    return model


def paint_rows(model, first: int, count: int) -> None:
    from PySide6.QtCore import Qt

    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole)
    columns = model.columnCount()
    for row in range(first, min(first + count, model.rowCount())):
        for column in range(columns):
            index = model.index(row, column)
            for role in roles:
                model.data(index, role)


def open_list(ctx) -> float:
    started = time.perf_counter()
    model = new_model(ctx)
    paint_rows(model, 0, SCREEN)
    return time.perf_counter() - started


def jump_to_end(ctx) -> float:
    model = new_model(ctx)
    paint_rows(model, 0, SCREEN)
    started = time.perf_counter()
    paint_rows(model, model.rowCount() - SCREEN, SCREEN)
    return time.perf_counter() - started


def scroll(ctx, pages: int) -> tuple[list[float], int]:
    """Each page's time, scrolling from the top a page of rows at a time."""
    from hrdesk.ui.table_model import PAGE

    model = new_model(ctx)
    fetched = page_reads(ctx.desk.store.engine, "petitions")
    paint_rows(model, 0, SCREEN)
    times = []
    for page in range(1, pages + 1):
        if page * PAGE >= model.rowCount():
            break
        started = time.perf_counter()
        paint_rows(model, page * PAGE, PAGE)
        times.append(time.perf_counter() - started)
    return times, len(fetched)


def sorted_first_screen(ctx, column: int, order) -> float:
    model = new_model(ctx)
    paint_rows(model, 0, SCREEN)
    started = time.perf_counter()
    model.sort(column, order)
    paint_rows(model, 0, SCREEN)
    return time.perf_counter() - started


def run(national_desk, small_desk, log=print) -> list[Result]:
    from PySide6.QtCore import Qt

    big, small = _context(national_desk), _context(small_desk)
    first_big, first_small = open_list(big), open_list(small)  # cold connections
    opened: dict[str, list[float]] = {"big": [], "small": []}
    jumped: dict[str, list[float]] = {"big": [], "small": []}
    for _ in range(RUNS):
        opened["big"].append(open_list(big))
        opened["small"].append(open_list(small))
    for _ in range(max(3, RUNS // 2)):
        jumped["big"].append(jump_to_end(big))
        jumped["small"].append(jump_to_end(small))
    pages_big, fetches_big = scroll(big, SCROLL_PAGES)
    pages_small, _ = scroll(small, SCROLL_PAGES)
    rows = new_model(big).rowCount()
    results = [
        Result("lists", "petitions list open, first screen (1,000,000)", median(opened["big"]),
               "s", "1,000 rows", median(opened["small"]), "ratio <= 2",
               f"{rows:,} live rows; median of {RUNS}; first open on a fresh connection "
               f"{first_big * 1000:.0f} ms vs {first_small * 1000:.0f} ms"),
        Result("lists", "jump to the last screen (1,000,000)", median(jumped["big"]), "s",
               "1,000 rows", median(jumped["small"]),
               note="the view scrolled to the end: one page fetched at offset ~1,000,000"),
        Result("lists", "steady scroll, per page of 100 rows (1,000,000)", median(pages_big),
               "s", "1,000 rows", median(pages_small),
               note=f"{len(pages_big)} pages in a row (slowest {max(pages_big) * 1000:.0f} ms); "
               f"{fetches_big} fetches for {len(pages_big) + 1} pages"),
    ]  # fmt: skip
    # Every sortable column, as a click on its header sorts it (ascending).
    model = new_model(big)
    names = [c.name for c in model.columns]
    default = median(opened["big"])
    for index, name in enumerate(names):
        seconds = sorted_first_screen(big, index, Qt.SortOrder.AscendingOrder)
        results.append(
            Result("lists", f"sorted by {name}: first screen (1,000,000)", seconds, "s",
                   "default order, first screen", default, note="once, ascending")
        )  # fmt: skip
    return results
