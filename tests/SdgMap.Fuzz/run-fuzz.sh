#!/usr/bin/env bash
# Fuzzes SdgMap's readers with AFL++ through SharpFuzz, for a bounded time, and summarises.
#
#   tests/SdgMap.Fuzz/run-fuzz.sh [--minutes N] [json] [csv] [code]
#
# Targets run side by side (each its own afl-fuzz), default all three for 30 minutes. Findings
# go to tests/SdgMap.Fuzz/findings/<target>/ (not committed); every crash or hang is replayed
# in-process at the end so its exception and stack trace are printed. Exit code: 0 when no
# target found a crash or hang, 1 when one did, 2 when the tools could not be set up.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
minutes=30
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    json|csv|code) targets+=("$1"); shift ;;
    *) echo "usage: $0 [--minutes N] [json] [csv] [code]" >&2; exit 2 ;;
  esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=(json csv code)

if ! command -v afl-fuzz >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq afl++) >/dev/null || { echo "cannot install afl++" >&2; exit 2; }
fi
tools="$here/.tools"
if [[ ! -x "$tools/sharpfuzz" ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null || { echo "cannot install SharpFuzz.CommandLine" >&2; exit 2; }
fi

# SharpFuzz rewrites the library in place, so it works on a published copy, never on bin/.
bin="$here/.instrumented"
rm -rf "$bin"
dotnet publish "$here/SdgMap.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet >/dev/null
"$tools/sharpfuzz" "$bin/SdgMap.dll" >/dev/null
# Replaying needs the plain build: instrumented code writes to afl-fuzz's shared memory.
plain="$here/.plain"
rm -rf "$plain"
dotnet publish "$here/SdgMap.Fuzz.csproj" -c Release -o "$plain" --nologo -v quiet >/dev/null

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 \
       AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=0
pids=()
for t in "${targets[@]}"; do
  out="$here/findings/$t"
  rm -rf "$out"; mkdir -p "$out"
  dict=()
  [[ $t == json && -f /usr/share/afl++/dictionaries/json.dict ]] && dict=(-x /usr/share/afl++/dictionaries/json.dict)
  afl-fuzz -i "$here/seeds/$t" -o "$out" -V $((minutes * 60)) -t 5000 -m none "${dict[@]}" \
    -- dotnet "$bin/SdgMap.Fuzz.dll" fuzz "$t" >"$out/afl.log" 2>&1 &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || true; done

status=0
for t in "${targets[@]}"; do
  stats="$here/findings/$t/default/fuzzer_stats"
  if [[ ! -f $stats ]]; then
    echo "target=$t did not start; see $here/findings/$t/afl.log" >&2; status=2; continue
  fi
  get() { awk -F' *: *' -v k="$1" '$1==k {print $2}' "$stats"; }
  echo "target=$t minutes=$minutes execs=$(get execs_done) execs_per_sec=$(get execs_per_sec) corpus=$(get corpus_count) edges=$(get edges_found) crashes=$(get saved_crashes) hangs=$(get saved_hangs)"
  found=("$here/findings/$t/default/crashes" "$here/findings/$t/default/hangs")
  if [[ $(get saved_crashes) != 0 || $(get saved_hangs) != 0 ]]; then
    status=1
    dotnet "$plain/SdgMap.Fuzz.dll" replay "$t" "${found[@]}" || true
  fi
done
exit $status
