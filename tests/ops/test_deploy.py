"""The deployment files agree with the code: the compose file's services, health checks,
order and environment; the image's build and command; `.env.example`; the installed package."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import fields
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from services.cli import main
from shared.config import Settings

ROOT = Path(__file__).resolve().parents[2]
SETTING_VARS = {f.metadata["env"] for f in fields(Settings)}
#: Variables read by the processes rather than by Settings.
PROCESS_VARS = {"PORT", "WEB_CONCURRENCY", "FORWARDED_ALLOW_IPS", "EVENTLINE_VAR_DIR"}
EVENTLINE_SERVICES = {"migrate", "api", "worker"}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _eventline_commands(compose: dict):
    """(where, argv) of every `eventline ...` command in the compose file."""
    for name, service in compose["services"].items():
        for where, argv in (("command", service.get("command")),
                            ("healthcheck", service.get("healthcheck", {}).get("test"))):
            if argv and argv[0] == "CMD":
                argv = argv[1:]
            if argv and argv[0] == "eventline":
                yield f"{name}.{where}", argv


def test_compose_runs_api_worker_redis_postgres_and_a_migration(compose):
    assert set(compose["services"]) == EVENTLINE_SERVICES | {"redis", "postgres"}
    for name in EVENTLINE_SERVICES:
        assert compose["services"][name]["build"] == "."


def test_every_long_running_service_has_a_health_check(compose):
    for name, service in compose["services"].items():
        if name == "migrate":
            assert service["restart"] == "no"
            continue
        check = service.get("healthcheck")
        assert check and check["test"][0] in ("CMD", "CMD-SHELL"), name


def test_migrations_run_before_api_and_worker_which_wait_for_healthy_stores(compose):
    services = compose["services"]
    assert services["migrate"]["command"] == ["eventline", "db", "upgrade"]
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name in ("api", "worker"):
        needs = services[name]["depends_on"]
        assert needs["migrate"]["condition"] == "service_completed_successfully", name
        assert needs["redis"]["condition"] == "service_healthy", name
        assert needs["postgres"]["condition"] == "service_healthy", name
    assert "--beat" in services["worker"]["command"]


def test_the_stores_keep_their_data_in_volumes(compose):
    declared = set(compose["volumes"])
    for name, mount_point in (("postgres", "/var/lib/postgresql/data"), ("redis", "/data")):
        mounts = dict(v.split(":", 1) for v in compose["services"][name]["volumes"])
        assert mount_point in mounts.values() and set(mounts) <= declared, name


def test_compose_environment_is_the_settings(compose):
    for name in EVENTLINE_SERVICES:
        env = compose["services"][name]["environment"]
        assert SETTING_VARS <= set(env), f"{name} cannot be given {SETTING_VARS - set(env)}"
        assert set(env) <= SETTING_VARS | PROCESS_VARS, name
        assert env["DATABASE_URL"].startswith("postgresql+psycopg://")
        assert "@postgres:5432/" in env["DATABASE_URL"]
        assert env["REDIS_URL"] == "redis://redis:6379/0"


def test_compose_commands_are_eventline_commands(compose):
    runner = CliRunner()
    commands = dict(_eventline_commands(compose))
    assert {"api.command", "worker.command", "migrate.command",
            "api.healthcheck", "worker.healthcheck"} <= set(commands)
    for where, argv in commands.items():
        result = runner.invoke(main, argv[1:] + ["--help"])
        assert result.exit_code == 0, f"{where}: {argv}: {result.output}"


def test_the_api_listens_where_compose_publishes_and_probes_it(compose):
    api = compose["services"]["api"]
    port = api["command"][api["command"].index("--port") + 1]
    assert api["command"][api["command"].index("--host") + 1] == "0.0.0.0"
    assert any(mapping.endswith(f":{port}") for mapping in api["ports"])
    assert api["healthcheck"]["test"][-1] == port


def _compose_cli() -> list[str] | None:
    docker = shutil.which("docker")
    if docker:
        probe = subprocess.run([docker, "compose", "version"], capture_output=True)
        if probe.returncode == 0:
            return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy else None


@pytest.mark.skipif(_compose_cli() is None, reason="no docker compose client on this machine")
def test_docker_compose_accepts_the_file(tmp_path):
    """`docker compose config` checks the file against the Compose schema, offline."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "EVENTLINE_API_TOKENS": "t"}
    cmd = _compose_cli() + ["--project-directory", str(ROOT), "-f",
                            str(ROOT / "docker-compose.yml"), "config", "--quiet"]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # Without a token the stack refuses to start rather than accept posts from anyone.
    del env["EVENTLINE_API_TOKENS"]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0 and "EVENTLINE_API_TOKENS" in result.stderr


def _dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) of the Dockerfile, continuation lines joined."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    lines = [line.strip() for line in text.splitlines()]
    return [tuple(line.split(None, 1)) for line in lines if line and not line.startswith("#")]


def test_the_image_installs_the_package_and_serves_the_api_as_a_plain_user():
    steps = _dockerfile()
    base = next(args for op, args in steps if op == "FROM")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wanted = re.search(r"(\d+\.\d+)", pyproject["project"]["requires-python"]).group(1)
    assert base.startswith(f"python:{wanted}"), base
    copied = {args.split()[0] for op, args in steps if op == "COPY"}
    assert {"shared", "services", "pyproject.toml"} <= copied
    assert any(op == "RUN" and "pip install --no-deps ." in args for op, args in steps)
    users = [args for op, args in steps if op == "USER"]
    assert users and users[-1] not in ("root", "0")
    cmd = yaml.safe_load(next(args for op, args in steps if op == "CMD"))  # exec form is JSON
    assert cmd[:2] == ["eventline", "api"] and "0.0.0.0" in cmd
    assert CliRunner().invoke(main, cmd[1:] + ["--help"]).exit_code == 0


def test_env_example_lists_every_setting_and_nothing_unknown():
    text = (ROOT / ".env.example").read_text()
    named = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE))
    assert SETTING_VARS <= named, f"missing: {SETTING_VARS - named}"
    compose_vars = {"POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"}
    assert named <= SETTING_VARS | PROCESS_VARS | compose_vars, named - SETTING_VARS


def test_env_example_defaults_are_the_settings_defaults():
    text = (ROOT / ".env.example").read_text()
    for env, default, _help in Settings().describe():
        if default != "(unset)":
            assert f"# {env}={default}\n" in text, env


@pytest.mark.slow
def test_the_built_package_carries_every_file_the_services_read(tmp_path):
    """The image installs the package (not the checkout): data files must be in the wheel."""
    source = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("shared", "services"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    read_at_run_time = {".py", ".yaml", ".yml", ".json", ".mako", ".tsv", ".txt"}
    needed = {
        path.relative_to(source).as_posix()
        for path in source.rglob("*")
        if path.is_file() and path.suffix in read_at_run_time
    }
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), "."],
        cwd=source, check=True,
    )
    (wheel,) = tmp_path.glob("eventline-*.whl")
    packed = set(zipfile.ZipFile(wheel).namelist())
    assert needed - packed == set()
    entry_points = next(n for n in packed if n.endswith("entry_points.txt"))
    assert "eventline = services.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_every_cli_command_has_help():
    def walk(command: click.Command, path: list[str]):
        yield path
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                yield from walk(sub, path + [name])

    runner = CliRunner()
    for path in walk(main, []):
        result = runner.invoke(main, path + ["--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, path
