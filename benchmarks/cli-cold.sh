#!/usr/bin/env bash
# The sdgmap command as a user runs it: a new process each time, cold, on the national corpus and
# on the shipped plans, output into a file. Each run of the tool as built here is followed by one
# of the other side, so both see the same machine; the medians of the rounds are compared.
#   default:           the other side is this build with the runtime's defaults put back
#                      (DOTNET_TieredPGO=1 DOTNET_TC_CallCountingDelayMs=100; the tool ships with
#                      dynamic PGO off and no call-counting delay, see src/SdgMap.Cli/SdgMap.Cli.csproj);
#   --against DLL:     the other side is another build of the tool (say, an older commit's
#                      src/SdgMap.Cli/bin/Release/net10.0/SdgMap.Cli.dll), run as it ships.
#
# Usage: benchmarks/cli-cold.sh [rounds] [--against DLL]     (default 5 rounds)
# Prints one line per command and input:
#   <command> <input> this_ms=<median> other_ms=<median> speedup=<other/this> agree=<yes|no>
# agree=yes when both runs printed the same bytes and exited with the same code. Exits 1 otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
usage() { echo "usage: $0 [rounds] [--against SdgMap.Cli.dll]   (rounds: a whole number from 1)" >&2; exit 2; }
rounds=5
against=""
while [ $# -gt 0 ]; do
  case "$1" in
    --against) [ $# -ge 2 ] && [ -f "$2" ] || usage; against=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    '' | *[!0-9]* | 0) usage ;;
    *) rounds=$1; shift ;;
  esac
done
work="$root/artifacts/cli-cold"
log() { echo "cli-cold: $*" >&2; }

dotnet build "$root/src/SdgMap.Cli/SdgMap.Cli.csproj" -c Release --nologo -v quiet >&2
dotnet build "$here/SdgMap.Benchmarks/SdgMap.Benchmarks.csproj" -c Release --nologo -v quiet >&2
cli="$root/src/SdgMap.Cli/bin/Release/net10.0/SdgMap.Cli.dll"

rm -rf "$work"
mkdir -p "$work/out"
log "generating 1741 plans in $work/corpus"
dotnet run -c Release --no-build --project "$here/SdgMap.Benchmarks" -- generate 1741 "$work/corpus" >&2
log "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "$against" ]; then
  other_dll=$against other_env=()
  log "this build against $against"
else
  other_dll=$cli other_env=(DOTNET_TieredPGO=1 DOTNET_TC_CallCountingDelayMs=100)
  log "this build against itself with the runtime's default tiering"
fi

# One cold run; prints its wall time in milliseconds and leaves stdout and the exit code in files.
run() { # run NAME DLL [VAR=value ...] -- ARGS...
  local name=$1 dll=$2; shift 2
  local vars=(LANG=C.UTF-8)
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  local start end code=0
  start=$(date +%s%N)
  env "${vars[@]}" dotnet "$dll" "$@" >"$work/out/$name.stdout" 2>/dev/null || code=$?
  end=$(date +%s%N)
  echo "$code" >"$work/out/$name.code"
  echo $(((end - start) / 1000000))
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

disagreed=0
for input in corpus plans; do
  if [ "$input" = corpus ]; then path="$work/corpus"; else path="$root/data/plans"; fi
  for command in "summary" "validate" "coverage" "coverage --format csv" "coverage --format json" "gaps" "gaps --format json"; do
    read -r -a words <<<"$command"
    this="" other=""
    agree=yes
    for ((r = 1; r <= rounds; r++)); do
      this+=" $(run this "$cli" -- "${words[0]}" "$path" "${words[@]:1}")"
      other+=" $(run other "$other_dll" "${other_env[@]}" -- "${words[0]}" "$path" "${words[@]:1}")"
      if ! cmp -s "$work/out/this.stdout" "$work/out/other.stdout" \
        || ! cmp -s "$work/out/this.code" "$work/out/other.code"; then
        agree=no
      fi
    done
    t=$(echo "$this" | median)
    o=$(echo "$other" | median)
    [ "$agree" = yes ] || disagreed=1
    awk -v c="${command// /_}" -v i="$input" -v t="$t" -v o="$o" -v a="$agree" \
      'BEGIN { printf "%s %s this_ms=%d other_ms=%d speedup=%.2f agree=%s\n", c, i, t, o, o / t, a }'
    log "$command $input: this$this; other$other"
  done
done
log "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$disagreed"
