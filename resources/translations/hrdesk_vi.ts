<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="40"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="40"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="164"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="40"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="165"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="40"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="53"/>
        <source>Add account…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="55"/>
        <source>Change role…</source>
        <translation>Đổi vai trò…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="57"/>
        <source>Disable</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="59"/>
        <source>Reset password…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="61"/>
        <source>Change my password…</source>
        <translation>Đổi mật khẩu của tôi…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="71"/>
        <source>Administrators manage the accounts, the settings and the signing key; officers keep the records; viewers only read them. A disabled account&apos;s password opens nothing any more.</source>
        <translation>Quản trị: quản lý tài khoản, cài đặt và khóa ký; Cán bộ: cập nhật hồ sơ; Chỉ xem: chỉ được xem hồ sơ. Tài khoản đã khóa thì mật khẩu không còn dùng được nữa.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="101"/>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="101"/>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="161"/>
        <source>Add an officer account</source>
        <translation>Thêm tài khoản cán bộ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="163"/>
        <source>Account name</source>
        <translation>Tên tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="167"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="247"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="172"/>
        <source>Give the officer the account name and the first password; they can change the password after signing in.</source>
        <translation>Giao cho cán bộ tên tài khoản và mật khẩu ban đầu; cán bộ có thể đổi mật khẩu sau khi đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="189"/>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="190"/>
        <source>New role for %1:</source>
        <translation>Vai trò mới của %1:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="206"/>
        <source>Disable account</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="207"/>
        <source>Disable the account %1? Its password will open nothing any more.</source>
        <translation>Khóa tài khoản %1? Mật khẩu của tài khoản này sẽ không còn dùng được nữa.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="244"/>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="251"/>
        <source>A new password for %1.</source>
        <translation>Mật khẩu mới cho tài khoản %1.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="266"/>
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="268"/>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="270"/>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/settings_accounts.py" line="282"/>
        <source>New password (%n character(s) or more)</source>
        <translation>
            <numerusform>Mật khẩu mới (từ %n ký tự trở lên)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgencyContributions</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="28"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="30"/>
        <source>Late by %1 days</source>
        <translation>Chậm %1 ngày</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="32"/>
        <source>Missing</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="34"/>
        <source>Excused</source>
        <translation>Được miễn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="35"/>
        <source>Not due yet</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="43"/>
        <source>%1 on time</source>
        <translation>%1 đúng hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="44"/>
        <source>%1 late</source>
        <translation>%1 chậm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="45"/>
        <source>%1 missing</source>
        <translation>%1 chưa gửi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="46"/>
        <source>%1 excused</source>
        <translation>%1 được miễn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="47"/>
        <source>%1 not due yet</source>
        <translation>%1 chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="51"/>
        <source>%1 period(s)</source>
        <translation>%1 kỳ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="65"/>
        <source>Contributions to the report</source>
        <translation>Đóng góp báo cáo qua các kỳ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="71"/>
        <source>Never asked for a contribution.</source>
        <translation>Chưa lần nào được đề nghị gửi báo cáo.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="77"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="78"/>
        <source>Requested by</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="79"/>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/agency_contributions.py" line="80"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>AgencyList</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="146"/>
        <source>New agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="146"/>
        <source>Edit agency</source>
        <translation>Sửa thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="156"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="157"/>
        <source>Kind</source>
        <translation>Loại cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="158"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="159"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="160"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="161"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="166"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="170"/>
        <source>No members.</source>
        <translation>Chưa có thành viên.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="171"/>
        <source>Training history</source>
        <translation>Quá trình tập huấn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="174"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n người tham dự</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="178"/>
        <source>No training recorded.</source>
        <translation>Chưa có thông tin tập huấn.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="37"/>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="48"/>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="50"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="52"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="54"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="79"/>
        <source>Item *</source>
        <translation>Nội dung *</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="80"/>
        <source>Discussion</source>
        <translation>Ý kiến thảo luận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="81"/>
        <source>The agenda is empty. Add its first item.</source>
        <translation>Chương trình họp chưa có nội dung. Hãy thêm nội dung đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="96"/>
        <source>Removing an item unties the conclusions recorded under it.</source>
        <translation>Xóa một nội dung thì các kết luận ghi theo nội dung đó không còn gắn với nội dung nào.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="116"/>
        <source>(no title yet)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_agenda.py" line="194"/>
        <source>Item %1 needs a title.</source>
        <translation>Nội dung %1 chưa có tiêu đề.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/hrdesk/ui/app.py" line="74"/>
        <source>HR Desk</source>
        <translation>HR Desk</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/app.py" line="75"/>
        <source>HR Desk is already open on this profile:
%1</source>
        <translation>HR Desk đang được mở với thư mục dữ liệu này:
%1</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="43"/>
        <source>Attendance</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="53"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="54"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="55"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="56"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="57"/>
        <source>Reason for absence</source>
        <translation>Lý do vắng mặt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="77"/>
        <source>Untick the members who did not come and write the reason for each absence.</source>
        <translation>Bỏ đánh dấu những thành viên không dự họp và ghi lý do vắng mặt của từng người.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="83"/>
        <source>Every member is on the list</source>
        <translation>Tất cả thành viên đã có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="84"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="86"/>
        <source>Add guest</source>
        <translation>Thêm khách mời</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="89"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="91"/>
        <source>Everyone present</source>
        <translation>Tất cả có mặt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="200"/>
        <source>On the list: %1; present: %2, absent: %3</source>
        <translation>Trong danh sách: %1; có mặt: %2, vắng mặt: %3</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_attendance.py" line="247"/>
        <source>Row %1 needs a name.</source>
        <translation>Dòng %1 chưa có họ tên.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="74"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="122"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="155"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="77"/>
        <source>HR Desk backs up into the profile every day by itself. Keep a copy away from this laptop too: the backup holds the whole store, still encrypted, and opens with any officer&apos;s password. It is written under a temporary name and checked before it gets its real one, so a full or pulled stick never leaves a backup that looks complete.</source>
        <translation>HR Desk tự động sao lưu vào thư mục dữ liệu mỗi ngày. Hãy giữ thêm một bản ở ngoài máy tính này: bản sao lưu chứa toàn bộ dữ liệu, vẫn được mã hóa, và mở được bằng mật khẩu của bất kỳ cán bộ nào. Bản sao lưu được ghi dưới tên tạm và kiểm tra xong mới đặt tên chính thức, nên USB bị đầy hay bị rút ra giữa chừng cũng không để lại bản sao lưu trông như hoàn chỉnh.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="85"/>
        <source>Back up to a USB stick…</source>
        <translation>Sao lưu ra USB…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="105"/>
        <source>Choose the USB stick or folder for the backup</source>
        <translation>Chọn USB hoặc thư mục để ghi bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="121"/>
        <source>Writing and checking the backup…</source>
        <translation>Đang ghi và kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="147"/>
        <source>The backup was written to %1 and verified: read back, it matches the store.</source>
        <translation>Đã ghi bản sao lưu vào %1 và kiểm tra: đọc lại thấy khớp với dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="150"/>
        <source>It holds %Ln record(s).</source>
        <translation>
            <numerusform>Bản sao lưu gồm %Ln bản ghi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="163"/>
        <source>No backup was made: %1</source>
        <translation>Chưa sao lưu được: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="173"/>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="182"/>
        <source>The office has no signing key yet: it is made with the first package.</source>
        <translation>Cơ quan chưa có khóa ký: khóa sẽ được tạo khi lập gói báo cáo đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="188"/>
        <source>the system keyring of this computer</source>
        <translation>kho khóa của hệ điều hành trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="189"/>
        <source>this profile, protected by a passphrase</source>
        <translation>thư mục dữ liệu này, bảo vệ bằng cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="192"/>
        <source>Key id</source>
        <translation>Mã khóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="193"/>
        <source>Fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="194"/>
        <source>Made</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="195"/>
        <source>Secret half kept in</source>
        <translation>Khóa bí mật lưu tại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_backup.py" line="206"/>
        <source>Read the fingerprint to the central office over the phone when you send them the public key: it proves the key is yours.</source>
        <translation>Khi gửi khóa công khai cho cơ quan Trung ương, hãy đọc dấu vân tay khóa cho họ qua điện thoại: đó là bằng chứng khóa này là của cơ quan mình.</translation>
    </message>
</context>
<context>
    <name>CentreTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="39"/>
        <source>Central office&apos;s service</source>
        <translation>Dịch vụ của Văn phòng thường trực trung ương</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="42"/>
        <source>Packages are sent to the central office by themselves when this computer is online, and its signed receipts acknowledge them. Give the address and the public key file the central office sent you.</source>
        <translation>Gói báo cáo tự động được gửi lên trung ương khi máy tính có mạng, và biên nhận có chữ ký của trung ương xác nhận đã nhận. Hãy nhập địa chỉ và tệp khóa công khai mà trung ương đã gửi cho văn phòng.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="58"/>
        <source>only for a centre with its own certificate</source>
        <translation>chỉ dùng khi trung ương tự cấp chứng thư</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="61"/>
        <source>empty: the system&apos;s proxy</source>
        <translation>để trống: dùng proxy của hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="62"/>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="70"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="71"/>
        <source>Public key file</source>
        <translation>Tệp khóa công khai</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="73"/>
        <source>Certificate to trust</source>
        <translation>Chứng thư tin cậy</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="55"/>
        <source>age1… or its file; seals personal data</source>
        <translation>age1… hoặc tệp chứa khóa; dùng để mã hóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="72"/>
        <source>Recipient key</source>
        <translation>Khóa nhận của trung tâm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="74"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="90"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="94"/>
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="107"/>
        <source>Not connected: packages are carried by hand.</source>
        <translation>Chưa kết nối: gói báo cáo được chuyển trực tiếp bằng USB.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_centre.py" line="113"/>
        <source>Connected to %1, centre key %2.</source>
        <translation>Đã kết nối với %1, khóa của trung ương %2.</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="193"/>
        <source>What changed: %1</source>
        <translation>Số liệu thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="196"/>
        <source>You wrote this section over a draft of the records. A draft made now says other figures:</source>
        <translation>Bạn đã viết mục này dựa trên bản dự thảo từ số liệu. Bản dự thảo soạn lúc này có số liệu khác:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="206"/>
        <source>&amp;Redraft this section</source>
        <translation>&amp;Soạn lại mục này</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="210"/>
        <source>&amp;Keep my text, figures checked</source>
        <translation>&amp;Giữ nội dung, đã kiểm tra số liệu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="225"/>
        <source>Last draft:</source>
        <translation>Lần soạn trước:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="225"/>
        <source>Now:</source>
        <translation>Hiện nay:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="231"/>
        <source>The whole draft as it would be now:</source>
        <translation>Toàn văn bản dự thảo theo số liệu hiện nay:</translation>
    </message>
</context>
<context>
    <name>ConclusionDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_conclusions.py" line="27"/>
        <source>Add conclusion</source>
        <translation>Thêm kết luận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_conclusions.py" line="37"/>
        <source>The meeting as a whole</source>
        <translation>Chung cho cả cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_conclusions.py" line="46"/>
        <source>Conclusion *</source>
        <translation>Kết luận *</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_conclusions.py" line="47"/>
        <source>On agenda item</source>
        <translation>Thuộc nội dung</translation>
    </message>
</context>
<context>
    <name>ContributionsTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="64"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="65"/>
        <source>Due</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="66"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="67"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="68"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="82"/>
        <source>&amp;Due by:</source>
        <translation>&amp;Hạn gửi:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="84"/>
        <source>&amp;Ask all agencies…</source>
        <translation>Đề &amp;nghị các cơ quan báo cáo…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="86"/>
        <source>Record &amp;received…</source>
        <translation>Ghi nhận đã nhận &amp;báo cáo…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="89"/>
        <source>Save &amp;template…</source>
        <translation>Lưu &amp;mẫu Excel…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="92"/>
        <source>Re&amp;minder to late agencies…</source>
        <translation>Đôn đốc cơ quan &amp;chậm báo cáo…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="123"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="124"/>
        <source>Late by %1 days</source>
        <translation>Chậm %1 ngày</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="125"/>
        <source>Missing, %1 days late</source>
        <translation>Chưa gửi, quá hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="126"/>
        <source>Waiting</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="127"/>
        <source>Excused</source>
        <translation>Được miễn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="176"/>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="188"/>
        <source>Save the request letter</source>
        <translation>Lưu công văn đề nghị</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="199"/>
        <source>Agencies asked; the letter is in %1</source>
        <translation>Đã đề nghị các cơ quan; công văn lưu tại %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="207"/>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="242"/>
        <source>Choose an agency in the list first.</source>
        <translation>Hãy chọn một cơ quan trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="211"/>
        <source>The file the agency sent</source>
        <translation>Tệp cơ quan đã gửi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="213"/>
        <source>Reports (*.pdf *.doc *.docx *.xlsx *.xls *.odt);;All files (*)</source>
        <translation>Báo cáo (*.pdf *.doc *.docx *.xlsx *.xls *.odt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="233"/>
        <source>Recorded: %1</source>
        <translation>Đã ghi nhận: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="244"/>
        <source>Save the Excel template</source>
        <translation>Lưu mẫu Excel</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="248"/>
        <source>Template saved to %1</source>
        <translation>Đã lưu mẫu tại %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="264"/>
        <source>Reminder written to %1 late agencies.</source>
        <translation>Đã lập công văn đôn đốc %1 cơ quan chậm báo cáo.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_contributions.py" line="268"/>
        <source>Reminder</source>
        <translation>Công văn đôn đốc</translation>
    </message>
</context>
<context>
    <name>DashboardWorkspace</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="116"/>
        <source>Today at the standing office</source>
        <translation>Hôm nay tại Cơ quan Thường trực</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="121"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="133"/>
        <source>Petitions overdue</source>
        <translation>Đơn thư quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="135"/>
        <source>Petitions due soon</source>
        <translation>Đơn thư sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="136"/>
        <source>Tasks overdue</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="137"/>
        <source>Next meeting</source>
        <translation>Cuộc họp sắp tới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="138"/>
        <source>Training this quarter</source>
        <translation>Tập huấn trong quý</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="153"/>
        <source>Petitions received per month, by kind</source>
        <translation>Đơn thư tiếp nhận theo tháng, theo loại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="154"/>
        <source>Petitions resolved per month, by kind</source>
        <translation>Đơn thư đã giải quyết theo tháng, theo loại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="155"/>
        <source>Tasks by status</source>
        <translation>Nhiệm vụ theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="156"/>
        <source>Training participants per quarter</source>
        <translation>Người tham dự tập huấn theo quý</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="191"/>
        <source>Updating…</source>
        <translation>Đang cập nhật…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="242"/>
        <source>The figures could not be read.</source>
        <translation>Không đọc được số liệu.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="252"/>
        <source>as of %1</source>
        <translation>tính đến ngày %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="256"/>
        <source>deadline passed, still open</source>
        <translation>đã quá hạn, chưa kết thúc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="261"/>
        <source>deadline within %n working day(s)</source>
        <translation>
            <numerusform>đến hạn trong %n ngày làm việc tới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="263"/>
        <source>deadline within %n day(s)</source>
        <translation>
            <numerusform>đến hạn trong %n ngày tới</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="267"/>
        <source>past the due date, not done</source>
        <translation>quá hạn, chưa hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="271"/>
        <source>None planned</source>
        <translation>Chưa có lịch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="281"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln người tham dự</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="304"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="310"/>
        <source>Participants</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard.py" line="316"/>
        <source>Quarter %1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <location filename="../../src/hrdesk/ui/discard.py" line="17"/>
        <source>Discard changes?</source>
        <translation>Bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/discard.py" line="19"/>
        <source>Close this form and throw away what you typed in it?</source>
        <translation>Đóng biểu mẫu và bỏ những gì đã nhập vào đó?</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/discard.py" line="24"/>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/discard.py" line="28"/>
        <source>Keep editing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_common.py" line="208"/>
        <source>The PDF preview needs Qt&apos;s PDF module, which is not installed.</source>
        <translation>Muốn xem trước PDF cần có mô-đun PDF của Qt, nhưng máy chưa cài mô-đun này.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meeting_common.py" line="110"/>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>EmptySectionsConfirm</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_drafting.py" line="48"/>
        <source>Package the report &amp;with these sections empty</source>
        <translation>Đóng gói báo cáo &amp;với các mục còn trống này</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/hrdesk/ui/errors.py" line="52"/>
        <source>Something went wrong. Your work is saved; the details are in the log:</source>
        <translation>Đã xảy ra lỗi. Dữ liệu đã nhập vẫn được lưu; chi tiết lỗi ghi trong tệp nhật ký:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/errors.py" line="61"/>
        <source>HR Desk</source>
        <translation>HR Desk</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="56"/>
        <source>Search (accents optional)…</source>
        <translation>Tìm kiếm (không cần gõ dấu)…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="65"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="68"/>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="74"/>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="88"/>
        <source>from dd/mm/yyyy</source>
        <translation>từ ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="89"/>
        <source>to dd/mm/yyyy</source>
        <translation>đến ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="98"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="104"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="111"/>
        <source>Inactive too</source>
        <translation>Cả thành viên thôi hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="115"/>
        <source>Archived too</source>
        <translation>Kể cả lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="124"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/filters.py" line="202"/>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Ngày kết thúc %1 trước ngày bắt đầu %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="35"/>
        <source>HR Desk — set up the office</source>
        <translation>HR Desk — thiết lập cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="38"/>
        <source>This computer has no HR Desk records yet. Set up your office and its first administrator account.</source>
        <translation>Máy tính này chưa có dữ liệu HR Desk. Hãy thiết lập thông tin cơ quan và tài khoản quản trị đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="63"/>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="64"/>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="65"/>
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="66"/>
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="67"/>
        <source>Administrator&apos;s full name</source>
        <translation>Họ và tên người quản trị</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="68"/>
        <source>Password (8 characters or more)</source>
        <translation>Mật khẩu (từ 8 ký tự trở lên)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="69"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/first_run.py" line="77"/>
        <source>Set up</source>
        <translation>Thiết lập</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="55"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="71"/>
        <source>Language of the window</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="83"/>
        <source>Kept for this computer&apos;s user.</source>
        <translation>Lưu riêng cho người dùng trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="86"/>
        <source>%1 is applied when HR Desk is next started.</source>
        <translation>%1 sẽ được áp dụng khi khởi động lại HR Desk.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="92"/>
        <source>Lock when idle</source>
        <translation>Tự khóa khi không sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="98"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="100"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="115"/>
        <source>With nobody at the keyboard this long, every HR Desk window on this profile locks and asks for the officer&apos;s password. The rule is the office&apos;s: only an administrator sets it.</source>
        <translation>Nếu không ai thao tác trong khoảng thời gian này, mọi cửa sổ HR Desk dùng thư mục dữ liệu này sẽ khóa lại và yêu cầu nhập mật khẩu của cán bộ. Đây là quy định chung của cơ quan: chỉ tài khoản Quản trị được thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="123"/>
        <source>Lock after</source>
        <translation>Khóa sau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="145"/>
        <source>The window now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Từ nay cửa sổ sẽ tự khóa sau %n phút không sử dụng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="58"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="41"/>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="82"/>
        <source>created</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="83"/>
        <source>changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="84"/>
        <source>archived</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="85"/>
        <source>removed</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="86"/>
        <source>identity shown</source>
        <translation>Xem danh tính</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="100"/>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="101"/>
        <source>(hidden)</source>
        <translation>(ẩn)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="47"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="48"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="49"/>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="50"/>
        <source>Field</source>
        <translation>Trường thông tin</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="51"/>
        <source>Before</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/history_dialog.py" line="52"/>
        <source>After</source>
        <translation>Giá trị mới</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="51"/>
        <source>HR Desk knows the public holidays and the announced Tết days off of the years it ships with. Add here what the Government announces later: a day off, or a weekend day to be worked in exchange. Statutory deadlines count working days with them from now on.</source>
        <translation>HR Desk đã có sẵn các ngày lễ và lịch nghỉ Tết đã công bố của những năm đi kèm phiên bản. Hãy thêm tại đây những gì Chính phủ công bố sau: một ngày nghỉ, hoặc một ngày cuối tuần đi làm bù. Từ nay, thời hạn theo luật sẽ tính ngày làm việc theo các ngày này.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="59"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="221"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="59"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="59"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="130"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="222"/>
        <source>Name</source>
        <translation>Tên gọi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="82"/>
        <source>Built-in holidays by year</source>
        <translation>Ngày nghỉ có sẵn theo năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="83"/>
        <source>The office&apos;s own days</source>
        <translation>Ngày văn phòng bổ sung</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="90"/>
        <source>Add a day</source>
        <translation>Thêm ngày</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="99"/>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="100"/>
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="112"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="146"/>
        <source>e.g. Day off in exchange for 02/09</source>
        <translation>VD: Nghỉ bù ngày 02/09</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="113"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="129"/>
        <source>Date and kind</source>
        <translation>Ngày và loại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="135"/>
        <source>Only an administrator can change the calendar.</source>
        <translation>Chỉ tài khoản Quản trị được sửa lịch nghỉ.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="168"/>
        <source>make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="168"/>
        <source>day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="180"/>
        <source>Mon</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="181"/>
        <source>Tue</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="182"/>
        <source>Wed</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="183"/>
        <source>Thu</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="184"/>
        <source>Fri</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="185"/>
        <source>Sat</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="186"/>
        <source>Sun</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="210"/>
        <source>%1 added.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="59"/>
        <source>Announcement</source>
        <translation>Văn bản thông báo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="101"/>
        <source>Swap announced by the Government</source>
        <translation>Hoán đổi ngày làm việc theo thông báo của Chính phủ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="144"/>
        <source>The announcement, e.g. Công văn số …/BNV-CCVC</source>
        <translation>Văn bản thông báo, ví dụ Công văn số …/BNV-CCVC</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="107"/>
        <source>The weekend day worked in exchange</source>
        <translation>Ngày cuối tuần đi làm bù</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="108"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays.py" line="223"/>
        <source>worked instead on</source>
        <translation>làm bù vào ngày</translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="47"/>
        <source>Import</source>
        <translation>Nhập gói báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="51"/>
        <source>&amp;Import package…</source>
        <translation>Nhậ&amp;p gói báo cáo…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="56"/>
        <source>Packages are checked before they are kept: signature, every file, sequence.</source>
        <translation>Gói được kiểm tra trước khi lưu: chữ ký, từng tệp, số thứ tự.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="65"/>
        <source>What was checked</source>
        <translation>Nội dung đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="88"/>
        <source>Import package</source>
        <translation>Nhập gói báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="88"/>
        <source>Packages (*.zip)</source>
        <translation>Gói báo cáo (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="109"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Đã hủy: chưa nhập gói nào.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="118"/>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="120"/>
        <source>Importing the package…</source>
        <translation>Đang nhập gói…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="135"/>
        <source>Imported package %1 of %2, %3.</source>
        <translation>Đã nhập gói số %1 của %2, %3.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="137"/>
        <source>Already imported: package %1 of %2, %3. Nothing was changed.</source>
        <translation>Gói đã được nhập từ trước: gói số %1 của %2, %3. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="142"/>
        <source>Not imported: the check “%1” failed (see below).</source>
        <translation>Chưa nhập: bước kiểm tra “%1” không đạt (xem bên dưới).</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_import.py" line="155"/>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
</context>
<context>
    <name>LateContributions</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard_contributions.py" line="44"/>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 ngày)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard_contributions.py" line="48"/>
        <source>and %1 more</source>
        <translation>và %1 cơ quan khác</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/dashboard_contributions.py" line="49"/>
        <source>Late with their report for %1: %2</source>
        <translation>Chậm gửi báo cáo %1: %2</translation>
    </message>
</context>
<context>
    <name>ListWorkspace</name>
    <message>
        <location filename="../../src/hrdesk/ui/details_html.py" line="27"/>
        <source>Select a row to see its details.</source>
        <translation>Chọn một dòng để xem chi tiết.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/panels/action_bar.py" line="34"/>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/panels/action_bar.py" line="37"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/panels/action_bar.py" line="39"/>
        <location filename="../../src/hrdesk/ui/panels/record_forms.py" line="57"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/panels/action_bar.py" line="41"/>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/panels/action_bar.py" line="70"/>
        <source>%n record(s)</source>
        <translation>%n bản ghi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/panels/record_forms.py" line="58"/>
        <source>Archive “%1”? It leaves the list but keeps its history.</source>
        <translation>Lưu trữ “%1”? Bản ghi rời khỏi danh sách nhưng vẫn giữ lịch sử.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../src/hrdesk/ui/lock.py" line="64"/>
        <source>HR Desk is locked</source>
        <translation>HR Desk đã khóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/lock.py" line="67"/>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>Đang đăng nhập bằng tài khoản %1. Nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/lock.py" line="74"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="39"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="40"/>
        <source>Members &amp; agencies</source>
        <translation>Thành viên &amp; cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="41"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="42"/>
        <source>Petitions</source>
        <translation>Đơn thư</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="43"/>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="44"/>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="45"/>
        <source>Reports &amp; packages</source>
        <translation>Báo cáo &amp; gói báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="46"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="95"/>
        <source>HR Desk</source>
        <translation>HR Desk</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="183"/>
        <source>Profile: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="194"/>
        <source>Office not set up</source>
        <translation>Chưa thiết lập cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="185"/>
        <source>Officer: %1 (%2)</source>
        <translation>Cán bộ: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/main_window.py" line="258"/>
        <source>Backing up before closing…</source>
        <translation>Đang sao lưu trước khi đóng…</translation>
    </message>
</context>
<context>
    <name>MeetingsWorkspace</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="73"/>
        <source>New meeting</source>
        <translation>Thêm cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="73"/>
        <source>Edit meeting</source>
        <translation>Sửa cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="93"/>
        <source>Attendance…</source>
        <translation>Thành phần tham dự…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="95"/>
        <source>Agenda…</source>
        <translation>Chương trình họp…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="97"/>
        <source>Add conclusion…</source>
        <translation>Thêm kết luận…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="100"/>
        <source>Task from conclusion…</source>
        <translation>Giao nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="102"/>
        <source>Minutes (PDF)…</source>
        <translation>Biên bản (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="138"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="139"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="140"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="141"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="142"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="165"/>
        <source>Attendance</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="167"/>
        <source>No attendance recorded yet.</source>
        <translation>Chưa ghi thành phần tham dự.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="170"/>
        <source>guest</source>
        <translation>khách mời</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="174"/>
        <source>Present (%n):</source>
        <translation>
            <numerusform>Có mặt (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="177"/>
        <source>Absent (%n):</source>
        <translation>
            <numerusform>Vắng mặt (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="184"/>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="186"/>
        <source>No agenda yet.</source>
        <translation>Chưa có chương trình họp.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="195"/>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="197"/>
        <source>No conclusions yet.</source>
        <translation>Chưa có kết luận.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="203"/>
        <source>On agenda item %1</source>
        <translation>Thuộc nội dung %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="211"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="214"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="220"/>
        <source>Create task from conclusion…</source>
        <translation>Giao nhiệm vụ từ kết luận…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="278"/>
        <source>New task from a conclusion</source>
        <translation>Giao nhiệm vụ từ kết luận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="296"/>
        <source>Task from conclusion</source>
        <translation>Giao nhiệm vụ từ kết luận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="297"/>
        <source>Which conclusion becomes a task?</source>
        <translation>Giao nhiệm vụ từ kết luận nào?</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="313"/>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="322"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="313"/>
        <source>Minutes cannot be made in this version.</source>
        <translation>Phiên bản này không lập được biên bản.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/meetings.py" line="323"/>
        <source>Making the minutes…</source>
        <translation>Đang lập biên bản…</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="76"/>
        <source>New member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="76"/>
        <source>Edit member</source>
        <translation>Sửa thông tin thành viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="71"/>
        <source>Appointment…</source>
        <translation>Quyết định phân công…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="89"/>
        <source>Record an appointing decision</source>
        <translation>Ghi quyết định phân công</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="106"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="107"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="108"/>
        <source>Role</source>
        <translation>Vai trò trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="109"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="110"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="111"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="111"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="111"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="114"/>
        <source>Appointments</source>
        <translation>Quyết định phân công</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="124"/>
        <source>Training history</source>
        <translation>Quá trình tập huấn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="126"/>
        <source>No training recorded.</source>
        <translation>Chưa có thông tin tập huấn.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="128"/>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
</context>
<context>
    <name>MembersWorkspace</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="189"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/members.py" line="190"/>
        <source>Agencies</source>
        <translation>Cơ quan thành viên</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_office.py" line="67"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_office.py" line="80"/>
        <source>Minutes, reports and packages print these in their heading. The name shown in the status bar changes when HR Desk is next started.</source>
        <translation>Biên bản, báo cáo và gói báo cáo in các thông tin này ở phần đầu văn bản. Tên hiển thị trên thanh trạng thái sẽ thay đổi khi khởi động lại HR Desk.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_office.py" line="128"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../../src/hrdesk/ui/outbox_status.py" line="177"/>
        <source>Outbox: …</source>
        <translation>Hộp thư đi: …</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/outbox_status.py" line="182"/>
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/outbox_status.py" line="195"/>
        <source>Outbox: not connected to the centre</source>
        <translation>Hộp thư đi: chưa kết nối với trung ương</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/outbox_status.py" line="200"/>
        <source>Outbox: %n package(s) waiting</source>
        <translation>
            <numerusform>Hộp thư đi: %n gói chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/outbox_status.py" line="202"/>
        <source>Outbox: nothing waiting</source>
        <translation>Hộp thư đi: không có gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/outbox_status.py" line="206"/>
        <source>last arrived %1</source>
        <translation>gói cuối đến nơi %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/outbox_status.py" line="214"/>
        <source>Outbox: sending package %1, %2%</source>
        <translation>Hộp thư đi: đang gửi gói %1, %2%</translation>
    </message>
</context>
<context>
    <name>PackageBuilder</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_build.py" line="63"/>
        <source>Making the report&apos;s PDF and Excel…</source>
        <translation>Đang lập báo cáo dạng PDF và Excel…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_build.py" line="112"/>
        <source>Building the package…</source>
        <translation>Đang lập gói báo cáo…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_build.py" line="129"/>
        <source>Package %1 was written to %2 and read back: it verifies.</source>
        <translation>Đã ghi gói %1 vào %2 và đọc lại: gói hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_build.py" line="146"/>
        <source>The passphrase is not right.</source>
        <translation>Cụm mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_build.py" line="153"/>
        <source>Cancelled: no package was written.</source>
        <translation>Đã hủy: chưa ghi gói nào.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_build.py" line="159"/>
        <source>No package was built: %1</source>
        <translation>Chưa lập được gói: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_build.py" line="162"/>
        <source>No package was built.</source>
        <translation>Chưa lập được gói.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_build.py" line="172"/>
        <source>No package was built: the office key needs its passphrase.</source>
        <translation>Chưa lập được gói: cần cụm mật khẩu của khóa ký.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_build.py" line="180"/>
        <source>Nothing was left there under the package&apos;s name.</source>
        <translation>Không còn tệp nào mang tên gói ở đó.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="44"/>
        <source>%1 (%2) — %3 free</source>
        <translation>%1 (%2) — còn trống %3</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="68"/>
        <source>Build package</source>
        <translation>Lập gói báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="74"/>
        <source>The package holds the report of %1 (PDF and Excel) and the records it covers, signed with the office key.</source>
        <translation>Gói gồm báo cáo %1 (PDF và Excel) và dữ liệu liên quan, được ký bằng khóa ký của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="81"/>
        <source>Where to write the package</source>
        <translation>Nơi ghi gói</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="85"/>
        <source>%1 (used last time)</source>
        <translation>%1 (dùng lần trước)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="87"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="90"/>
        <source>No USB stick found: plug one in, or choose a folder.</source>
        <translation>Không tìm thấy USB: hãy cắm USB hoặc chọn thư mục.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="95"/>
        <source>&amp;Include petitioners&apos; personal data</source>
        <translation>Kèm &amp;thông tin cá nhân của người gửi đơn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="100"/>
        <source>Without it, records carry only the case number. A denouncer&apos;s identity is never included.</source>
        <translation>Nếu không kèm, hồ sơ chỉ ghi số vào sổ. Danh tính người tố cáo không bao giờ được đưa vào gói.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="108"/>
        <source>&amp;Build</source>
        <translation>&amp;Lập gói</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="113"/>
        <source>&amp;Write to:</source>
        <translation>&amp;Ghi vào:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="152"/>
        <source>The package will be written to %1</source>
        <translation>Gói sẽ được ghi vào %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="154"/>
        <source>Choose where to write the package.</source>
        <translation>Hãy chọn nơi ghi gói.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="162"/>
        <source>Choose the USB stick or folder for the package</source>
        <translation>Chọn USB hoặc thư mục để ghi gói</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="187"/>
        <source>Include personal data?</source>
        <translation>Kèm thông tin cá nhân?</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="189"/>
        <source>The package will hold the names, addresses and identity numbers of the people who filed complaints and petitions in %1. Anyone holding the stick can read them.

A denouncer&apos;s identity is never included: the law keeps it confidential.

Include the petitioners&apos; personal data?</source>
        <translation>Gói sẽ chứa họ tên, địa chỉ và số giấy tờ tùy thân của những người gửi đơn khiếu nại, kiến nghị, phản ánh trong %1. Ai cầm USB cũng đọc được.

Danh tính người tố cáo không bao giờ được đưa vào: pháp luật quy định phải giữ bí mật.

Kèm thông tin cá nhân của người gửi đơn?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="206"/>
        <source>Office key passphrase</source>
        <translation>Cụm mật khẩu của khóa ký</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="210"/>
        <source>This computer has no system keyring, so the office&apos;s new signing key is kept in the profile, protected by a passphrase. Choose one of at least %1 characters and keep it safe: every package needs it.</source>
        <translation>Máy tính này không có kho khóa của hệ điều hành, nên khóa ký mới của cơ quan được lưu trong thư mục dữ liệu và bảo vệ bằng cụm mật khẩu. Hãy chọn cụm mật khẩu từ %1 ký tự trở lên và giữ cẩn thận: lần lập gói nào cũng cần đến.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="215"/>
        <source>The office key is protected by a passphrase on this computer.</source>
        <translation>Trên máy tính này, khóa ký của cơ quan được bảo vệ bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="231"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="233"/>
        <source>&amp;Again:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="252"/>
        <source>Type the passphrase.</source>
        <translation>Hãy nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="254"/>
        <source>At least %1 characters.</source>
        <translation>Ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_package.py" line="256"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="91"/>
        <source>This PDF file cannot be shown.</source>
        <translation>Không hiển thị được tệp PDF này.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="109"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="112"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="115"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="118"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="120"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="122"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="125"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="133"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="136"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="200"/>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="218"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="218"/>
        <source>The printer cannot be used.</source>
        <translation>Không sử dụng được máy in.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="248"/>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="262"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="250"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="263"/>
        <source>The file could not be saved:
%1</source>
        <translation>Không lưu được tệp:
%1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/pdf_preview.py" line="266"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_people.py" line="59"/>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_people.py" line="62"/>
        <source>Remove person</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_people.py" line="153"/>
        <source>Person %1, %2: %3</source>
        <translation>Người thứ %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="79"/>
        <source>Kind of period</source>
        <translation>Loại kỳ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="81"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="82"/>
        <source>Half year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="83"/>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="89"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="84"/>
        <source>Date range</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="93"/>
        <source>Quarter or half</source>
        <translation>Quý hoặc 6 tháng</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="98"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="98"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="99"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="108"/>
        <source>Peri&amp;od:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="148"/>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="150"/>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="151"/>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="202"/>
        <source>The end is before the start.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>PetitionActions</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_actions.py" line="46"/>
        <source>Guidance given to the citizen</source>
        <translation>Nội dung hướng dẫn công dân</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_actions.py" line="55"/>
        <source>Agency it goes to</source>
        <translation>Cơ quan được chuyển đơn đến</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_actions.py" line="64"/>
        <source>Days added</source>
        <translation>Số ngày gia hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_actions.py" line="72"/>
        <location filename="../../src/hrdesk/ui/workspaces/petition_actions.py" line="78"/>
        <source>Grounds</source>
        <translation>Căn cứ, lý do</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_actions.py" line="75"/>
        <source>Part withdrawn</source>
        <translation>Nội dung rút khiếu nại</translation>
    </message>
</context>
<context>
    <name>PetitionDeadline</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_model.py" line="32"/>
        <source>overdue by %n working day(s)</source>
        <translation>quá hạn %n ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_model.py" line="35"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_model.py" line="37"/>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_model.py" line="39"/>
        <source>%n working day(s)</source>
        <translation>%n ngày làm việc</translation>
    </message>
</context>
<context>
    <name>PetitionDetails</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="55"/>
        <source>Select a petition to see its case.</source>
        <translation>Chọn một đơn thư để xem hồ sơ vụ việc.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="70"/>
        <source>People who filed it</source>
        <translation>Người gửi đơn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="73"/>
        <source>Show identity</source>
        <translation>Xem danh tính</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="76"/>
        <source>Show the denouncer&apos;s identity; this is recorded in the case&apos;s history</source>
        <translation>Xem danh tính người tố cáo; việc xem được ghi vào lịch sử của hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="115"/>
        <source>(no reference)</source>
        <translation>(chưa có số vào sổ)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="131"/>
        <source>the clock has stopped</source>
        <translation>đã dừng tính thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="143"/>
        <source>Deadline set by hand</source>
        <translation>Thời hạn do cán bộ tự nhập</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="144"/>
        <source>Rule applied: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="148"/>
        <source>extended %n time(s)</source>
        <translation>
            <numerusform>đã gia hạn %n lần</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="162"/>
        <source>Only a complex case may be extended (Art. 30).</source>
        <translation>Chỉ vụ việc phức tạp mới được gia hạn (Điều 30).</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="208"/>
        <source>%1 (confidential)</source>
        <translation>%1 (bí mật)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="210"/>
        <source>The denouncer&apos;s identity is confidential. Showing it is recorded.</source>
        <translation>Danh tính người tố cáo được giữ bí mật. Việc xem danh tính sẽ được ghi lại.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="212"/>
        <source>Only the officer handling the case and administrators may see it.</source>
        <translation>Chỉ cán bộ được giao xử lý vụ việc và tài khoản Quản trị mới được xem.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="215"/>
        <source>%1 (hidden)</source>
        <translation>%1 (ẩn)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="216"/>
        <source>Your role does not allow seeing petitioners&apos; personal data.</source>
        <translation>Vai trò của tài khoản này không được xem thông tin cá nhân của người gửi đơn.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="221"/>
        <source>No one recorded.</source>
        <translation>Chưa ghi người gửi đơn.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="226"/>
        <source>(representative)</source>
        <translation>(người đại diện)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="227"/>
        <source>ID %1</source>
        <translation>Giấy tờ tùy thân: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="240"/>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="245"/>
        <source>Handled by</source>
        <translation>Cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="249"/>
        <source>Transferred to</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="269"/>
        <source>Deadline after this step: %1</source>
        <translation>Hạn xử lý sau bước này: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="278"/>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_details.py" line="146"/>
        <source>Rule set: %1</source>
        <translation>Căn cứ áp dụng: %1</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_dialogs.py" line="182"/>
        <source>People who filed it</source>
        <translation>Người gửi đơn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_dialogs.py" line="187"/>
        <source>The denouncer&apos;s identity is confidential. To change it, use “Show identity” on the case first.</source>
        <translation>Danh tính người tố cáo được giữ bí mật. Muốn sửa, trước hết hãy bấm “Xem danh tính” trong hồ sơ vụ việc.</translation>
    </message>
</context>
<context>
    <name>PetitionsWorkspace</name>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/petitions.py" line="84"/>
        <source>Open cases whose deadline falls within %n working day(s)</source>
        <translation>
            <numerusform>Vụ việc chưa kết thúc có hạn xử lý trong %n ngày làm việc tới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/petitions.py" line="86"/>
        <source>Open cases whose deadline falls in the next %n day(s)</source>
        <translation>
            <numerusform>Vụ việc chưa kết thúc có hạn xử lý trong %n ngày tới</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petitions.py" line="54"/>
        <source>Days left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petitions.py" line="96"/>
        <source>From the dashboard: overdue cases</source>
        <translation>Từ Tổng quan: đơn quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petitions.py" line="98"/>
        <source>From the dashboard: cases due soon</source>
        <translation>Từ Tổng quan: vụ việc sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_forms.py" line="60"/>
        <source>New petition</source>
        <translation>Thêm đơn thư</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/petition_forms.py" line="101"/>
        <source>Edit petition</source>
        <translation>Sửa đơn thư</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="86"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="87"/>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="88"/>
        <source>Unknown</source>
        <translation>Không xác định</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="52"/>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="53"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="54"/>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="55"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="56"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="57"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="58"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="59"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="60"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="61"/>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="62"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="63"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="64"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="65"/>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="66"/>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="67"/>
        <source>All Files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="68"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="70"/>
        <source>&amp;Look in:</source>
        <translation>Tìm t&amp;rong:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="71"/>
        <source>Files of &amp;type:</source>
        <translation>Loại tệ&amp;p:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="72"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="73"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="74"/>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="75"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="76"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="77"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="78"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="79"/>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="80"/>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="81"/>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="82"/>
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="83"/>
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="84"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Ghi đè lên tệp này?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="85"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="89"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="90"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="91"/>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="92"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="36"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="37"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="38"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="39"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="40"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="41"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/hrdesk/ui/worker.py" line="126"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="13"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="14"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="16"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="18"/>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="19"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="20"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="21"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="22"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="23"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="24"/>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="25"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="26"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="27"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="28"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="29"/>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="30"/>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="96"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="97"/>
        <source>&amp;Print</source>
        <translation>I&amp;n</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="98"/>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="99"/>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="100"/>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="101"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="102"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="105"/>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="106"/>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="107"/>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="108"/>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="109"/>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="110"/>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="118"/>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="119"/>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="120"/>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="121"/>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="122"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="123"/>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="124"/>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="125"/>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="126"/>
        <source>Page &amp;Set:</source>
        <translation>Nhóm t&amp;rang:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="127"/>
        <source>Output Settings</source>
        <translation>Thiết lập in</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="128"/>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="129"/>
        <source>Collate</source>
        <translation>In theo bộ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="130"/>
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="131"/>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="132"/>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="133"/>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="134"/>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="135"/>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="136"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="137"/>
        <source>Long side binding</source>
        <translation>Lật theo cạnh dài</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="138"/>
        <source>Short side binding</source>
        <translation>Lật theo cạnh ngắn</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="111"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="112"/>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="113"/>
        <source>P&amp;roperties</source>
        <translation>T&amp;huộc tính</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="114"/>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="115"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="116"/>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="117"/>
        <source>Output &amp;file:</source>
        <translation>Ghi ra tệ&amp;p:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="103"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="42"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="43"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="44"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="45"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="46"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="47"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/qt_strings.py" line="48"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ReadMode</name>
    <message>
        <location filename="../../src/hrdesk/ui/read_mode.py" line="25"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="70"/>
        <source>Trusted offices</source>
        <translation>Cơ quan được tin cậy</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="73"/>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="133"/>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="74"/>
        <source>Key id</source>
        <translation>Mã khóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="75"/>
        <source>Fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="82"/>
        <source>&amp;Trust a key…</source>
        <translation>Tin cậy &amp;khóa…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="98"/>
        <source>Trust a key</source>
        <translation>Tin cậy khóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="98"/>
        <source>Public keys (*.pub)</source>
        <translation>Khóa công khai (*.pub)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="108"/>
        <source>%1 is not a public key file: %2</source>
        <translation>%1 không phải là tệp khóa công khai: %2</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="126"/>
        <source>Packages received</source>
        <translation>Gói báo cáo đã nhận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="134"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="135"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="136"/>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="138"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="143"/>
        <source>Personal data</source>
        <translation>TT cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="144"/>
        <source>included</source>
        <translation>có kèm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="147"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="159"/>
        <source>&amp;Preview report</source>
        <translation>&amp;Xem báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="162"/>
        <source>Save &amp;files…</source>
        <translation>&amp;Lưu các tệp…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="245"/>
        <source>Save the package&apos;s files in</source>
        <translation>Chọn thư mục để lưu các tệp của gói</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="165"/>
        <source>&amp;Office:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="188"/>
        <source>All offices</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_received.py" line="226"/>
        <source>Received report</source>
        <translation>Báo cáo đã nhận</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/hrdesk/ui/record_form.py" line="87"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/record_form.py" line="98"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/record_form.py" line="100"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>ngày/tháng/năm giờ:phút</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="100"/>
        <source>&amp;Save sections</source>
        <translation>&amp;Lưu các mục</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="104"/>
        <source>&amp;Preview / print (PDF)…</source>
        <translation>Xem trước / in (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="107"/>
        <source>Save E&amp;xcel…</source>
        <translation>Lưu E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="110"/>
        <source>&amp;Draft from records</source>
        <translation>&amp;Dự thảo từ số liệu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="113"/>
        <source>Fill the usual sections with the period&apos;s figures; your own text is kept</source>
        <translation>Điền các mục thường có bằng số liệu của kỳ; nội dung anh/chị đã viết được giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="172"/>
        <source>Document number: %1</source>
        <translation>Số, ký hiệu: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="174"/>
        <source>Not saved yet: the usual sections are ready to fill in.</source>
        <translation>Chưa lưu: các mục thường dùng đã có sẵn, chỉ cần điền nội dung.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="184"/>
        <source>Unsaved changes.</source>
        <translation>Có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="218"/>
        <source>Sections saved.</source>
        <translation>Đã lưu các mục.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="240"/>
        <source>Unsaved sections</source>
        <translation>Các mục chưa lưu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="241"/>
        <source>The sections of %1 have unsaved changes. Save them?</source>
        <translation>Các mục của báo cáo %1 có thay đổi chưa lưu. Lưu lại?</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="303"/>
        <source>Making the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="306"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="320"/>
        <source>Save Excel</source>
        <translation>Lưu Excel</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="320"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="337"/>
        <source>Excel saved to %1</source>
        <translation>Đã lưu tệp Excel vào %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="339"/>
        <source>Writing the Excel file…</source>
        <translation>Đang ghi tệp Excel…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="348"/>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
</context>
<context>
    <name>ReportsDrafting</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_drafting.py" line="32"/>
        <source>%1 section(s) empty, not printed: %2</source>
        <translation>%1 mục chưa có nội dung, sẽ không được in: %2</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_drafting.py" line="75"/>
        <source>Drafted from the records: %1 section(s).</source>
        <translation>Đã dự thảo từ số liệu: %1 mục.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_drafting.py" line="79"/>
        <source>Kept as you wrote them: %1</source>
        <translation>Giữ nguyên nội dung anh/chị đã viết: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_drafting.py" line="104"/>
        <source>Replace your text?</source>
        <translation>Thay nội dung đã viết?</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_drafting.py" line="105"/>
        <source>You have written these sections yourself:
%1

Replace them with the text drafted from the records? (No keeps your text; the other sections are drafted.)</source>
        <translation>Anh/chị đã tự viết các mục sau:
%1

Thay bằng nội dung dự thảo từ số liệu? (Chọn Không để giữ nội dung đã viết; các mục khác vẫn được dự thảo.)</translation>
    </message>
</context>
<context>
    <name>ReportsPeriod</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="45"/>
        <source>Quarter %1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="49"/>
        <source>First half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="51"/>
        <source>Second half of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_period.py" line="54"/>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
</context>
<context>
    <name>ReportsWorkspace</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports.py" line="44"/>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports.py" line="45"/>
        <source>Packages se&amp;nt</source>
        <translation>Gói đã &amp;gửi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports.py" line="46"/>
        <source>Packages recei&amp;ved</source>
        <translation>Gói đã &amp;nhận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports.py" line="47"/>
        <source>Contri&amp;butions from agencies</source>
        <translation>Báo cáo của cơ &amp;quan thành viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports.py" line="52"/>
        <source>Read only: your account may look but not change anything.</source>
        <translation>Chỉ xem: tài khoản này được xem nhưng không được thay đổi dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_report.py" line="65"/>
        <source>The PDF preview needs Qt&apos;s PDF module, which is not installed.</source>
        <translation>Muốn xem trước PDF cần có mô-đun PDF của Qt, nhưng máy chưa cài mô-đun này.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="44"/>
        <source>On the roster: %1 (members: %2, outside officials: %3); present: %4, absent: %5</source>
        <translation>Trong danh sách: %1 (thành viên: %2, ngoài Ban Chỉ đạo: %3); có mặt: %4, vắng mặt: %5</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="79"/>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="148"/>
        <source>Roster</source>
        <translation>Danh sách học viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="89"/>
        <source>Find a member (accents optional)…</source>
        <translation>Tìm thành viên (không cần gõ dấu)…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="108"/>
        <source>Committee members</source>
        <translation>Thành viên Ban Chỉ đạo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="115"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="115"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="115"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="115"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="134"/>
        <source>Add outside official</source>
        <translation>Thêm người ngoài Ban</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="135"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="136"/>
        <source>Everyone present</source>
        <translation>Tất cả có mặt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_roster.py" line="300"/>
        <source>Row %1 needs a name.</source>
        <translation>Dòng %1 chưa có họ tên.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_rules.py" line="56"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_rules.py" line="73"/>
        <source>%1, from %2 (unconfirmed)</source>
        <translation>%1, từ ngày %2 (chưa xác nhận)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_rules.py" line="30"/>
        <source>A petition is measured by the rules in force on the day it was received. Rules marked unconfirmed come from a single secondary source: switch one on only once the office has checked the official text. It then applies to petitions received from its date, at their next step.</source>
        <translation>Thời hạn của mỗi đơn được tính theo quy định có hiệu lực vào ngày nhận đơn. Quy định &quot;chưa xác nhận&quot; mới chỉ có từ một nguồn thứ cấp: chỉ bật khi văn phòng đã đối chiếu văn bản chính thức. Khi bật, quy định áp dụng cho các đơn nhận từ ngày hiệu lực của nó, từ bước xử lý tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_rules.py" line="62"/>
        <source>From %1: %2</source>
        <translation>Từ ngày %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_rules.py" line="41"/>
        <source>Not yet confirmed</source>
        <translation>Chưa xác nhận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_rules.py" line="99"/>
        <source>Switched off.</source>
        <translation>Đã tắt.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_rules.py" line="99"/>
        <source>Switched on.</source>
        <translation>Đã bật.</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sections.py" line="40"/>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sections.py" line="44"/>
        <source>&amp;Add</source>
        <translation>T&amp;hêm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sections.py" line="45"/>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sections.py" line="47"/>
        <source>Move &amp;up</source>
        <translation>Lên t&amp;rên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sections.py" line="50"/>
        <source>Move do&amp;wn</source>
        <translation>Xuố&amp;ng dưới</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sections.py" line="86"/>
        <source>S&amp;ections:</source>
        <translation>&amp;Các mục:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sections.py" line="99"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sections.py" line="101"/>
        <source>&amp;Text:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
</context>
<context>
    <name>SentTab</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="79"/>
        <source>Packages sent</source>
        <translation>Gói báo cáo đã gửi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="91"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="92"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="93"/>
        <source>Written</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="94"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="96"/>
        <source>Personal data</source>
        <translation>TT cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="97"/>
        <source>included</source>
        <translation>có kèm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="99"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="100"/>
        <source>Written to</source>
        <translation>Nơi ghi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="109"/>
        <source>Mark &amp;uploaded</source>
        <translation>Đánh &amp;dấu đã gửi</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="112"/>
        <source>Mark ac&amp;knowledged</source>
        <translation>Đánh dấu đã &amp;xác nhận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="128"/>
        <source>&amp;Build package for %1…</source>
        <translation>&amp;Lập gói báo cáo %1…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="139"/>
        <source>The report&apos;s sections could not be saved: see the Report tab.</source>
        <translation>Chưa lưu được các mục của báo cáo: xem thẻ Báo cáo.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="188"/>
        <source>Build package</source>
        <translation>Lập gói báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="248"/>
        <source>This office&apos;s signing key</source>
        <translation>Khóa ký của cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="258"/>
        <source>&amp;Export public key…</source>
        <translation>Xuất khóa &amp;công khai…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="263"/>
        <source>Key id:</source>
        <translation>Mã khóa:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="264"/>
        <source>Fingerprint:</source>
        <translation>Dấu vân tay khóa:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="288"/>
        <source>The office has no signing key yet: it is made with the first package.</source>
        <translation>Cơ quan chưa có khóa ký: khóa sẽ được tạo khi lập gói báo cáo đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="297"/>
        <source>Send the public key to the central office and read them the fingerprint over the phone: it proves the key is yours.</source>
        <translation>Gửi khóa công khai cho cơ quan Trung ương và đọc dấu vân tay khóa cho họ qua điện thoại: đó là bằng chứng khóa này là của cơ quan mình.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="306"/>
        <source>Export public key</source>
        <translation>Xuất khóa công khai</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="308"/>
        <source>Public keys (*.pub)</source>
        <translation>Khóa công khai (*.pub)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="345"/>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_sent.py" line="331"/>
        <source>The public key was written to %1</source>
        <translation>Đã ghi khóa công khai vào %1</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="168"/>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="169"/>
        <source>Language and lock</source>
        <translation>Ngôn ngữ và khóa màn hình</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="170"/>
        <source>Officer accounts</source>
        <translation>Tài khoản cán bộ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="171"/>
        <source>Holidays</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="173"/>
        <source>Backup and signing key</source>
        <translation>Sao lưu và khóa ký</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="175"/>
        <source>Central office</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="180"/>
        <source>You can read the office&apos;s settings; only an administrator can change them. Your language and your own password are yours to change.</source>
        <translation>Tài khoản này được xem phần cài đặt của cơ quan; chỉ tài khoản Quản trị mới được thay đổi. Ngôn ngữ và mật khẩu của mình thì tự thay đổi được.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings.py" line="172"/>
        <source>Petition rules</source>
        <translation>Quy định về thời hạn</translation>
    </message>
</context>
<context>
    <name>ShippedHolidays</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="60"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="60"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="60"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="60"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="75"/>
        <source>Confirm the year as announced</source>
        <translation>Xác nhận cả năm theo thông báo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="78"/>
        <source>The Government announced the expected days of this year as they are</source>
        <translation>Chính phủ đã thông báo đúng các ngày nghỉ dự kiến của năm này</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="81"/>
        <source>Remove day…</source>
        <translation>Bỏ ngày…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="83"/>
        <source>The announcement does not give this day off</source>
        <translation>Thông báo không cho nghỉ ngày này</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="85"/>
        <source>Replace day…</source>
        <translation>Thay ngày…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="87"/>
        <source>The announcement gives another day off instead</source>
        <translation>Thông báo cho nghỉ một ngày khác thay ngày này</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="95"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="135"/>
        <source>%1 (%2). Source: %3</source>
        <translation>Năm %1 (%2). Nguồn: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="146"/>
        <source>%n day(s) expected, not confirmed</source>
        <translation>
            <numerusform>%n ngày dự kiến, chưa xác nhận</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="148"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="174"/>
        <source>confirmed by the office</source>
        <translation>văn phòng đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="149"/>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="170"/>
        <source>announced</source>
        <translation>đã có thông báo</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="161"/>
        <source>public holiday</source>
        <translation>ngày lễ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="162"/>
        <source>Tết</source>
        <translation>Tết</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="163"/>
        <source>day off in lieu</source>
        <translation>nghỉ bù</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="164"/>
        <source>make-up working day</source>
        <translation>ngày làm bù</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="172"/>
        <source>expected, not confirmed</source>
        <translation>dự kiến, chưa xác nhận</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="176"/>
        <source>confirmed by %1, %2</source>
        <translation>%1 xác nhận lúc %2</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="177"/>
        <source>removed by %1, %2: %3</source>
        <translation>%1 bỏ lúc %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="178"/>
        <source>replaced by %4 (%1, %2: %3)</source>
        <translation>thay bằng ngày %4 (%1, %2: %3)</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="213"/>
        <source>The expected days of %1 are confirmed.</source>
        <translation>Đã xác nhận các ngày nghỉ dự kiến năm %1.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="246"/>
        <source>Remove an expected day</source>
        <translation>Bỏ một ngày nghỉ dự kiến</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="247"/>
        <source>%1 (%2) will be a working day.</source>
        <translation>Ngày %1 (%2) sẽ là ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="252"/>
        <source>%1 is a working day again.</source>
        <translation>Ngày %1 lại là ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="274"/>
        <source>Replace an expected day</source>
        <translation>Thay một ngày nghỉ dự kiến</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="275"/>
        <source>The day off announced instead of %1 (%2).</source>
        <translation>Ngày nghỉ được thông báo thay cho ngày %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="278"/>
        <source>Day off instead</source>
        <translation>Ngày nghỉ thay thế</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="280"/>
        <source>%1 is replaced.</source>
        <translation>Đã thay ngày %1.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="292"/>
        <source>e.g. Thông báo số …/TB-BNV</source>
        <translation>ví dụ: Thông báo số …/TB-BNV</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/settings_holidays_shipped.py" line="295"/>
        <source>Announcement</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/signin_dialog.py" line="47"/>
        <source>HR Desk — sign in</source>
        <translation>HR Desk — đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/signin_dialog.py" line="48"/>
        <source>Steering Committee on Human Rights — records desk</source>
        <translation>Ban Chỉ đạo về quyền con người — quản lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/signin_dialog.py" line="60"/>
        <source>Remember on this computer</source>
        <translation>Ghi nhớ trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/signin_dialog.py" line="67"/>
        <source>Officer</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/signin_dialog.py" line="68"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/signin_dialog.py" line="76"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/signin_dialog.py" line="83"/>
        <source>Demo profile: sign in as %1 with the password %2.</source>
        <translation>Dữ liệu mẫu: đăng nhập bằng tài khoản %1, mật khẩu %2.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/signin_dialog.py" line="104"/>
        <source>Opening the store…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>StaleNotice</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="66"/>
        <source>The figures have changed since the last draft — redraft?</source>
        <translation>Số liệu đã thay đổi từ lần soạn trước — Soạn lại?</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="70"/>
        <source>See what &amp;changed…</source>
        <translation>Xe&amp;m thay đổi…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="73"/>
        <source>Redraft this sect&amp;ion</source>
        <translation>&amp;Soạn lại mục này</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="139"/>
        <source>Replace your text?</source>
        <translation>Thay nội dung bạn đã viết?</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="141"/>
        <source>The section &quot;%1&quot; holds text you wrote. Replace it with the text drafted from today&apos;s records?</source>
        <translation>Mục &quot;%1&quot; có nội dung do bạn viết. Thay bằng nội dung dự thảo từ số liệu hiện nay?</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="151"/>
        <source>Drafted again from the records: %1</source>
        <translation>Đã soạn lại từ số liệu: %1</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_stale.py" line="158"/>
        <source>Your text is kept as up to date: %1</source>
        <translation>Giữ nội dung bạn viết, số liệu đã được kiểm tra: %1</translation>
    </message>
</context>
<context>
    <name>TasksWorkspace</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="56"/>
        <source>New task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="56"/>
        <source>Edit task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="75"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="76"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="42"/>
        <source>Progress note…</source>
        <translation>Ghi tiến độ…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="87"/>
        <source>Progress note</source>
        <translation>Ghi tiến độ</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="87"/>
        <source>What was done:</source>
        <translation>Kết quả thực hiện:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="105"/>
        <source>From the dashboard: overdue tasks</source>
        <translation>Từ Tổng quan: nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="116"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="117"/>
        <source>Source document</source>
        <translation>Văn bản nguồn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="118"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="120"/>
        <source>Supporting agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="123"/>
        <source>Responsible member</source>
        <translation>Thành viên phụ trách</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="124"/>
        <source>Due</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="125"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="127"/>
        <source>Completed</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="135"/>
        <source>Progress</source>
        <translation>Tiến độ thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/tasks.py" line="141"/>
        <source>No progress notes yet.</source>
        <translation>Chưa có ghi nhận tiến độ.</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_topics.py" line="31"/>
        <source>Topics and presenters</source>
        <translation>Chuyên đề và báo cáo viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_topics.py" line="37"/>
        <source>Topic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_topics.py" line="37"/>
        <source>Presenter</source>
        <translation>Báo cáo viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_topics.py" line="52"/>
        <source>Add topic</source>
        <translation>Thêm chuyên đề</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_topics.py" line="53"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_topics.py" line="54"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_topics.py" line="55"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training_topics.py" line="127"/>
        <source>Topic %1 needs a title.</source>
        <translation>Chuyên đề %1 chưa có tên.</translation>
    </message>
</context>
<context>
    <name>TrainingWorkspace</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="61"/>
        <source>New training</source>
        <translation>Thêm lớp tập huấn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="61"/>
        <source>Edit training</source>
        <translation>Sửa lớp tập huấn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="75"/>
        <source>Topics…</source>
        <translation>Chuyên đề…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="76"/>
        <source>Roster…</source>
        <translation>Danh sách học viên…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="78"/>
        <source>Sign-in sheet (PDF)…</source>
        <translation>Danh sách ký tên (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="81"/>
        <source>Attendance list (PDF)…</source>
        <translation>Danh sách tham dự (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="107"/>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="108"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="109"/>
        <source>Organiser</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="114"/>
        <source>Materials:</source>
        <translation>Tài liệu:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="116"/>
        <source>Topics</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="124"/>
        <source>No topics yet.</source>
        <translation>Chưa có chuyên đề.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="133"/>
        <source>Roster</source>
        <translation>Danh sách học viên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="135"/>
        <source>No one on the roster yet.</source>
        <translation>Danh sách học viên còn trống.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="138"/>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="139"/>
        <source>outside</source>
        <translation>ngoài Ban</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="187"/>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="187"/>
        <source>Sheets cannot be made in this version.</source>
        <translation>Phiên bản này không lập được danh sách.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="194"/>
        <source>Sign-in sheet</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="194"/>
        <source>Making the sign-in sheet…</source>
        <translation>Đang lập danh sách ký tên…</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="197"/>
        <source>Attendance list</source>
        <translation>Danh sách tham dự</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/training.py" line="197"/>
        <source>Making the attendance list…</source>
        <translation>Đang lập danh sách tham dự…</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_trust.py" line="40"/>
        <source>Trust an office&apos;s key</source>
        <translation>Tin cậy khóa của cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_trust.py" line="46"/>
        <source>Packages signed with this key will be accepted as coming from the office you name. Before trusting it, call the office and have them read their fingerprint to you: it must match the one below exactly.</source>
        <translation>Gói được ký bằng khóa này sẽ được chấp nhận là của cơ quan được ghi tên dưới đây. Trước khi tin cậy, hãy gọi điện cho cơ quan đó và đề nghị họ đọc dấu vân tay khóa: phải khớp hoàn toàn với dấu vân tay dưới đây.</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_trust.py" line="63"/>
        <source>as the office signs its packages, if left empty</source>
        <translation>nếu để trống, dùng tên cơ quan ghi trong gói</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_trust.py" line="70"/>
        <source>I have &amp;compared the fingerprint with the office, and it matches</source>
        <translation>Đã đối &amp;chiếu dấu vân tay khóa với cơ quan gửi và thấy khớp</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_trust.py" line="74"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_trust.py" line="75"/>
        <source>Key id:</source>
        <translation>Mã khóa:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_trust.py" line="76"/>
        <source>Fingerprint:</source>
        <translation>Dấu vân tay khóa:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_trust.py" line="77"/>
        <source>&amp;Office name:</source>
        <translation>&amp;Tên cơ quan:</translation>
    </message>
    <message>
        <location filename="../../src/hrdesk/ui/workspaces/reports_trust.py" line="81"/>
        <source>&amp;Trust this key</source>
        <translation>Tin cậy &amp;khóa này</translation>
    </message>
</context>
</TS>
