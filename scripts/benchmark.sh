#!/usr/bin/env bash
# Performance benchmark of the portal as a phone sees it: prints figures, asserts nothing.
#
#   scripts/benchmark.sh                      measure the production jar target/jobs-portal-*.jar
#   scripts/benchmark.sh --jar PATH           measure another production jar
#   scripts/benchmark.sh --dev --url http://localhost:8080 [--pid PID]
#                                             measure a portal that is already running (e.g. spring-boot:run);
#                                             memory per session needs the server's PID (found with ss if omitted)
#   more options: --runs N (first loads, 5) --warmup N (5) --loads N (50) --searches N (50) --sessions N (50)
#   scripts/benchmark.sh --memory [--sessions N]
#                                             only memory and round trips per person: N (200) sessions of a client that
#                                             speaks Vaadin's protocol (SessionMemoryBenchmark: KB per session and what
#                                             they hold, from a class histogram), then the Vaadin messages of a list page
#                                             and of its county filter in Chromium (FilterRoundTrips)
#   scripts/benchmark.sh --load [--sessions N] [--think-ms MS] [--seconds S]
#                                             only server round trips: one person clicking alone, then N (200) at once,
#                                             each after MS (2000) ms of reading, for S (90) s, then one alone again;
#                                             p50/p95/p99 and the p95 ratio to the faster lone p95 (RoundTripsUnderLoad,
#                                             the same protocol client)
#
# Prints, in a table at the end:
#   1. first-load page weight of / and /courses?county=shenxian in a fresh phone context: requests, bytes on the
#      wire (compressed, with headers) and uncompressed, by resource type; time to a visible h1 (min/median)
#   2. warm-context response times (median/p95): loads of / and of an offer's detail page (h1 visible, document
#      TTFB) and a keyword search on /courses (click to new results heading)
#   3. memory per session: server heap in use after a full GC (jcmd) before and after N open phone sessions
#
# The production jar is started on a free port of 127.0.0.1 with a fresh data folder and the sample catalogue
# (SPRING_PROFILES_ACTIVE=sample, embedded PostgreSQL). The browser side is the Java class
# cn.liaocheng.jobs.benchmarks.PortalBenchmark (src/test/java), compiled here into a temporary folder against
# the test classpath (Playwright) so that target/ is not touched. Chromium: ${PORTAL_CHROMIUM:-/usr/bin/chromium}.
# Only localhost is contacted. Everything started here is stopped on exit.
#
# Environment: BENCH_PORT (first port tried, 18180), BENCH_START_TIMEOUT (s, 180), BENCH_TIMEOUT (s, whole
# browser part, 1800), BENCH_JAVA_OPTS (JVM options of the measured server, e.g. -Xmx512m).
set -euo pipefail
exec </dev/null

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
ROOT=$PWD

log() { printf 'benchmark: %s\n' "$*" >&2; }
die() { printf 'benchmark: ERROR: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# ---------------------------------------------------------------------------------------------
# Arguments
dev=0 url= pid= jar= memory=0 load=0
bench_args=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --dev) dev=1; shift ;;
        --memory) memory=1; shift ;;
        --load) load=1; shift ;;
        --url) [[ $# -ge 2 ]] || usage; url=$2; shift 2 ;;
        --pid) [[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage; pid=$2; shift 2 ;;
        --jar) [[ $# -ge 2 ]] || usage; jar=$2; shift 2 ;;
        --runs | --warmup | --loads | --searches | --sessions | --think-ms | --seconds)
            [[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage; bench_args+=("$1" "$2"); shift 2 ;;
        -h | --help) usage ;;
        *) log "unknown argument: $1"; usage ;;
    esac
done
if [[ $dev -eq 1 ]]; then
    [[ -n $url ]] || die "--dev needs --url http://localhost:PORT of the running portal"
    [[ $url =~ ^http://(localhost|127\.[0-9.]+|\[::1\])(:[0-9]+)?/?$ ]] \
        || die "--url must be http://localhost[:PORT] (or 127.x.x.x, [::1]); got: $url"
    [[ -z $jar ]] || die "--jar and --dev exclude each other"
else
    [[ -z $url && -z $pid ]] || die "--url and --pid go with --dev (without it the jar is started here)"
fi

START_PORT=${BENCH_PORT:-18180}
START_TIMEOUT=${BENCH_START_TIMEOUT:-180}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-1800}
export PORTAL_CHROMIUM=${PORTAL_CHROMIUM:-/usr/bin/chromium}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# ---------------------------------------------------------------------------------------------
# Clean-up of everything started here
work=$(mktemp -d "${TMPDIR:-/tmp}/jobs-portal-bench.XXXXXX")
app_pid= bench_pid=

stop_pid() { # PID SECONDS: TERM, wait, KILL
    local p=$1 seconds=$2
    kill -0 "$p" 2>/dev/null || return 0
    kill -TERM "$p" 2>/dev/null || true
    for _ in $(seq 1 "$seconds"); do kill -0 "$p" 2>/dev/null || return 0; sleep 1; done
    kill -KILL "$p" 2>/dev/null || true
}
stop_app() {
    [[ -n $app_pid ]] || return 0
    stop_pid "$app_pid" 30
    wait "$app_pid" 2>/dev/null || true
    # The embedded PostgreSQL is the app's child: stopped by the app, but not after a KILL.
    local pm=$work/data/postgres/postmaster.pid pg_pid
    if [[ -f $pm ]]; then
        pg_pid=$(head -n1 "$pm")
        [[ $pg_pid =~ ^[0-9]+$ ]] && stop_pid "$pg_pid" 10
    fi
    app_pid=
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n $bench_pid ]]; then
        stop_pid "$bench_pid" 15 # `timeout` passes TERM on to the JVM, which closes Playwright and Chromium
        wait "$bench_pid" 2>/dev/null || true
    fi
    stop_app
    if [[ $rc -ne 0 && -s $work/app.log ]]; then
        log "last lines of the server log:"
        tail -n 30 "$work/app.log" >&2 || true
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# Java, Chromium, the jar
JAVA_HOME=$(scripts/select-jdk.sh) || die "no JDK 21+ (see above)"
export JAVA_HOME
java=$JAVA_HOME/bin/java
[[ -x $PORTAL_CHROMIUM ]] || die "no Chromium at $PORTAL_CHROMIUM (apt-get install chromium fonts-noto-cjk, or set PORTAL_CHROMIUM)"

build_hint() {
    cat >&2 <<'EOF'
Build the production jar first (Node.js >= 24 comes from scripts/provide-node.sh):

    export JAVA_HOME=$(scripts/select-jdk.sh)
    node_folder=$(scripts/provide-node.sh ~/.cache/jobs-portal/node24 | tail -n1)
    ./mvnw -Pproduction ${node_folder:+-Dvaadin.node.folder=$node_folder} -DskipTests package

or pass another production jar with --jar PATH (or a running portal with --dev --url URL).
EOF
}

if [[ $dev -eq 0 ]]; then
    if [[ -z $jar ]]; then
        jars=()
        for f in target/jobs-portal-*.jar; do [[ -f $f ]] && jars+=("$f"); done
        if [[ ${#jars[@]} -eq 0 ]]; then
            log "no target/jobs-portal-*.jar"
            build_hint
            exit 1
        fi
        [[ ${#jars[@]} -eq 1 ]] || die "more than one jar in target/: ${jars[*]} (choose one with --jar)"
        jar=${jars[0]}
    fi
    [[ -f $jar ]] || die "no jar at $jar"
    jar=$(readlink -f "$jar")
    # A plain `package` also makes a jar, but a dev-mode one: measuring it would be meaningless.
    if ! "$JAVA_HOME/bin/jar" tf "$jar" | grep -qE '^(BOOT-INF/classes/)?META-INF/VAADIN/webapp/VAADIN/build/.+\.js$'; then
        log "$jar is not a production build (no META-INF/VAADIN/webapp/VAADIN/build/*.js in it)"
        build_hint
        exit 1
    fi
fi

# ---------------------------------------------------------------------------------------------
# The benchmark classes, compiled into $work against the test classpath (leaves target/ alone); only those that need
# nothing of the portal's own classes (ProgressQueryBenchmark does, and has its own script)
log "resolving the test classpath (Maven, offline first)"
mvn_cp=(dependency:build-classpath -Dmdep.includeScope=test "-Dmdep.outputFile=$work/classpath.txt")
if ! ./mvnw -q -B -o "${mvn_cp[@]}" >"$work/mvn.log" 2>&1; then
    log "offline resolution failed; trying once with the repositories"
    ./mvnw -q -B "${mvn_cp[@]}" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; die "could not resolve the test classpath"; }
fi
classpath=$(<"$work/classpath.txt")
[[ $classpath == *playwright* ]] || die "Playwright is not on the test classpath"
mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" --release 21 -encoding UTF-8 -Xlint:all,-path -d "$work/classes" -cp "$classpath" \
    src/test/java/cn/liaocheng/jobs/benchmarks/{PortalBenchmark,PhoneSession,SessionMemoryBenchmark,RoundTripsUnderLoad,FilterRoundTrips}.java \
    || die "the benchmark classes do not compile"

# ---------------------------------------------------------------------------------------------
# The server
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [[ $dev -eq 1 ]]; then
    base=${url%/}
    if [[ -z $pid ]] && command -v ss >/dev/null 2>&1; then
        port=${base##*:}
        [[ $port =~ ^[0-9]+$ ]] || port=80
        pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true)
        [[ -n $pid ]] && log "server PID $pid (listening on port $port)"
    fi
    [[ -n $pid ]] || log "no server PID: memory per session is skipped (pass --pid)"
    health=$(curl -sS --max-time 10 "$base/actuator/health" 2>/dev/null || true)
    [[ $health == *'"status":"UP"'* ]] || log "warning: $base/actuator/health answered: ${health:-nothing}"
else
    port=$START_PORT
    while ! port_free "$port"; do
        port=$(( port + 1 ))
        [[ $port -lt $(( START_PORT + 100 )) ]] || die "no free port from $START_PORT on"
    done
    base=http://127.0.0.1:$port
    log "starting ${jar#"$ROOT"/} on $base (sample catalogue, data in $work/data)"
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
    env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
        PORTAL_DATA_DIR="$work/data" SPRING_PROFILES_ACTIVE=sample PORT="$port" \
        "$java" ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
        >"$work/app.log" 2>&1 &
    app_pid=$!
    pid=$app_pid
    started=$(date +%s)
    while :; do
        kill -0 "$app_pid" 2>/dev/null || die "the server exited during start-up"
        health=$(curl -sS --max-time 5 "$base/actuator/health" 2>/dev/null || true)
        [[ $health == *'"status":"UP"'* ]] && break
        (( $(date +%s) - started < START_TIMEOUT )) || die "not healthy after ${START_TIMEOUT} s (last answer: ${health:-none})"
        sleep 1
    done
    log "healthy after $(( $(date +%s) - started )) s (PID $app_pid)"
fi

# ---------------------------------------------------------------------------------------------
# The measurements
pid_args=()
[[ -n $pid ]] && pid_args=(--pid "$pid" --jcmd "$JAVA_HOME/bin/jcmd")
# Other work on the machine skews every figure: the load average goes with them.
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
log "measuring (at most ${BENCH_TIMEOUT} s; load average $load_at_start)"
if [[ $memory -eq 1 ]]; then
    [[ -n $pid ]] || die "--memory needs the server's PID (--pid with --dev)"
    sessions=200
    for (( i = 0; i < ${#bench_args[@]}; i += 2 )); do
        [[ ${bench_args[i]} == --sessions ]] && sessions=${bench_args[i+1]}
    done
    # shellcheck disable=SC2016 # expanded by the inner shell
    timeout --kill-after=15 "$BENCH_TIMEOUT" bash -c '
        "$1" -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -cp "$2" cn.liaocheng.jobs.benchmarks.SessionMemoryBenchmark \
            --url "$3" --pid "$4" --jcmd "$5" --sessions "$6" \
        && "$1" -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -cp "$2" cn.liaocheng.jobs.benchmarks.FilterRoundTrips \
            --url "$3"' _ "$java" "$work/classes:$classpath" "$base" "$pid" "$JAVA_HOME/bin/jcmd" "$sessions" &
elif [[ $load -eq 1 ]]; then
    # Only the options RoundTripsUnderLoad knows: --sessions, --think-ms, --seconds.
    load_args=()
    for (( i = 0; i < ${#bench_args[@]}; i += 2 )); do
        case ${bench_args[i]} in --sessions | --think-ms | --seconds) load_args+=("${bench_args[i]}" "${bench_args[i+1]}") ;; esac
    done
    timeout --kill-after=15 "$BENCH_TIMEOUT" \
        "$java" -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -cp "$work/classes:$classpath" \
        cn.liaocheng.jobs.benchmarks.RoundTripsUnderLoad --url "$base" "${load_args[@]}" &
else
    timeout --kill-after=15 "$BENCH_TIMEOUT" \
        "$java" -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -cp "$work/classes:$classpath" \
        cn.liaocheng.jobs.benchmarks.PortalBenchmark --url "$base" "${pid_args[@]}" "${bench_args[@]}" &
fi
bench_pid=$!
bench_rc=0
wait "$bench_pid" || bench_rc=$?
bench_pid=
[[ $bench_rc -ne 124 ]] || die "the measurements took longer than ${BENCH_TIMEOUT} s"
[[ $bench_rc -eq 0 ]] || die "the measurements failed (exit $bench_rc)"
if [[ $dev -eq 0 ]]; then
    echo "server: ${jar#"$ROOT"/} ($(( $(stat -c %s "$jar") / 1024 / 1024 )) MiB), JVM options: ${BENCH_JAVA_OPTS:-default}"
else
    echo "server: running portal at $base${pid:+ (PID $pid)}"
fi
echo "machine: $(nproc) cores; load average (1/5/15 min) $load_at_start at start, $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?') at end"
