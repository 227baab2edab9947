#!/usr/bin/env bash
# Loads a dump made by scripts/backup.sh into the database OPE_DB_NAME (or the
# one given), which must exist and should be empty: restore into a fresh
# database, check it, then point the app at it.
#
#   ./scripts/restore.sh FILE [DATABASE]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

[[ $# -ge 1 && -f "$1" ]] || ope_die "utilisation : scripts/restore.sh FICHIER.sql.gz [BASE]"
ope_db_client_settings
target="${2:-$OPE_DB_NAME}"
gzip -dc "$1" | ope_with_db_options mariadb --default-character-set=utf8mb4 "$target"
ope_say "Restauration de $1 dans la base $target terminée."
