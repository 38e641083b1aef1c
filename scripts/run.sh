#!/usr/bin/env bash
# Installs everything and runs HRnet with demo data: web server, Celery worker and beat.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
export DEBUG="${DEBUG:-true}"
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py seed_demo
exec .venv/bin/python manage.py run_portal --port "${PORT:-8000}"
