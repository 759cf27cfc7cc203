"""The board's words, Vietnamese first, English selectable (a cookie remembers the choice)."""

from __future__ import annotations

from collections.abc import Callable

LANGS = ("vi", "en")
DEFAULT = "vi"

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Văn phòng thường trực — tiếp nhận báo cáo", "Central office — report packages"),
    "signin": ("Đăng nhập", "Sign in"),
    "signout": ("Đăng xuất", "Sign out"),
    "name": ("Tên đăng nhập", "Account name"),
    "password": ("Mật khẩu", "Password"),
    "wrong": ("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong account name or password."),
    "wait": (
        "Nhập sai nhiều lần: xin thử lại sau {seconds} giây.",
        "Too many wrong passwords: try again in {seconds} seconds.",
    ),
    "csrf": (
        "Phiên làm việc đã hết hạn, xin tải lại trang và thử lại.",
        "The form has expired: reload the page and try again.",
    ),
    "forbidden": ("Tài khoản của bạn không có quyền này.", "Your account may not do this."),
    "period": ("Kỳ báo cáo", "Reporting period"),
    "show": ("Xem", "Show"),
    "bad_period": ("Kỳ báo cáo không hợp lệ: {period}", "Not a reporting period: {period}"),
    "province": ("Tỉnh, thành phố", "Province"),
    "office": ("Cơ quan", "Office"),
    "state": ("Tình trạng", "State"),
    "sequence": ("Số thứ tự gói", "Package no."),
    "received": ("Thời điểm nhận", "Received"),
    "due": ("Hạn gửi", "Due"),
    "on_time": ("Đúng hạn", "On time"),
    "late": ("Chậm", "Late"),
    "gap": ("Thiếu gói trước", "Gap in sequence"),
    "refused": ("Bị từ chối", "Refused"),
    "missing": ("Chưa gửi", "Missing"),
    "waiting": ("Chưa đến hạn", "Not yet due"),
    "no_office": ("Chưa đăng ký", "Not registered"),
    "national": ("Số liệu tổng hợp toàn quốc", "National consolidated tables"),
    "excel": ("Tải Excel", "Download Excel"),
    "pdf": ("Tải PDF", "Download PDF"),
    "covers": ("Tổng hợp từ {count}/34 tỉnh, thành phố", "Sums of {count} of 34 provinces"),
    "packages": ("Các gói báo cáo", "Packages"),
    "receipt": ("Biên nhận", "Receipt"),
    "report": ("Báo cáo (PDF)", "Report (PDF)"),
    "package": ("Gói", "Package"),
    "warnings": ("Cảnh báo", "Warnings"),
    "refusals": ("Các gói bị từ chối", "Refused packages"),
    "reason": ("Lý do", "Reason"),
    "back": ("Về bảng tổng hợp", "Back to the board"),
    "figures": ("Số liệu của tỉnh trong kỳ", "The province's figures for the period"),
    "no_figures": ("Chưa có số liệu.", "No figures yet."),
    "not_found": ("Không tìm thấy.", "Not found."),
    "language": ("English", "Tiếng Việt"),
}


def translator(lang: str) -> Callable[..., str]:
    index = 0 if lang != "en" else 1

    def t(key: str, **values: object) -> str:
        text = WORDS[key][index]
        return text.format(**values) if values else text

    return t


def other(lang: str) -> str:
    return "en" if lang == "vi" else "vi"
