#!/bin/sh
# Check a built HR Desk bundle the way an officer's laptop will use it: no Python, no source
# tree, no HRDESK_HOME, no display.
#
#   installer/check-bundle.sh [BUNDLE]      (default dist/hrdesk; `make dist` runs it)
#
# It runs the frozen executable with --version, makes a demo profile in a temporary folder
# (demo --no-window --profile DIR), opens that encrypted store (check), prints a report PDF
# with the bundled fonts (report), signs and verifies a package with the office key in a
# Secret Service keyring (when dbus and gnome-keyring are installed) and opens the window
# offscreen for a few seconds; then it looks inside the folder for the resources,
# the Alembic migrations and reportlab's data, refuses the build machine's GTK theme plugin,
# checks that the runs wrote nothing into the bundle, and reports its size.
# Exit status 0 when every check passed, 1 otherwise. Runs on Linux, and in Git Bash on
# Windows (where the console executable is hrdesk-cli.exe).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bundle=${1:-$root/dist/hrdesk}
failures=0

ok() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
note() { echo "note  $*"; }

[ -d "$bundle" ] || { echo "check-bundle: no bundle at $bundle (run make dist)" >&2; exit 2; }
bundle=$(cd "$bundle" && pwd)
internal="$bundle/_internal"
if [ -f "$bundle/hrdesk-cli.exe" ]; then exe="$bundle/hrdesk-cli.exe"; else exe="$bundle/hrdesk"; fi
[ -x "$exe" ] || { echo "check-bundle: no executable $exe" >&2; exit 2; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/src/hrdesk/__init__.py")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hrdesk-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"
listing() { (cd "$bundle" && find . | LC_ALL=C sort); }
listing > "$tmp/before.txt"

# The frozen program, as an officer would start it: offscreen Qt, its own HOME, no
# HRDESK_HOME, and no PYTHONPATH that could let it import the source tree by mistake.
frozen() {
    env -u HRDESK_HOME -u PYTHONPATH -u PYTHONHOME HOME="$tmp/home" \
        XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
        QT_QPA_PLATFORM=offscreen "$@"
}

echo "checking $bundle"

# 1. --version
out=$(cd "$tmp" && frozen "$exe" --version 2>&1)
if [ "$out" = "HR Desk $version" ]; then ok "--version: $out"; else fail "--version printed: $out"; fi

# 2. demo --no-window on a temporary profile: a real encrypted store, made by the migrations
profile="$tmp/profile"
if (cd "$tmp" && frozen "$exe" demo --no-window --profile "$profile") >"$tmp/demo.out" 2>&1; then
    ok "demo --no-window: $(grep 'demo ready' "$tmp/demo.out" || tail -n 1 "$tmp/demo.out")"
else
    fail "demo --no-window failed:"; sed 's/^/      /' "$tmp/demo.out"
fi
for file in hrdesk.db keys.json; do
    if [ -s "$profile/$file" ]; then ok "demo profile has $file"; else fail "demo profile lacks $file"; fi
done

# 3. the store opens (SQLCipher, migrations at head, audit chain) and a report prints
export HRDESK_USER=demo HRDESK_PASSPHRASE=demo
if (cd "$tmp" && frozen "$exe" check --profile "$profile") >"$tmp/check.out" 2>&1; then
    ok "check: $(head -n 1 "$tmp/check.out")"
else
    fail "check failed:"; sed 's/^/      /' "$tmp/check.out"
fi
year=$(date +%Y)
if (cd "$tmp" && frozen "$exe" report --period "$year" --out "$tmp/report.pdf" \
    --xlsx "$tmp/report.xlsx" --profile "$profile") >"$tmp/report.out" 2>&1 &&
    [ "$(head -c 4 "$tmp/report.pdf" 2>/dev/null)" = "%PDF" ] && [ -s "$tmp/report.xlsx" ]; then
    ok "report --period $year: report.pdf ($(wc -c <"$tmp/report.pdf") bytes), report.xlsx"
    if command -v pdffonts >/dev/null 2>&1; then
        if pdffonts "$tmp/report.pdf" | grep -q "LiberationSerif.*yes"; then
            ok "report.pdf embeds the bundled Liberation Serif"
        else
            fail "report.pdf does not embed Liberation Serif:"; pdffonts "$tmp/report.pdf"
        fi
    fi
else
    fail "report failed:"; sed 's/^/      /' "$tmp/report.out"
fi

# 3b. keyring: with a Secret Service running (Debian dbus + gnome-keyring), the frozen
# program keeps the office key in it, signs a package and verifies it. Skipped without them.
# The demo above ran with no keyring, so its office key is wrapped under the demo's own
# passphrase: `key replace` first makes a new office key, which goes into the keyring.
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    mkdir -p "$tmp/home/.cache" "$tmp/home/.local/share" "$tmp/packages"
    # shellcheck disable=SC2016  # expanded by the inner shell, from its arguments
    frozen dbus-run-session -- sh -c '
        exe=$1 profile=$2 out=$3
        printf check | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        "$exe" --lang en key replace --yes --profile "$profile" &&
            "$exe" --lang en package export --period "$4" --to "$out" --yes \
                --allow-empty-sections --profile "$profile" &&
            "$exe" --lang en key show --profile "$profile" &&
            "$exe" --lang en key export --out "$out/office.pub" --profile "$profile" &&
            "$exe" --lang en package verify "$out"/*.zip --key "$out/office.pub"
    ' sh "$exe" "$profile" "$tmp/packages" "$year" >"$tmp/keyring.out" 2>"$tmp/keyring.err"
    status=$?
    if [ "$status" -eq 0 ] && grep -q "kept in the OS keyring" "$tmp/keyring.out"; then
        ok "keyring: office key in the Secret Service; $(grep -i '^valid:' "$tmp/keyring.out")"
    else
        fail "keyring / package (status $status):"; sed 's/^/      /' "$tmp/keyring.out" "$tmp/keyring.err"
    fi
else
    note "keyring: skipped (no dbus-run-session or gnome-keyring-daemon here)"
fi
unset HRDESK_USER HRDESK_PASSPHRASE

# 3c. the window: with no command the program opens the sign-in window of the demo profile;
# offscreen it must still be up (waiting for a password) after a few seconds, not crashed.
(cd "$tmp" && frozen timeout 8 "$exe" --profile "$profile") >"$tmp/window.out" 2>&1
status=$?
if [ "$status" -eq 124 ]; then
    ok "window: the sign-in window was open and waiting after 8 s (offscreen)"
else
    fail "window: the program ended with status $status:"; sed 's/^/      /' "$tmp/window.out"
fi

# 4. inside the bundle: every resource file, the migrations, reportlab's data
missing=0
count=0
# (resources/ is the package hrdesk.resources: its __init__.py and __pycache__ are not data)
(cd "$root/resources" && find . -type f ! -name __init__.py ! -path '*/__pycache__/*') \
    >"$tmp/resources.txt"
while IFS= read -r source; do
    count=$((count + 1))
    if ! cmp -s "$root/resources/$source" "$internal/hrdesk/resources/$source"; then
        fail "resource missing or different in the bundle: $source"
        missing=$((missing + 1))
    fi
done <"$tmp/resources.txt"
[ "$missing" -eq 0 ] && ok "resources: all $count files of resources/ are in the bundle"
fonts=$(ls "$internal/hrdesk/resources/fonts/"*.ttf 2>/dev/null | wc -l)
if [ "$fonts" -ge 4 ]; then ok "fonts: $fonts TTF files in _internal/hrdesk/resources/fonts"; else fail "fonts: only $fonts TTF files in the bundle"; fi
qm=$(ls "$internal/hrdesk/resources/translations/"*.qm 2>/dev/null | wc -l)
source_qm=$(ls "$root/resources/translations/"*.qm 2>/dev/null | wc -l)
if [ "$qm" -gt 0 ] && [ "$qm" -eq "$source_qm" ]; then
    ok "translations: $qm .qm files in _internal/hrdesk/resources/translations"
elif [ "$source_qm" -eq 0 ]; then
    note "translations: resources/translations has no .qm yet (make translations): the window will be in English"
else
    fail "translations: $qm of $source_qm .qm files in the bundle"
fi
migrations="$internal/hrdesk/store/migrations"
versions=$(ls "$root/src/hrdesk/store/migrations/versions/"[0-9]*.py | wc -l)
bundled=$(ls "$migrations/versions/"[0-9]*.py 2>/dev/null | wc -l)
if [ -f "$migrations/env.py" ] && [ -f "$migrations/script.py.mako" ] && [ "$bundled" -eq "$versions" ]; then
    ok "migrations: env.py, script.py.mako and $bundled versions"
else
    fail "migrations: env.py/script.py.mako missing or $bundled of $versions versions"
fi
if [ -n "$(ls "$internal/reportlab/fonts" 2>/dev/null)" ]; then
    ok "reportlab data: $(ls "$internal/reportlab/fonts" | wc -l) files in _internal/reportlab/fonts"
else
    fail "reportlab data: _internal/reportlab/fonts is missing"
fi

# 5. nothing from the build machine's GTK or its theme plugins
themes=$(find "$internal" -path '*plugins/platformthemes*' -type f 2>/dev/null)
if echo "$themes" | grep -qi "gtk"; then
    fail "a GTK platform theme plugin is bundled: $themes"
else
    ok "no GTK platform theme plugin (platformthemes: $(echo "$themes" | sed 's|.*/||' | tr '\n' ' ' | sed 's/ $//'))"
fi
gtk=$(find "$internal" -maxdepth 1 \( -name 'libgtk-*' -o -name 'libgdk-*' \) 2>/dev/null)
if [ -n "$gtk" ]; then fail "host GTK libraries in the bundle: $gtk"; else ok "no host GTK libraries (libgtk, libgdk)"; fi
if [ -n "$(find "$bundle" -ipath '*keyrings*alt*' 2>/dev/null)" ]; then
    fail "keyrings.alt is bundled (it stores secrets in plaintext)"
else
    ok "no keyrings.alt"
fi

# 6. the runs wrote nothing next to the executable (data goes to the profile folder)
listing > "$tmp/after.txt"
if cmp -s "$tmp/before.txt" "$tmp/after.txt"; then
    ok "the runs wrote nothing into the bundle"
else
    fail "the runs changed the bundle:"; diff "$tmp/before.txt" "$tmp/after.txt" | sed 's/^/      /'
fi

# 7. size
echo "size  $(du -sh "$bundle" | cut -f1) in $(find "$bundle" -type f | wc -l) files ($bundle)"
if [ "$failures" -eq 0 ]; then
    echo "bundle check passed"
else
    echo "bundle check FAILED: $failures problem(s)"
    exit 1
fi
