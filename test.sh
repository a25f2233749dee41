#!/usr/bin/env bash
# Installs what the tests need (each installer is idempotent), runs every test project in the
# solution, and prints the totals as "N passed, N failed". Exits non-zero when a test failed or
# the run itself failed.
set -uo pipefail
cd "$(dirname "$0")"

for installer in tests/setup/*.sh; do
  [ -e "$installer" ] || continue
  echo "== $installer"
  if ! bash "$installer"; then
    echo "Setup step $installer failed."
    echo "0 passed, 1 failed"
    exit 1
  fi
done

results="TestResults"
rm -rf "$results"
dotnet test SurveyBot.sln --logger "trx" --results-directory "$results"
run_status=$?

passed=0
failed=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  for field in passed failed error timeout aborted; do
    value=$(printf '%s' "$counters" | grep -o " $field=\"[0-9]*\"" | grep -o '[0-9]*')
    value=${value:-0}
    if [ "$field" = passed ]; then
      passed=$((passed + value))
    else
      failed=$((failed + value))
    fi
  done
done

if [ "$run_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run failed without a failing test (a build error, a crashed test host): count it as a failure.
  failed=1
fi

echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ] || [ "$run_status" -ne 0 ]; then
  exit 1
fi
