#!/usr/bin/env bash
# Known vulnerabilities in the installed dependencies (needs PyPI's JSON API or OSV on the network).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
exec .venv/bin/pip-audit --skip-editable --strict --progress-spinner off "$@"
