"""The README names every setting with its default, and every command."""
from __future__ import annotations

from pathlib import Path

from services.cli import main
from shared.config import Settings

GUIDE = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def test_every_setting_is_documented_with_its_default():
    for env, default, _help in Settings().describe():
        row = next((line for line in GUIDE.splitlines() if line.startswith(f"| `{env}` |")), None)
        assert row, f"{env} is not in the settings table"
        assert (f"`{default}`" if default != "(unset)" else "(unset)") in row, env


def test_every_command_is_documented():
    for name in main.commands:
        assert f"`eventline {name}" in GUIDE, name
