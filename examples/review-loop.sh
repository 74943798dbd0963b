#!/usr/bin/env bash
# The review loop on a copy of 三郷市's plan: suggest, write the review table, accept the first
# suggestion and reject the second (as a reviewer would in Excel), apply, and suggest again.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sdgmap() { dotnet run --project src/SdgMap.Cli -- "$@"; }

cp data/plans/misato-measures-draft.json "$work/misato.json"
sdgmap suggest "$work/misato.json" --level 施策 --top 2 --review "$work/review.csv"
# Rows end with the empty accept, by, on and note cells; mark row 2 ○ and row 3 ×.
sed -i -e '2s/,,,,\r$/,○,,,\r/' -e '3s/,,,,\r$/,×,,,\r/' "$work/review.csv"
sdgmap review apply "$work/review.csv" --by 企画課 --on 2026-12-01
# What was decided is not suggested again; the accepted link is now declared.
sdgmap suggest "$work/misato.json" --level 施策 --top 2
sdgmap coverage "$work/misato.json" --by goal --covered-only
