#!/usr/bin/env bash
# Preview rebuild timing: how long `radar serve` takes to serve the new site after one blip of the
# sample radar is edited. Prints the rebuild time and the save-to-served time over 30 edits.
# Figures and method: docs/editor-guide.md ("Preview while you write").
#
# Usage: bench/preview-rebuild.sh [CONTENT] [BLIP] [EDITS]
#   defaults: content blips/nextcloud.md 30
# Environment: SKIP_BUILD=1 reuses radar-generator/target/radar.jar and test classes.
# The content folder is copied to a temporary folder; the original is never changed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building radar.jar and the test classes (mvn package, tests skipped) ..." >&2
  mvn -B -q -o -pl radar-generator -am package -DskipTests >&2 \
    || mvn -B -q -pl radar-generator -am package -DskipTests >&2
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >&2
java -cp "radar-generator/target/radar.jar:radar-generator/target/test-classes" \
  eu.sovereignradar.generator.serve.PreviewRebuildTimer "${1:-content}" "${2:-blips/nextcloud.md}" "${3:-30}"
