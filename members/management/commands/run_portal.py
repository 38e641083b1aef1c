"""Run the web server, a Celery worker and Celery beat side by side until Ctrl-C."""

import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

DEMO_LOGINS = [
    ("admin@hrnet.example", "site admin"),
    ("anna@hrnet.example", "HR manager in Sweden, group manager"),
    ("lars@hrnet.example", "payroll manager in Denmark"),
]


class Command(BaseCommand):
    help = "Run HRnet: web server, Celery worker and Celery beat."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, host, port, **options):
        python = sys.executable
        beat_schedule = settings.VAR_DIR / "celerybeat-schedule"
        commands = {
            "web": [python, "manage.py", "runserver", f"{host}:{port}", "--noreload"],
            "worker": [
                python,
                "-m",
                "celery",
                "-A",
                "hrnet",
                "worker",
                "--loglevel",
                "INFO",
                "--concurrency",
                "2",
            ],
            "beat": [
                python,
                "-m",
                "celery",
                "-A",
                "hrnet",
                "beat",
                "--loglevel",
                "INFO",
                "--schedule",
                str(beat_schedule),
            ],
        }
        processes = {
            name: subprocess.Popen(command, cwd=settings.BASE_DIR)  # noqa: S603
            for name, command in commands.items()
        }
        self.stdout.write(self.style.SUCCESS(f"\nHRnet is running at http://{host}:{port}/\n"))
        self.stdout.write("Demo logins (password: hrnet-demo):")
        for email, who in DEMO_LOGINS:
            self.stdout.write(f"  {email:24} {who}")
        self.stdout.write(
            "Emails are printed by the web server and the worker. Stop with Ctrl-C.\n"
        )

        stopping = False

        def stop(*_args):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping:
                for name, process in processes.items():
                    if process.poll() is not None:
                        self.stderr.write(f"{name} exited with {process.returncode}; stopping.")
                        stopping = True
                time.sleep(0.5)
        finally:
            for process in processes.values():
                if process.poll() is None:
                    process.terminate()
            for process in processes.values():
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
