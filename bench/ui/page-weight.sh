#!/usr/bin/env bash
# Bytes a browser transfers for the first load of a page (HTML plus every stylesheet, script, image and
# icon it references), signed in, with an empty cache.
# Usage: bench/ui/page-weight.sh BASE_URL USER PASSWORD [PATH...]   (default path: /)
# Example: bench/ui/page-weight.sh http://localhost:8000 admin "$ADMIN_PASSWORD" / /documents /search
set -euo pipefail
base=${1:?base url}; user=${2:?user}; password=${3:?password}; shift 3
paths=("$@"); [ ${#paths[@]} -eq 0 ] && paths=(/)
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" "$base/auth"
for path in "${paths[@]}"; do
  html=$(mktemp)
  total=$(curl -s -b "$jar" -o "$html" -w '%{size_header} %{size_download}' "$base$path" | awk '{print $1+$2}')
  printf '%-40s %8d B\n' "$path" "$total"
  for asset in $(grep -oE '(src|href)="/[^"]+\.(css|js|svg|png|ico)"' "$html" | sed -E 's/^(src|href)="//; s/"$//' | sort -u); do
    bytes=$(curl -s -b "$jar" -o /dev/null -w '%{size_header} %{size_download}' "$base$asset" | awk '{print $1+$2}')
    printf '  %-38s %8d B\n' "$asset" "$bytes"
    total=$((total + bytes))
  done
  printf '%-40s %8d B (%d KB)\n' "  = first load of $path" "$total" $((total / 1024))
  rm -f "$html"
done
