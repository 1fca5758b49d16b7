#!/usr/bin/env bash
# OCR throughput benchmark: the pipeline vs the tesseract command vs ocrmypdf, same pages, concurrency 1 and 2.
# Usage: bench/ocr/run.sh [PAGES] [--rounds 3] [--concurrency 1,2] [--verbose true]   (default 24 pages).
# Prints each round and a Markdown table; see bench/README.md.
# Fairness (issue 17 item 10): bench/ocr/run.sh 30 --fairness true [--small 4] [--warm-up 5]
#   small-document latency idle and beside a 30-page scan, OCR_MAX_ENGINES_PER_DOCUMENT=1 (default) vs 2.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin/setup-services >/dev/null
mvn -B -q -DskipTests package liberty:create liberty:install-feature liberty:deploy
export OMP_THREAD_LIMIT=1
exec java bench/ocr/OcrBenchmark.java --pages "${1:-24}" --wlp target/liberty/wlp --server docuelevate "${@:2}"
