#!/usr/bin/env bash
# The long fuzzing run: bench/fuzz.sh [variants] [seed] (default 100000 variants, the CI seed).
# Mutates every test source and sample, runs every analyzer and fix over the variants, and prints
# the figures (or each failure, shrunk); exits non-zero on a failure. docs/fuzzing.md has the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
variants="${1:-100000}"
seed="${2:-20261201}"
dotnet build tests/ReturnShape.Fuzzing.Tests -c Release -nologo -v quiet
start=$(date +%s)
status=0
dotnet tests/ReturnShape.Fuzzing.Tests/bin/Release/net10.0/ReturnShape.Fuzzing.Tests.dll fuzz "$variants" "$seed" || status=$?
echo "wall clock: $(( $(date +%s) - start )) s on $(nproc) cores"
exit $status
