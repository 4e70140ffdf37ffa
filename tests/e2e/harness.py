"""Real processes and broker state for the tests that need them: start an `eventline` command
with given settings and stop it with everything it forked; remove a test queue's Redis keys."""
from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path

import redis

from services.launcher import free_port
from shared.celery_app import PROCESS_ARTICLE
from shared.config import Settings

#: The installed console script when there is one (what users run), else the module.
_SCRIPT = Path(sys.executable).with_name("eventline")
EVENTLINE = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "services.cli"]


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment variables that make `Settings.from_env()` give `settings`."""
    env = {}
    for f in fields(Settings):
        value = getattr(settings, f.name)
        env[f.metadata["env"]] = ",".join(value) if isinstance(value, tuple) else str(value)
    return env


def wait_for(predicate: Callable[[], object], timeout: float, what: str, interval: float = 0.2):
    """Poll `predicate` until it returns something true; fail with `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


class Process:
    """A command started in its own process group, its output kept in a log file."""

    def __init__(self, argv: list[str], env: dict[str, str], log: Path):
        self.argv, self.log = argv, log
        self._log_handle = open(log, "ab")
        self.popen = subprocess.Popen(
            argv, env=env, stdout=self._log_handle, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for_output(self, text: str, timeout: float = 60) -> None:
        def seen():
            if self.popen.poll() is not None:
                raise AssertionError(
                    f"{self.argv} exited {self.popen.returncode}:\n{self.output()[-3000:]}"
                )
            return text in self.output()

        wait_for(seen, timeout, f"{text!r} from {self.argv[1:]}")

    def group_pids(self) -> set[int]:
        """Every live process in this process group (the command and what it forked)."""
        return pids_in_group(self.pid)

    def kill(self, signum: int = signal.SIGKILL) -> None:
        try:
            os.killpg(self.pid, signum)
        except ProcessLookupError:
            pass

    def stop(self, timeout: float = 20) -> None:
        """SIGTERM the group, wait, SIGKILL what is left; reap the command."""
        if self.popen.poll() is None:
            self.kill(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        self.kill(signal.SIGKILL)
        self.popen.wait()
        wait_for(lambda: not self.group_pids(), 10, f"the processes of {self.argv[1:]} to end")
        self._log_handle.close()


def pids_in_group(pgid: int) -> set[int]:
    """Live (not zombie) processes whose process group is `pgid` (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # Fields after the parenthesised command name: state, ppid, pgrp, ...
        state, _ppid, pgrp = stat.rsplit(")", 1)[1].split()[:3]
        if int(pgrp) == pgid and state != "Z":
            found.add(int(entry.name))
    return found


@contextmanager
def eventline_process(
    args: list[str], settings: Settings, log: Path, *, ready: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> Iterator[Process]:
    """Run `eventline ARGS` with `settings`; wait for `ready` in its output; stop it after."""
    env = {**os.environ, **settings_env(settings), "PYTHONUNBUFFERED": "1", **(extra_env or {})}
    process = Process(EVENTLINE + args, env, log)
    try:
        if ready:
            process.wait_for_output(ready)
        yield process
    finally:
        process.stop()


def start_worker(settings: Settings, log: Path, *, beat: bool = False, concurrency: int = 1,
                 node: str = "w"):
    """`eventline worker` on the settings' queue, a node name of its own, no remote control."""
    args = ["worker", "--concurrency", str(concurrency), "--name", f"{node}.{settings.queue}@%h",
            "--no-control"]
    if beat:
        args.append("--beat")
    return eventline_process(args, settings, log, ready=" ready.")


def queue_keys(client: redis.Redis, queue: str) -> list[bytes]:
    """Redis keys that name the queue (the list, its priority lists, bindings, our locks)."""
    return list(client.scan_iter(match=f"*{queue}*", count=1000))


def unacked_of(client: redis.Redis, queue: str) -> list[bytes]:
    """Delivery tags of messages from `queue` delivered but never acknowledged (kombu's
    `unacked` hash: tag -> [message, exchange, routing key])."""
    tags = []
    for tag, payload in client.hscan_iter("unacked"):
        _message, exchange, routing_key = json.loads(payload)
        if queue in (exchange, routing_key):
            tags.append(tag)
    return tags


def queued_article_ids(client: redis.Redis, queue: str) -> list[int]:
    """Article ids of the PROCESS_ARTICLE messages waiting in `queue` (Celery protocol 2)."""
    ids = []
    for raw in client.lrange(queue, 0, -1):
        message = json.loads(raw)
        assert message["headers"]["task"] == PROCESS_ARTICLE
        _args, kwargs, _embed = json.loads(base64.b64decode(message["body"]))
        ids.append(kwargs["article_id"])
    return ids


def purge_queue(redis_url: str, queue: str) -> None:
    """Remove every trace of `queue` from Redis, without touching other queues' keys."""
    client = redis.Redis.from_url(redis_url)
    try:
        tags = unacked_of(client, queue)
        if tags:
            client.hdel("unacked", *tags)
            client.zrem("unacked_index", *tags)
        keys = queue_keys(client, queue)
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@dataclass
class Api:
    """A running `eventline api` and a tiny HTTP client for it."""

    base: str
    token: str

    def request(self, method: str, path: str, body=None, token: str | None = None,
                headers: dict | None = None):
        """(status, headers, body bytes) of one request; JSON-encodes `body`."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if body is not None:
            req.add_header("Content-Type", "application/json")
        if token is not None:
            req.add_header("Authorization", f"Bearer {token}")
        for name, value in (headers or {}).items():
            req.add_header(name, value)
        try:
            with urllib.request.urlopen(req, timeout=30) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def json(self, method: str, path: str, body=None, expect=(200,), **kwargs):
        status, _headers, raw = self.request(method, path, body, **kwargs)
        assert status in expect, f"{method} {path}: {status} {raw[:500]!r}"
        return json.loads(raw)

    def post_article(self, article: dict) -> dict:
        return self.json("POST", "/articles", article, expect=(200, 202), token=self.token)


def start_api(settings, log, port=None):
    """`eventline api` on a free port of loopback, one gunicorn worker."""
    port = port or free_port()
    process = eventline_process(
        ["api", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"], settings, log,
        ready="Booting worker",
    )
    return process, Api(f"http://127.0.0.1:{port}", settings.api_tokens[0])
