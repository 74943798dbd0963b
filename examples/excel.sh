#!/usr/bin/env bash
# README's Excel commands, in a scratch folder: a shipped plan to a workbook and back, then the
# review table as a workbook and review apply on it (nothing marked yet, so nothing changes).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sdgmap() { dotnet run --project "$repo/src/SdgMap.Cli" -- "$@"; }

cd "$work"
sdgmap export "$repo/data/plans/kuki-2nd-plan-basic-plan-goals-7-8-draft.json" --to xlsx -o kuki.xlsx
sdgmap import kuki.xlsx --sheet 計画 --id kuki-2nd-plan-basic-plan-goals-7-8-draft --municipality 久喜市 -o kuki.json
sdgmap suggest kuki.json --level 施策 --top 2 --review review.xlsx
sdgmap review apply review.xlsx
sdgmap summary kuki.json
