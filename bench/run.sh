#!/usr/bin/env bash
# The whole benchmark in one command from a clean clone: bash bench/run.sh [--reuse] [--skip-digest]
# Uses DATABASE_URL/REDIS_URL when set (the benchmark's own database, BENCH_DATABASE, default
# hrnet_bench, is dropped and seeded again), else the embedded PostgreSQL and Redis under var/.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/bootstrap.sh"
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "» Installing wrk (HTTP load generator)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "The benchmark needs wrk: sudo apt-get install -y wrk" >&2
    exit 1
  fi
fi
exec .venv/bin/python bench/web.py "$@"
