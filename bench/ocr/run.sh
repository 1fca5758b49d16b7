#!/usr/bin/env bash
# OCR throughput benchmark: the pipeline vs the tesseract command vs ocrmypdf, same pages, concurrency 1 and 2.
# Usage: bench/ocr/run.sh [PAGES]   (default 24). Prints a Markdown table; see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin/setup-services >/dev/null
mvn -B -q -DskipTests package liberty:create liberty:install-feature liberty:deploy
export OMP_THREAD_LIMIT=1
exec java bench/ocr/OcrBenchmark.java --pages "${1:-24}" --wlp target/liberty/wlp --server docuelevate
