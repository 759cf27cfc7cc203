"""The stages a package goes through while it is built, written, checked or imported: the
bundles report each as a code (bundles/progress.py), the window shows its text in the
officer's language."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "stage.preparing_key": Text("Preparing the office key…", "Đang chuẩn bị khóa văn phòng…"),
    "stage.collecting_records": Text(
        "Collecting the period's records…", "Đang thu thập hồ sơ của kỳ báo cáo…"
    ),
    "stage.signing": Text("Signing the package…", "Đang ký gói…"),
    "stage.zipping": Text("Zipping the package…", "Đang nén gói…"),
    "stage.writing": Text("Writing the package to the folder…", "Đang ghi gói vào thư mục…"),
    "stage.reading_back": Text(
        "Reading the package back and checking it…", "Đang đọc lại và kiểm tra gói…"
    ),
    "stage.written": Text("Written and verified.", "Đã ghi và kiểm tra xong."),
    "stage.checking": Text("Checking the package…", "Đang kiểm tra gói…"),
    "stage.checked": Text("Checked.", "Đã kiểm tra xong."),
    "stage.unpacking": Text("Unpacking the package…", "Đang giải nén gói…"),
    "stage.copying_in": Text("Copying the package in…", "Đang chép gói vào…"),
    "stage.keeping": Text("Keeping the package…", "Đang lưu gói…"),
}
