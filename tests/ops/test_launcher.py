"""The pieces of `eventline run`: a private Redis when none answers, an API token kept
private, and children that never outlive the launcher."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap

import pytest
from e2e.harness import pids_in_group, wait_for

from services.launcher import (
    ensure_token,
    free_port,
    redis_answers,
    spawn,
    start_private_redis,
    stop_all,
)
from shared.config import Settings


def test_redis_answers_tells_a_live_server_from_a_dead_port(redis_url):
    assert redis_answers(redis_url)
    assert not redis_answers(f"redis://127.0.0.1:{free_port()}/0", timeout=0.5)


def test_private_redis_starts_under_the_var_dir_and_stops(tmp_path):
    child, url = start_private_redis(tmp_path / "redis", dict(os.environ))
    try:
        assert url.startswith("redis://127.0.0.1:")
        assert redis_answers(url)
    finally:
        stop_all([child])
    assert not redis_answers(url, timeout=0.5)
    assert not pids_in_group(child.process.pid)


def test_a_token_is_made_once_kept_private_and_reused(tmp_path):
    tokens, source = ensure_token(Settings(), tmp_path)
    assert len(tokens) == 1 and len(tokens[0]) >= 32 and source.endswith("(new)")
    path = tmp_path / "api-token"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert ensure_token(Settings(), tmp_path) == (tokens, str(path))


def test_tokens_from_the_environment_win(tmp_path):
    assert ensure_token(Settings(api_tokens=("a", "b")), tmp_path) == (
        ("a", "b"), "EVENTLINE_API_TOKENS",
    )
    assert not (tmp_path / "api-token").exists()


def test_stop_all_ends_children_with_their_own_children_even_when_they_ignore_sigterm():
    polite = spawn("polite", ["sh", "-c", "sleep 300 & sleep 300"], dict(os.environ))
    stubborn = spawn("stubborn", ["sh", "-c", "trap '' TERM; sleep 300 & wait"], dict(os.environ))
    wait_for(lambda: len(pids_in_group(polite.process.pid)) >= 2, 10, "the grandchild")
    stop_all([polite, stubborn], timeout=1)
    # every process got SIGKILL at the latest; orphaned grandchildren are reaped by init a
    # moment later, so allow for that (on a busy machine) rather than a fixed instant
    wait_for(lambda: not pids_in_group(polite.process.pid), 5, "the polite group to end")
    wait_for(lambda: not pids_in_group(stubborn.process.pid), 5, "the stubborn group to end")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_children_die_with_a_launcher_killed_outright():
    launcher = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import os, sys, time
            from services.launcher import spawn
            child = spawn("sleeper", ["sleep", "300"], dict(os.environ))
            print(child.process.pid, flush=True)
            time.sleep(300)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    child_pid = int(launcher.stdout.readline())
    assert pids_in_group(child_pid)
    launcher.send_signal(signal.SIGKILL)
    launcher.wait()
    wait_for(lambda: not pids_in_group(child_pid), 10, "the orphan to die")
