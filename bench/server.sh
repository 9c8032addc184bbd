#!/usr/bin/env bash
# MapView endpoints beside equivalent plain MapGet endpoints, under wrk on 127.0.0.1.
#   bash bench/server.sh [seconds per endpoint, default 10]
# Installs wrk from Debian's packages when missing. Requests/s and p99 latency, side by side.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-10}
port=${BENCH_PORT:-5099}
url="http://127.0.0.1:$port"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build "$repo/bench/Server" -c Release -v:q -nologo >/dev/null
dotnet "$repo/bench/Server/bin/Release/net10.0/ReturnShape.Bench.Server.dll" --urls "$url" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -fs "$url/plain/text" >/dev/null && break; sleep 0.2; done

# Prints "requests/s p99" for one endpoint after a short warm-up.
load() {
    wrk -t2 -c32 -d2s "$url$1" >/dev/null
    wrk -t2 -c32 -d"${duration}s" --latency "$url$1" | awk '
        /Requests\/sec/ { rps = $2 }
        $1 == "99%" { p99 = $2 }
        END { print rps, p99 }'
}

printf '%-8s %14s %10s %14s %10s %7s\n' payload view_req/s view_p99 plain_req/s plain_p99 ratio
for payload in text json tuple; do
    read -r vr vp <<<"$(load "/view/$payload")"
    read -r pr pp <<<"$(load "/plain/$payload")"
    awk -v n="$payload" -v vr="$vr" -v vp="$vp" -v pr="$pr" -v pp="$pp" \
        'BEGIN { printf "%-8s %14.0f %10s %14.0f %10s %7.2f\n", n, vr, vp, pr, pp, vr / pr }'
done
