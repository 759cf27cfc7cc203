"""Messages about files: documents written, spreadsheets read."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "document.cancelled_meeting": Text(
        "The meeting was cancelled: it has no minutes",
        "Cuộc họp đã bị hủy: không có biên bản",
    ),
    "document.missing_glyph": Text(
        "The document font ({font}) cannot show {chars} in “{text}”; "
        "remove or replace the character",
        "Phông chữ của văn bản ({font}) không hiển thị được {chars} trong “{text}”; "
        "hãy bỏ hoặc thay ký tự đó",
    ),
    "document.font_missing": Text(
        "The bundled document font is missing: {files}",
        "Thiếu phông chữ đi kèm của văn bản: {files}",
    ),
    "file.wrong_type": Text("Use a {suffix} file: {name}", "Hãy dùng tệp {suffix}: {name}"),
    "file.missing": Text("There is no {path}", "Không có {path}"),
    "file.not_a_file": Text("Not a file: {path}", "Không phải là tệp: {path}"),
    "file.is_folder": Text(
        "This is a folder; give a file name: {path}", "Đây là thư mục; hãy cho tên tệp: {path}"
    ),
    "file.no_folder": Text("The folder {path} does not exist", "Không có thư mục {path}"),
    "file.unreadable": Text(
        "The file {name} cannot be read: {reason}", "Không đọc được tệp {name}: {reason}"
    ),
    "file.empty": Text("The file {name} is empty", "Tệp {name} trống"),
    "document.csv_not_utf8": Text(
        "The file {name} is not UTF-8 text and cannot be read safely. "
        "In Excel choose File > Save As, "
        "set the file type to “CSV UTF-8 (Comma delimited) (*.csv)” or “Excel Workbook "
        "(*.xlsx)”, save, and import the new file.",
        "Tệp {name} không phải văn bản UTF-8 và không đọc được chắc chắn. Trong Excel, chọn "
        "Tệp > Lưu như (File > Save As), ở ô kiểu tệp chọn “CSV UTF-8 (*.csv)” hoặc "
        "“Sổ làm việc Excel (*.xlsx)”, lưu, rồi nhập tệp mới đó.",
    ),
}
