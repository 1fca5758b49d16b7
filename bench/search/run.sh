#!/usr/bin/env bash
# Search benchmark on the embedded Lucene index (no server): indexing throughput and query latency percentiles.
# Usage: [LOCK=/tmp/mvn.lock] bench/search/run.sh [--docs 100000] [--threads 4] [--queries 20000] [--dir /tmp/search-bench]
# With LOCK set, the build and the measurement each run under flock (shared build machines).
set -euo pipefail
cd "$(dirname "$0")/../.."
locked() { if [ -n "${LOCK:-}" ]; then flock "$LOCK" "$@"; else "$@"; fi; }
locked mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=compile
locked java -Xms1g -Xmx2g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/search/SearchBenchmark.java "$@"
