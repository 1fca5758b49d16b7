#!/usr/bin/env bash
# Metadata extraction accuracy on the labelled set in bench/metadata/docs (see bench/metadata/README.md).
# Usage:
#   bench/metadata/run.sh --offline [--verbose]                 texts -> RuleBasedMetadataExtractor (seconds)
#   bench/metadata/run.sh --offline-pdf [--verbose]             generated PDFs read like the pipeline (PDFBox text layer,
#                                                               tesseract for scans) -> RuleBasedMetadataExtractor
#   bench/metadata/run.sh --server URL [--token T] [--verbose]  generated PDFs (digital + scanned) uploaded to a running
#                                                               server; reads ai_metadata from GET /api/files/{id}
# Extra arguments go to MetadataBenchmark (--docs DIR for another labelled set, --dump DIR for OCR texts).
# Set MVN to wrap Maven, e.g. MVN="flock /tmp/mvn.lock mvn" where builds share a lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/bench-metadata
mkdir -p "$out"
${MVN:-mvn} -B -q compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test
cp="target/classes:$(cat "$out/classpath.txt")"
args=()
mode=offline
for arg in "$@"; do
  case "$arg" in
    --offline) mode=offline; args+=("$arg") ;;
    --offline-pdf) mode=pdf ;;
    --server) mode=server; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done
if [[ "$mode" == offline ]]; then
  exec java -cp "$cp" bench/metadata/MetadataBenchmark.java "${args[@]}"
fi
docs=bench/metadata/docs
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[$i]}" == --docs ]]; then docs="${args[$((i + 1))]}"; fi
done
java -cp "$cp" bench/metadata/GenerateDocuments.java --docs "$docs" --out "$out/pdf"
export OMP_THREAD_LIMIT=1
if [[ "$mode" == pdf ]]; then
  exec java -cp "$cp" bench/metadata/MetadataBenchmark.java --offline-pdf "$out/pdf" "${args[@]}"
fi
exec java -cp "$cp" bench/metadata/MetadataBenchmark.java --pdf "$out/pdf" "${args[@]}"
