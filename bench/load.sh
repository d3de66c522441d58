#!/usr/bin/env bash
# Load benchmark for Xinyidai (issue 9, item 2). See bench/README.md.
#
#   bench/load.sh [--quick] [--postgres] [--no-build] [--duration 12s] [--port 8201]
#
# Builds the app and a bare Spring Boot web app (bench/bare), starts each on a free port of 127.0.0.1,
# measures start-up time and idle memory, runs wrk scenarios against the app and prints the figures
# with PASS/FAIL against the targets. Exits 0 when every target passes, 1 otherwise.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH=$ROOT/bench
OUT=$BENCH/out
mkdir -p "$OUT"

DURATION=12s
WARMUP=15s
QUICK=false
POSTGRES=false
BUILD=true
PORT=${BENCH_PORT:-}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}

while [[ $# -gt 0 ]]; do
  case $1 in
    --quick) QUICK=true; DURATION=3s; WARMUP=5s ;;
    --postgres) POSTGRES=true ;;
    --no-build) BUILD=false ;;
    --duration) DURATION=$2; shift ;;
    --port) PORT=$2; shift ;;
    -h|--help) sed -n 2,8p "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '\n== %s\n' "$*"; }

# --- tools -------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y wrk; else sudo apt-get install -y wrk; fi
fi
for tool in curl java; do
  command -v $tool >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

free_port() {
  local port=${1:-8201}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# --- build -------------------------------------------------------------------------------------------
boot_version() { sed -n '/<parent>/,/<\/parent>/s:.*<version>\(.*\)</version>.*:\1:p' "$1"; }
if [[ $(boot_version pom.xml) != $(boot_version bench/bare/pom.xml) ]]; then
  echo "bench/bare/pom.xml must use the same Spring Boot version as pom.xml ($(boot_version pom.xml))" >&2
  exit 2
fi
if $BUILD; then
  log "building the app and the bare app"
  ./mvnw -B -q -DskipTests package
  ./mvnw -B -q -DskipTests package -f bench/bare/pom.xml
fi
# Both apps run from Spring Boot's extracted layout (java -Djarmode=tools -jar x.jar extract), as README's
# "Running in production" recommends: classes load from plain jars instead of jars nested in the fat jar.
extract() { # extract JAR DIR: prints the launcher jar of the extracted layout
  rm -rf "$2"
  java -Djarmode=tools -jar "$1" extract --destination "$2" >/dev/null
  ls "$2"/*.jar | head -1
}
APP_JAR=$(extract "$(ls target/xinyidai-*.jar | grep -v plain | head -1)" "$OUT/app-extracted")
BARE_JAR=$(extract bench/bare/target/bare-1.jar "$OUT/bare-extracted")

# --- starting and measuring one app -----------------------------------------------------------------
APP_PID=
stop_app() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT INT TERM

# start NAME JAR ARGS... : starts the jar in the background, waits for /actuator/health and records
# STARTED_S (Spring's "Started ... in X seconds"), HEALTHY_S (launch to first UP answer) and IDLE_RSS_MB
# (VmRSS after a full GC and a few quiet seconds).
start() {
  local name=$1 jar=$2; shift 2
  local logfile=$OUT/$name.log
  local t0
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 "$@" >"$logfile" 2>&1 &
  APP_PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "$name did not start; see $logfile" >&2; tail -20 "$logfile" >&2; exit 1
    fi
    sleep 0.2
  done
  HEALTHY_S=$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.1f", a - b }')
  STARTED_S=$(sed -n 's/.*Started .* in \([0-9.]*\) seconds.*/\1/p' "$logfile" | head -1)
  sleep 3
  jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
  sleep 3
  IDLE_RSS_MB=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")
  printf '%s: started in %s s (Spring), healthy after %.1f s, idle RSS %s MB\n' \
    "$name" "$STARTED_S" "$HEALTHY_S" "$IDLE_RSS_MB"
}

# --- the app -------------------------------------------------------------------------------------------
PORT=${PORT:-$(free_port 8201)}
BASE=http://127.0.0.1:$PORT
# Production-like settings on top of the developer profile: templates cached (application-dev.yml turns the
# cache off for editing), no SMS second factor for the scripted sign-in (the benchmark cannot read a phone).
APP_ARGS=(--spring.thymeleaf.cache=true --xyd.identity.staff-second-factor=false)
if $POSTGRES; then
  export XYD_DB_URL=${XYD_DB_URL:-jdbc:postgresql://127.0.0.1:5432/xinyidai_bench}
  export XYD_DEMO_DATA=true
  APP_ARGS+=(--spring.profiles.active=dev,postgres)
  DB_LABEL="PostgreSQL ($XYD_DB_URL)"
else
  # A fresh in-memory H2 each run: the developer's ./data stays untouched and every run starts equal.
  APP_ARGS+=(--spring.profiles.active=dev
    "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
  DB_LABEL="embedded H2 (in memory)"
fi

log "starting the app ($DB_LABEL) on port $PORT"
start app "$APP_JAR" "${APP_ARGS[@]}"
APP_STARTED=$STARTED_S APP_HEALTHY=$HEALTHY_S APP_RSS=$IDLE_RSS_MB

# --- signing in ------------------------------------------------------------------------------------------
# sign_in PHONE JAR: password sign-in with the CSRF token of the login form; the cookie jar keeps the session.
sign_in() {
  local phone=$1 jar=$2 token
  rm -f "$jar"
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "phone=$phone" --data-urlencode "password=Xyd@2026" \
    --data-urlencode "_csrf=$token" "$BASE/login/password"
}
csrf_of() { sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' "$1" | head -1; }
session_of() { awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$1"; }

MANAGER=13810000003        # 国信银行客户经理甲, 国信银行禅城支行
BRANCH_ADMIN=13810000002   # 国信银行佛山分行专管员
ENTERPRISE=13900000001     # 佛山市禅城区示范制造有限公司 (authenticated, 禅城区)

log "signing in the customer manager $MANAGER"
sign_in $MANAGER "$OUT/manager.jar"
ORDER_ID=$(curl -fs -b "$OUT/manager.jar" "$BASE/institution/orders" \
  | grep -o 'href="/institution/orders/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)
if [[ -z $ORDER_ID ]]; then
  # No order yet (a fresh database): the enterprise applies for a product of the manager's bank, which lands
  # in the pool of 禅城支行; the branch admin assigns it to the manager. Both through the pages, as people do.
  log "creating an order for the manager (enterprise applies, branch admin assigns)"
  sign_in $ENTERPRISE "$OUT/enterprise.jar"
  PRODUCT_ID=$(curl -fs "$BASE/products?institution=1" | grep -o 'href="/products/[0-9]*"' | head -1 | grep -o '[0-9]*')
  curl -fs -b "$OUT/enterprise.jar" -c "$OUT/enterprise.jar" "$BASE/enterprise/products/$PRODUCT_ID/apply" \
    -o "$OUT/apply.html"
  curl -fs -o /dev/null -b "$OUT/enterprise.jar" -c "$OUT/enterprise.jar" \
    --data-urlencode "_csrf=$(csrf_of "$OUT/apply.html")" --data-urlencode "amountWan=100" \
    --data-urlencode "termMonths=12" --data-urlencode "purpose=购买原材料（压测）" \
    --data-urlencode "contactName=企业用户1" --data-urlencode "contactPhone=$ENTERPRISE" \
    "$BASE/enterprise/products/$PRODUCT_ID/apply"
  sign_in $BRANCH_ADMIN "$OUT/admin.jar"
  POOL_ID=$(curl -fs -b "$OUT/admin.jar" "$BASE/institution/orders?status=SUBMITTED" \
    | grep -o 'href="/institution/orders/[0-9]*"' | head -1 | grep -o '[0-9]*')
  curl -fs -b "$OUT/admin.jar" -c "$OUT/admin.jar" "$BASE/institution/orders/$POOL_ID" -o "$OUT/order.html"
  MANAGER_ID=$(tr '\n' ' ' <"$OUT/order.html" | grep -o '<option value="[0-9]*"[^>]*>[^<]*客户经理甲' | head -1 \
    | sed 's/<option value="\([0-9]*\)".*/\1/')
  VERSION=$(tr '\n' ' ' <"$OUT/order.html" | grep -o '/assign".*' | grep -o 'name="version" value="[0-9]*"' \
    | head -1 | grep -o '[0-9]*')
  curl -fs -o /dev/null -b "$OUT/admin.jar" -c "$OUT/admin.jar" --data-urlencode "_csrf=$(csrf_of "$OUT/order.html")" \
    --data-urlencode "version=${VERSION:-0}" --data-urlencode "manager=$MANAGER_ID" \
    "$BASE/institution/orders/$POOL_ID/assign"
  ORDER_ID=$(curl -fs -b "$OUT/manager.jar" "$BASE/institution/orders" \
    | grep -o 'href="/institution/orders/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)
fi
if [[ -z $ORDER_ID ]]; then
  echo "could not find or create an order of the customer manager; see $OUT/*.html" >&2
  exit 1
fi
COOKIE=$(session_of "$OUT/manager.jar")
cat >"$OUT/signed-in.paths" <<EOF
# The customer manager $MANAGER: workbench, order list (filtered and not), the order's detail.
/institution
/institution/orders
/institution/orders/$ORDER_ID
/institution/orders?status=SUBMITTED
EOF
for path in /institution /institution/orders "/institution/orders/$ORDER_ID"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$path")
  [[ $code == 200 ]] || { echo "signed-in check failed: $path answered $code" >&2; exit 1; }
done
echo "signed in; order $ORDER_ID; session cookie ready"

# --- load ------------------------------------------------------------------------------------------------
RESULTS=$OUT/results.txt
: >"$RESULTS"
# run NAME PATHS CONNECTIONS DURATION [COOKIE]: one wrk run; its figures go into $RESULTS.
run() {
  local name=$1 paths=$2 connections=$3 duration=$4 cookie=${5:-} threads=2 line
  ((connections < threads)) && threads=$connections
  settle
  line=$(PATHS=$paths COOKIE=$cookie wrk -t"$threads" -c"$connections" -d"$duration" --timeout 5s \
    -s "$BENCH/lua/paths.lua" "$BASE" | grep '^BENCH')
  echo "$name c=$connections ${line#BENCH }" | tee -a "$RESULTS"
}
# settle: requests left waiting by a stalled run are still being served after wrk gave up on them; wait
# (up to a minute) until the health endpoint answers within a second again, so each run starts equal.
settle() {
  local tries=0
  until curl -fs -m 1 -o /dev/null "$BASE/actuator/health" || ((++tries >= 60)); do sleep 1; done
}
value() { # value SCENARIO CONNECTIONS FIELD
  awk -v n="$1" -v c="c=$2" -v f="$3" '$1 == n && $2 == c {
    for (i = 3; i <= NF; i++) { split($i, kv, "="); if (kv[1] == f) print kv[2] } }' "$RESULTS"
}

log "warm-up ($WARMUP, not counted)"
PATHS=$BENCH/lua/health.paths wrk -t2 -c8 -d"$WARMUP" -s "$BENCH/lua/paths.lua" "$BASE" >/dev/null
PATHS=$BENCH/lua/products.paths wrk -t2 -c8 -d"$WARMUP" -s "$BENCH/lua/paths.lua" "$BASE" >/dev/null
PATHS=$BENCH/lua/anonymous.paths wrk -t2 -c8 -d"$WARMUP" -s "$BENCH/lua/paths.lua" "$BASE" >/dev/null
PATHS=$OUT/signed-in.paths COOKIE=$COOKIE wrk -t2 -c8 -d"$WARMUP" -s "$BENCH/lua/paths.lua" "$BASE" >/dev/null

log "load (each run $DURATION)"
# Light load first, so a stall under heavy load cannot spoil the 8-connection figures.
run health "$BENCH/lua/health.paths" 8 "$DURATION"
run products "$BENCH/lua/products.paths" 8 "$DURATION"
run anonymous "$BENCH/lua/anonymous.paths" 8 "$DURATION"
run signed-in "$OUT/signed-in.paths" 8 "$DURATION" "$COOKIE"
run health "$BENCH/lua/health.paths" 50 "$DURATION"
run products "$BENCH/lua/products.paths" 50 "$DURATION"
for c in 50 200; do
  run anonymous "$BENCH/lua/anonymous.paths" $c "$DURATION"
  run signed-in "$OUT/signed-in.paths" $c "$DURATION" "$COOKIE"
done
stop_app

# --- the bare app -----------------------------------------------------------------------------------------
log "starting the bare Spring Boot app on port $PORT"
start bare "$BARE_JAR"
BARE_STARTED=$STARTED_S BARE_HEALTHY=$HEALTHY_S BARE_RSS=$IDLE_RSS_MB
stop_app

# --- report ------------------------------------------------------------------------------------------------
FAILED=0
check() { # check LABEL FIGURE PASS(0/1)
  local verdict=PASS
  [[ $3 == 1 ]] || { verdict=FAIL; FAILED=1; }
  printf '  %-60s %-24s %s\n' "$1" "$2" "$verdict"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }

log "figures ($DB_LABEL, $(nproc) cores, runs of $DURATION, $(date -u '+%Y-%m-%d %H:%M UTC'))"
printf '  %-10s %5s %8s %9s %9s %9s %8s %7s %8s  %s\n' scenario conns answers 'req/s' 'p50 ms' 'p99 ms' non-2xx socket \
  timeouts codes
awk '{ split($0, f, " "); delete kv; for (i = 3; i <= NF; i++) { split($i, p, "="); kv[p[1]] = p[2] }
       sub("c=", "", $2)
       printf "  %-10s %5s %8s %9s %9s %9s %8s %7s %8s  %s\n", $1, $2, kv["requests"], kv["rps"], kv["p50_ms"], kv["p99_ms"],
              kv["non2xx"], kv["socket"], kv["timeouts"], kv["codes"] }' "$RESULTS"
printf '\n  %-10s %12s %12s %12s\n' app 'started s' 'healthy s' 'idle RSS MB'
printf '  %-10s %12s %12.1f %12s\n' xinyidai "$APP_STARTED" "$APP_HEALTHY" "$APP_RSS"
printf '  %-10s %12s %12.1f %12s\n' bare "$BARE_STARTED" "$BARE_HEALTHY" "$BARE_RSS"

log "targets"
errors=$(awk '{ for (i = 3; i <= NF; i++) { split($i, p, "="); if (p[1] == "non2xx" || p[1] == "socket") s += p[2] } }
              END { print s + 0 }' "$RESULTS")
timeouts=$(awk '{ for (i = 3; i <= NF; i++) { split($i, p, "="); if (p[1] == "timeouts") s += p[2] } }
                END { print s + 0 }' "$RESULTS")
silent=$(awk '{ for (i = 3; i <= NF; i++) { split($i, p, "="); if (p[1] == "requests" && p[2] == 0) s++ } }
              END { print s + 0 }' "$RESULTS")
check "runs without a single answer (the site stalled)" "$silent" "$(le "$silent" 0)"
check "errors (non-2xx answers, socket errors), all runs" "$errors" "$(le "$errors" 0)"
check "timeouts (no answer within 5 s), all runs" "$timeouts" "$(le "$timeouts" 0)"
for c in 8 50; do
  share=$(ratio "$(value products $c rps)" "$(value health $c rps)")
  check "/products req/s ÷ /actuator/health req/s at $c conns ≥ 0.30" "$share" "$(le 0.30 "$share")"
done
for scenario in products anonymous signed-in; do
  p99=$(value $scenario 8 p99_ms)
  answered=$(value $scenario 8 requests)
  ok=$(le "$p99" 100); ((answered > 0)) || { ok=0; p99="no answer"; }
  check "p99 of $scenario at 8 connections ≤ 100 ms" "$p99 ms" "$ok"
done
startup=$(ratio "$APP_STARTED" "$BARE_STARTED")
check "start-up ÷ bare app's start-up ≤ 2 (Spring's Started in)" "$startup ($APP_STARTED/$BARE_STARTED s)" \
  "$(le "$startup" 2)"
rss=$(ratio "$APP_RSS" "$BARE_RSS")
check "idle RSS ÷ bare app's idle RSS ≤ 2" "$rss ($APP_RSS/$BARE_RSS MB)" "$(le "$rss" 2)"
$QUICK && echo "  (quick mode: short runs, figures are indicative only)"
echo "  raw figures: $RESULTS, logs: $OUT/app.log $OUT/bare.log"
exit $FAILED
