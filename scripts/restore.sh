#!/usr/bin/env bash
# Loads a dump made by scripts/backup.sh into the database OPE_DB_NAME (or the
# one given): restore into a fresh database, check it, then point the app at it.
# The dump drops and recreates every table it holds, so a database that already
# has tables (the live one, by default) is refused unless --force says to
# replace them.
#
#   ./scripts/restore.sh [--force] FILE [DATABASE]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

force=0
args=()
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    *) args+=("$arg") ;;
  esac
done
[[ ${#args[@]} -ge 1 && ${#args[@]} -le 2 && -f "${args[0]}" ]] ||
  ope_die "utilisation : scripts/restore.sh [--force] FICHIER.sql.gz [BASE]"
ope_db_client_settings
target="${args[1]:-$OPE_DB_NAME}"
ope_check_identifier "$target" "base cible"

tables="$(ope_with_db_options mariadb -N -B -e \
  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")" ||
  ope_die "impossible de lire la base $target."
if ((tables > 0 && !force)); then
  ope_die "la base $target n'est pas vide ($tables tables) : le dump remplacerait ses tables (DROP TABLE). Restaurez dans une base vide, ou ajoutez --force pour la remplacer."
fi
gzip -dc "${args[0]}" | ope_with_db_options mariadb --default-character-set=utf8mb4 "$target"
ope_say "Restauration de ${args[0]} dans la base $target terminée."
