#!/usr/bin/env bash
# The near-duplicate search of SdgMap against two peers on the same texts: the Go library
# github.com/ekzhu/minhash-lsh and the npm package minhash. See README.md beside this script.
#
# Usage: benchmarks/peers/neardup/run.sh [--quick]
#   --quick   100 synthetic plans (about 55k elements) only; without it also 1,741 plans (about 1M).
# Prints one line per comparison:
#   <query> <peer> sdgmap_ms=<t> peer_ms=<t> speedup=<peer/sdgmap> agree=<yes|no>
# and, on stderr, each tool's recall and precision against exact all-pairs Jaccard on a sample.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
quick=no
case "${1:-}" in
  --quick) quick=yes ;;
  "") ;;
  *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
esac
work="$root/artifacts/neardup"
mkdir -p "$work"
log() { echo "neardup: $*" >&2; }

# Tools: Go and the library from Debian, the npm package from the lock file, SdgMap's benchmarks project.
if ! command -v go >/dev/null || [ ! -d /usr/share/gocode/src/github.com/ekzhu/minhash-lsh ]; then
  log "installing golang-go and golang-github-ekzhu-minhash-lsh-dev"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go golang-github-ekzhu-minhash-lsh-dev >&2
fi
(cd "$here/node" && npm ci --no-audit --no-fund --loglevel=error >&2)
# GOPATH mode against Debian's source tree: no module download is needed or allowed.
GO111MODULE=off GOPATH=/usr/share/gocode GOPROXY=off GOFLAGS= GOCACHE="$work/gocache" \
  go build -o "$work/neardup-go" "$here/go/main.go"
project="$root/benchmarks/SdgMap.Benchmarks/SdgMap.Benchmarks.csproj"
dotnet build "$project" -c Release --nologo -v quiet >&2
# The built program is run directly: `dotnet run` would evaluate the project again on every call.
program=$(dotnet msbuild "$project" -getProperty:TargetPath -p:Configuration=Release)
bench() { dotnet "$program" "$@"; }

# meets=yes|no from a score line: recall ≥ 0.95 at 0.7, ≥ 0.99 at 0.8, and no reported pair untrue.
meets() { sed -n 's/.* meets=\([a-z]*\).*/\1/p'; }

# compare LABEL FOLDER PEER: one output line for a peer against SdgMap on the same folder.
compare() {
  local label=$1 dir=$2 peer=$3 ours theirs sdgmap_ms peer_ms
  ours=$(bench neardup-score "$dir" sdgmap)
  theirs=$(bench neardup-score "$dir" "$peer")
  log "$label $ours"
  log "$label $theirs"
  sdgmap_ms=$(cat "$dir/sdgmap.ms")
  peer_ms=$(cat "$dir/$peer.ms")
  local agree=no
  if [ "$(meets <<<"$ours")" = yes ] && [ "$(meets <<<"$theirs")" = yes ]; then agree=yes; fi
  printf '%s %s sdgmap_ms=%s peer_ms=%s speedup=%s agree=%s\n' "$label" "$peer" "$sdgmap_ms" "$peer_ms" \
    "$(awk -v p="$peer_ms" -v s="$sdgmap_ms" 'BEGIN { printf "%.2f", p / (s > 0 ? s : 1) }')" "$agree"
}

# size PLANS PEERS...: export the texts of PLANS synthetic plans, run SdgMap and each peer, compare.
size() {
  local plans=$1; shift
  local dir="$work/plans-$plans" exported elements label
  mkdir -p "$dir"
  exported=$(bench neardup-export "$plans" "$dir" 20000)
  log "$exported"
  elements=$(sed -n 's/.*elements=\([0-9]*\).*/\1/p' <<<"$exported")
  if [ "$elements" -ge 900000 ]; then label=near-duplicates-1M; else label="near-duplicates-$((elements / 1000))k"; fi
  log "$(bench neardup-run "$dir")"
  for peer in "$@"; do
    case "$peer" in
      go) log "$("$work/neardup-go" "$dir")" ;;
      npm) log "$(node --max-old-space-size=8192 "$here/node/neardup.js" "$dir")" ;;
    esac
    compare "$label" "$dir" "$peer"
  done
}

size 100 go npm
if [ "$quick" = no ]; then
  # The npm package keeps its whole index in one JavaScript object and hashes in floating point; it is
  # compared at 100 plans above, where it finishes, and left out here.
  size 1741 go
fi
