#!/usr/bin/env bash
# Validates plan files in CI with the sdgmap tool built from this repository.
#
#   examples/ci/check-plans.sh [PLANS and validate options …]
#   examples/ci/check-plans.sh data/plans --require-sdg-at 施策 --baseline main.sarif
#
# 1. Packs SdgMap and SdgMap.Cli into $SDGMAP_ARTIFACTS (default: artifacts) and installs the
#    tool from that folder alone (no public feed) into $SDGMAP_TOOL_DIR (default: .sdgmap-tool);
#    a tool already installed there is reused.
# 2. Writes SARIF for code scanning to $SDGMAP_SARIF (default: sdgmap.sarif).
# 3. Prints the findings as GitHub workflow commands, which GitHub Actions shows as annotations
#    on the pull request (elsewhere they are plain lines).
#
# Arguments are passed to `sdgmap validate` (default: data/plans). Exits as sdgmap validate
# does: 0 no error-level finding (none new with --baseline, at most --max-errors), 1 errors,
# 2 bad usage or an input that cannot be read. Needs only the .NET SDK and bash.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

artifacts=${SDGMAP_ARTIFACTS:-artifacts}
tool_dir=${SDGMAP_TOOL_DIR:-.sdgmap-tool}
sarif=${SDGMAP_SARIF:-sdgmap.sarif}
[ "$#" -gt 0 ] || set -- data/plans

if [ ! -x "$tool_dir/sdgmap" ]; then
  # A version of its own, so that no package of the same version cached by an earlier build is taken instead.
  version="0.1.0-ci.$(date +%Y%m%d%H%M%S)"
  dotnet pack SdgMap.sln -c Release -o "$artifacts" -p:Version="$version" --nologo -v quiet >&2
  config=$(mktemp)
  trap 'rm -f "$config"' EXIT
  # Only the folder just packed: the public feed is never asked for SdgMap.Cli.
  cat >"$config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="artifacts" value="$(cd "$artifacts" && pwd)" />
  </packageSources>
</configuration>
CONFIG
  dotnet tool install SdgMap.Cli --tool-path "$tool_dir" --configfile "$config" --add-source "$artifacts" --version "$version" >&2
fi

# SARIF first; its summary (errors, warnings, notes) goes to standard error.
status=0
"$tool_dir/sdgmap" validate "$@" --format sarif -o "$sarif" || status=$?
if [ "$status" -ge 2 ]; then
  exit "$status"
fi

# The same findings as annotations (with --baseline, the new ones only).
"$tool_dir/sdgmap" validate "$@" --format github 2>/dev/null || true
exit "$status"
