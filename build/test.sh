#!/usr/bin/env bash
# Builds the solution, runs every test project in it (any project referencing
# Microsoft.NET.Test.Sdk), and ends with one line: "N passed, N failed".
# Exits non-zero on a build error, a failed test, a crashed test host or no test at all.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
solution=ReturnShapeAnalyzers.sln
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

if ! dotnet build "$solution" -nologo -v quiet; then
  echo "The build failed; no test ran."
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0
failed=0
crashed=0
mapfile -t projects < <(dotnet sln "$solution" list | tr '\\' '/' | grep -E '\.csproj$')
for project in "${projects[@]}"; do
  grep -q 'Microsoft.NET.Test.Sdk' "$project" || continue
  name="$(basename "$project" .csproj)"
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || crashed=$((crashed + 1))
  trx="$results/$name.trx"
  if [[ ! -f "$trx" ]]; then
    echo "$name: no test results"
    continue
  fi
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  # Summary lines the tests write for people: the Flask parity summaries (one per Flask version),
  # the Flask lifecycle summary, the analyzer/runtime agreement, the fuzzing run and the corpus fix rates.
  grep -oE '(Flask parity[^:&<]*|Flask lifecycle|Agreement[^:&<]*|Fuzzing|Corpus fix rate|dotnet format over the corpus): [^&<]*' "$trx" | sort -u
done

status=0
if (( failed > 0 )); then
  status=1
elif (( crashed > 0 )); then
  echo "$crashed test run(s) ended abnormally without a failed test."
  failed=$crashed
  status=1
elif (( passed == 0 )); then
  echo "No test ran."
  status=1
fi
echo "$passed passed, $failed failed"
exit $status
