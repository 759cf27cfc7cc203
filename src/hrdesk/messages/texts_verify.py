"""What checking and importing a package found (bundles/verify, bundles/receive): each
check's name, its outcome line, the chain's refusals and warnings, and the import's
result. {office} and {period} come from the package, escaped by bundles/shown."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "check.warning": Text("Warning: {text:lower}", "Cảnh báo: {text:lower}"),
    "check.ok_zip": Text(
        "Read as HR Desk writes it, {count} entries, {size} bytes",
        "Đọc được đúng dạng HR Desk ghi, {count} mục, {size} byte",
    ),
    "check.ok_bag": Text("Exactly one bag folder, {folder}", "Đúng một thư mục gói, {folder}"),
    "check.ok_signature": Text(
        "By office key {key}, comment signed",
        "Bằng khóa văn phòng {key}, phần chú thích đã được ký",
    ),
    "check.ok_signature_office": Text(
        "By office key {key} ({office}), comment signed",
        "Bằng khóa văn phòng {key} ({office}), phần chú thích đã được ký",
    ),
    "check.ok_tag_manifest": Text("All {count} tag files match", "Cả {count} tệp thẻ đều khớp"),
    "check.ok_payload_complete": Text(
        "Files: {count}, none missing or unlisted", "Số tệp: {count}, không thiếu, không thừa"
    ),
    "check.ok_bag_info": Text(
        "Package {sequence} of {office}, {period}", "Gói số {sequence} của {office}, {period}"
    ),
    "check.ok_payload": Text(
        "All {count} files match their SHA-512", "Cả {count} tệp đều khớp mã SHA-512"
    ),
    "check.replay_uid": Text(
        "Package {uid} was already received (a replay)",
        "Gói {uid} đã được nhận trước đây (gửi lại)",
    ),
    "check.replay": Text(
        "Package {sequence} was already received (a replay)",
        "Gói số {sequence} đã được nhận trước đây (gửi lại)",
    ),
    "check.not_after": Text(
        "Package {sequence} is not after the last one received, {last} "
        "(a replay or an old package)",
        "Gói số {sequence} không đứng sau gói cuối cùng đã nhận, số {last} (gửi lại hoặc gói cũ)",
    ),
    "check.previous_differs": Text(
        "Package {sequence} does not name package {last} as the one before it "
        "(previous hash differs)",
        "Gói số {sequence} không ghi gói số {last} là gói liền trước (mã băm của gói trước khác)",
    ),
    "check.follows": Text("Follows package {last}", "Nối tiếp gói số {last}"),
    "check.after_gap": Text(
        "After package {last}, with a gap ({gap})", "Sau gói số {last}, có chỗ hở ({gap})"
    ),
    "check.chain_unknown": Text(
        "Not checked: no earlier package of this office is known",
        "Không kiểm tra: chưa biết gói nào trước đây của văn phòng này",
    ),
    "check.first_known": Text(
        "This is package {sequence}; no earlier package of this office is known here",
        "Đây là gói số {sequence}; ở đây chưa biết gói nào trước đó của văn phòng này",
    ),
    "check.missing_before": Text(
        "Package(s) missing before this one: {gap}", "Thiếu (các) gói trước gói này: {gap}"
    ),
    "receive.imported": Text(
        "Imported package {sequence} of {office}, {period}",
        "Đã nhập gói số {sequence} của {office}, {period}",
    ),
    "receive.already": Text(
        "Already imported on {day}: package {sequence} of {office}, {period}; nothing to do",
        "Đã nhập ngày {day}: gói số {sequence} của {office}, {period}; không cần làm gì",
    ),
    "receive.not_imported": Text(
        "Not imported: {check}: {reason:lower}", "Chưa nhập: {check}: {reason:lower}"
    ),
    "receive.not_verified": Text(
        "Not imported: the package could not be checked",
        "Chưa nhập: không kiểm tra được gói",
    ),
    "receive.name_taken": Text(
        "Another key is already trusted for {office}: if this is that office's new key, "
        "trust it under that name (hrdesk key trust FILE.pub --office '{office}')",
        "Đã có một khóa khác được tin cậy cho {office}: nếu đây là khóa mới của văn phòng đó, "
        "hãy tin cậy nó dưới tên ấy (hrdesk key trust TỆP.pub --office '{office}')",
    ),
    "receive.not_a_file": Text("Not a file: {path}", "Không phải là tệp: {path}"),
    "receive.no_trusted_key": Text(
        "No office key is trusted here yet: add one with `hrdesk key trust FILE.pub`",
        "Ở đây chưa tin cậy khóa văn phòng nào: hãy thêm bằng `hrdesk key trust TỆP.pub`",
    ),
    "receive.kept_unreadable": Text(
        "The kept package cannot be read: {reason:lower}",
        "Không đọc được gói đã lưu: {reason:lower}",
    ),
    "receive.no_file": Text("The package has no file {name}", "Gói không có tệp {name}"),
    "receive.no_content": Text(
        "Package {sequence} has no kept content", "Gói số {sequence} không có nội dung được lưu"
    ),
}
