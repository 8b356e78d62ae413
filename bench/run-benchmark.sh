#!/usr/bin/env bash
# Whole-build benchmark: generates corpora of realistic blips and times `radar build` on each as a
# whole process (JVM start included); when Hugo is installed, also builds the same corpus with Hugo
# and a minimal radar theme, in paired runs, and prints the ratios. Method and figures:
# docs/benchmark.md.
#
# Usage: bench/run-benchmark.sh [SIZE...]          (default sizes: 100 1000 10000)
# Environment:
#   RUNS=3         timed runs per size of `java -jar` alone (the table shows the fastest and the
#                  median); RUNS=0 leaves that table out
#   PAIRS=3        rounds of the comparison with Hugo: bin/radar, Hugo, java -jar, one after the
#                  other in each round; PAIRS=0 (or no `hugo` on the PATH) leaves it out
#   HEAP=1g        the -Xmx given to the build (the issue's ceiling is 1 GB)
#   SKIP_BUILD=1   reuse radar-generator/target/radar.jar and test classes instead of rebuilding
#   COMMAND=build  force `build` or `validate` (default: build if the jar has it, else validate)
#   FRESH=1        build into a new folder on every run instead of rebuilding the previous site
#   DAEMON=1       in the comparison, ours is bin/radar with the build daemon (RADAR_DAEMON=on):
#                  for each size a new daemon, WARMUP=10 untimed builds of that corpus, then the
#                  rounds; its CPU and peak memory are the daemon's (from /proc), not the client's;
#                  the third of each round is bin/radar without the daemon instead of java -jar
#
# Everything is written under target/bench/ of the repository; nothing else is touched.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100 1000 10000)
runs="${RUNS:-3}"
pairs="${PAIRS:-3}"
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
    java -cp "$classes:$jar" eu.sovereignradar.generator.bench.CorpusGenerator "$n" "$corpus" >&2
    touch "$corpus/.complete"
  fi
done

for n in "${sizes[@]}"; do
  [ "$runs" -gt 0 ] || break
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
  files="–"
  [ "$command" = build ] && [ -d "$out" ] && files=$(find "$out" -type f | wc -l)
  peak_mb=$([ "$peak" -gt 0 ] && echo $(( peak / 1024 )) || echo "n/a")
  echo "| $n | $command | $fastest | $median | $cpu | $sys | $peak_mb | $files | $corpus_mb | ${sorted_loads[0]}–${sorted_loads[-1]} |" >> "$results"
done

# The comparison with Hugo: the same corpus laid out for Hugo with a minimal radar theme, paired
# rounds of bin/radar (ours as the README offers it: class-data sharing and C1 only), Hugo and
# `java -jar` (ours without the launcher) one after the other, so that all three meet the same load.
compare="$work/compare.md"
: > "$compare"
if [ "$pairs" -gt 0 ] && command -v hugo > /dev/null 2>&1 && [ ${#timer[@]} -gt 0 ]; then
  # The same heap ceiling for both of ours; without it the JVM may grow to a quarter of the RAM.
  export XDG_CACHE_HOME="$work/cache" RADAR_JAR="$jar" RADAR_JAVA_OPTS="-Xmx$heap"
  unset RADAR_DAEMON
  launcher=("$root/bin/radar")
  daemon="${DAEMON:-0}"
  [ "$daemon" = 1 ] && launcher=(env RADAR_DAEMON=on "$root/bin/radar")
  # The first build with a new jar writes the archive of the build's classes; it is not timed.
  "${launcher[@]}" build "$work/corpus-${sizes[0]}" -o "$work/site-warm-up" > /dev/null
  # The daemon's process id, CPU seconds (user, system) and peak resident memory (KiB), from /proc.
  daemon_pid() { cut -d' ' -f3 "$work"/cache/sovereign-radar/daemon-*/daemon; }
  daemon_cpu() { awk '{ printf "%.2f %.2f", $14 / 100, $15 / 100 }' "/proc/$(daemon_pid)/stat"; }
  daemon_peak() { awk '/^VmHWM:/ { print $2 }' "/proc/$(daemon_pid)/status"; }
  # The third of each round: ours without the launcher, or with the daemon ours without it.
  third="java -jar"
  [ "$daemon" = 1 ] && third="bin/radar (a JVM per build)"
  {
    echo "| blips | ours wall (s) | Hugo wall (s) | ours/Hugo wall | ours/Hugo CPU | ours peak (MiB) | Hugo peak (MiB) | ours/Hugo peak | $third wall (s) | $third/Hugo wall | load average |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  } > "$compare"
  for n in "${sizes[@]}"; do
    corpus="$work/corpus-$n"
    site="$work/hugo-$n"
    if [ ! -f "$site/.complete" ]; then
      rm -rf "$site"
      mkdir -p "$site/content/blips" "$site/content/quadrants" "$site/layouts/_default" \
        "$site/layouts/quadrants"
      cat > "$site/hugo.toml" << 'TOML'
baseURL = "https://radar.example.org/"
title = "Benchmark radar"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
TOML
      # One page per blip (the same Markdown files and front matter), a page per quadrant.
      cp "$corpus"/blips/*.md "$site/content/blips/" 2> /dev/null \
        || find "$corpus/blips" -name '*.md' -exec cp {} "$site/content/blips/" \;
      printf -- '---\ntitle: Blips\n---\n' > "$site/content/blips/_index.md"
      printf -- '---\ntitle: Quadrants\n---\n' > "$site/content/quadrants/_index.md"
      grep -h '^quadrant:' "$corpus/blips" -r | sed 's/^quadrant: *//' | sort -u \
        | while read -r q; do
          printf -- '---\ntitle: %s\nquadrant: %s\n---\n' "$q" "$q" > "$site/content/quadrants/$q.md"
        done
      cat > "$site/layouts/_default/baseof.html" << 'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><nav><a href="{{ "/" | relURL }}">Radar</a>{{ range .Site.Sections }} <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
      cat > "$site/layouts/index.html" << 'HTML'
{{ define "main" }}<h1>{{ .Site.Title }}</h1>
{{ $blips := where .Site.RegularPages "Section" "blips" }}
<svg viewBox="0 0 1000 1000" width="1000" height="1000" role="img" aria-label="radar">
{{ range $i, $b := $blips }}<a href="{{ $b.RelPermalink }}"><circle cx="{{ add 20 (mod (mul $i 37) 960) }}" cy="{{ add 20 (mod (mul $i 53) 960) }}" r="6"><title>{{ $b.Title }}</title></circle></a>
{{ end }}</svg>
<ul>{{ range $blips }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ .Params.ring }})</li>{{ end }}</ul>{{ end }}
HTML
      cat > "$site/layouts/_default/single.html" << 'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Params.ring }} · <a href="{{ printf "/quadrants/%s/" .Params.quadrant | relURL }}">{{ .Params.quadrant }}</a></p>
<p>{{ .Params.summary }}</p>
<dl><dt>Licence</dt><dd>{{ .Params.licence }}</dd><dt>Vendor</dt><dd>{{ .Params.vendor }} ({{ .Params.origin }})</dd></dl>
{{ .Content }}
<ul>{{ range .Params.links }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul></article>{{ end }}
HTML
      cat > "$site/layouts/quadrants/single.html" << 'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ $q := .Params.quadrant }}
<ul>{{ range where (where .Site.RegularPages "Section" "blips") "Params.quadrant" $q }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ .Params.ring }}): {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
HTML
      cp "$site/layouts/quadrants/single.html" "$site/layouts/_default/list.html"
      touch "$site/.complete"
    fi
    # One timed command: wall, CPU (user+sys) and peak RSS in KiB on one line of $work/time.txt.
    timed() {
      "${timer[@]}" "$@" > "$work/run.log" 2>&1 || { cat "$work/run.log" >&2; exit 1; }
      tail -1 "$work/time.txt"
    }
    # With the daemon: wall time of the client; CPU and peak memory of the daemon, for this run
    # and for this size (a new daemon per size, warmed up on this corpus).
    timed_ours() {
      if [ "$daemon" = 1 ]; then
        local before wall
        before=$(daemon_cpu)
        wall=$(timed "${launcher[@]}" build "$corpus" -o "$work/site-$n" | cut -d' ' -f1)
        echo "$wall $(daemon_cpu | awk -v b="$before" '{ split(b, o, " "); printf "%.2f %.2f", $1 - o[1], $2 - o[2] }') $(daemon_peak)"
      else
        timed "${launcher[@]}" build "$corpus" -o "$work/site-$n"
      fi
    }
    if [ "$daemon" = 1 ]; then
      "$root/bin/radar" daemon stop > /dev/null
      for ((w = 1; w <= ${WARMUP:-10}; w++)); do
        "${launcher[@]}" build "$corpus" -o "$work/site-$n" > /dev/null
      done
    fi
    rows=()
    loads=()
    for ((i = 1; i <= pairs; i++)); do
      loads+=("$(load)")
      ours=$(timed_ours)
      hugo_run=$(timed hugo --quiet -s "$site" -d "$work/hugo-site-$n")
      if [ "$daemon" = 1 ]; then
        jar_run=$(timed "$root/bin/radar" build "$corpus" -o "$work/site-$n")
      else
        jar_run=$(timed java -Xmx"$heap" -jar "$jar" build "$corpus" -o "$work/site-$n")
      fi
      rows+=("$ours $hugo_run $jar_run")
      echo "$n blips, round $i (load average ${loads[-1]}): ours $ours | hugo $hugo_run | $third $jar_run (wall user sys KiB)" >&2
    done
    sorted_loads=($(printf '%s\n' "${loads[@]}" | sort -g))
    printf '%s\n' "${rows[@]}" | awk -v n="$n" -v lo="${sorted_loads[0]}" -v hi="${sorted_loads[-1]}" '
      function median(a, k,   i, j, t) {
        for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
      }
      { k++; ow[k] = $1; oc[k] = $2 + $3; om[k] = $4; hw[k] = $5; hc[k] = $6 + $7; hm[k] = $8; jw[k] = $9 }
      END {
        OW = median(ow, k); OC = median(oc, k); OM = median(om, k) / 1024
        HW = median(hw, k); HC = median(hc, k); HM = median(hm, k) / 1024; JW = median(jw, k)
        printf "| %d | %.2f | %.2f | %.2f | %.2f | %d | %d | %.2f | %.2f | %.2f | %s–%s |\n", \
          n, OW, HW, OW / HW, OC / HC, OM, HM, OM / HM, JW, JW / HW, lo, hi
      }' >> "$compare"
  done
  [ "$daemon" = 1 ] && "$root/bin/radar" daemon stop > /dev/null
  unset XDG_CACHE_HOME RADAR_JAR RADAR_JAVA_OPTS
elif [ "$pairs" -gt 0 ]; then
  echo "(no hugo on the PATH, or no GNU time: the comparison with Hugo is left out)" > "$compare"
fi

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
[ "$runs" -gt 0 ] && cat "$results"
echo
if [ -s "$compare" ]; then
  ours_is="bin/radar"
  [ "${DAEMON:-0}" = 1 ] && ours_is="bin/radar with a warm build daemon (${WARMUP:-10} builds before)"
  echo "Compared with $(hugo version 2> /dev/null | cut -d' ' -f1-2) ($pairs rounds, medians; ours = $ours_is):"
  cat "$compare"
  echo
fi
echo "Baselines (same machine, same moment):"
cat "$work/baseline.txt"
echo
echo "Charts alone (home + one per quadrant, in-process):"
cat "$work/charts.txt"
