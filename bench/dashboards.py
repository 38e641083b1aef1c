"""Dashboard benchmark: the network and the biggest group's health figures at large scale.

Run: .venv/bin/python bench/dashboards.py   (after bench/digest.py has seeded hrnet_bench)
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.digest import bench_database_url  # noqa: E402

SCRIPT = """
import statistics, time
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from forums.models import Group
from insights import selectors
biggest = Group.objects.order_by("-member_count").first()
for label, group in (("network", None), (f"group {biggest.name} ({biggest.member_count} members)", biggest)):
    times = []
    for _ in range(5):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            selectors.dashboard(days=90, group=group)
            times.append(time.perf_counter() - started)
    print(f"{label}: median {statistics.median(times)*1000:.0f} ms, max {max(times)*1000:.0f} ms, {len(queries)} queries", flush=True)
"""


def main():
    env = dict(
        os.environ,
        DEBUG="false",
        SECRET_KEY="bench-only-secret",
        DATABASE_URL=bench_database_url(),
        LOG_LEVEL="WARNING",
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SCRIPT], cwd=ROOT, env=env, check=True
    )


if __name__ == "__main__":
    main()
