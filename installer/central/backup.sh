#!/bin/sh
# Back up the HR Desk central service: the database (pg_dump) and the data folder (the
# packages, kept by their SHA-512, and the centre's key file). Run daily, e.g. from cron:
#   15 2 * * * hrdesk-central /opt/hrdesk-central/backup.sh /srv/backup/hrdesk-central
# Restore: createdb, pg_restore -d hrdesk_central DUMP, and put the folder back.
set -eu
TARGET=${1:?usage: backup.sh TARGET-FOLDER}
DATA=${HRDESK_CENTRAL_DATA:-/var/lib/hrdesk-central}
DATABASE=${HRDESK_CENTRAL_DATABASE:?set HRDESK_CENTRAL_DATABASE}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$TARGET/$STAMP"
# The dump first: a package file written after it is only unindexed (harmless), never the
# other way round.
pg_dump --format=custom --file="$TARGET/$STAMP/hrdesk_central.dump" "$DATABASE"
# Package files never change once written: rsync copies only the new ones.
rsync -a --exclude incoming/ --exclude uploads/ "$DATA/" "$TARGET/$STAMP/data/"
echo "backed up to $TARGET/$STAMP"
