#!/usr/bin/env bash
# SdgMap side by side with its peers on one synthetic corpus: coverage and gaps against pandas,
# networkx and DuckDB on the same tables; load and save against Python json, Newtonsoft.Json and
# the Utf8JsonReader floor on the same plan files. See benchmarks/peers/README.md.
#
# Usage: benchmarks/run-peers.sh [--quick]
#   --quick   100 plans (about 55k elements); without it 1,741 plans (about 960k elements).
# Prints one line per comparison, and passes through benchmarks/peers/neardup/run.sh's lines:
#   <query> <peer> sdgmap_ms=<t> peer_ms=<t> speedup=<peer/sdgmap> agree=<yes|no>
# Progress and MB/s go to stderr. Exits 1 if any answer disagrees.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
mode=""
case "${1:-}" in
  --quick) mode="--quick" ;;
  "") ;;
  *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
esac
if [ -n "$mode" ]; then plans=100; name=quick; else plans=1741; name=full; fi
runs=${PEERS_RUNS:-5}
work="$root/artifacts/peers/$name"
py=/usr/bin/python3 # the Debian interpreter: the python3 first on PATH may not see Debian's packages
log() { echo "peers: $*" >&2; }

# Tools: pandas and networkx from Debian, the .NET projects (restore comes with build).
if ! "$py" -c 'import pandas, networkx' 2>/dev/null; then
  log "installing python3-pandas python3-networkx"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas python3-networkx >&2
fi
for project in SdgMap.Benchmarks/SdgMap.Benchmarks.csproj peers/DuckDbPeer/DuckDbPeer.csproj peers/JsonPeer/JsonPeer.csproj; do
  log "building $project"
  dotnet build "$here/$project" -c Release --nologo -v quiet >&2
done
bin() { echo "$here/peers/$1/bin/Release/net10.0/$1.dll"; }

# The machine may be shared: the load average before and after says how far to trust the times.
log "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$work"
mkdir -p "$work/out"
corpus="$work/corpus"
log "generating $plans plans in $corpus"
dotnet run -c Release --no-build --project "$here/SdgMap.Benchmarks" -- generate "$plans" "$corpus" >&2
tables="$corpus/tables"

log "sdgmap";         dotnet run -c Release --no-build --project "$here/SdgMap.Benchmarks" -- peers-sdgmap "$corpus" "$work/out/sdgmap" "$runs" >&2
log "duckdb";         dotnet "$(bin DuckDbPeer)" "$tables" "$work/out/duckdb" "$runs" >&2
log "pandas";         "$py" "$here/peers/python/pandas_peer.py" "$tables" "$work/out/pandas" "$runs" >&2
log "networkx";       "$py" "$here/peers/python/networkx_peer.py" "$corpus" "$tables" "$work/out/networkx" "$runs" >&2
log "python-json";    "$py" "$here/peers/python/json_peer.py" "$corpus" "$work/out/python-json" "$runs" >&2
log "newtonsoft";     dotnet "$(bin JsonPeer)" newtonsoft "$corpus" "$work/out/newtonsoft" "$runs" >&2
log "utf8jsonreader"; dotnet "$(bin JsonPeer)" utf8jsonreader "$corpus" "$work/out/utf8jsonreader" "$runs" >&2

# One line per query a peer answered: times from the timings.txt files, agreement from the bytes
# of the canonical answer files.
ms_of() { awk -v q="$2" '$1 == q { print $2 }' "$work/out/$1/timings.txt"; }
disagreed=0
for peer in pandas networkx duckdb python-json newtonsoft utf8jsonreader; do
  while read -r query peer_ms bytes; do
    sdgmap_ms=$(ms_of sdgmap "$query")
    if cmp -s "$work/out/sdgmap/$query.csv" "$work/out/$peer/$query.csv"; then agree=yes; else agree=no; disagreed=1; fi
    speedup=$(awk -v p="$peer_ms" -v s="$sdgmap_ms" 'BEGIN { printf "%.2f", p / s }')
    echo "$query $peer sdgmap_ms=$sdgmap_ms peer_ms=$peer_ms speedup=$speedup agree=$agree"
    if [ -n "${bytes:-}" ]; then
      awk -v q="$query" -v p="$peer" -v b="$bytes" -v s="$sdgmap_ms" -v t="$peer_ms" \
        'BEGIN { printf "peers: %s %s: %.1f MB, sdgmap %.1f MB/s, %s %.1f MB/s\n", q, p, b / 1e6, b / 1e3 / s, p, b / 1e3 / t }' >&2
    fi
  done < "$work/out/$peer/timings.txt"
done

log "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

# The near-duplicate peers, written separately; their lines pass through unchanged.
if [ -f "$here/peers/neardup/run.sh" ]; then
  log "neardup"
  neardup="$work/neardup.txt"
  if ! bash "$here/peers/neardup/run.sh" $mode | tee "$neardup"; then
    log "benchmarks/peers/neardup/run.sh failed"
    disagreed=1
  fi
  if grep -q 'agree=no' "$neardup"; then disagreed=1; fi
fi

exit "$disagreed"
