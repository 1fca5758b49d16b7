#!/usr/bin/env bash
# Server-side time of the documents page (/documents) on PostgreSQL with 100,000 documents of one user:
# p50 and p95 per case (each sort column at the first, a middle and the last page; filters), target p95 <= 150 ms.
# Each case runs after a warm-up of 120 page views, as on a server that has been running a while.
# Usage: bench/ui/run.sh [--docs 100000] [--requests 40] [--pg 127.0.0.1:5432] [--pg-user postgres] [--no-build]
# Needs PostgreSQL (a database docuelevate_ui_bench is dropped and created), psql, curl. With LOCK set the build
# runs under flock (shared build machines). The time is curl's time to the last byte over loopback, which is the
# server's time plus well under a millisecond.
set -euo pipefail
cd "$(dirname "$0")/../.."
docs=100000; requests=40; pg=127.0.0.1:5432; pg_user=postgres; build=true
while [ $# -gt 0 ]; do
  case $1 in
    --docs) docs=$2; shift 2 ;; --requests) requests=$2; shift 2 ;; --pg) pg=$2; shift 2 ;;
    --pg-user) pg_user=$2; shift 2 ;; --no-build) build=false; shift ;; *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
locked() { if [ -n "${LOCK:-}" ]; then flock "$LOCK" "$@"; else "$@"; fi; }
if $build; then locked mvn -B -q -DskipTests package liberty:create liberty:install-feature liberty:deploy; fi

db=docuelevate_ui_bench; host=${pg%:*}; port=${pg#*:}
user=bench-$(date +%s); password="Bench-$(date +%s%N)-Pass"; admin_password="Adm1n-$(date +%s%N)-Pass"
psql=(psql -q -h "$host" -p "$port" -U "$pg_user")
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"

wlp=target/liberty/wlp; name=bench-ui; dir=$wlp/usr/servers/$name; work=$(mktemp -d)
rm -rf "$dir"; mkdir -p "$dir/apps"
cp $wlp/usr/servers/docuelevate/{server.xml,jvm.options} "$dir/"
[ -f $wlp/usr/servers/docuelevate/datasource.xml ] && cp $wlp/usr/servers/docuelevate/datasource.xml "$dir/"
cp -r $wlp/usr/servers/docuelevate/jdbc "$dir/"; cp target/docuelevate.war "$dir/apps/"
http_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$dir/server.env" <<ENV
PORT=$http_port
HTTPS_PORT=$((http_port + 1))
WORKDIR=$work
DATABASE_URL=postgresql://$pg_user@$host:$port/$db
AUTH_ENABLED=true
ADMIN_USERNAME=admin
ADMIN_PASSWORD=$admin_password
SESSION_SECRET=bench-session-secret-$(date +%s%N)-0123456789abcdef
RATE_LIMITING_ENABLED=false
keystore_password=bench$(date +%s%N)
ENV
$wlp/bin/server start $name >/dev/null
trap '$wlp/bin/server stop $name >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
base=http://127.0.0.1:$http_port
for _ in $(seq 1 180); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done

admin_jar=$work/admin.jar; jar=$work/user.jar
csrf=$(curl -s -c "$admin_jar" -b "$admin_jar" -H 'Accept: application/json' --data-urlencode username=admin \
  --data-urlencode "password=$admin_password" "$base/auth" | sed -E 's/.*"csrf_token" *: *"([^"]+)".*/\1/')
curl -fs -o /dev/null -b "$admin_jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$password\",\"is_admin\":false}" "$base/api/admin/users/local"
echo "filling $docs documents of $user (+$((docs / 5)) of another owner)..."
"${psql[@]}" -d "$db" -v n="$docs" -v owner="$user" -f bench/ui/documents-fill.sql
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" "$base/auth"

per_page=25; last=$(( (docs + per_page - 1) / per_page )); middle=$((last / 2))
measure() { # name, query of /documents (or a path starting with /), [target ms]: p50/p95 of $requests requests after 5 warm-up ones
  local times=() i status
  for i in $(seq 1 $((requests + 5))); do
    read -r status t < <(curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$base$(case $2 in /*) echo "$2" ;; *) echo "/documents?$2" ;; esac)")
    [ "$status" = 200 ] || { echo "$1: HTTP $status" >&2; exit 1; }
    [ "$i" -gt 5 ] && times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$1" -v target="${3:-150}" '{ v[NR] = $1 * 1000 } END {
    p50 = v[int((NR + 1) * 0.50)]; p95 = v[int((NR + 1) * 0.95) > NR ? NR : int((NR + 1) * 0.95)];
    printf "%-44s p50 %6.1f ms   p95 %6.1f ms%s\n", name, p50, p95, (p95 > target ? "   OVER TARGET" : "") }'
}
echo "warming up (JIT, connection pool, caches) like a server that has been running a while..."
for sort in created_at title correspondent document_type document_date file_size; do
  for page in 1 2 $middle $last; do
    for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$base/documents?sort=$sort&page=$page"; done
  done
done
echo "documents of one user: $docs; $requests requests per case"
for sort in created_at title correspondent document_type document_date file_size; do
  for order in desc asc; do
    for page in 1 $middle $last; do measure "sort=$sort order=$order page=$page" "sort=$sort&order=$order&page=$page"; done
  done
done
measure "text filter q=scan-4242" "q=scan-4242"
measure "status=failed" "status=failed"
measure "status=completed page=$middle" "status=completed&page=$middle"
measure "type=Invoice sort=document_date" "type=Invoice&sort=document_date"
measure "correspondent + tag" "correspondent=Correspondent%2042&tag=tag3"
measure "document date range, 200 per page" "from=2020-01-01&to=2020-12-31&size=200"
detail_id=$("${psql[@]}" -d "$db" -tA -c "SELECT id FROM files WHERE owner_id = '$user' ORDER BY id OFFSET $((docs / 2)) LIMIT 1")
failed_id=$("${psql[@]}" -d "$db" -tA -c "SELECT id FROM files WHERE owner_id = '$user' AND id % 50 = 0 LIMIT 1")
for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" "$base/document?id=$detail_id"; done
measure "detail page /document (target 100 ms)" "/document?id=$detail_id" 100
measure "detail page of a failed document" "/document?id=$failed_id" 100
