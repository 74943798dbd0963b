#!/usr/bin/env bash
# The sdgmap command as a user runs it: a new process each time, cold, on the national corpus and
# on the shipped plans. Each run of the tool as shipped (dynamic PGO off, see
# src/SdgMap.Cli/SdgMap.Cli.csproj) is followed by one with the runtime's default put back
# (DOTNET_TieredPGO=1), so both see the same machine; the medians of the rounds are compared.
#
# Usage: benchmarks/cli-cold.sh [rounds]     (default 5)
# Prints one line per command and input:
#   <command> <input> shipped_ms=<median> default_ms=<median> speedup=<default/shipped> agree=<yes|no>
# agree=yes when both runs printed the same bytes and exited with the same code. Exits 1 otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
rounds=${1:-5}
case "$rounds" in
  '' | *[!0-9]* | 0) echo "usage: $0 [rounds]   (rounds: a whole number from 1)" >&2; exit 2 ;;
esac
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

# One cold run; prints its wall time in milliseconds and leaves stdout and the exit code in files.
run() { # run NAME [VAR=value ...] -- ARGS...
  local name=$1; shift
  local vars=()
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  local start end code=0
  start=$(date +%s%N)
  env "${vars[@]}" dotnet "$cli" "$@" >"$work/out/$name.stdout" 2>/dev/null || code=$?
  end=$(date +%s%N)
  echo "$code" >"$work/out/$name.code"
  echo $(((end - start) / 1000000))
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

disagreed=0
for input in corpus plans; do
  if [ "$input" = corpus ]; then path="$work/corpus"; else path="$root/data/plans"; fi
  for command in summary validate coverage; do
    shipped="" default=""
    agree=yes
    for ((r = 1; r <= rounds; r++)); do
      shipped+=" $(run shipped LANG=C.UTF-8 -- "$command" "$path")"
      default+=" $(run default LANG=C.UTF-8 DOTNET_TieredPGO=1 -- "$command" "$path")"
      if ! cmp -s "$work/out/shipped.stdout" "$work/out/default.stdout" \
        || ! cmp -s "$work/out/shipped.code" "$work/out/default.code"; then
        agree=no
      fi
    done
    s=$(echo "$shipped" | median)
    d=$(echo "$default" | median)
    [ "$agree" = yes ] || disagreed=1
    awk -v c="$command" -v i="$input" -v s="$s" -v d="$d" -v a="$agree" \
      'BEGIN { printf "%s %s shipped_ms=%d default_ms=%d speedup=%.2f agree=%s\n", c, i, s, d, d / s, a }'
    log "$command $input: shipped$shipped; default$default"
  done
done
log "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$disagreed"
