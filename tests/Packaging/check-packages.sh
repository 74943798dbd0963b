#!/usr/bin/env bash
# Packaging check, as a user outside this repository meets SdgMap:
#  1. the install lines of README.md (the ```sh block under "## Install"), read from the README and
#     run exactly as written: `dotnet pack -o artifacts` in the clone, `dotnet tool install -g …`
#     from that folder, `dotnet add package SdgMap --source …` in a new project beside the clone;
#  2. the packages hold what NuGet shows (their own readme, icon, XML docs, symbols);
#  3. the installed sdgmap validates a shipped plan, looks up the catalogue, round-trips a workbook and
#     speaks Japanese (its satellite assemblies are in the package and found);
#  4. README's C# quick start runs in that project, outside the repository (SamplePlans);
#  5. the NuGet readmes' C# examples run as file-based scripts with `#:package SdgMap@<version>`
#     (and SdgMap.Parquet's with `#:package SdgMap.Parquet@<version>`).
# The global tool goes to a temporary DOTNET_CLI_HOME and packages to a temporary NuGet cache, so
# nothing of the machine's is used or changed, and no package cached by an earlier build is taken.
# Prints "packaging: N passed, N failed" and exits non-zero if any check failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "packaging check failed: $*" >&2; fi; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_HOME="$work/home" NUGET_PACKAGES="$work/packages"
mkdir -p "$DOTNET_CLI_HOME"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")

# The listing is read whole first: with pipefail, `unzip -l | grep -q` fails whenever grep stops
# reading early and unzip dies of SIGPIPE.
contains() { local listing; listing=$(unzip -l "$1") && grep -q "$2" <<<"$listing"; }

# The commands of README's install block, one a line, comments and blank lines left out.
install_lines() {
  awk '/^## Install$/ { section = 1; next } section && /^## / { exit }
       section && /^```sh$/ { block = 1; next } block && /^```$/ { exit }
       block && !/^#/ && NF' "$root/README.md"
}

# The ```csharp block under a heading of a Markdown file.
csharp_under() {
  awk -v heading="$2" '$0 == heading { section = 1; next } section && /^```csharp$/ { block = 1; next }
       block && /^```$/ { exit } block' "$1"
}

# Each README line runs as written, where the README says it runs: in the clone, or in a project
# of the user's beside the clone (the README calls the clone ../SdgMap).
readme_installs() {
  mapfile -t lines < <(install_lines)
  local expected='^dotnet pack |^dotnet tool install |^dotnet add package '
  [ "${#lines[@]}" -eq 3 ] && [ "$(printf '%s\n' "${lines[@]}" | grep -cE "$expected")" -eq 3 ] \
    || { echo "README's install block should hold the pack, tool install and add package lines; it holds:" >&2; printf '  %s\n' "${lines[@]}" >&2; return 1; }
  ln -s "$root" "$work/SdgMap"
  (cd "$work" && dotnet new console -o app >"$work/new.log" 2>&1) || { cat "$work/new.log" >&2; return 1; }
  local line dir
  for line in "${lines[@]}"; do
    case "$line" in
      "dotnet add package "*) dir="$work/app" ;;
      *) dir="$root" ;;
    esac
    echo "README install line: running \`$line\` in $dir"
    (cd "$dir" && bash -c "$line") >"$work/line.log" 2>&1 || { cat "$work/line.log" >&2; return 1; }
  done
}

packages() {
  local lib="$root/artifacts/SdgMap.$version.nupkg" cli="$root/artifacts/SdgMap.Cli.$version.nupkg" excel="$root/artifacts/SdgMap.Excel.$version.nupkg" nupkg
  local parquet="$root/artifacts/SdgMap.Parquet.$version.nupkg"
  [ -f "$lib" ] && [ -f "$cli" ] && [ -f "$excel" ] && [ -f "$parquet" ] && [ -f "$root/artifacts/SdgMap.$version.snupkg" ] || { ls "$root/artifacts" >&2; return 1; }
  for nupkg in "$lib" "$cli" "$excel" "$parquet"; do
    contains "$nupkg" ' README.nuget.md$' && contains "$nupkg" ' sdgmap.png$' && contains "$nupkg" ' LICENSE$' || return 1
    local nuspec; nuspec=$(unzip -p "$nupkg" '*.nuspec')
    grep -q '<readme>README.nuget.md</readme>' <<<"$nuspec" && grep -q '<icon>sdgmap.png</icon>' <<<"$nuspec" || return 1
    # The NuGet readme is the package's own, not the repository's with its `dotnet run --project` lines.
    local readme; readme=$(unzip -p "$nupkg" README.nuget.md)
    grep -q 'not on nuget.org' <<<"$readme" && ! grep -q 'dotnet run --project' <<<"$readme" || return 1
  done
  contains "$lib" 'lib/net10.0/SdgMap.xml' && contains "$cli" 'tools/net10.0/any/SdgMap.Cli.dll' && contains "$parquet" 'lib/net10.0/SdgMap.Parquet.xml' \
    && contains "$cli" 'tools/net10.0/any/SdgMap.Excel.dll' && contains "$excel" 'lib/net10.0/SdgMap.Excel.xml' \
    && grep -q '<dependency id="SdgMap" version="'"$version"'"' <<<"$(unzip -p "$excel" '*.nuspec')" || return 1
  # Japanese messages travel as satellite assemblies: the library's and SdgMap.Excel's in their packages, all three in the tool's.
  contains "$lib" 'lib/net10.0/ja/SdgMap.resources.dll' && contains "$excel" 'lib/net10.0/ja/SdgMap.Excel.resources.dll' \
    && contains "$cli" 'tools/net10.0/any/ja/SdgMap.resources.dll' && contains "$cli" 'tools/net10.0/any/ja/SdgMap.Cli.resources.dll' \
    && contains "$cli" 'tools/net10.0/any/ja/SdgMap.Excel.resources.dll'
}

tool() {
  local sdgmap="$DOTNET_CLI_HOME/.dotnet/tools/sdgmap" plan
  plan=$(ls "$root"/data/plans/*.json | head -n 1)
  "$sdgmap" validate "$plan" >"$work/validate.out" 2>&1 || { cat "$work/validate.out" >&2; return 1; }
  local catalog; catalog=$("$sdgmap" catalog 16.6 --format json) && grep -q '"id": "16.6"' <<<"$catalog" || return 1
  # The installed tool finds its satellite assemblies: library and CLI messages in Japanese, by --lang and by LANG.
  local japanese rc=0; japanese=$("$sdgmap" summary "$work/no-such-plan.json" --lang ja 2>&1) || rc=$?
  [ "$rc" -eq 2 ] && grep -q 'ファイルもフォルダーもありません' <<<"$japanese" || { echo "$japanese" >&2; return 1; }
  rc=0; japanese=$(env -u LC_ALL -u LC_MESSAGES LANG=ja_JP.UTF-8 "$sdgmap" coverage "$root/data/plans" --by region 2>&1) || rc=$?
  [ "$rc" -eq 2 ] && grep -q 'goal または target を指定します' <<<"$japanese" || { echo "$japanese" >&2; return 1; }
  # The installed tool writes and reads a workbook (SdgMap.Excel and DocumentFormat.OpenXml come with it).
  "$sdgmap" export "$plan" --to xlsx -o "$work/plan.xlsx" && "$sdgmap" import "$work/plan.xlsx" --id packaged --municipality 架空市 -o "$work/plan.json" \
    || return 1
  grep -q '"id": "packaged"' "$work/plan.json" || return 1
  # A file that is no workbook is refused in Japanese from SdgMap.Excel's own satellite assembly.
  printf 'level,title\n' >"$work/not-a-workbook.xlsx"
  rc=0; japanese=$("$sdgmap" import "$work/not-a-workbook.xlsx" --id x --municipality 架空市 --lang ja 2>&1) || rc=$?
  [ "$rc" -eq 2 ] && grep -q '.xlsx のワークブックではありません' <<<"$japanese" || { echo "$japanese" >&2; return 1; }
}

quick_start() {
  grep -q "<PackageReference Include=\"SdgMap\" Version=\"$version\"" "$work/app/app.csproj" || { cat "$work/app/app.csproj" >&2; return 1; }
  csharp_under "$root/README.md" '## Quick start in C#' >"$work/app/Program.cs"
  grep -q 'SamplePlans.Load()' "$work/app/Program.cs" || return 1
  # Run from an empty folder: nothing of the repository's is within reach.
  mkdir -p "$work/elsewhere"
  (cd "$work/elsewhere" && dotnet run --project "$work/app") >"$work/quick.out" 2>&1 || { cat "$work/quick.out" >&2; return 1; }
  # 久喜市's 施策 7-1 declares targets of goal 16; the last line is target 16.6's Japanese title.
  grep -q '16\.' "$work/quick.out" && tail -n 1 "$work/quick.out" | grep -q '公共機関'
}

nuget_readme_script() {
  mkdir -p "$work/script"
  cat >"$work/script/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$root/artifacts" />
  </packageSources>
</configuration>
CONFIG
  { echo "#:package SdgMap@$version"; csharp_under "$root/src/SdgMap/README.nuget.md" '## Example'; } >"$work/script/example.cs"
  (cd "$work/script" && dotnet run example.cs >"$work/script.out" 2>&1) || { cat "$work/script.out" >&2; return 1; }
  grep -q '^kuki-2nd-plan-basic-plan-goals-7-8-draft SDG 16: ' "$work/script.out" || return 1
  # SdgMap.Parquet's readme example: the shipped plans as tables, 374 elements.
  mkdir -p "$work/parquet"
  cp "$work/script/nuget.config" "$work/parquet/"
  { echo "#:package SdgMap.Parquet@$version"; csharp_under "$root/src/SdgMap.Parquet/README.nuget.md" '## Example'; } >"$work/parquet/example.cs"
  (cd "$work/parquet" && dotnet run example.cs >"$work/parquet.out" 2>&1) || { cat "$work/parquet.out" >&2; return 1; }
  grep -q 'elements.parquet: 374 rows$' "$work/parquet.out" || { cat "$work/parquet.out" >&2; return 1; }
}

check readme_installs
check packages
check tool
check quick_start
check nuget_readme_script
echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
