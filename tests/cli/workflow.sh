#!/usr/bin/env bash
# An office's work from the command line only, on a fresh profile: accounts, a petition
# from reception to closing (suspended and resumed on the way), a meeting with its
# attendance and a conclusion made into a task, a training with its attendance, the
# year's report and its signed package.
#
# Run by tests/ui/test_cli_workflow_ui.py, which then opens the window on the profile.
# Needs: HRDESK_HOME (a folder that does not exist yet), HRDESK (the program, default
# `hrdesk`), OUT (a folder for the report, the package and uids.env, what the test reads).
set -euo pipefail

HRDESK=${HRDESK:-hrdesk}
export HRDESK_PASSPHRASE='mật khẩu quản trị'
export HRDESK_KEY_PASSPHRASE='cụm mật khẩu của khóa'
export HRDESK_USER=admin
hr() { $HRDESK "$@"; }
uid_of() { python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["uid"])'; }
day() { date -d "$1" +%Y-%m-%d; }

hr init --province "Gia Lai" --office "Ban Chỉ đạo về quyền con người tỉnh Gia Lai" \
  --admin admin --admin-name "Nguyễn Quản Trị" >/dev/null

# Accounts: an officer who handles cases, and a viewer.
HRDESK_NEW_PASSPHRASE='mật khẩu cán bộ' hr account add minh --role officer --full-name "Lê Văn Minh"
HRDESK_NEW_PASSPHRASE='mật khẩu chỉ xem' hr account add lan --role viewer --full-name "Trần Thị Lan"
hr account list --format json >"$OUT/accounts.json"

# The committee: an agency and two members.
hr add agencies --name "Sở Tư pháp" --short-name STP --kind department >/dev/null
hr add members --full-name "Nguyễn Văn An" --role "Trưởng ban" --agency STP \
  --title "Phó Chủ tịch UBND tỉnh" >/dev/null
hr add members --full-name "Lê Thị Hoa" --role "Ủy viên" --agency STP >/dev/null

# A complaint, received 20 days ago, taken through its steps by the officer minh.
PETITION=$(hr add petitions --received-on "$(day '-20 days')" --channel direct --field land \
  --kind complaint --summary "Khiếu nại quyết định thu hồi đất tại xã Ia Grai" \
  --full-name "Phạm Văn Bình" --address "Pleiku, Gia Lai")
export HRDESK_USER=minh HRDESK_PASSPHRASE='mật khẩu cán bộ'
hr petition actions "$PETITION" --format json >"$OUT/actions-received.json"
hr petition step "$PETITION" classify --date "$(day '-19 days')" --complex yes
hr petition step "$PETITION" accept --date "$(day '-18 days')" --note "Thụ lý giải quyết"
hr petition step "$PETITION" suspend --date "$(day '-15 days')" --note "Chờ kết quả giám định"
hr petition step "$PETITION" resume --date "$(day '-10 days')" --note "Đã có kết quả giám định"
hr petition step "$PETITION" decide --date "$(day '-5 days')" --outcome partly \
  --note "Khiếu nại đúng một phần"
hr petition step "$PETITION" close --date "$(day '-4 days')"
hr petition actions "$PETITION" --format json >"$OUT/actions-closed.json"
export HRDESK_USER=admin HRDESK_PASSPHRASE='mật khẩu quản trị'

# A meeting with its attendance, agenda and a conclusion made into a task.
MEETING=$(hr add meetings --title "Họp Ban Chỉ đạo quý IV" \
  --starts-at "$(day '-3 days') 08:00" --place "Hội trường UBND tỉnh" --chair "Nguyễn Văn An")
hr meeting attendance "$MEETING" --present "Nguyễn Văn An" \
  --absent "Lê Thị Hoa" "Đi công tác" --guest "Đinh Văn Khách" >/dev/null
hr meeting agenda "$MEETING" --item "Sơ kết công tác quý IV" >/dev/null
CONCLUSION=$(hr meeting conclude "$MEETING" "Sở Tư pháp xây dựng kế hoạch tập huấn năm 2027" \
  --agenda-item 1 --format json | uid_of)
TASK=$(hr meeting task "$CONCLUSION" --due-on "$(day '+30 days')" --lead-agency STP \
  --format json | uid_of)

# A training with its programme and attendance.
TRAINING=$(hr add trainings --title "Tập huấn Luật Khiếu nại sửa đổi" \
  --starts-on "$(day '-2 days')" --ends-on "$(day '-1 days')" --place Pleiku \
  --organiser-agency STP)
hr training topics "$TRAINING" --topic "Luật Khiếu nại sửa đổi" "Ông Trần Báo Cáo" >/dev/null
hr training attendance "$TRAINING" --present "Nguyễn Văn An" --absent "Lê Thị Hoa" \
  --guest "Ngô Văn Học" --agency STP >/dev/null

# The year's report and its signed package.
YEAR=$(date -d '-20 days' +%Y)
hr report --period "$YEAR" --draft --out "$OUT/report.pdf" >/dev/null
mkdir -p "$OUT/stick"
PACKAGE=$(hr package export --period "$YEAR" --to "$OUT/stick")
hr key export --out "$OUT/office.pub" >/dev/null
hr package verify "$PACKAGE" --key "$OUT/office.pub" >/dev/null

cat >"$OUT/uids.env" <<EOF
PETITION=$PETITION
MEETING=$MEETING
CONCLUSION=$CONCLUSION
TASK=$TASK
TRAINING=$TRAINING
PACKAGE=$PACKAGE
EOF
