#!/usr/bin/env bash
# OCR throughput benchmark: the pipeline vs the tesseract command vs ocrmypdf, same pages, concurrency 1 and 2.
# Usage: bench/ocr/run.sh [PAGES] [--rounds 3] [--concurrency 1,2] [--verbose true]   (default 24 pages).
# Prints each round and a Markdown table; see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin/setup-services >/dev/null
mvn -B -q -DskipTests package liberty:create liberty:install-feature liberty:deploy
export OMP_THREAD_LIMIT=1
exec java bench/ocr/OcrBenchmark.java --pages "${1:-24}" --wlp target/liberty/wlp --server docuelevate "${@:2}"
