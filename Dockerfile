# One image for every Eventline process: the API, the worker and the migration differ only
# by command (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    EVENTLINE_VAR_DIR=/var/lib/eventline

WORKDIR /app

# Dependencies first, in a layer of their own: it is rebuilt only when pyproject.toml changes.
COPY pyproject.toml README.md ./
RUN mkdir shared services \
    && touch shared/__init__.py services/__init__.py \
    && pip install . \
    && pip uninstall --yes eventline \
    && rm -rf shared services build *.egg-info

COPY shared ./shared
COPY services ./services
RUN pip install --no-deps . \
    && rm -rf build *.egg-info \
    && useradd --system --uid 10001 --home-dir /var/lib/eventline --create-home eventline

USER eventline
EXPOSE 8000

# Gunicorn reads WEB_CONCURRENCY and FORWARDED_ALLOW_IPS from the environment.
CMD ["eventline", "api", "--host", "0.0.0.0", "--port", "8000"]
