"""Web benchmark: the portal at large scale under load, with the digest and planner timings.

Run from a clean clone: bash bench/run.sh   (or .venv/bin/python bench/web.py once set up)

1. Drops and creates the benchmark database (BENCH_DATABASE, default hrnet_bench) on
   DATABASE_URL's server, or on the embedded PostgreSQL when DATABASE_URL is unset; migrates and
   times `seed_demo --scale large`. --reuse keeps an already seeded database.
2. Serves the portal with gunicorn (production settings: DEBUG off, 2 sync workers, Redis cache
   and cached sessions, whitenoise, persistent connections) on 127.0.0.1, with the ceiling page
   (BENCH_CEILING_PAGE: the base template and 25 in-memory rows, no database) switched on.
3. bench/pages.py finds the pages in the seeded data, signs a bench member in, and counts the SQL
   queries and writes of each page with the Django test client.
4. wrk (8 connections, BENCH_SECONDS per page and user type, default 6) loads every page as the
   signed-in member and as an anonymous visitor; pages that need a sign-in are loaded signed in
   only. Latency percentiles come from bench/wrk_report.lua.
5. Times the daily digest for 30,000 members (bench/digest.py) and the world-café planner for 80
   people (bench/planner.py); prints one table and writes it to bench/RESULTS.md.
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import digest as digest_bench  # noqa: E402

PYTHON = sys.executable
SECONDS = float(os.environ.get("BENCH_SECONDS", "6"))
CONNECTIONS = 8
RESULTS = ROOT / "bench" / "RESULTS.md"
START, END = "<!-- web-benchmark:start -->", "<!-- web-benchmark:end -->"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).read()  # noqa: S310 - our own local server
            return
        except OSError:
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def wrk(url: str, cookie: str = "") -> dict:
    command = [
        "wrk",
        "-t2",
        f"-c{CONNECTIONS}",
        f"-d{SECONDS:g}s",
        "--timeout",
        "10s",
        "-s",
        str(ROOT / "bench" / "wrk_report.lua"),
    ]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(  # noqa: S603
        [*command, url], capture_output=True, text=True, check=True
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH "))
    data = json.loads(line[len("BENCH ") :])
    seconds = data["duration_us"] / 1e6
    requests = max(data["requests"], 1)
    return {
        "rps": data["requests"] / seconds,
        "p50": data["p50"] / 1000,
        "p95": data["p95"] / 1000,
        "p99": data["p99"] / 1000,
        "bytes": data["bytes"] / requests,
        "errors": data["errors"] + data["non_2xx"],
    }


def git_commit() -> str:
    run = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return run.stdout.strip() + (" (with uncommitted changes)" if dirty else "")


def minimum_ratio(name: str) -> float:
    if name.startswith(("biggest group", "thread")):
        return 0.5
    if name.startswith(("home", "member directory")):
        return 0.3
    return 0.2


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="keep an already seeded database")
    parser.add_argument("--skip-digest", action="store_true", help="no digest timing")
    parser.add_argument(
        "--only",
        default="",
        help="load only pages whose name holds this text (a quick check: no digest, no planner, "
        "RESULTS.md left as it is)",
    )
    options = parser.parse_args()

    commit = git_commit()  # the code the run serves, whatever is committed while it runs
    env = digest_bench.bench_environment(digest_bench.bench_database_url(fresh=not options.reuse))
    env.update(
        SECURE_SSL_REDIRECT="false",  # plain HTTP on 127.0.0.1; no TLS proxy in front
        BENCH_CEILING_PAGE="true",
        CONN_MAX_AGE="60",
        # A fresh cache namespace for every run, without flushing anybody's Redis database.
        CACHE_KEY_PREFIX=f"hrnet-bench-{int(time.time())}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
    )
    digest_bench.manage(env, "migrate", "--noinput", "-v", "0")
    started = time.perf_counter()
    digest_bench.manage(env, "seed_demo", "--scale", "large")
    seed_seconds = None if options.reuse else time.perf_counter() - started
    print(f"» seed_demo --scale large: {time.perf_counter() - started:.1f} s")
    digest_bench.manage(env, "collectstatic", "--noinput", "-v", "0")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "-m",
            "gunicorn",
            "hrnet.wsgi:application",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_for(f"{base}/healthz")
        print("» Finding the pages and counting their queries")
        found = json.loads(
            subprocess.run(  # noqa: S603
                [PYTHON, str(ROOT / "bench" / "pages.py")],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout.splitlines()[-1]
        )
        cookie = found["cookie"]
        rows = []
        for _warm in range(3):
            urllib.request.urlopen(f"{base}/bench/ceiling/").read()  # noqa: S310
        ceiling = wrk(f"{base}/bench/ceiling/")
        rows.append(("ceiling page (no database)", "anonymous", ceiling, 0, 0))
        print(f"» ceiling: {ceiling['rps']:.0f} requests/s")
        for page in found["pages"]:
            if options.only and options.only not in page["name"]:
                continue
            for user, header in (("member", cookie), ("anonymous", "")):
                measured = page["signed_in" if user == "member" else "anonymous"]
                if measured["status"] != 200:
                    continue  # e.g. the directory asks an anonymous visitor to sign in
                url = base + page["path"]
                request = urllib.request.Request(url, headers={"Cookie": header} if header else {})
                for _warm in range(2):
                    urllib.request.urlopen(request).read()  # noqa: S310
                result = wrk(url, header)
                rows.append(
                    (page["name"], user, result, measured["warm_queries"], measured["queries"])
                )
                print(f"» {page['name']} ({user}): {result['rps']:.0f} requests/s")
    finally:
        server.terminate()
        server.wait(timeout=30)

    if options.only:
        for name, user, result, warm, cold in rows:
            print(
                f"{name} ({user}): {result['rps']:.0f}/s, {result['rps'] / ceiling['rps']:.0%}, "
                f"p50 {result['p50']:.1f} ms, p95 {result['p95']:.1f} ms, {warm} ({cold}) queries"
            )
        return
    writes = [
        f"{page['name']} ({page['path']})" for page in found["pages"] if page["anonymous"]["writes"]
    ]
    digest = planner = None
    if not options.skip_digest:
        print("» Daily digest for every member (real Celery worker)")
        digest = digest_bench.run_digest(env)
    print("» World café planner, 80 people")
    planner = planner_timing()
    report = render(
        rows, ceiling["rps"], seed_seconds, digest, planner, writes, found["member"], commit
    )
    print(report)
    write_results(report)


def planner_timing() -> list[float]:
    from bench.planner import run, world_cafe

    return [
        run("80/10/4", world_cafe(seed), 10, 4, {t: t for t in range(10)})[0] for seed in range(5)
    ]


def render(rows, ceiling_rps, seed_seconds, digest, planner, writes, member, commit) -> str:
    lines = [
        f"Commit {commit}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end (the machine "
        "is shared). gunicorn with 2 sync workers, production settings; wrk with "
        f"{CONNECTIONS} connections for {SECONDS:g} s per row, on the same machine. Signed-in "
        f"rows are {member}, a plain member of the biggest group and an alumnus. Queries: "
        "warm cache (cold cache in brackets), counted with the Django test client.",
        "",
        "| page | user | requests/s | ratio to ceiling | p50 ms | p95 ms | p99 ms | queries "
        "| bytes | target |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    failures = []
    for name, user, result, warm, cold in rows:
        ratio = result["rps"] / ceiling_rps
        checks = []
        if name.startswith("ceiling"):
            target = "—"
        else:
            needed = minimum_ratio(name)
            checks.append(ratio >= needed)
            checks.append(max(warm, cold) <= 12)
            checks.append(result["errors"] == 0)
            label = f"≥{needed:.0%}, ≤12 q"
            if name.startswith("forum search"):
                checks.append(result["p95"] < 50)
                label += ", p95<50"
            target = ("✓ " if all(checks) else "✗ ") + label
            if not all(checks):
                failures.append(f"{name} ({user})")
        lines.append(
            f"| {name} | {user} | {result['rps']:,.0f} | {ratio:.0%} | {result['p50']:.1f} "
            f"| {result['p95']:.1f} | {result['p99']:.1f} | {warm} ({cold}) "
            f"| {result['bytes']:,.0f} | {target} |"
        )
    lines.append("")
    if seed_seconds is None:
        lines.append("- Seeding: skipped (--reuse: the database was seeded by an earlier run)")
    else:
        lines.append(
            f"- Seeding `seed_demo --scale large` from an empty database: {seed_seconds:.1f} s "
            f"(target: under 120 s) {'✓' if seed_seconds < 120 else '✗'}"
        )
    if digest:
        elapsed, done, total, sent = digest
        lines.append(
            f"- Daily digest: {done:,}/{total:,} members handled, {sent:,} emails, "
            f"{elapsed:.1f} s (target: under 60 s) {'✓' if elapsed < 60 and done == total else '✗'}"
        )
    if planner:
        lines.append(
            f"- World café planner, 80 people, 10 tables, 4 rounds: median "
            f"{statistics.median(planner):.2f} s, max {max(planner):.2f} s over 5 seeds "
            f"(target: under 2 s) {'✓' if max(planner) < 2 else '✗'}"
        )
    lines.append(
        "- Database writes on anonymous reads: "
        + ("none ✓" if not writes else "✗ " + ", ".join(writes))
    )
    lines.append(
        "- Pages off target: " + (", ".join(failures) if failures else "none — every target met")
    )
    return "\n".join(lines)


def write_results(report: str) -> None:
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    section = f"{START}\n## Web pages at large scale — `bash bench/run.sh`\n\n{report}\n{END}"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + section + rest.split(END, 1)[1]
    else:
        title, _sep, rest = text.partition("\n")
        text = f"{title}\n\n{section}\n{rest}"
    RESULTS.write_text(text)
    print(f"» Written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
