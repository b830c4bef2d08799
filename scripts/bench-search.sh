#!/usr/bin/env bash
# Keyword search benchmark (issue 12): prints p50/p95 of catalogue searches at the sample's size and at many offers,
# the ratio, the '%word%' scan it replaced, the query plan and the index size. Asserts nothing.
#
#   scripts/bench-search.sh [OFFERS [RUNS]]      default 100000 offers, 200 runs per query
#
# Runs cn.liaocheng.jobs.catalogue.SearchBenchmark (src/test/java) with Maven: a temporary embedded PostgreSQL with the
# portal's migrations and the sample catalogue, filled with synthetic offers by plain SQL (as an import would).
set -euo pipefail
exec </dev/null
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
offers=${1:-100000}
runs=${2:-200}
./mvnw -B -q ${MAVEN_OFFLINE:+-o} test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dportal.bench=search -Dportal.bench.offers="$offers" -Dportal.bench.runs="$runs" 2>&1 \
    | sed -n '/==== keyword search/,/^index size/p'
