#!/usr/bin/env bash
# What the ReturnShape analyzers cost a build, beside ASP.NET Core's route-handler analyzers: the view
# rules on the views project, the minimal-API rules on its minimal-API twin.
#   bash bench/analyzer-cost.sh [N ...]        (default: 1000 10000 50000)
# For each N: generates the synthetic views project and its minimal-API twin (bench/Generator),
# builds each with -p:ReportAnalyzer=true and a binary log, and prints one row.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/returnshape-bench}
bin="$work/bin"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)

mkdir -p "$work"
dotnet build "$repo/src/Analyzers" -c Release -o "$bin" -v:q -nologo >/dev/null
dotnet build "$repo/src/Runtime" -c Release -o "$bin" -v:q -nologo >/dev/null
dotnet build "$repo/bench/Generator" -c Release -v:q -nologo >/dev/null

# Seconds of wall clock for one full recompile; the compiler's analyzer report goes to $2.
timed_build() {
    local project=$1 log=$2; shift 2
    local start end
    start=$(date +%s.%N)
    dotnet build "$project" --no-restore -t:Rebuild -p:ReportAnalyzer=true -v:d -nologo \
        -bl:"${log%.txt}.binlog" -p:ReturnShapeBin="$bin" "$@" >"$log" 2>&1 || { tail -20 "$log" >&2; return 1; }
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.2f", $2 - $1 }'
}

# The compiler's "Total analyzer execution time" of one build: every analyzer, ours or not.
total_analyzer_seconds() {
    awk '/Total analyzer execution time:/ { print $(NF-1); exit }' "$1"
}

# The first "Time (s)" figure the report gives for a line matching $2 (an assembly or an analyzer).
analyzer_seconds() {
    awk -v pat="$2" '$0 ~ pat && $1 ~ /^<?[0-9.]+$/ { v = $1; sub(/^</, "", v); print v; exit }' "$1"
}

# Per size, two rows: the views project (ReturnShape's view rules, and the build without them), and
# the minimal-API twin (ReturnShape's minimal-API rules beside ASP.NET Core's RouteHandlerAnalyzer on
# the same handlers, and the twin built without ReturnShape).
printf '%-8s %-7s %9s %9s %7s %9s %9s %11s %11s %9s %11s %11s\n' project n build_s vrs_s share us/item asp_rh_s us/handler no_pkg_s delta_s all_an_s all_nopkg_s
for n in "${sizes[@]}"; do
    dotnet "$repo/bench/Generator/bin/Release/net10.0/Generator.dll" --views "$n" --out "$work" >/dev/null
    views="$work/views-$n/Views.csproj"
    twin="$work/minimal-$n/MinimalApi.csproj"
    dotnet restore "$views" -v:q >/dev/null
    dotnet restore "$twin" -v:q >/dev/null
    # A warm-up build so that the measured builds compare like with like (JIT, disk cache, build server).
    timed_build "$views" "$work/warmup-$n.txt" >/dev/null

    row() {
        local kind=$1 with_log=$2 without_log=$3 total=$4 without=$5
        local vrs route all all_without
        vrs=$(analyzer_seconds "$with_log" 'ReturnShape\.Analyzers, Version=')
        route=$(analyzer_seconds "$with_log" 'RouteHandlers\.RouteHandlerAnalyzer')
        all=$(total_analyzer_seconds "$with_log")
        all_without=$(total_analyzer_seconds "$without_log")
        awk -v k="$kind" -v n="$n" -v t="$total" -v v="${vrs:-0}" -v r="${route:-0}" -v w="$without" -v a="${all:-0}" -v b="${all_without:-0}" 'BEGIN {
            printf "%-8s %-7d %9.2f %9.3f %6.2f%% %9.1f %9.3f %11.1f %11.2f %9.2f %11.3f %11.3f\n",
                k, n, t, v, 100 * v / t, 1e6 * v / n, r, 1e6 * r / n, w, t - w, a, b }'
    }

    total=$(timed_build "$views" "$work/views-$n.txt")
    without=$(timed_build "$views" "$work/views-nopkg-$n.txt" -p:WithReturnShapeAnalyzers=false)
    row views "$work/views-$n.txt" "$work/views-nopkg-$n.txt" "$total" "$without"

    timed_build "$twin" "$work/warmup-minimal-$n.txt" >/dev/null
    twin_total=$(timed_build "$twin" "$work/minimal-$n.txt")
    twin_without=$(timed_build "$twin" "$work/minimal-nopkg-$n.txt" -p:WithReturnShapeAnalyzers=false)
    row minimal "$work/minimal-$n.txt" "$work/minimal-nopkg-$n.txt" "$twin_total" "$twin_without"
done
echo "logs and binary logs: $work"
