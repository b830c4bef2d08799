#!/usr/bin/env bash
# First visit of every public page on a slow phone network (issue 12): prints figures, asserts nothing.
#
#   scripts/first-load.sh [--jar PATH] [--runs N] [--no-lighthouse] [--pages /,/courses,...] [--screenshots DIR]
#
# Starts the production jar (target/jobs-portal-*.jar unless --jar) on a free loopback port with a fresh data folder
# and the sample catalogue, then runs scripts/first-load.mjs: headless Chromium (PORTAL_CHROMIUM, /usr/bin/chromium)
# through playwright-core at 360x780 with an emulated 150 ms RTT / 1.6 Mbit/s network (FIRST_LOAD_RTT_MS,
# FIRST_LOAD_DOWN_KBPS, FIRST_LOAD_UP_KBPS), per page: sequential round trips before the h1 is visible, time to the h1,
# LCP, bytes on the wire by kind, the same in care mode (关怀版), CSP violations and console errors; then Lighthouse
# mobile per page. playwright-core and lighthouse come from the npm registry into ~/.cache/jobs-portal/first-load-tools,
# run by the Node.js 24 of scripts/provide-node.sh. Only loopback is contacted. Everything started here is stopped.
#
# Environment: FIRST_LOAD_PORT (first port tried, 18160), BENCH_JAVA_OPTS (JVM options of the measured server).
set -euo pipefail
exec </dev/null

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
ROOT=$PWD
log() { printf 'first-load: %s\n' "$*" >&2; }
die() { printf 'first-load: ERROR: %s\n' "$*" >&2; exit 1; }

jar= node_args=() lighthouse=1
while [[ $# -gt 0 ]]; do
    case $1 in
        --jar) jar=$2; shift 2 ;;
        --runs | --pages) node_args+=("$1" "$2"); shift 2 ;;
        --screenshots) mkdir -p "$2"; node_args+=("$1" "$(readlink -f "$2")"); shift 2 ;;
        --no-lighthouse) lighthouse=0; shift ;;
        *) sed -n '2,4p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
    esac
done
[[ $lighthouse -eq 1 ]] && node_args+=(--lighthouse)

JAVA_HOME=$(scripts/select-jdk.sh) || die "no JDK 21+"
export PORTAL_CHROMIUM=${PORTAL_CHROMIUM:-/usr/bin/chromium}
[[ -x $PORTAL_CHROMIUM ]] || die "no Chromium at $PORTAL_CHROMIUM (apt-get install chromium fonts-noto-cjk)"
if [[ -z $jar ]]; then
    jar=$(ls target/jobs-portal-*.jar 2>/dev/null | head -n1) \
        || die "no target/jobs-portal-*.jar: ./mvnw -Pproduction -Dvaadin.node.folder=\$(scripts/provide-node.sh ~/.cache/jobs-portal/node24 | tail -n1) -DskipTests package"
fi
"$JAVA_HOME/bin/jar" tf "$jar" | grep -qE 'META-INF/VAADIN/webapp/VAADIN/build/.+\.js$' \
    || die "$jar is not a production build"

# Node 24 and the two npm packages, outside the project.
node_dir=$(scripts/provide-node.sh "$HOME/.cache/jobs-portal/node24" | tail -n1)
node=${node_dir:+$node_dir/}node
[[ -n $node_dir ]] || node=$(command -v node)
tools=$HOME/.cache/jobs-portal/first-load-tools
if [[ ! -d $tools/node_modules/playwright-core || ! -d $tools/node_modules/lighthouse ]]; then
    log "installing playwright-core and lighthouse into $tools"
    mkdir -p "$tools"
    [[ -f $tools/package.json ]] || echo '{"private": true}' >"$tools/package.json"
    (cd "$tools" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 \
        npm install --no-audit --no-fund playwright-core@1.65.1 lighthouse@12.8.2 >&2)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/jobs-portal-first-load.XXXXXX")
app_pid=
cleanup() {
    local rc=$?
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
        kill -KILL "$app_pid" 2>/dev/null || true
    fi
    [[ $rc -eq 0 ]] || tail -n 30 "$work/app.log" >&2 2>/dev/null || true
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port=${FIRST_LOAD_PORT:-18160}
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
base=http://127.0.0.1:$port
log "starting ${jar#"$ROOT"/} on $base"
# shellcheck disable=SC2086
env -u SPRING_DATASOURCE_URL PORTAL_DATA_DIR="$work/data" SPRING_PROFILES_ACTIVE=sample \
    "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
    >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
    kill -0 "$app_pid" 2>/dev/null || die "the server exited during start-up"
    [[ $(curl -s --max-time 5 "$base/actuator/health" || true) == *'"UP"'* ]] && break
    sleep 1
done
[[ $(curl -s --max-time 5 "$base/actuator/health" || true) == *'"UP"'* ]] || die "not healthy after 240 s"

echo "load before: $(uptime)"
# ESM ignores NODE_PATH: run the script from inside the tools folder's resolution scope.
cp scripts/first-load.mjs "$tools/first-load.mjs"
LIGHTHOUSE_CLI=$tools/node_modules/lighthouse/cli/index.js "$node" "$tools/first-load.mjs" --url "$base" "${node_args[@]}"
echo "load after: $(uptime)"
echo "server: ${jar#"$ROOT"/}; Chromium $("$PORTAL_CHROMIUM" --version 2>/dev/null | awk '{print $2}'), $(nproc) cores"
