"""Serve the API with gunicorn, configured from code: no config file, no import-string lookup."""
from __future__ import annotations

from gunicorn.app.base import BaseApplication

from shared.config import Settings


class ApiServer(BaseApplication):
    """A gunicorn application serving `services.api.create_app(settings)`."""

    def __init__(self, settings: Settings, options: dict):
        """Hold the settings and gunicorn options until gunicorn asks for them."""
        self.settings = settings
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        """Gunicorn hook: apply the options given in code."""
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        """Gunicorn hook: the WSGI app, `create_app(settings)`."""
        from services.api import create_app

        return create_app(self.settings)


def gunicorn_options(
    host: str, port: int, workers: int, threads: int, log_level: str = "info"
) -> dict:
    """Gunicorn settings for the API: threaded workers, access log on stdout, short stops."""
    return {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": log_level.lower(),
        # Requests are short (a POST stores a row and queues a task): 30 s is an outage.
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        # Recycle workers now and then, so a slow leak cannot grow without bound.
        "max_requests": 5000,
        "max_requests_jitter": 500,
        "proc_name": "eventline-api",
        # One control socket path per user would be shared by every instance on the host;
        # the API is managed with signals (SIGTERM, SIGHUP) instead.
        "control_socket_disable": True,
    }


def serve(settings: Settings, options: dict) -> None:
    """Run gunicorn in this process until it is told to stop."""
    ApiServer(settings, options).run()
