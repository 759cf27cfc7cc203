"""Why the bag inside a package is refused (bundles/bagit, bundles/labels,
bundles/bagcheck). Names from the package ({name}, {names}) come escaped by
bundles/shown; {file} is one of the bag's tag files, named as BagIt names it."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "bag.not_utf8": Text("The file {file} is not UTF-8", "Tệp {file} không phải UTF-8"),
    "bag.manifest_line": Text(
        "The file {file}, line {number}: not '<sha512> <path>'",
        "Tệp {file}, dòng {number}: không có dạng '<sha512> <đường dẫn>'",
    ),
    "bag.listed_twice": Text(
        "The file {file} lists {name} twice", "Tệp {file} liệt kê {name} hai lần"
    ),
    "bag.continuation": Text(
        "The file {file}, line {number}: continuation of nothing",
        "Tệp {file}, dòng {number}: dòng viết tiếp mà không có dòng nào trước nó",
    ),
    "bag.info_line": Text(
        "The file {file}, line {number}: not 'Label: value'",
        "Tệp {file}, dòng {number}: không có dạng 'Nhãn: giá trị'",
    ),
    "bag.label_once": Text(
        "The label {label} must appear exactly once", "Nhãn {label} phải có đúng một lần"
    ),
    "bag.not_uid": Text(
        "The label {label} is not a package uid", "Nhãn {label} không phải là mã của một gói"
    ),
    "bag.not_sequence": Text(
        "The label {label} is not a positive number", "Nhãn {label} không phải là số dương"
    ),
    "bag.not_previous": Text(
        "The label {label} is neither '{none}' nor a SHA-512",
        "Nhãn {label} không phải '{none}' cũng không phải mã SHA-512",
    ),
    "bag.not_personal": Text(
        "The label {label} is neither 'excluded' nor 'included'",
        "Nhãn {label} không phải 'excluded' cũng không phải 'included'",
    ),
    "bag.not_date": Text(
        "The label {label} is not a date (YYYY-MM-DD)",
        "Nhãn {label} không phải là ngày (viết YYYY-MM-DD)",
    ),
    "check.one_folder": Text(
        "Expected exactly one bag folder, found: {found}",
        "Cần đúng một thư mục gói (bag), nhưng thấy: {found}",
    ),
    "check.folder_name": Text(
        "The bag folder's name {name} is not [A-Za-z0-9._-]",
        "Tên thư mục gói {name} có ký tự ngoài [A-Za-z0-9._-]",
    ),
    "check.tag_too_large": Text(
        "The file {file} is {size} bytes; at most {limit} expected",
        "Tệp {file} dài {size} byte; chỉ được tối đa {limit} byte",
    ),
    "check.tag_missing": Text("The file {file} is missing", "Thiếu tệp {file}"),
    "check.signature_unreadable": Text(
        "The file {file} cannot be read: {reason:lower}",
        "Không đọc được tệp {file}: {reason:lower}",
    ),
    "check.key_not_trusted": Text(
        "Signed with key {key}, which is not trusted here (give the office's public key "
        "with --key, or trust it: hrdesk key trust FILE.pub)",
        "Gói được ký bằng khóa {key}, khóa này chưa được tin cậy ở đây (hãy cho khóa công khai "
        "của văn phòng gửi bằng --key, hoặc tin cậy khóa đó: hrdesk key trust TỆP.pub)",
    ),
    "check.first_line_changed": Text(
        "The signature file's first line was changed", "Dòng đầu của tệp chữ ký đã bị sửa"
    ),
    "check.not_hrdesk_comment": Text(
        "The trusted comment is not an HR Desk package's",
        "Phần chú thích được ký không phải của một gói HR Desk",
    ),
    "check.tags_listed": Text(
        "The tag manifest lists {names}, not exactly {expected}",
        "Danh mục tệp thẻ liệt kê {names}, không đúng là {expected}",
    ),
    "check.unlisted": Text(
        "Unlisted file(s) in the bag: {names}", "Trong gói có tệp không được liệt kê: {names}"
    ),
    "check.changed": Text(
        "The file {file} was changed (SHA-512 differs)",
        "Tệp {file} đã bị thay đổi (mã SHA-512 khác)",
    ),
    "check.bagit_txt": Text(
        "The file bagit.txt is not BagIt 1.0 in UTF-8",
        "Tệp bagit.txt không phải BagIt 1.0 viết bằng UTF-8",
    ),
    "check.unsafe_names": Text(
        "Unsafe name(s) in the manifest: {names}", "Danh mục có tên không an toàn: {names}"
    ),
    "check.listed_missing": Text(
        "Listed but missing: {names}", "Có trong danh mục nhưng thiếu tệp: {names}"
    ),
    "check.not_listed": Text("Not in the manifest: {names}", "Không có trong danh mục: {names}"),
    "check.no_payload": Text("The bag holds no payload", "Gói không có tệp dữ liệu nào"),
    "check.oxum": Text(
        "Payload-Oxum says {declared}, the payload is {actual}",
        "Payload-Oxum ghi {declared}, nhưng phần dữ liệu là {actual}",
    ),
    "check.info_key": Text(
        "The file bag-info.txt names key {key}, signed with another key",
        "Tệp bag-info.txt ghi khóa {key}, nhưng gói được ký bằng khóa khác",
    ),
    "check.info_comment": Text(
        "The file bag-info.txt does not agree with the signed comment",
        "Tệp bag-info.txt không khớp với phần chú thích được ký",
    ),
}
