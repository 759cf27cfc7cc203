"""Messages about the store key that officers' passwords unlock."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "store.not_encrypted": Text(
        "The store is not encrypted, so no password can be given access to it; "
        "sign out and sign in again to encrypt it",
        "Kho dữ liệu chưa được mã hóa nên không thể cấp mật khẩu mở kho; "
        "hãy đăng xuất rồi đăng nhập lại để mã hóa",
    ),
}
