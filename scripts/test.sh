#!/usr/bin/env bash
# Installs everything and runs the whole test suite, browser journeys included.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "» Installing Debian's Chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi
exec .venv/bin/python -m pytest -n "${PYTEST_WORKERS:-2}" --dist loadgroup "$@"
