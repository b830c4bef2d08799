#!/usr/bin/env bash
# Times the queries of the 计划进展 pages on a sample-sized data set and on 100 times as much (issue 11), in the test
# embedded PostgreSQL, and prints the figures (also left in target/progress-benchmark.txt). Asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=$(scripts/select-jdk.sh)
./mvnw -B -o -q test -Dtest=ProgressQueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false > /dev/null
cat target/progress-benchmark.txt
