#!/usr/bin/env bash
# Whole-build benchmark: generates corpora of realistic blips and times `radar build` on each as a
# whole process (JVM start included). Method and figures: docs/benchmark.md.
#
# Usage: bench/run-benchmark.sh [SIZE...]          (default sizes: 1000 10000)
# Environment:
#   RUNS=3         timed runs per size (the table shows the fastest and the median)
#   HEAP=1g        the -Xmx given to the build (the issue's ceiling is 1 GB)
#   SKIP_BUILD=1   reuse radar-generator/target/radar.jar and test classes instead of rebuilding
#   COMMAND=build  force `build` or `validate` (default: build if the jar has it, else validate)
#
# Everything is written under target/bench/ of the repository; nothing else is touched.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs="${RUNS:-3}"
heap="${HEAP:-1g}"
work="$root/target/bench"
jar="$root/radar-generator/target/radar.jar"
classes="$root/radar-generator/target/test-classes"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building radar.jar (mvn package, tests skipped) ..." >&2
  # package also compiles the test classes, which hold the corpus generator.
  mvn -B -q -o -pl radar-generator -am package -DskipTests >&2 \
    || mvn -B -q -pl radar-generator -am package -DskipTests >&2
fi
[ -f "$jar" ] || { echo "missing $jar" >&2; exit 1; }

command="${COMMAND:-}"
if [ -z "$command" ]; then
  if java -jar "$jar" --help 2>/dev/null | grep -qE '^ +build '; then command=build; else command=validate; fi
fi

timer=()
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e' true 2>/dev/null; then
  timer=(/usr/bin/time -f '%e %M' -o "$work/time.txt")
fi

mkdir -p "$work"
results="$work/results.md"
{
  echo "| blips | command | fastest (s) | median (s) | peak RSS (MB) | output files | corpus (MB) |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
} > "$results"

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  out="$work/site-$n"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    java -cp "$classes" eu.sovereignradar.generator.bench.CorpusGenerator "$n" "$corpus" >&2
    touch "$corpus/.complete"
  fi
  corpus_mb=$(du -sm "$corpus/blips" | cut -f1)
  args=(-Xmx"$heap" -jar "$jar" "$command" "$corpus")
  [ "$command" = build ] && args+=(-o "$out")

  times=()
  peak=0
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$out"
    if [ ${#timer[@]} -gt 0 ]; then
      "${timer[@]}" java "${args[@]}" > "$work/run.log" 2>&1 \
        || { cat "$work/run.log" >&2; exit 1; }
      read -r seconds rss_kb < "$work/time.txt"
      [ "$rss_kb" -gt "$peak" ] && peak=$rss_kb
    else
      start=$(date +%s%N)
      java "${args[@]}" > "$work/run.log" 2>&1 || { cat "$work/run.log" >&2; exit 1; }
      seconds=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.2f", ns / 1e9 }')
    fi
    echo "$n blips, $command, run $i: $seconds s" >&2
    times+=("$seconds")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -g))
  fastest=${sorted[0]}
  median=${sorted[$(( ${#sorted[@]} / 2 ))]}
  files=0
  [ -d "$out" ] && files=$(find "$out" -type f | wc -l)
  peak_mb=$([ "$peak" -gt 0 ] && echo $(( peak / 1024 )) || echo "n/a")
  echo "| $n | $command | $fastest | $median | $peak_mb | $files | $corpus_mb |" >> "$results"
done

echo >&2
echo "$(nproc) cores, $(java -version 2>&1 | head -1), heap -Xmx$heap, $runs runs" >&2
cat "$results"
