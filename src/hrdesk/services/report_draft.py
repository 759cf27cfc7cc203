"""The periodic report's sections drafted from the records of the period (dự thảo).

Each of the usual sections (`DEFAULT_SECTIONS`) gets sentences made from one
`ReportFigures`: the figures the appendix prints, so the text and the tables agree. The
officer edits the draft afterwards; `services.report_redraft` decides what a new draft
may replace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hrdesk.domain.formatting import format_date, format_number
from hrdesk.domain.text import vi_sorted
from hrdesk.domain.vocab import PetitionField, PetitionKind
from hrdesk.services.contributions import LATE, MISSING, ON_TIME, WAITING
from hrdesk.services.report_figures import ReportFigures
from hrdesk.services.reports import DEFAULT_SECTIONS
from hrdesk.services.statistics import PetitionFigures

# How many names a sentence lists before it says "and N others".
LISTED = 10
CONCLUSIONS_LISTED = 3
NO_AGENCY = "chưa xác định cơ quan chủ trì"
NO_TRAINING_AGENCY = "không ghi cơ quan"


def n(value: int) -> str:
    """A count as Vietnamese text writes it (1.234)."""
    return format_number(value)


def percent(part: int, whole: int) -> str:
    """ "85,7%" (one decimal, Vietnamese comma); "0%" of nothing."""
    if whole <= 0:
        return "0%"
    value = round(100 * part / whole, 1)
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def _listed(items: Sequence[str], others: str) -> str:
    shown = list(items[:LISTED])
    if len(items) > LISTED:
        shown.append(f"và {n(len(items) - LISTED)} {others} khác")
    return "; ".join(shown)


def _change(now: int, before: int) -> str:
    if now == before:
        return "không thay đổi"
    word = "tăng" if now > before else "giảm"
    diff = abs(now - before)
    if before == 0:
        return f"{word} {n(diff)} đơn"
    return f"{word} {n(diff)} đơn ({percent(diff, before)})"


def overview(f: ReportFigures) -> str:
    s = f.stats
    meetings, tasks, trainings, p = s.meetings, s.tasks, s.trainings, s.petitions
    assert meetings is not None and tasks is not None and trainings is not None
    return (
        f"Trong {f.period.title_vi}, Ban Chỉ đạo đã tổ chức {n(meetings.held)} cuộc họp, "
        f"ban hành {n(meetings.conclusions)} kết luận; theo dõi {n(tasks.due)} nhiệm vụ đến "
        f"hạn trong kỳ, đã hoàn thành {n(tasks.done)} nhiệm vụ; tổ chức {n(trainings.events)} "
        f"lớp tập huấn với {n(trainings.participants)} lượt người tham dự; các cơ quan đã "
        f"tiếp nhận {n(p.received)} đơn thư và giải quyết {n(p.resolved)} đơn."
    ) + contributions(f)


def contributions(f: ReportFigures) -> str:
    """What the member agencies sent for this report ("" when none was asked)."""
    asked = f.contributions
    if not asked:
        return ""
    came = [c for c in asked if c.state in (ON_TIME, LATE)]
    late = [c for c in came if c.state == LATE]
    missing = [c.agency_name for c in asked if c.state in (MISSING, WAITING)]
    text = (
        f"\n{n(len(came))}/{n(len(asked))} cơ quan thành viên đã gửi báo cáo "
        f"({n(len(came) - len(late))} đúng hạn, {n(len(late))} chậm hạn)"
    )
    if missing:
        text += f"; chưa gửi: {_listed(missing, 'cơ quan')}"
    summaries = [f"{c.agency_name}: {c.summary.splitlines()[0]}" for c in came if c.summary]
    text += "."
    if summaries:
        text += "\nTheo báo cáo của các cơ quan: " + _listed(summaries, "cơ quan") + "."
    return text


def tasks_and_meetings(f: ReportFigures) -> str:
    meetings, tasks = f.stats.meetings, f.stats.tasks
    assert meetings is not None and tasks is not None
    lines = [
        f"1. Công tác họp, chỉ đạo: trong kỳ, Ban Chỉ đạo đã tổ chức {n(meetings.held)} cuộc "
        f"họp với {n(meetings.conclusions)} kết luận, trong đó "
        f"{n(meetings.conclusions_with_task)} kết luận đã được giao thành nhiệm vụ."
    ]
    for meeting in f.meetings:
        line = f"- Ngày {format_date(meeting.day)}: {meeting.title}."
        if meeting.conclusions:
            shown = [c.rstrip(" .;") for c in meeting.conclusions[:CONCLUSIONS_LISTED]]
            more = len(meeting.conclusions) - len(shown)
            line += " Kết luận chính: " + "; ".join(shown)
            line += f"; và {n(more)} kết luận khác." if more else "."
        lines.append(line)
    lines.append(
        f"2. Thực hiện nhiệm vụ: trong kỳ có {n(tasks.due)} nhiệm vụ đến hạn; đã hoàn thành "
        f"{n(tasks.done)} nhiệm vụ, trong đó {n(tasks.done_on_time)} nhiệm vụ hoàn thành đúng "
        f"hạn; còn {n(tasks.overdue)} nhiệm vụ quá hạn chưa hoàn thành."
    )
    by_agency = sorted(
        f.stats.tasks_by_agency.items(), key=lambda item: (-item[1].due, item[0] or "")
    )
    for agency, figures in by_agency:
        lines.append(
            f"- {agency or NO_AGENCY}: {n(figures.due)} nhiệm vụ đến hạn, hoàn thành "
            f"{n(figures.done)}, quá hạn {n(figures.overdue)}."
        )
    if f.overdue_tasks:
        named = [
            f"{t.title.rstrip(' .')} ({t.lead_agency or NO_AGENCY} chủ trì, hạn "
            f"{format_date(t.due_on)})"
            for t in f.overdue_tasks
        ]
        lines.append("Các nhiệm vụ quá hạn: " + _listed(named, "nhiệm vụ") + ".")
    return "\n".join(lines)


def _petition_line(label: str, p: PetitionFigures) -> str:
    return f"{label} {n(p.received)} đơn (giải quyết {n(p.resolved)}, đúng hạn {n(p.on_time)})"


def petitions(f: ReportFigures) -> str:
    p = f.stats.petitions
    prev, earlier = f.previous_petitions, f.year_earlier_petitions
    lines = [
        f"Trong kỳ, các cơ quan đã tiếp nhận {n(p.received)} đơn thư; kỳ trước chuyển sang "
        f"{n(p.carried_over)} đơn, tổng số đơn phải giải quyết là {n(p.to_resolve)} đơn. Đã "
        f"giải quyết {n(p.resolved)} đơn ({percent(p.resolved, p.to_resolve)}), trong đó "
        f"{n(p.on_time)} đơn đúng hạn và {n(p.resolved - p.on_time)} đơn không bảo đảm thời "
        f"hạn; còn {n(p.overdue)} đơn quá hạn chưa giải quyết.",
        f"So với kỳ trước ({f.previous.title_vi}: tiếp nhận {n(prev.received)} đơn, giải "
        f"quyết {n(prev.resolved)} đơn), số đơn tiếp nhận {_change(p.received, prev.received)}"
        f"; so với cùng kỳ năm trước ({f.year_earlier.title_vi}: tiếp nhận "
        f"{n(earlier.received)} đơn, giải quyết {n(earlier.resolved)} đơn), số đơn tiếp nhận "
        f"{_change(p.received, earlier.received)}.",
    ]
    kinds = [
        _petition_line(k.label_vi.lower(), f.stats.by_kind.get(k.value, PetitionFigures()))
        for k in PetitionKind
    ]
    lines.append("Theo loại đơn: " + "; ".join(kinds) + ".")
    labels = {field.value: field.label_vi for field in PetitionField}
    fields = sorted(
        ((code, figures) for code, figures in f.stats.by_field.items() if figures.received),
        key=lambda item: (-item[1].received, labels.get(item[0], item[0])),
    )
    if fields:
        named = [_petition_line(labels.get(code, code), figures) for code, figures in fields]
        lines.append("Theo lĩnh vực: " + _listed(named, "lĩnh vực") + ".")
    return "\n".join(lines)


def trainings(f: ReportFigures) -> str:
    t = f.stats.trainings
    assert t is not None
    lines = [
        f"Trong kỳ, đã tổ chức {n(t.events)} lớp tập huấn với {n(t.participants)} lượt người "
        f"tham dự, trong đó {n(t.members_trained)} thành viên Ban Chỉ đạo được tập huấn."
    ]
    for event in f.trainings:
        days = format_date(event.starts_on)
        if event.ends_on != event.starts_on:
            days += f" - {format_date(event.ends_on)}"
        line = f"- {event.title.rstrip(' .')} ({days}): {n(event.present)} người tham dự"
        if event.topics:
            line += "; chuyên đề: " + "; ".join(x.rstrip(" .;") for x in event.topics)
        lines.append(line + ".")
    if f.attendance_by_agency:
        named = [
            f"{agency or NO_TRAINING_AGENCY} {n(count)} lượt"
            for agency, count in f.attendance_by_agency
        ]
        lines.append("Tham dự theo cơ quan: " + _listed(named, "cơ quan") + ".")
    members = [a for a in f.attendees if a.member]
    if members:
        named = [f"{a.name} ({n(a.events)} lớp)" for a in members]
        lines.append("Thành viên Ban Chỉ đạo tham dự: " + _listed(named, "thành viên") + ".")
    others = len(f.attendees) - len(members)
    if others:
        lines.append(f"Ngoài ra có {n(others)} cán bộ, công chức khác tham dự.")
    return "\n".join(lines)


def assessment(f: ReportFigures) -> str:
    tasks, p = f.stats.tasks, f.stats.petitions
    assert tasks is not None
    text = (
        f"Ban Chỉ đạo đã hoàn thành {n(tasks.done)}/{n(tasks.due)} nhiệm vụ đến hạn "
        f"({percent(tasks.done, tasks.due)}); giải quyết {n(p.resolved)}/{n(p.to_resolve)} đơn "
        f"thư phải giải quyết ({percent(p.resolved, p.to_resolve)}), trong đó đúng hạn "
        f"{n(p.on_time)}/{n(p.resolved)} đơn ({percent(p.on_time, p.resolved)})."
    )
    if tasks.overdue or p.overdue:
        text += (
            f"\nHạn chế: còn {n(tasks.overdue)} nhiệm vụ và {n(p.overdue)} đơn thư quá hạn "
            "chưa được giải quyết."
        )
    else:
        text += "\nTrong kỳ không còn nhiệm vụ hay đơn thư quá hạn (0 nhiệm vụ, 0 đơn)."
    return text


def next_steps(f: ReportFigures) -> str:
    tasks = f.stats.tasks
    assert tasks is not None
    return (
        f"Tiếp tục giải quyết {n(f.pending_at_end)} đơn thư còn tồn chuyển sang kỳ sau, trong "
        f"đó {n(f.stats.petitions.overdue)} đơn đã quá hạn; hoàn thành {n(tasks.overdue)} "
        f"nhiệm vụ quá hạn và {n(f.tasks_due_next)} nhiệm vụ đến hạn từ ngày "
        f"{format_date(f.next_period.start)} đến ngày {format_date(f.next_period.end)}."
    )


def proposals(f: ReportFigures) -> str:
    tasks, p = f.stats.tasks, f.stats.petitions
    assert tasks is not None
    lines = []
    if f.overdue_tasks:
        agencies = vi_sorted({t.lead_agency or NO_AGENCY for t in f.overdue_tasks})
        lines.append(
            f"Đề nghị các cơ quan chủ trì ({_listed(agencies, 'cơ quan')}) khẩn trương hoàn "
            f"thành {n(len(f.overdue_tasks))} nhiệm vụ quá hạn."
        )
    if p.overdue:
        lines.append(
            f"Đề nghị các cơ quan có thẩm quyền giải quyết dứt điểm {n(p.overdue)} đơn thư quá hạn."
        )
    if not lines:
        lines.append(
            "Đề nghị các cơ quan thành viên tiếp tục thực hiện đúng hạn các nhiệm vụ được giao; "
            f"trong kỳ có {n(tasks.overdue)} nhiệm vụ và {n(p.overdue)} đơn thư quá hạn."
        )
    return "\n".join(lines)


WRITERS: dict[str, Callable[[ReportFigures], str]] = dict(
    zip(
        DEFAULT_SECTIONS,
        (overview, tasks_and_meetings, petitions, trainings, assessment, next_steps, proposals),
        strict=True,
    )
)


def draft_sections(f: ReportFigures) -> dict[str, str]:
    """The drafted text of every usual section, by heading."""
    return {heading: write(f) for heading, write in WRITERS.items()}
