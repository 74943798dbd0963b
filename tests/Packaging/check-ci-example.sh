#!/usr/bin/env bash
# Runs examples/ci/check-plans.sh as a pipeline would, on the shipped plans, and checks its exit
# codes (0 clean, 1 errors, 2 unreadable input), its SARIF and its annotation lines.
# Prints "ci-example: N passed, N failed" and exits non-zero if any check failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
script="$root/examples/ci/check-plans.sh"
export SDGMAP_ARTIFACTS="$work/artifacts" SDGMAP_TOOL_DIR="$work/tool"
passed=0
failed=0
check() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "ci-example check failed: $*" >&2; fi; }

# run NAME EXPECTED-EXIT ARGS…: the script's stdout in $work/NAME.out, SARIF in $work/NAME.sarif.
run() {
  local name=$1 expected=$2 status=0
  shift 2
  SDGMAP_SARIF="$work/$name.sarif" bash "$script" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  [ "$status" -eq "$expected" ] || { echo "$name: exit $status, expected $expected" >&2; cat "$work/$name.err" >&2; return 1; }
}

# Shipped plans without a required level: warnings and notes only, exit 0; the tool is built and installed here.
clean() {
  run clean 0 data/plans || return 1
  [ -x "$work/tool/sdgmap" ] && ls "$work/artifacts"/SdgMap.Cli.*.nupkg >/dev/null \
    && grep -q '^::warning file=data/plans/[^,]*\.json,line=[0-9]*,title=SDG[0-9]* ' "$work/clean.out" \
    && ! grep -q '^::error ' "$work/clean.out" \
    && grep -q '"uriBaseId": "SRCROOT"' "$work/clean.sarif"
}

# Every 施策 must carry an SDG link: the shipped plans have errors, exit 1, one ::error line per SARIF error.
gate() {
  run gate 1 data/plans --require-sdg-at 施策 || return 1
  local annotations sarif_errors
  annotations=$(grep -c '^::error file=data/plans/[^,]*\.json,line=[0-9]*,title=SDG018 [^:]*::.* carries no SDG link' "$work/gate.out")
  sarif_errors=$(grep -c '"level": "error"' "$work/gate.sarif")
  # One "level": "error" per SDG rule's defaultConfiguration is in the rules list too.
  rule_errors=$(grep -c '"level": "error"' <("$work/tool/sdgmap" validate data/plans --format sarif 2>/dev/null))
  [ "$annotations" -gt 0 ] && [ "$annotations" -eq $((sarif_errors - rule_errors)) ] \
    || { echo "gate: $annotations SDG018 annotations, $((sarif_errors - rule_errors)) SARIF errors" >&2; return 1; }
  # No line of output other than workflow commands (plan text cannot break a line).
  ! grep -qv '^::\(error\|warning\|notice\) ' "$work/gate.out"
}

# The same gate against its own SARIF as baseline: nothing new, exit 0, no error annotation.
baseline() {
  run baseline 0 data/plans --require-sdg-at 施策 --baseline "$work/gate.sarif" || return 1
  ! grep -q '^::error ' "$work/baseline.out" && grep -q 'new since the baseline: 0 error(s)' "$work/baseline.err"
}

# Unreadable input: exit 2 with the file named, no SARIF written.
unreadable() {
  run unreadable 2 data/plans --baseline "$work/no-such.sarif" || return 1
  grep -q "no-such.sarif" "$work/unreadable.err" && [ ! -e "$work/unreadable.sarif" ] \
    && run missing 2 "$work/no-such-plans"
}

cd "$root"
check clean
check gate
check baseline
check unreadable
echo "ci-example: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
