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
#   FRESH=1        build into a new folder on every run instead of rebuilding the previous site
#
# Everything is written under target/bench/ of the repository; nothing else is touched.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs="${RUNS:-3}"
heap="${HEAP:-1g}"
fresh="${FRESH:-0}"
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
  timer=(/usr/bin/time -f '%e %U %S %M' -o "$work/time.txt")
fi

load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }
seconds_since() { awk -v ns=$(( $(date +%s%N) - $1 )) 'BEGIN { printf "%.2f", ns / 1e9 }'; }

mkdir -p "$work"
results="$work/results.md"
: > "$work/charts.txt"
start=$(date +%s%N)
java -jar "$jar" --version > /dev/null
echo "JVM start (radar --version): $(seconds_since "$start") s" > "$work/baseline.txt"
{
  echo "| blips | command | wall, fastest (s) | wall, median (s) | CPU user+sys, median (s) | of which sys (s) | peak RSS (MB) | output files | corpus (MB) | load average |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
} > "$results"

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    java -cp "$classes" eu.sovereignradar.generator.bench.CorpusGenerator "$n" "$corpus" >&2
    touch "$corpus/.complete"
  fi
done

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  corpus_mb=$(du -sm "$corpus/blips" | cut -f1)
  times=()
  cpus=()
  syss=()
  loads=()
  peak=0
  for ((i = 1; i <= runs; i++)); do
    # By default every run rebuilds the previous site in place, as an editor does: the build
    # writes a staging folder and swaps it in. The output folder is not deleted beforehand: on
    # some file systems (ext4 without a journal, as on the development machine) creating
    # thousands of files right after deleting thousands of others costs seconds of system time
    # that has nothing to do with the build. FRESH=1 builds into a new folder on every run.
    out="$work/site-$n"
    [ "$fresh" = 1 ] && out="$work/fresh-$n-$i-$$"
    args=(-Xmx"$heap" -jar "$jar" "$command" "$corpus")
    [ "$command" = build ] && args+=(-o "$out")
    loads+=("$(load)")
    if [ ${#timer[@]} -gt 0 ]; then
      "${timer[@]}" java "${args[@]}" > "$work/run.log" 2>&1 \
        || { cat "$work/run.log" >&2; exit 1; }
      read -r seconds user sys rss_kb < <(tail -1 "$work/time.txt")
      [ "$rss_kb" -gt "$peak" ] && peak=$rss_kb
      cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
      syss+=("$sys")
    else
      start=$(date +%s%N)
      java "${args[@]}" > "$work/run.log" 2>&1 || { cat "$work/run.log" >&2; exit 1; }
      seconds=$(seconds_since "$start")
    fi
    echo "$n blips, $command, run $i: $seconds s wall${cpus:+, ${cpus[-1]} s CPU (${syss[-1]} s sys)} (load average ${loads[-1]})" >&2
    times+=("$seconds")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -g))
  fastest=${sorted[0]}
  median=${sorted[$(( ${#sorted[@]} / 2 ))]}
  cpu="n/a"
  sys="n/a"
  if [ ${#cpus[@]} -gt 0 ]; then
    sorted_cpu=($(printf '%s\n' "${cpus[@]}" | sort -g))
    cpu=${sorted_cpu[$(( ${#sorted_cpu[@]} / 2 ))]}
    sorted_sys=($(printf '%s\n' "${syss[@]}" | sort -g))
    sys=${sorted_sys[$(( ${#sorted_sys[@]} / 2 ))]}
  fi
  sorted_loads=($(printf '%s\n' "${loads[@]}" | sort -g))
  files=0
  [ -d "$out" ] && files=$(find "$out" -type f | wc -l)
  peak_mb=$([ "$peak" -gt 0 ] && echo $(( peak / 1024 )) || echo "n/a")
  echo "| $n | $command | $fastest | $median | $cpu | $sys | $peak_mb | $files | $corpus_mb | ${sorted_loads[0]}–${sorted_loads[-1]} |" >> "$results"
done

# Baselines, after the timed builds so that their file deletions cannot slow those down.
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  # Copying the corpus with cp, no JVM.
  rm -rf "$work/copy-$n"
  start=$(date +%s%N)
  cp -r "$corpus" "$work/copy-$n"
  echo "$n blips: cp -r of the corpus took $(seconds_since "$start") s" >> "$work/baseline.txt"
  rm -rf "$work/copy-$n"
  # The charts alone, in one process: cold (first call) and warm.
  java -Xmx"$heap" -cp "$classes:$jar" eu.sovereignradar.generator.bench.ChartTiming "$corpus" \
    >> "$work/charts.txt" 2>&1 || true
done
[ "$fresh" = 1 ] && rm -rf "$work"/fresh-*-$$

echo >&2
echo "$(nproc) cores, $(java -version 2>&1 | head -1), heap -Xmx$heap, $runs runs," \
  "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >&2
cat "$results"
echo
echo "Baselines (same machine, same moment):"
cat "$work/baseline.txt"
echo
echo "Charts alone (home + one per quadrant, in-process):"
cat "$work/charts.txt"
