"""The OpenAPI document kept in the repository: `python -m services.api.openapi [--check]`.

Writes services/api/openapi.json from the app's blueprints and schemas; with --check, exits
non-zero when the file is out of date instead (the test suite runs the same comparison).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from shared.config import Settings

DOCUMENT = Path(__file__).with_name("openapi.json")


def render() -> str:
    """The OpenAPI document as the app serves it, as stable, sorted JSON text."""
    from . import create_app

    # An in-memory store: the document depends on the code only, never on a database.
    app = create_app(Settings(database_url="sqlite://", api_tokens=("unused",)))
    spec = app.test_client().get("/openapi.json").get_json()
    app.extensions["eventline"].database.dispose()
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    """Write openapi.json, or with --check exit 1 if it is out of date; the exit status."""
    text = render()
    if "--check" in argv:
        if DOCUMENT.read_text(encoding="utf-8") != text:
            print(f"{DOCUMENT} is out of date: run python -m services.api.openapi", file=sys.stderr)
            return 1
        return 0
    DOCUMENT.write_text(text, encoding="utf-8")
    print(f"wrote {DOCUMENT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
