#!/bin/bash
# Roster benchmark: ind beside DuckDB, SQLite and pandas on the per-employee IP ASN workload.
# A measurement, not a test: nothing here is part of the test suite.
#
# usage: bench/run.sh [--ind PATH] [--ind-rules FILE] [--ind-args ARGS] [--runs N] [--warmup N]
#                     [SIZE...]
#   SIZE        100k, 1m, 4.3m (default: all three), or a row count such as 250000 or 2.5m
#   --ind       the ind binary (default build/ind; env IND)
#   --ind-rules the rule file (default examples/bench/ipasn-roster.ind; env IND_RULES)
#   --ind-args  extra arguments for `ind eval`, e.g. "--period 2024" (env IND_ARGS)
#   --runs      hyperfine runs per command (default 10 below 1 M rows, 3 from 1 M; env RUNS)
#   --warmup    hyperfine warm-up runs (default 1; env WARMUP)
#
# Rosters go to bench/out/roster-SIZE/roster.csv and are kept; each size's results go to
# bench/out/results-SIZE/ (hyperfine.json, stdout/stderr and `time -v` of every command,
# report.md). The Markdown report is printed on stdout, progress on stderr. Exit status 1 if
# the commands disagree on a figure. Paths must not contain spaces (hyperfine runs without a shell).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

IND=${IND:-build/ind}
IND_RULES=${IND_RULES:-examples/bench/ipasn-roster.ind}
IND_ARGS=${IND_ARGS:-}
RUNS=${RUNS:-}
WARMUP=${WARMUP:-1}
sizes=()
while (($#)); do
   case "$1" in
   --ind) IND=$2; shift 2 ;;
   --ind-rules) IND_RULES=$2; shift 2 ;;
   --ind-args) IND_ARGS=$2; shift 2 ;;
   --runs) RUNS=$2; shift 2 ;;
   --warmup) WARMUP=$2; shift 2 ;;
   -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
   -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
   *) sizes+=("$1"); shift ;;
   esac
done
((${#sizes[@]})) || sizes=(100k 1m 4.3m)

say() { echo "bench: $*" >&2; }

# ---------------------------------------------------------------- tools
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
/usr/bin/python3 -c 'import pandas' 2>/dev/null || need+=(python3-pandas)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if ((${#need[@]})); then
   sudo=""
   [ "$(id -u)" -eq 0 ] || sudo=sudo
   say "installing ${need[*]}"
   $sudo apt-get install -y --no-install-recommends "${need[@]}" >&2 ||
      { $sudo apt-get update >&2 && $sudo apt-get install -y --no-install-recommends "${need[@]}" >&2; }
fi
if [ ! -d bench/node_modules/@duckdb/node-api ]; then
   say "npm install (bench/package.json)"
   (cd bench && npm install --no-audit --no-fund --no-package-lock >&2)
fi

rows_of() {
   awk -v s="$1" 'BEGIN {
      m = 1
      if (s ~ /[kK]$/) { m = 1000; s = substr(s, 1, length(s) - 1) }
      else if (s ~ /[mM]$/) { m = 1000000; s = substr(s, 1, length(s) - 1) }
      if (s !~ /^[0-9]+(\.[0-9]+)?$/) exit 1
      printf "%d\n", s * m + 0.5 }'
}

# ---------------------------------------------------------------- machine
echo "## Roster benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/^Mem:/ {print $2}') GB RAM; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- hyperfine $(hyperfine --version | cut -d' ' -f2), sqlite $(sqlite3 --version | cut -d' ' -f1), pandas $(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)'), @duckdb/node-api $(node -p "require('./bench/node_modules/@duckdb/node-api/package.json').version"), node $(node --version)"
echo "- ind: $IND, built $(date -u -r "$IND" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo '(missing)'); repository at $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' with uncommitted changes')"
echo

status=0
for size in "${sizes[@]}"; do
   label=$(echo "$size" | tr 'A-Z' 'a-z')
   rows=$(rows_of "$label") || { echo "run.sh: size '$size' is not 100k, 1m, 4.3m or a row count" >&2; exit 2; }
   data=bench/out/roster-$label
   csv=$data/roster.csv
   if [ ! -s "$csv" ]; then
      say "generating $rows rows into $csv"
      mkdir -p "$data"
      /usr/bin/python3 bench/gen_roster.py "$rows" "$csv.tmp"
      mv "$csv.tmp" "$csv"
   fi
   runs=${RUNS:-$((rows < 1000000 ? 10 : 3))}
   res=bench/out/results-$label
   rm -rf "$res"
   mkdir -p "$res"

   # One run of each command under `time -v`: its output for the cross-check, its peak RSS.
   once() { # NAME COMMAND
      /usr/bin/time -v -o "$res/$1.time" bash -c "$2" >"$res/$1.out" 2>"$res/$1.err"
   }
   names=()
   cmds=()
   : >"$res/commands.tsv"
   add() { names+=("$1"); cmds+=("$2"); printf '%s\t%s\n' "$1" "$2" >>"$res/commands.tsv"; }

   echo "### $rows rows ($csv, $(du -m "$csv" | cut -f1) MB), hyperfine --warmup $WARMUP --runs $runs"
   echo

   # ind: the brief's form `--data ROSTER.csv` first, then the data folder (the current CLI).
   ind_cmd=""
   ind_why="$IND not found or not executable"
   if [ -x "$IND" ]; then
      for target in "$csv" "$data"; do
         cmd="$IND eval $IND_RULES --data $target --format json${IND_ARGS:+ $IND_ARGS}"
         say "probe: $cmd"
         rc=0
         once ind "$cmd" || rc=$?
         if ((rc <= 1)) && /usr/bin/python3 bench/report.py --ind-figures "$res/ind.out" >/dev/null 2>&1; then
            ind_cmd=$cmd
            break
         fi
         ind_why="exit $rc: $(grep -m1 -E 'error|galat|kesalahan' "$res/ind.err" || head -n1 "$res/ind.err")"
      done
   fi
   if [ -n "$ind_cmd" ]; then
      # One core, then both: the same command with --threads 1 and --threads 2.
      rm -f "$res/ind.out" "$res/ind.err" "$res/ind.time"
      for t in 1 2; do
         say "once under time -v: $ind_cmd --threads $t"
         if once "ind-${t}t" "$ind_cmd --threads $t"; then
            add "ind-${t}t" "$ind_cmd --threads $t"
         else
            echo "**ind-${t}t FAILED** (see $res/ind-${t}t.err)"
            echo
            status=1
         fi
      done
   else
      rm -f "$res/ind.out" "$res/ind.time"
      echo "**ind: belum dapat menjalankan beban ini** ($ind_why; see $res/ind.err)"
      echo
      say "ind: belum dapat menjalankan beban ini ($ind_why)"
   fi

   for peer in "duckdb-1t|node bench/peer_duckdb.mjs $csv 1" \
      "duckdb-2t|node bench/peer_duckdb.mjs $csv 2" \
      "sqlite|bench/peer_sqlite.sh $csv" \
      "pandas|/usr/bin/python3 bench/peer_pandas.py $csv"; do
      name=${peer%%|*}
      cmd=${peer#*|}
      say "once under time -v: $cmd"
      if once "$name" "$cmd"; then
         add "$name" "$cmd"
      else
         echo "**$name FAILED** (see $res/$name.err), left out of the comparison"
         echo
         status=1
      fi
   done

   hf=(hyperfine -N --style basic --warmup "$WARMUP" --runs "$runs" --export-json "$res/hyperfine.json")
   for i in "${!names[@]}"; do
      hf+=(-n "${names[$i]}" "${cmds[$i]}")
   done
   if ((${#names[@]})); then
      say "${hf[*]}"
      if ! "${hf[@]}" >&2; then
         echo "**hyperfine FAILED** (a command failed in one of its runs; see the log above)"
         echo
         status=1
      fi
   fi

   rc=0
   /usr/bin/python3 bench/report.py "$res" "$rows" | tee "$res/report.md" || rc=$?
   if ((rc)); then
      status=1
      say "MISMATCH at $rows rows: see the table above ($res/report.md)"
   fi
done
exit $status
