"""The committee's fixed vocabularies: stored as short English codes, shown in Vietnamese.

Each choice carries its Vietnamese and English labels, so documents, exports and the
command line show the same words the window does.
"""

from __future__ import annotations

from enum import StrEnum

from hrdesk.domain.errors import ValidationError
from hrdesk.messages import Localized


class Choice(StrEnum):
    """A stored code with labels. Members are declared as `CODE = ("code", "vi", "en")`."""

    # Set on each member by __new__ (annotations alone make no enum member).
    label_vi: str
    label_en: str

    def __new__(cls, value: str, label_vi: str = "", label_en: str = "") -> Choice:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi or value
        member.label_en = label_en or value
        return member

    def label(self, lang: str = "vi") -> str:
        return self.label_vi if lang == "vi" else self.label_en

    @property
    def localized(self) -> Localized:
        """Both labels, for a message's parameter."""
        return Localized(self.label_vi, self.label_en)

    @classmethod
    def parse(cls, text: str, field: str) -> Choice:
        """Accept the code or either label, case-insensitively (imports and the CLI use this)."""
        from hrdesk.domain.text import fold

        wanted = fold(str(text))
        for member in cls:
            names = {member.value, member.label_vi, member.label_en}
            # "Kiến nghị" or "phản ánh" alone name "Kiến nghị, phản ánh".
            names.update(
                part for label in (member.label_vi, member.label_en) for part in label.split(",")
            )
            if wanted in {fold(n) for n in names}:
                return member
        raise ValidationError(
            field, "field.not_a_choice", value=text, allowed=[m.value for m in cls]
        )


class AgencyKind(Choice):
    PARTY = ("party", "Cơ quan Đảng", "Party body")
    GOVERNMENT = ("government", "Văn phòng UBND", "People's Committee office")
    DEPARTMENT = ("department", "Sở, ngành", "Department")
    POLICE = ("police", "Công an", "Police")
    MILITARY = ("military", "Quân sự, Biên phòng", "Military, border guard")
    COURT = ("court", "Tòa án", "Court")
    PROCURACY = ("procuracy", "Viện kiểm sát", "Procuracy")
    INSPECTORATE = ("inspectorate", "Thanh tra", "Inspectorate")
    ETHNIC_AFFAIRS = ("ethnic_affairs", "Dân tộc và Tôn giáo", "Ethnic and religious affairs")
    MASS_ORGANISATION = ("mass_organisation", "Tổ chức chính trị - xã hội", "Mass organisation")
    PRESS = ("press", "Báo chí", "Press")
    OTHER = ("other", "Khác", "Other")


class MemberRole(Choice):
    HEAD = ("head", "Trưởng ban", "Head")
    STANDING_DEPUTY = ("standing_deputy", "Phó Trưởng ban Thường trực", "Standing deputy head")
    DEPUTY = ("deputy", "Phó Trưởng ban", "Deputy head")
    MEMBER = ("member", "Ủy viên", "Member")
    SECRETARY = ("secretary", "Thư ký", "Secretary")


class TaskSource(Choice):
    PLAN = ("plan", "Kế hoạch", "Plan")
    DIRECTIVE = ("directive", "Chỉ đạo cấp trên", "Directive")
    MEETING = ("meeting", "Kết luận cuộc họp", "Meeting conclusion")
    OTHER = ("other", "Khác", "Other")


class TaskStatus(Choice):
    OPEN = ("open", "Chưa thực hiện", "Not started")
    IN_PROGRESS = ("in_progress", "Đang thực hiện", "In progress")
    DONE = ("done", "Hoàn thành", "Done")
    CANCELLED = ("cancelled", "Hủy", "Cancelled")


TASK_OPEN_STATUSES = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


class PetitionKind(Choice):
    COMPLAINT = ("complaint", "Khiếu nại", "Complaint")
    DENUNCIATION = ("denunciation", "Tố cáo", "Denunciation")
    RECOMMENDATION = ("recommendation", "Kiến nghị, phản ánh", "Recommendation or feedback")


class Channel(Choice):
    DIRECT = ("direct", "Trực tiếp", "In person")
    POST = ("post", "Bưu chính", "Post")
    EMAIL = ("email", "Thư điện tử", "Email")
    ONLINE = ("online", "Cổng dịch vụ công", "Online portal")
    HOTLINE = ("hotline", "Đường dây nóng", "Hotline")
    TRANSFERRED = ("transferred", "Cơ quan khác chuyển đến", "Transferred in")
    # Tiếp công dân trực tuyến: a channel from Law 136/2025/QH15 (in force 01/07/2026).
    ONLINE_RECEPTION = ("online_reception", "Tiếp công dân trực tuyến", "Online citizen reception")


class PetitionField(Choice):
    LAND = ("land", "Đất đai", "Land")
    ADMINISTRATION = ("administration", "Hành chính", "Administration")
    JUSTICE = ("justice", "Tư pháp", "Justice")
    LABOUR = ("labour", "Lao động, việc làm", "Labour and jobs")
    SOCIAL_POLICY = ("social_policy", "Chính sách xã hội", "Social policy")
    HEALTH = ("health", "Y tế", "Health")
    EDUCATION = ("education", "Giáo dục", "Education")
    ENVIRONMENT = ("environment", "Môi trường", "Environment")
    POLICE = ("police", "An ninh, trật tự", "Public order")
    CORRUPTION = ("corruption", "Tham nhũng, tiêu cực", "Corruption")
    OTHER = ("other", "Khác", "Other")


class PetitionStatus(Choice):
    RECEIVED = ("received", "Đã tiếp nhận", "Received")
    CLASSIFIED = ("classified", "Đã phân loại", "Classified")
    ACCEPTED = ("accepted", "Đã thụ lý", "Accepted")
    SUSPENDED = ("suspended", "Tạm đình chỉ", "Temporarily suspended")
    RETURNED = ("returned", "Trả lại, hướng dẫn", "Returned with guidance")
    TRANSFERRED = ("transferred", "Đã chuyển đơn", "Transferred")
    DECIDED = ("decided", "Đã giải quyết", "Decided")
    CLOSED = ("closed", "Đã kết thúc", "Closed")


# A petition in one of these statuses still has a statutory clock running (a temporarily
# suspended complaint's clock stands until it resumes).
PETITION_RUNNING = (PetitionStatus.RECEIVED, PetitionStatus.CLASSIFIED, PetitionStatus.ACCEPTED)


class StepKind(Choice):
    RECEIVED = ("received", "Tiếp nhận", "Received")
    CLASSIFIED = ("classified", "Phân loại", "Classified")
    ACCEPTED = ("accepted", "Thụ lý", "Accepted")
    RETURNED = ("returned", "Trả lại, hướng dẫn", "Returned with guidance")
    TRANSFERRED = ("transferred", "Chuyển đơn", "Transferred")
    EXTENDED = ("extended", "Gia hạn", "Extended")
    SUSPENDED = ("suspended", "Tạm đình chỉ giải quyết", "Temporarily suspended")
    RESUMED = ("resumed", "Tiếp tục giải quyết", "Resumed")
    TERMINATED = ("terminated", "Đình chỉ giải quyết", "Terminated")
    PARTLY_WITHDRAWN = ("partly_withdrawn", "Rút một phần khiếu nại", "Part withdrawn")
    DIALOGUE_SKIPPED = (
        "dialogue_skipped",
        "Người khiếu nại vắng mặt đối thoại không có lý do chính đáng",
        "Complainant skipped the dialogue without a valid reason",
    )
    VERIFIED = ("verified", "Xác minh", "Verified")
    DECIDED = ("decided", "Ra quyết định, kết luận", "Decided")
    CLOSED = ("closed", "Kết thúc", "Closed")
    NOTE = ("note", "Ghi chú", "Note")


class Outcome(Choice):
    UPHELD = ("upheld", "Đúng", "Upheld")
    PARTLY = ("partly", "Đúng một phần", "Partly upheld")
    REJECTED = ("rejected", "Sai", "Not upheld")
    WITHDRAWN = ("withdrawn", "Rút đơn", "Withdrawn")
    TERMINATED = ("terminated", "Đình chỉ giải quyết", "Resolution terminated")
    ANSWERED = ("answered", "Đã trả lời", "Answered")


class MeetingStatus(Choice):
    PLANNED = ("planned", "Dự kiến", "Planned")
    HELD = ("held", "Đã họp", "Held")
    CANCELLED = ("cancelled", "Hủy", "Cancelled")


class ReportStatus(Choice):
    DRAFT = ("draft", "Dự thảo", "Draft")
    FINAL = ("final", "Chính thức", "Final")


class PackageStatus(Choice):
    EXPORTED = ("exported", "Đã xuất", "Exported")
    UPLOADED = ("uploaded", "Đã gửi", "Uploaded")
    ACKNOWLEDGED = ("acknowledged", "Đã xác nhận", "Acknowledged")


class HandlingLevel(Choice):
    """Where a petition is handled. Since 01/07/2025 local government has two tiers: the
    district level (cấp huyện) is gone (Decree 141/2025/NĐ-CP split its powers between
    the commune and the province), so it is not a choice for new records."""

    COMMUNE = ("commune", "Cấp xã", "Commune level")
    PROVINCE = ("province", "Cấp tỉnh", "Provincial level")


class OfficerRole(Choice):
    ADMIN = ("admin", "Quản trị", "Administrator")
    OFFICER = ("officer", "Cán bộ", "Officer")
    VIEWER = ("viewer", "Chỉ xem", "Viewer")


# What each table's records are called, for a record's history: (Vietnamese, English).
RECORD_NAMES: dict[str, tuple[str, str]] = {
    "agencies": ("Cơ quan thành viên", "Member agency"),
    "members": ("Thành viên", "Member"),
    "appointments": ("Quyết định phân công", "Appointment"),
    "tasks": ("Nhiệm vụ", "Task"),
    "task_notes": ("Tiến độ", "Progress note"),
    "task_supporting_agencies": ("Cơ quan phối hợp", "Supporting agency"),
    "petitions": ("Đơn thư", "Petition"),
    "petitioners": ("Người gửi đơn", "Petitioner"),
    "petition_steps": ("Bước xử lý", "Handling step"),
    "training_events": ("Tập huấn", "Training"),
    "training_topics": ("Chuyên đề", "Topic"),
    "training_attendance": ("Học viên", "Participant"),
    "meetings": ("Cuộc họp", "Meeting"),
    "meeting_attendance": ("Thành phần tham dự", "Attendance"),
    "agenda_items": ("Chương trình họp", "Agenda item"),
    "conclusions": ("Kết luận", "Conclusion"),
    "reports": ("Báo cáo", "Report"),
    "report_sections": ("Mục báo cáo", "Report section"),
    "packages": ("Gói báo cáo", "Package"),
    "office": ("Thông tin cơ quan", "Office"),
    "office_holidays": ("Ngày nghỉ", "Holiday"),
    "holiday_decisions": ("Quyết định về ngày nghỉ dự kiến", "Decision on an expected holiday"),
    "document_numbers": ("Số văn bản", "Document number"),
    "settings": ("Cài đặt", "Setting"),
    "officers": ("Tài khoản", "Officer account"),
    "trusted_offices": ("Cơ quan được tin cậy", "Trusted office"),
    "received_packages": ("Gói báo cáo nhận", "Received package"),
    "received_package_files": ("Tệp gói báo cáo nhận", "Received package file"),
}
