#!/usr/bin/env bash
# The folders are floors: each may include only from its own floor or below, so
# that the plumbing never depends on pages or data (README, "The code").
#   domain/   values and rules          -> domain
#   fcgi/     HTTP/FastCGI plumbing     -> fcgi, domain
#   data/     SQL                       -> data, fcgi, domain
#   handlers/ pages                     -> handlers, data, fcgi, domain
#   worker/   the mail worker           -> worker, data, fcgi, domain
#   app/      the program's wiring      -> anything
set -uo pipefail
cd "$(dirname "$0")/../.."
declare -A allowed=(
  [domain]="domain"
  [fcgi]="fcgi domain"
  [data]="data fcgi domain"
  [handlers]="handlers data fcgi domain"
  [worker]="worker data fcgi domain"
)
failed=0 checked=0
for floor in "${!allowed[@]}"; do
  for file in "$floor"/*.cpp "$floor"/*.hpp; do
    [[ -e "$file" ]] || continue
    while IFS= read -r included; do
      checked=$((checked + 1))
      folder="${included%%/*}"
      if [[ " ${allowed[$floor]} " != *" $folder "* ]]; then
        echo "FAIL: $file includes \"$included\" ($floor/ may include only: ${allowed[$floor]})"
        failed=$((failed + 1))
      fi
    done < <(sed -n 's/^#include "\([a-z_]*\/[^"]*\)".*/\1/p' "$file")
  done
done
# The checks above are only worth something if includes were found.
((checked > 50)) || { echo "FAIL: only $checked includes read"; failed=$((failed + 1)); }
echo "$checked includes checked, $failed wrong"
((failed == 0))
