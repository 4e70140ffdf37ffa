"""`eventline run` (what `make run` starts) on embedded defaults: SQLite under the var
directory, a private Redis when none answers, a token it makes; Ctrl-C leaves nothing behind."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
from pathlib import Path

import pytest

from services.launcher import free_port

from .harness import EVENTLINE, Api, Process, pids_in_group, wait_for

pytestmark = pytest.mark.slow


def children_of(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def test_run_starts_everything_on_embedded_defaults_and_ctrl_c_stops_it_all(tmp_path, shared_dir):
    var = tmp_path / "var"
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "EVENTLINE_API_TOKENS", "EVENTLINE_QUEUE")}
    env.update(EVENTLINE_VAR_DIR=str(var), PORT=str(port), PYTHONUNBUFFERED="1",
               REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")  # nobody there: private Redis
    launcher = Process(EVENTLINE + ["run", "--concurrency", "1"], env, tmp_path / "run.log")
    try:
        launcher.wait_for_output("Eventline is running", timeout=120)
        banner = launcher.output()
        token = re.search(r"token\s+(\S+)", banner).group(1)
        broker = re.search(r"broker\s+(redis://\S+) \(private", banner).group(1)
        assert (var / "api-token").read_text().strip() == token
        assert (var / "eventline.db").exists() and (var / "redis").is_dir()
        assert f"http://127.0.0.1:{port}" in banner and "curl" in banner

        api = Api(f"http://127.0.0.1:{port}", token)
        with open(shared_dir / "data" / "events-dev" / "articles.jsonl") as lines:
            seed = json.loads(next(lines))
        accepted = api.post_article({k: seed[k] for k in ("title", "text", "published_at")})
        wait_for(lambda: api.json("GET", f"/articles/{accepted['id']}")["status"] == "done", 60,
                 f"the article to be processed:\n{launcher.output()[-3000:]}")
        assert api.json("GET", "/events")["events"]

        # The health checks the containers use answer for these processes too.
        for check in (["api", "--port", str(port)], ["worker"]):
            result = subprocess.run(EVENTLINE + ["healthcheck", *check],
                                    env={**env, "REDIS_URL": broker}, capture_output=True,
                                    text=True, timeout=60)
            assert result.returncode == 0, (check, result.stdout, result.stderr)

        groups = children_of(launcher.pid)
        assert len(groups) == 3  # redis, worker, api: each the leader of its own group
        launcher.popen.send_signal(signal.SIGINT)
        assert launcher.popen.wait(60) == 0
        assert "eventline: stopped" in launcher.output()
        for group in groups:
            assert not pids_in_group(group), f"group {group} outlived the launcher"
    finally:
        launcher.stop()
