"""What `hrdesk check --quick` says: what it looked at, what it found, and that the full
check is `hrdesk check`."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "quick.file": Text(
        "File: opened with its key; {pages} pages of {page_size} bytes ({size} MB), {free} free",
        "Tệp dữ liệu: mở được bằng khóa; {pages} trang, mỗi trang {page_size} byte "
        "({size} MB), {free} trang trống",
    ),
    "quick.tables": Text(
        "Tables: {checked} checked page by page; {sampled} large ones ({names}) read at "
        "their newest {rows} rows",
        "Bảng dữ liệu: {checked} bảng kiểm tra từng trang; {sampled} bảng lớn ({names}) "
        "đọc {rows} dòng mới nhất",
    ),
    "quick.chain_head": Text(
        "Audit log: the newest {checked} entries re-hashed and linked, up to entry "
        "{number} ({hash}…)",
        "Nhật ký: {checked} mục mới nhất được băm lại và nối đúng, đến mục {number} ({hash}…)",
    ),
    "quick.backup": Text(
        "Newest automatic backup: {made} ({size} MB)",
        "Bản sao lưu tự động mới nhất: {made} ({size} MB)",
    ),
    "quick.no_backup": Text(
        "No automatic backup in {folder} yet",
        "Chưa có bản sao lưu tự động nào trong {folder}",
    ),
    "quick.ok": Text(
        "Quick check: ok. It does not read every page nor the whole audit chain: the full "
        "check is `hrdesk check`",
        "Kiểm tra nhanh: đạt. Kiểm tra nhanh không đọc mọi trang và toàn bộ nhật ký: kiểm "
        "tra đầy đủ bằng lệnh `hrdesk check`",
    ),
    "quick.failed": Text(
        "Quick check: {count} problems found; run the full check, `hrdesk check`, and "
        "restore a backup if it confirms them",
        "Kiểm tra nhanh: phát hiện {count} lỗi; hãy chạy kiểm tra đầy đủ `hrdesk check` và "
        "khôi phục từ bản sao lưu nếu lỗi được xác nhận",
    ),
    "quick.partial_page": Text(
        "Store: damaged: its size, {size} bytes, is not a whole number of {page}-byte pages",
        "Kho dữ liệu: hỏng: dung lượng {size} byte không phải là số nguyên lần trang {page} byte",
    ),
    "quick.file_short": Text(
        "Store: damaged: the file holds fewer than the {pages} pages it counts ({size} "
        "bytes); it was cut short",
        "Kho dữ liệu: hỏng: tệp có ít hơn {pages} trang mà nó ghi nhận ({size} byte); "
        "tệp đã bị cắt ngắn",
    ),
    "quick.free_list_wrong": Text(
        "Store: damaged: {free} free pages counted in a file of {pages}",
        "Kho dữ liệu: hỏng: ghi nhận {free} trang trống trong tệp chỉ có {pages} trang",
    ),
    "quick.pages_damaged": Text(
        "Store: damaged: the table {table}: {reason}",
        "Kho dữ liệu: hỏng: bảng {table}: {reason}",
    ),
    "quick.unreadable": Text(
        "Store: damaged: a page could not be read: {reason}",
        "Kho dữ liệu: hỏng: không đọc được một trang: {reason}",
    ),
    "quick.tables_missing": Text(
        "Store: damaged: tables missing: {tables}",
        "Kho dữ liệu: hỏng: thiếu các bảng: {tables}",
    ),
    "quick.chain_gone": Text(
        "Audit log: broken: {count} entries were written, none is left",
        "Nhật ký: bị phá vỡ: đã ghi {count} mục nhưng không còn mục nào",
    ),
    "quick.chain_unlinked": Text(
        "Audit log: broken at entry {number}: it does not follow the entry before it",
        "Nhật ký: bị phá vỡ tại mục {number}: mục này không nối tiếp mục trước",
    ),
    "quick.chain_changed": Text(
        "Audit log: broken at entry {number}: its content was changed",
        "Nhật ký: bị phá vỡ tại mục {number}: nội dung đã bị sửa",
    ),
    "quick.chain_cut": Text(
        "Audit log: broken: entry {number} and later are missing",
        "Nhật ký: bị phá vỡ: mất mục {number} và các mục sau",
    ),
}
