#!/usr/bin/env bash
# Consistent dump of the site's database, documents included (they are stored in
# it): one transaction (--single-transaction), so the dump is a snapshot even
# while the site runs. Writes FILE (default var/backups/ope-YYYYmmdd-HHMMSS.sql.gz).
#
#   ./scripts/backup.sh [FILE]
#
# Connection: the app's variables OPE_DB_HOST (the first server of a list), OPE_DB_PORT, OPE_DB_NAME,
# OPE_DB_USER, OPE_DB_PASSWORD; without them, the private database of
# scripts/run.sh (var/db.env).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

ope_db_client_settings
out="${1:-var/backups/ope-$(date +%Y%m%d-%H%M%S).sql.gz}"
mkdir -p "$(dirname "$out")"
umask 077  # the dump holds personal data
ope_with_db_options mariadb-dump --single-transaction --quick --hex-blob --routines --triggers \
  --no-tablespaces --skip-dump-date --default-character-set=utf8mb4 "$OPE_DB_NAME" | gzip -c >"$out.tmp"
mv "$out.tmp" "$out"
ope_say "Sauvegarde : $out ($(du -h "$out" | cut -f1))"
