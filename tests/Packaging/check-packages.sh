#!/usr/bin/env bash
# Packaging check, as a user outside this repository would meet SdgMap:
#  1. `dotnet pack` produces SdgMap and SdgMap.Cli into a temporary feed;
#  2. the sdgmap tool installs from that feed into a temporary tool path and validates a shipped plan;
#  3. a file-based C# script that references `#:package SdgMap@<version>` answers a coverage question.
# Prints "packaging: N passed, N failed" and exits non-zero if any check failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-check.$(date +%s)"
passed=0
failed=0
check() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "packaging check failed: $*" >&2; fi; }

# The listing is read whole first: with pipefail, `unzip -l | grep -q` fails whenever grep stops
# reading early and unzip dies of SIGPIPE.
contains() { local listing; listing=$(unzip -l "$1") && grep -q "$2" <<<"$listing"; }

pack() {
  dotnet pack "$root/SdgMap.sln" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet >"$work/pack.log" 2>&1 \
    && [ -f "$work/feed/SdgMap.$version.nupkg" ] && [ -f "$work/feed/SdgMap.Cli.$version.nupkg" ] \
    && [ -f "$work/feed/SdgMap.$version.snupkg" ] \
    && contains "$work/feed/SdgMap.$version.nupkg" ' README.nuget.md$' \
    && contains "$work/feed/SdgMap.Cli.$version.nupkg" ' README.nuget.md$' \
    && contains "$work/feed/SdgMap.$version.nupkg" ' sdgmap.png$' \
    && contains "$work/feed/SdgMap.$version.nupkg" 'lib/net10.0/SdgMap.xml' \
    || { cat "$work/pack.log" >&2; return 1; }
}

tool() {
  dotnet tool install SdgMap.Cli --tool-path "$work/tools" --add-source "$work/feed" --version "$version" >"$work/tool.log" 2>&1 \
    || { cat "$work/tool.log" >&2; return 1; }
  local plan
  plan=$(ls "$root"/data/plans/*.json | head -n 1)
  "$work/tools/sdgmap" validate "$plan" >"$work/validate.out" 2>&1 || { cat "$work/validate.out" >&2; return 1; }
  local catalog; catalog=$("$work/tools/sdgmap" catalog 16.6 --format json) && grep -q '"id": "16.6"' <<<"$catalog"
}

script() {
  mkdir -p "$work/script"
  cat >"$work/script/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
CONFIG
  cat >"$work/script/question.cs" <<SCRIPT
#:package SdgMap@$version
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Serialization;

var graph = PlanGraph.Build(PlanFiles.LoadAll([args[0]]));
var goals = graph.Coverage(SdgLevel.Goal).Count(r => r.Plan == graph.Plans[0].Id);
Console.WriteLine(\$"{graph.Plans.Count} plans; {goals} goal rows for {graph.Plans[0].Id}");
SCRIPT
  (cd "$work/script" && dotnet run question.cs -- "$root/data/plans" >"$work/script.out" 2>&1) || { cat "$work/script.out" >&2; return 1; }
  grep -q "goal rows for" "$work/script.out" && grep -q " 17 goal rows" "$work/script.out"
}

check pack
check tool
check script
echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
