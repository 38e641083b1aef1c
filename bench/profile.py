"""Profile one page in-process with pyinstrument (profile before optimising).

Run against the benchmark's seeded database, with the settings bench/web.py uses, e.g.
    DATABASE_URL=postgres://…/hrnet_bench DEBUG=false SECRET_KEY=x \\
        .venv/bin/python bench/profile.py /groups/hr-community/ --as member@hrnet.example -n 20
Prints the call tree of n requests (after one warm-up request) and the queries of one.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hrnet.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from pyinstrument import Profiler  # noqa: E402

from members.models import Member  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--as", dest="email", default="", help="sign in as this member")
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("--sql", action="store_true", help="print the queries of one request")
    options = parser.parse_args()
    client = Client()
    if options.email:
        client.force_login(Member.objects.get(email=options.email))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(options.path, HTTP_HOST="127.0.0.1")
    print(f"status {response.status_code}, {len(response.content):,} bytes, {len(queries)} queries")
    if options.sql:
        for query in queries.captured_queries:
            print(f"{query['time']}s  {query['sql'][:400]}")
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(options.n):
            client.get(options.path, HTTP_HOST="127.0.0.1")
    print(
        profiler.output_text(
            unicode=True, color=False, show_all=os.environ.get("PROFILE_ALL") == "1"
        )
    )


if __name__ == "__main__":
    main()
