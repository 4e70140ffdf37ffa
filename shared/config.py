"""One frozen settings object read from the environment: the API, the worker and the CLI use it."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

#: Where the embedded defaults keep their files (SQLite store, private Redis).
DEFAULT_VAR_DIR = Path(os.environ.get("EVENTLINE_VAR_DIR", "var"))


class ConfigError(ValueError):
    """A setting in the environment cannot be read."""


def _split(value: str) -> tuple[str, ...]:
    """The non-empty items of a comma-separated list, stripped."""
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    """Every setting of the service; `Settings.from_env()` reads them from the environment.

    Each field's metadata names its environment variable; the README lists them all.
    """

    database_url: str = field(
        default=f"sqlite:///{DEFAULT_VAR_DIR / 'eventline.db'}",
        metadata={
            "env": "DATABASE_URL",
            "help": "SQLAlchemy URL of the store (SQLite or PostgreSQL).",
        },
    )
    redis_url: str = field(
        default="redis://127.0.0.1:6379/0",
        metadata={
            "env": "REDIS_URL",
            "help": "Redis URL of the Celery broker (and of the sweep's lock).",
        },
    )
    api_tokens: tuple[str, ...] = field(
        default=(),
        metadata={
            "env": "EVENTLINE_API_TOKENS",
            "help": "Comma-separated bearer tokens for POST /articles.",
        },
    )
    max_body_bytes: int = field(
        default=2_000_000,
        metadata={
            "env": "EVENTLINE_MAX_BODY_BYTES",
            "help": "Largest accepted request body, in bytes.",
        },
    )
    queue: str = field(
        default="eventline",
        metadata={"env": "EVENTLINE_QUEUE", "help": "Celery queue the extraction tasks go to."},
    )
    sweep_interval: float = field(
        default=60.0,
        metadata={
            "env": "EVENTLINE_SWEEP_INTERVAL",
            "help": "Seconds between sweeps for stuck articles.",
        },
    )
    pending_grace: float = field(
        default=300.0,
        metadata={
            "env": "EVENTLINE_PENDING_GRACE",
            "help": "Seconds an article may stay pending or processing"
            " before the sweep re-enqueues it.",
        },
    )
    page_size: int = field(
        default=50,
        metadata={"env": "EVENTLINE_PAGE_SIZE", "help": "Default page size of GET /events."},
    )
    max_page_size: int = field(
        default=500,
        metadata={
            "env": "EVENTLINE_MAX_PAGE_SIZE",
            "help": "Largest page size a client may ask for.",
        },
    )
    public_url: str = field(
        default="",
        metadata={
            "env": "EVENTLINE_PUBLIC_URL",
            "help": "Base URL the service is reached at, for links in feeds"
            " (default: the request's).",
        },
    )
    feed_refresh_minutes: int = field(
        default=60,
        metadata={
            "env": "EVENTLINE_FEED_REFRESH_MINUTES",
            "help": "Refresh hint given to calendar clients.",
        },
    )
    feed_max_events: int = field(
        default=2000,
        metadata={
            "env": "EVENTLINE_FEED_MAX_EVENTS",
            "help": "Most events in one calendar feed: the latest-dated ones are kept.",
        },
    )
    log_level: str = field(
        default="INFO",
        metadata={"env": "EVENTLINE_LOG_LEVEL", "help": "Python logging level."},
    )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> Settings:
        """Build settings from `env` (default: `os.environ`), then apply `overrides`."""
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            raw = env.get(f.metadata["env"])
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(f.name, f.type, raw)
        return replace(cls(**values), **overrides)

    def describe(self) -> list[tuple[str, str, str]]:
        """(variable, default, help) for every setting, in declaration order."""
        default = Settings()
        return [
            (f.metadata["env"], _show(getattr(default, f.name)), f.metadata["help"])
            for f in fields(self)
        ]


def _parse(name: str, type_name: str, raw: str):
    """An environment value as the field's type; ConfigError if unreadable or a number <= 0."""
    try:
        if type_name.startswith("tuple"):
            return _split(raw)
        if type_name == "int":
            value = int(raw)
        elif type_name == "float":
            value = float(raw)
        else:
            return raw
    except ValueError as exc:
        raise ConfigError(f"{name}: cannot read {raw!r} as {type_name}") from exc
    if not value > 0:  # every number here is a size, a count or a time: none can be zero
        raise ConfigError(f"{name}: {raw!r} must be more than zero")
    return value


def _show(value) -> str:
    """A setting's value as `describe` lists it: lists comma-joined, empty as "(unset)"."""
    if isinstance(value, tuple):
        return ",".join(value) or "(unset)"
    return str(value) if value != "" else "(unset)"
