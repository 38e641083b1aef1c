"""Digest benchmark: the daily digest for 30,000 members through real Celery workers.

Run: .venv/bin/python bench/digest.py
Uses a database of its own (hrnet_bench) on DATABASE_URL's server, or on the embedded
PostgreSQL when DATABASE_URL is unset; seeds it with `seed_demo --scale large` once.
Emails go to Django's dummy backend (rendered and built, not delivered).
"""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
# bench/ scripts may call os.environ: they are drivers around the project, not part of it.
BENCH_DB = os.environ.get("BENCH_DATABASE", "hrnet_bench")


def bench_database_url(*, fresh: bool = False) -> str:
    """The benchmark's database on DATABASE_URL's server (or the embedded one); with fresh=True
    it is dropped and created again, so that seeding starts from nothing."""
    url = os.environ.get("DATABASE_URL", "")
    if url:
        parts = urlsplit(url)
        base = urlunsplit(parts._replace(path="/postgres"))
        target = urlunsplit(parts._replace(path=f"/{BENCH_DB}"))
    else:
        from hrnet import embedded

        config = embedded.postgres_database_settings(ROOT / "var")
        # The socket directory as a ?host= option: django-environ does not decode a host
        # written %2F…, and psycopg takes the option as it is.
        socket_dir = quote(config["HOST"], safe="/")
        base = f"postgres://postgres@/postgres?host={socket_dir}"
        target = f"postgres://postgres@/{BENCH_DB}?host={socket_dir}"
    import psycopg

    with psycopg.connect(
        base.replace("postgres://", "postgresql://"), autocommit=True
    ) as connection:
        if fresh:
            connection.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        if not connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]
        ).fetchone():
            connection.execute(f'CREATE DATABASE "{BENCH_DB}"')
    return target


def manage(env, *args, check=True):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=check)  # noqa: S603


def bench_environment(database_url: str) -> dict:
    return dict(
        os.environ,
        # Production settings: the cached template loader, no debug bookkeeping.
        DEBUG="false",
        SECRET_KEY="bench-only-secret",
        DATABASE_URL=database_url,
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        LOG_LEVEL="WARNING",
    )


def main():
    env = bench_environment(bench_database_url())
    manage(env, "migrate", "--noinput", "-v", "0")
    started = time.perf_counter()
    manage(env, "seed_demo", "--scale", "large")
    print(f"seed (or check): {time.perf_counter() - started:.1f} s")
    elapsed, done, total, sent = run_digest(env)
    print(
        f"daily digest: {done}/{total} members handled, {sent} emails, {elapsed:.1f} s "
        f"({done / elapsed:.0f} members/s; target: 30,000 within 60 s)"
    )


def run_digest(env) -> tuple[float, int, int, int]:
    """Every member opted in to a daily digest, sent through a real worker; (wall s, handled,
    members, emails sent)."""
    prepare = (
        "from members.models import Member; from digests.models import DigestDelivery;"
        "DigestDelivery.objects.all().delete();"
        "print(Member.objects.filter(is_active=True).update(email_consent=True, digest_frequency='daily'))"
    )
    subprocess.run([PYTHON, "manage.py", "shell", "-c", prepare], cwd=ROOT, env=env, check=True)  # noqa: S603
    worker = subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "-m",
            "celery",
            "-A",
            "hrnet",
            "worker",
            "--concurrency",
            "2",
            "--loglevel",
            "WARNING",
            "-Q",
            "celery",
            "--prefetch-multiplier",
            "1",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        time.sleep(3)
        started = time.perf_counter()
        run = (
            "import time; from digests.tasks import send_digests; from digests.models import DigestDelivery;"
            "from digests.services import digest_recipients;"
            "total = digest_recipients('daily').count(); send_digests.delay('daily');"
            "deadline = time.time() + 600\n"
            "while DigestDelivery.objects.count() < total and time.time() < deadline: time.sleep(0.5)\n"
            "print(total, DigestDelivery.objects.count(), DigestDelivery.objects.filter(sent_at__isnull=False).count())"
        )
        output = subprocess.run(  # noqa: S603
            [PYTHON, "manage.py", "shell", "-c", run],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        elapsed = time.perf_counter() - started
        total, done, sent = (int(x) for x in output[-3:])
        return elapsed, done, total, sent
    finally:
        worker.terminate()
        worker.wait(timeout=30)


if __name__ == "__main__":
    main()
