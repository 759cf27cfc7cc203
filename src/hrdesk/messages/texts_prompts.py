"""What the command line asks at a terminal, and its last words on an interrupted or
windowless start (hrdesk/cli/said.py picks the language)."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "prompt.password_for": Text("Password for {username}:", "Mật khẩu của {username}:"),
    "prompt.new_password_for": Text("New password for {username}:", "Mật khẩu mới của {username}:"),
    "prompt.current_password_for": Text(
        "Current password for {username}:", "Mật khẩu hiện tại của {username}:"
    ),
    "prompt.again": Text("Again:", "Nhập lại:"),
    "prompt.yes_no": Text("Yes or no? [y/N]", "Có hay không? [c/K]"),
    "cli.no_display": Text(
        "No display: the window cannot open here; see {prog} --help for the commands",
        "Không có màn hình: cửa sổ không mở được ở đây; xem các lệnh bằng {prog} --help",
    ),
    "cli.interrupted": Text("Interrupted", "Đã dừng giữa chừng"),
}
