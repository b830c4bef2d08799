#!/usr/bin/env bash
# Two portal instances behind nginx on one PostgreSQL, and one of them killed under a person's hands (issue 12, §4).
#
#   scripts/two-instances.sh                 the production jar target/jobs-portal-*.jar (built here when missing)
#   scripts/two-instances.sh --jar PATH      another production jar
#
# On 127.0.0.1 only, everything in a temporary folder, everything stopped on exit:
#   1. Debian's PostgreSQL (package postgresql): a scratch cluster made with initdb, its own port, database and user
#   2. the jar twice, instances a and b, on that database: the same PORTAL_ENCRYPTION_KEY, one shared documents
#      folder, the sample profile (the catalogue to apply for, and codes on /dev/verification-codes instead of SMS:
#      the packaged jar has no other way to show a code); b starts after a is healthy, as in a rolling start
#   3. Debian's nginx (package nginx) in front, sticky by a cookie that nginx itself sets (portal_route=a|b), falling
#      back to the other instance when the named one does not answer (docs/decisions/0027)
#   4. a person in headless Chromium (cn.liaocheng.jobs.scaleout.TwoInstancesPerson, src/test/java): registers,
#      submits one application, types into a second one, and the instance that serves them is killed with SIGKILL
#      while they type; they land on the other instance's sign-in page, sign in again, find the draft in 我的申请
#      and submit it there
#   5. checks in the database: each submitted application exactly once, with exactly one queue entry and one
#      submission in its history; no draft left; and nginx's log: which instance served what, before and after
# Prints what happened and exits non-zero when anything typed more than TWO_INSTANCES_LOSS_LIMIT seconds (10) before
# the kill was lost, an application was lost or doubled, or the person did not get through.
#
# Needs root for apt-get when postgresql or nginx is missing (the system services are not started by the install).
# Environment: TWO_INSTANCES_PORT (nginx, first port tried, 18140; the instances take the next two free ports),
# TWO_INSTANCES_PG_PORT (54340), TWO_INSTANCES_START_TIMEOUT (s per instance, 240), TWO_INSTANCES_LOSS_LIMIT (s, 10),
# TWO_INSTANCES_JAVA_OPTS (JVM options of both instances, default -Xmx512m), TWO_INSTANCES_KEEP=1 (keep the folder
# with the logs), PORTAL_CHROMIUM (/usr/bin/chromium).
set -euo pipefail
exec </dev/null

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
ROOT=$PWD

log() { printf 'two-instances: %s\n' "$*" >&2; }
die() { printf 'two-instances: ERROR: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,5p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

jar=
while [[ $# -gt 0 ]]; do
    case $1 in
        --jar) [[ $# -ge 2 ]] || usage; jar=$2; shift 2 ;;
        -h | --help) usage ;;
        *) log "unknown argument: $1"; usage ;;
    esac
done

NGINX_START_PORT=${TWO_INSTANCES_PORT:-18140}
PG_START_PORT=${TWO_INSTANCES_PG_PORT:-54340}
START_TIMEOUT=${TWO_INSTANCES_START_TIMEOUT:-240}
LOSS_LIMIT=${TWO_INSTANCES_LOSS_LIMIT:-10}
JAVA_OPTS=${TWO_INSTANCES_JAVA_OPTS:--Xmx512m}
export PORTAL_CHROMIUM=${PORTAL_CHROMIUM:-/usr/bin/chromium}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DEBIAN_FRONTEND=noninteractive
started_at=$(date +%s)
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')

# ---------------------------------------------------------------------------------------------
# Clean-up of everything started here
work=$(mktemp -d "${TMPDIR:-/tmp}/jobs-portal-two.XXXXXX")
chmod 755 "$work" # the postgres user (cluster) and nginx's worker user need to pass through
declare -A app_pid=()
nginx_pid= person_pid= pg_started=0 pg_bin= pg_user=

stop_pid() { # PID SECONDS: TERM, wait, KILL
    local p=$1 seconds=$2
    kill -0 "$p" 2>/dev/null || return 0
    kill -TERM "$p" 2>/dev/null || true
    for _ in $(seq 1 "$seconds"); do kill -0 "$p" 2>/dev/null || return 0; sleep 1; done
    kill -KILL "$p" 2>/dev/null || true
}
as_pg_user() {
    if [[ -n $pg_user ]]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [[ -n $person_pid ]] && { stop_pid "$person_pid" 15; wait "$person_pid" 2>/dev/null || true; }
    [[ -n $nginx_pid ]] && { stop_pid "$nginx_pid" 10; wait "$nginx_pid" 2>/dev/null || true; }
    for name in "${!app_pid[@]}"; do stop_pid "${app_pid[$name]}" 30; wait "${app_pid[$name]}" 2>/dev/null || true; done
    if [[ $pg_started -eq 1 ]]; then
        as_pg_user "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [[ $rc -ne 0 ]]; then
        for f in "$work"/instance-*.log "$work/nginx/error.log" "$work/pg/server.log"; do
            [[ -s $f ]] || continue
            log "last lines of ${f#"$work"/}:"
            tail -n 25 "$f" >&2 || true
        done
    fi
    if [[ ${TWO_INSTANCES_KEEP:-0} == 1 ]]; then
        log "kept $work (logs, nginx configuration, database files)"
    else
        rm -rf "$work"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port_from() { # FIRST [TAKEN...]: the first free port from FIRST on that is not among TAKEN
    local first=$1 port=$1; shift
    while ! port_free "$port" || [[ " $* " == *" $port "* ]]; do
        port=$(( port + 1 ))
        [[ $port -lt $(( first + 100 )) ]] || die "no free port from $first on"
    done
    echo "$port"
}

# ---------------------------------------------------------------------------------------------
log "1/6 Java, Chromium, PostgreSQL and nginx"
JAVA_HOME=$(scripts/select-jdk.sh) || die "no JDK 21+ (see above)"
export JAVA_HOME
java=$JAVA_HOME/bin/java
[[ -x $PORTAL_CHROMIUM ]] || die "no Chromium at $PORTAL_CHROMIUM (apt-get install chromium fonts-noto-cjk, or set PORTAL_CHROMIUM)"

find_pg_bin() { # the newest Debian PostgreSQL's binaries
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4,4 -rn); do
        [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]] && { echo "$d"; return 0; }
    done
    return 0
}
pg_bin=$(find_pg_bin)
missing=()
[[ -n $pg_bin ]] || missing+=(postgresql)
[[ -x /usr/sbin/nginx ]] || missing+=(nginx)
if [[ ${#missing[@]} -gt 0 ]]; then
    [[ $(id -u) -eq 0 ]] || die "Debian packages missing: ${missing[*]} (install them: apt-get install ${missing[*]}; needs root)"
    log "installing Debian packages: ${missing[*]}"
    # The packages would start their system services (nginx on port 80, a cluster on 5432); this script needs
    # neither. policy-rc.d is the Debian way to say so, and only for this install.
    policy=/usr/sbin/policy-rc.d made_policy=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
    fi
    installed=0
    for attempt in 1 2 3; do
        if apt-get update -q >"$work/apt.log" 2>&1 && apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$work/apt.log" 2>&1; then
            installed=1; break
        fi
        log "apt-get failed (attempt $attempt), retrying"; sleep 5
    done
    [[ $made_policy -eq 1 ]] && rm -f "$policy"
    [[ $installed -eq 1 ]] || { tail -n 20 "$work/apt.log" >&2; die "apt-get install ${missing[*]} failed"; }
    pg_bin=$(find_pg_bin)
fi
[[ -n $pg_bin ]] || die "no PostgreSQL binaries under /usr/lib/postgresql/*/bin after installing postgresql"
[[ -x /usr/sbin/nginx ]] || die "no /usr/sbin/nginx after installing nginx"
log "PostgreSQL $("$pg_bin/postgres" --version | grep -oE '[0-9]+\.[0-9]+' | head -n1) from $pg_bin, $(/usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //')"

# ---------------------------------------------------------------------------------------------
log "2/6 the production jar"
build_jar() {
    local node_folder
    node_folder=$(scripts/provide-node.sh "${PORTAL_NODE_CACHE:-${HOME:-/root}/.cache/jobs-portal/node24}" | tail -n1) \
        || die "could not provide Node.js >= 24 for the production build"
    log "building it: ./mvnw -Pproduction -DskipTests package (a few minutes)"
    ./mvnw -B -q -ntp ${MAVEN_OFFLINE:+-o} -Pproduction -DskipTests ${node_folder:+-Dvaadin.node.folder=$node_folder} \
        package >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; die "the production build failed"; }
}
is_production_jar() {
    "$JAVA_HOME/bin/jar" tf "$1" | grep -qE '^(BOOT-INF/classes/)?META-INF/VAADIN/webapp/VAADIN/build/.+\.js$'
}
if [[ -z $jar ]]; then
    jars=()
    for f in target/jobs-portal-*.jar; do [[ -f $f ]] && jars+=("$f"); done
    if [[ ${#jars[@]} -eq 0 ]] || ! is_production_jar "${jars[0]}"; then
        build_jar
        jars=()
        for f in target/jobs-portal-*.jar; do [[ -f $f ]] && jars+=("$f"); done
    fi
    [[ ${#jars[@]} -eq 1 ]] || die "expected one jar in target/, found: ${jars[*]:-none} (choose one with --jar)"
    jar=${jars[0]}
fi
[[ -f $jar ]] || die "no jar at $jar"
jar=$(readlink -f "$jar")
is_production_jar "$jar" || die "$jar is not a production build (no VAADIN/build/*.js in it); build with -Pproduction"
log "jar: ${jar#"$ROOT"/}"

# The person's browser part, compiled into $work against the test classpath (Playwright), leaving target/ alone.
mvn_cp=(dependency:build-classpath -Dmdep.includeScope=test "-Dmdep.outputFile=$work/classpath.txt")
if ! ./mvnw -q -B -o "${mvn_cp[@]}" >"$work/mvn.log" 2>&1; then
    ./mvnw -q -B "${mvn_cp[@]}" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; die "could not resolve the test classpath"; }
fi
classpath=$(<"$work/classpath.txt")
[[ $classpath == *playwright* ]] || die "Playwright is not on the test classpath"
mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" --release 21 -encoding UTF-8 -d "$work/classes" -cp "$classpath" \
    src/test/java/cn/liaocheng/jobs/scaleout/TwoInstancesPerson.java || die "TwoInstancesPerson does not compile"

# ---------------------------------------------------------------------------------------------
log "3/6 PostgreSQL: a scratch cluster"
pg_port=$(free_port_from "$PG_START_PORT")
mkdir -p "$work/pg/data" "$work/pg/socket"
if [[ $(id -u) -eq 0 ]]; then
    # PostgreSQL refuses to run as root: the cluster belongs to the postgres user the Debian package made.
    id postgres >/dev/null 2>&1 || die "running as root, but there is no postgres user to own the cluster"
    pg_user=postgres
    chown -R postgres: "$work/pg"
fi
# Local connections are trusted (the script's own psql): only the cluster's owner may reach its socket.
chmod 700 "$work/pg/socket"
db_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
as_pg_user "$pg_bin/initdb" -D "$work/pg/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$work/pg-initdb.log" 2>&1 \
    || { cat "$work/pg-initdb.log" >&2; die "initdb failed"; }
pg_started=1 # from here on the clean-up stops it, also after a start that timed out
as_pg_user "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 60 \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg/socket -c max_connections=50" start >/dev/null \
    || die "PostgreSQL did not start (see $work/pg/server.log)"
psql_admin() { as_pg_user "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$work/pg/socket" -p "$pg_port" -U postgres "$@"; }
psql_admin -d postgres -c "create role portal login password '$db_password'" -c "create database portal owner portal" \
    || die "could not create the database"
psql_portal() { as_pg_user "$pg_bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$work/pg/socket" -p "$pg_port" -U postgres -d portal "$@"; }
log "PostgreSQL on 127.0.0.1:$pg_port, database portal"

# ---------------------------------------------------------------------------------------------
log "4/6 two instances of the portal"
nginx_port=$(free_port_from "$NGINX_START_PORT")
declare -A app_port=()
app_port[a]=$(free_port_from $(( nginx_port + 1 )) "$nginx_port")
app_port[b]=$(free_port_from $(( app_port[a] + 1 )) "$nginx_port" "${app_port[a]}")
encryption_key=$(head -c 32 /dev/urandom | base64)
mkdir -p "$work/shared"

start_instance() { # NAME
    local name=$1 port=${app_port[$1]} started health
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    env -u SPRING_DATASOURCE_URL -u PORTAL_DATA_DIR \
        SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/portal" \
        SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD="$db_password" \
        PORTAL_ENCRYPTION_KEY="$encryption_key" SPRING_PROFILES_ACTIVE=sample \
        PORTAL_DATA_DIR="$work/shared" PORT="$port" \
        "$java" $JAVA_OPTS -jar "$jar" --server.port="$port" --server.address=127.0.0.1 --spring.jmx.enabled=false \
        >"$work/instance-$name.log" 2>&1 &
    app_pid[$name]=$!
    started=$(date +%s)
    while :; do
        kill -0 "${app_pid[$name]}" 2>/dev/null || die "instance $name exited during start-up"
        health=$(curl -sS --max-time 5 "http://127.0.0.1:$port/actuator/health" 2>/dev/null || true)
        [[ $health == *'"status":"UP"'* ]] && break
        (( $(date +%s) - started < START_TIMEOUT )) || die "instance $name not healthy after ${START_TIMEOUT} s"
        sleep 1
    done
    log "instance $name healthy on 127.0.0.1:$port after $(( $(date +%s) - started )) s (PID ${app_pid[$name]})"
    eval "start_seconds_$name=$(( $(date +%s) - started ))"
}
start_instance a
start_instance b

# ---------------------------------------------------------------------------------------------
log "5/6 nginx on 127.0.0.1:$nginx_port"
mkdir -p "$work/nginx/temp"
sed -e "s|@WORK@|$work/nginx|g" -e "s|@PORT@|$nginx_port|g" -e "s|@A@|${app_port[a]}|g" -e "s|@B@|${app_port[b]}|g" \
    scripts/two-instances-nginx.conf >"$work/nginx/nginx.conf"
/usr/sbin/nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" \
    || die "nginx does not accept the configuration"
/usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 1 30); do
    [[ $(curl -sS --max-time 5 "http://127.0.0.1:$nginx_port/actuator/health" 2>/dev/null || true) == *'"status":"UP"'* ]] && break
    kill -0 "$nginx_pid" 2>/dev/null || die "nginx exited"
    sleep 1
done
# Cookieless requests are shared out: two in a row reach both instances (the access log says where they went).
curl -sS -o /dev/null --max-time 10 "http://127.0.0.1:$nginx_port/actuator/health"
curl -sS -o /dev/null --max-time 10 "http://127.0.0.1:$nginx_port/actuator/health"

# ---------------------------------------------------------------------------------------------
log "6/6 the person (headless Chromium at 360 px, through nginx)"
journey_started=$(date +%s)
timeout --kill-after=15 600 "$java" -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -cp "$work/classes:$classpath" \
    cn.liaocheng.jobs.scaleout.TwoInstancesPerson --url "http://127.0.0.1:$nginx_port" \
    --instance "a=${app_pid[a]}" --instance "b=${app_pid[b]}" --loss-limit-seconds "$LOSS_LIMIT" \
    >"$work/person.out" 2>"$work/person.err" &
person_pid=$!
person_rc=0
# (2>/dev/null: bash would report the killed instance, its background job, here as "Killed".)
wait "$person_pid" 2>/dev/null || person_rc=$?
person_pid=
journey_seconds=$(( $(date +%s) - journey_started ))

echo
echo "==================== two instances, one killed ===================="
grep -v '^RESULT ' "$work/person.out" || true
if [[ $person_rc -ne 0 && $person_rc -ne 1 ]]; then
    tail -n 30 "$work/person.err" >&2 || true
fi
value() { sed -n "s/^RESULT $1=//p" "$work/person.out" | tail -n1; }
phone=$(value phone) killed=$(value killed) survivor=
failures=()
case $person_rc in
    0) ;;
    1) failures+=("the person found something lost or wrong (LOST OR WRONG above), or did not get through") ;;
    *) failures+=("the person's part did not run through (exit $person_rc; 124: it took longer than 600 s)") ;;
esac

# The instances: the killed one is gone, the other one answers.
if [[ -n $killed && -n ${app_pid[$killed]:-} ]]; then
    wait "${app_pid[$killed]}" 2>/dev/null || true
    kill -0 "${app_pid[$killed]}" 2>/dev/null && failures+=("instance $killed still runs after the kill")
    unset "app_pid[$killed]"
    for name in a b; do [[ $name != "$killed" ]] && survivor=$name; done
    health=$(curl -sS --max-time 5 "http://127.0.0.1:${app_port[$survivor]}/actuator/health" 2>/dev/null || true)
    [[ $health == *'"status":"UP"'* ]] || failures+=("instance $survivor is not healthy after the journey: ${health:-no answer}")
    echo "instances: $killed killed (SIGKILL) during the journey, $survivor healthy"
fi

# The database: every submitted application of this person once, queued once, submitted once in its history.
if [[ -n $phone ]]; then
    echo
    echo "database (applications of this person):"
    rows=$(psql_portal -F ' ' -v phone="$phone" <<'SQL'
select a.id, a.status, coalesce(a.reference, '-'),
       (select count(*) from review_case r where r.application_id = a.id),
       (select count(*) from applications_status_change s where s.application_id = a.id and s.to_status = 'SUBMITTED')
from applications_application a
join profile_person p on p.id = a.person_id
join accounts_account c on c.id = p.own_account_id
where c.phone_number = :'phone'
order by a.id;
SQL
    ) || { rows=; failures+=("could not read the applications from the database"); }
    printf '  %-6s %-10s %-16s %-12s %s\n' id status reference queue-entries submissions
    while read -r id status reference queued submissions; do
        [[ -n $id ]] || continue
        printf '  %-6s %-10s %-16s %-12s %s\n' "$id" "$status" "$reference" "$queued" "$submissions"
        if [[ $status == DRAFT ]]; then
            failures+=("application $id is still a draft after it was submitted")
        else
            [[ $queued == 1 ]] || failures+=("application $reference has $queued queue entries, not 1")
            [[ $submissions == 1 ]] || failures+=("application $reference was submitted $submissions times in its history, not once")
        fi
    done <<<"$rows"
    for key in submitted_before submitted_after; do
        reference=$(value "$key")
        if [[ -z $reference ]]; then
            failures+=("no ${key//_/ } application (the person did not get that far)")
        elif [[ $(grep -c " $reference " <<<"$rows" || true) -ne 1 ]]; then
            failures+=("application $reference (${key//_/ } the kill) is not in the database exactly once")
        fi
    done
    count=$(grep -c . <<<"$rows" || true)
    [[ $count -eq 2 ]] || failures+=("the person has $count applications in the database, not 2")
fi

# nginx's view: which instance answered, with the route cookie the browser sent.
echo
echo "nginx (requests by the route cookie they carried -> the instance that answered):"
awk -v a="127.0.0.1:${app_port[a]}" -v b="127.0.0.1:${app_port[b]}" '
    { route = "none"; status = "?"
      for (i = 1; i <= NF; i++) {
          if ($i ~ /^route=/) { route = substr($i, 7); if (route == "" || route == "-") route = "none" }
          if ($i ~ /^status=/) status = substr($i, 8)
      }
      # After a fallback the upstream is a list with a space in it ("A, B").
      up = $0; sub(/.* upstream=/, "", up); sub(/ upstream_status=.*/, "", up); if (up == "-") up = "nginx"
      gsub(a, "a", up); gsub(b, "b", up); gsub(/, /, "->", up)
      key = sprintf("cookie %-4s -> %-6s", route, up); n[key]++
      if (status ~ /^5/) failed[key]++ }
    END { for (k in n) printf "  %s %5d requests%s\n", k, n[k], (failed[k] ? sprintf(" (%d answered 5xx)", failed[k]) : "") }
' "$work/nginx/access.log" | sort
echo "  (\"a->b\": nginx could not reach a and passed the request on to b; a 5xx is a request that reached the"
echo "   instance as it died: nginx does not replay it elsewhere, the page's client sends it again)"

total_seconds=$(( $(date +%s) - started_at ))
echo
echo "times: instance a started in ${start_seconds_a:-?} s, b in ${start_seconds_b:-?} s; the person took ${journey_seconds} s;" \
    "landed on the other instance $(value landed_ms) ms after the kill; whole script ${total_seconds} s"
echo "machine: $(nproc) cores; load average (1/5/15 min) $load_at_start at start, $(cut -d' ' -f1-3 /proc/loadavg) at end"
if [[ ${#failures[@]} -gt 0 ]]; then
    echo
    printf 'FAILED: %s\n' "${failures[@]}"
    exit 1
fi
echo
echo "PASSED: the person lost at most $(value lost_seconds) s of typing; every submitted application is there exactly once"
