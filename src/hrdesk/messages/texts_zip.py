"""Why a zip is not one HR Desk reads (bundles/zipsafety, bundles/zipstream): each names
the first deviation found, and the entry it is in ({name}, escaped by bundles/shown)."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "zip.too_short": Text("Not a zip file (too short)", "Không phải tệp zip (quá ngắn)"),
    "zip.no_end_record": Text(
        "Not a zip file (no end record in its last 22 bytes)",
        "Không phải tệp zip (22 byte cuối không phải bản ghi kết thúc)",
    ),
    "zip.comment_missing": Text(
        "The end record announces an archive comment that is not there",
        "Bản ghi kết thúc báo có chú thích của tệp zip nhưng không có",
    ),
    "zip.comment": Text(
        "An archive comment of {size} bytes is not accepted",
        "Không chấp nhận chú thích của tệp zip (dài {size} byte)",
    ),
    "zip.after_end": Text(
        "There are {size} bytes after the zip's end record",
        "Có {size} byte nằm sau bản ghi kết thúc của tệp zip",
    ),
    "zip.second_end": Text(
        "A second end record inside the end record",
        "Có bản ghi kết thúc thứ hai nằm trong bản ghi kết thúc",
    ),
    "zip.split": Text(
        "A zip split over several disks is not accepted",
        "Không chấp nhận tệp zip chia thành nhiều đĩa",
    ),
    "zip.zip64_end": Text(
        "A ZIP64 end record (for over 65,535 entries or 4 GB), which no package needs",
        "Có bản ghi kết thúc ZIP64 (dành cho hơn 65.535 mục hoặc 4 GB), điều không gói nào cần",
    ),
    "zip.zip64_locator": Text(
        "A ZIP64 locator before the end record, which no package needs",
        "Có bộ định vị ZIP64 trước bản ghi kết thúc, điều không gói nào cần",
    ),
    "zip.count_on_disk": Text(
        "The end record counts {on_disk} entries on its disk, {count} in all",
        "Bản ghi kết thúc đếm {on_disk} mục trên đĩa của nó nhưng {count} mục tất cả",
    ),
    "zip.file_too_large": Text(
        "The file is {size} bytes; a package may be at most {limit}",
        "Tệp dài {size} byte; một gói chỉ được dài tối đa {limit} byte",
    ),
    "zip.too_many_entries": Text(
        "The zip holds {count} entries; at most {limit} are accepted",
        "Tệp zip có {count} mục; chỉ chấp nhận tối đa {limit} mục",
    ),
    "zip.no_entries": Text("The zip holds no entries", "Tệp zip không có mục nào"),
    "zip.before_first": Text(
        "Bytes before the first entry (the file does not start with one)",
        "Có byte nằm trước mục đầu tiên (tệp không bắt đầu bằng một mục)",
    ),
    "zip.before_end": Text(
        "There are {size} bytes between the directory and its end",
        "Có {size} byte nằm giữa thư mục trung tâm và bản ghi kết thúc",
    ),
    "zip.directory_misplaced": Text(
        "The zip's directory is not where its end record says",
        "Thư mục trung tâm của tệp zip không nằm ở chỗ bản ghi kết thúc chỉ",
    ),
    "zip.directory_too_large": Text(
        "A directory of {size} bytes is larger than {count} entries need",
        "Thư mục trung tâm dài {size} byte, lớn hơn mức {count} mục cần",
    ),
    "zip.directory_order": Text(
        "The directory lists the entries in another order than the file holds",
        "Thư mục trung tâm liệt kê các mục theo thứ tự khác với thứ tự trong tệp",
    ),
    "zip.directory_more": Text(
        "The directory holds more entries than the {count} announced",
        "Thư mục trung tâm chứa nhiều hơn {count} mục đã báo",
    ),
    "zip.directory_damaged": Text(
        "Damaged central directory at its entry {number}",
        "Thư mục trung tâm bị hỏng ở mục thứ {number}",
    ),
    "zip.directory_count": Text(
        "The end record announces {count} entries, the directory holds {found}",
        "Bản ghi kết thúc báo {count} mục, thư mục trung tâm chứa {found} mục",
    ),
    "zip.too_large_unpacked": Text(
        "The zip would unpack to more than {limit} bytes",
        "Tệp zip giải nén ra sẽ hơn {limit} byte",
    ),
    "zip.before_directory": Text(
        "There are {size} bytes between the last entry and the directory",
        "Có {size} byte nằm giữa mục cuối và thư mục trung tâm",
    ),
    "zip.into_directory": Text(
        "The last entry runs into the zip's directory",
        "Mục cuối lấn vào thư mục trung tâm của tệp zip",
    ),
    "zip.name_not_utf8": Text(
        "An entry's name is not valid UTF-8: {name}",
        "Tên của một mục không phải UTF-8 hợp lệ: {name}",
    ),
    "zip.name_not_marked": Text(
        "Entry {name}: a non-ASCII name not marked as UTF-8",
        "Mục {name}: tên có ký tự ngoài ASCII nhưng không được đánh dấu là UTF-8",
    ),
    "zip.name_bad": Text(
        "Entry {name}: name too long or with control characters",
        "Mục {name}: tên quá dài hoặc có ký tự điều khiển",
    ),
    "zip.name_backslash": Text(
        "Entry {name}: backslash in a name", "Mục {name}: tên có dấu gạch chéo ngược"
    ),
    "zip.name_absolute": Text("Entry {name}: absolute path", "Mục {name}: đường dẫn tuyệt đối"),
    "zip.folder_entry": Text(
        "Entry {name}: folder entries are not accepted (files only)",
        "Mục {name}: không chấp nhận mục thư mục (chỉ nhận tệp)",
    ),
    "zip.name_part": Text(
        "Entry {name}: empty, '.' or '..' path part",
        "Mục {name}: đường dẫn có phần rỗng, '.' hoặc '..'",
    ),
    "zip.name_deep": Text(
        "Entry {name}: folders nested too deep", "Mục {name}: thư mục lồng nhau quá sâu"
    ),
    "zip.name_windows": Text(
        "Entry {name}: a name Windows cannot hold as it is",
        "Mục {name}: Windows không giữ được tên này như nó được viết",
    ),
    "zip.name_twice": Text(
        "Entry {name}: appears twice (perhaps in another letter case)",
        "Mục {name}: xuất hiện hai lần (có thể khác nhau chữ hoa, chữ thường)",
    ),
    "zip.under_file": Text(
        "Entry {name}: lies under a file of the same name",
        "Mục {name}: nằm dưới một tệp trùng tên với thư mục của nó",
    ),
    "zip.encrypted": Text(
        "Entry {name}: encrypted entries are not accepted",
        "Mục {name}: không chấp nhận mục được mã hóa",
    ),
    "zip.method": Text(
        "Entry {name}: compression method {method} is not accepted",
        "Mục {name}: không chấp nhận phương thức nén {method}",
    ),
    "zip.data_descriptor": Text(
        "Entry {name}: a data descriptor after the data is not accepted",
        "Mục {name}: không chấp nhận phần mô tả dữ liệu đặt sau dữ liệu",
    ),
    "zip.flags": Text("Entry {name}: unknown flags {flags}", "Mục {name}: cờ không rõ {flags}"),
    "zip.version": Text(
        "Entry {name}: needs zip version {version} (HR Desk writes 2.0)",
        "Mục {name}: cần zip phiên bản {version} (HR Desk ghi phiên bản 2.0)",
    ),
    "zip.extra_fields": Text(
        "Entry {name}: extra fields are not accepted",
        "Mục {name}: không chấp nhận trường bổ sung (extra field)",
    ),
    "zip.entry_comment": Text(
        "Entry {name}: entry comments are not accepted",
        "Mục {name}: không chấp nhận chú thích của mục",
    ),
    "zip.other_disk": Text("Entry {name}: on another disk", "Mục {name}: nằm trên đĩa khác"),
    "zip.unknown_system": Text(
        "Entry {name}: made by an unknown system ({host})",
        "Mục {name}: do một hệ thống không rõ tạo ra ({host})",
    ),
    "zip.symlink": Text(
        "Entry {name}: symbolic links are not accepted",
        "Mục {name}: không chấp nhận liên kết tượng trưng",
    ),
    "zip.not_a_file": Text(
        "Entry {name}: only files are accepted", "Mục {name}: chỉ chấp nhận tệp"
    ),
    "zip.stored_sizes": Text(
        "Entry {name}: stored, but its two sizes differ",
        "Mục {name}: lưu không nén nhưng hai kích thước khác nhau",
    ),
    "zip.entry_too_large": Text(
        "Entry {name}: {size} bytes is more than one entry may hold",
        "Mục {name}: {size} byte, nhiều hơn mức một mục được phép",
    ),
    "zip.bomb": Text(
        "Entry {name}: compressed {ratio} to 1 (a zip bomb?)",
        "Mục {name}: nén {ratio} lần (một quả bom zip?)",
    ),
    "zip.overlap": Text(
        "Entry {name}: overlaps the entry before it, or is out of order",
        "Mục {name}: chồng lên mục trước nó hoặc sai thứ tự",
    ),
    "zip.gap_first": Text(
        "There are {size} bytes before the first entry (at {name})",
        "Có {size} byte nằm trước mục đầu tiên (tại {name})",
    ),
    "zip.gap_between": Text(
        "There are {size} bytes between two entries (at {name})",
        "Có {size} byte nằm giữa hai mục (tại {name})",
    ),
    "zip.no_local_header": Text(
        "Entry {name}: no local header where the directory says",
        "Mục {name}: không có phần đầu cục bộ ở chỗ thư mục trung tâm chỉ",
    ),
    "zip.local_header_differs": Text(
        "Entry {name}: its local header disagrees with the directory",
        "Mục {name}: phần đầu cục bộ không khớp với thư mục trung tâm",
    ),
    # Found while an entry streams (bundles/zipstream).
    "zip.data_cut": Text(
        "Entry {name}: the file ends inside its data",
        "Mục {name}: tệp kết thúc giữa chừng dữ liệu của mục",
    ),
    "zip.after_deflate": Text(
        "Entry {name}: bytes after the end of its deflate stream",
        "Mục {name}: có byte nằm sau điểm kết thúc của dòng nén deflate",
    ),
    "zip.deflate_cut": Text(
        "Entry {name}: its deflate stream is cut short",
        "Mục {name}: dòng nén deflate bị cắt cụt",
    ),
    "zip.unpacks_more": Text(
        "Entry {name}: unpacks to more than its declared size",
        "Mục {name}: giải nén ra nhiều hơn kích thước đã khai",
    ),
    "zip.unpacks_less": Text(
        "Entry {name}: unpacks to less than its declared size",
        "Mục {name}: giải nén ra ít hơn kích thước đã khai",
    ),
    "zip.damaged_data": Text(
        "Entry {name}: damaged compressed data", "Mục {name}: dữ liệu nén bị hỏng"
    ),
    "zip.crc": Text(
        "Entry {name}: its CRC does not match its bytes",
        "Mục {name}: mã CRC không khớp với nội dung",
    ),
    "zip.entry_over_limit": Text(
        "Entry {name}: {size} bytes, at most {limit} expected",
        "Mục {name}: {size} byte, chỉ được tối đa {limit} byte",
    ),
    "zip.clash": Text(
        "Entry {name}: clashes with another entry", "Mục {name}: trùng chỗ với một mục khác"
    ),
    "zip.folder_not_empty": Text("The folder {path} is not empty", "Thư mục {path} không trống"),
    "zip.outside": Text(
        "Entry {name}: would land outside the folder", "Mục {name}: sẽ nằm ra ngoài thư mục"
    ),
}
