# Production image for the web server, the Celery worker and Celery beat (see docker-compose.yml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir .
COPY . .
RUN python scripts/compile_translations.py \
 && DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost:6379/0 \
    SECRET_KEY=build-only python manage.py collectstatic --noinput
RUN useradd --create-home hrnet && mkdir -p /app/var && chown -R hrnet /app/var
USER hrnet
EXPOSE 8000
CMD ["gunicorn", "hrnet.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2"]
