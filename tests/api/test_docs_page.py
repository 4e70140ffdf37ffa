"""The browsable docs page (/docs) renders in a real headless Chromium, with no network."""
from __future__ import annotations

import shutil
import subprocess

import pytest

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))),
                None)


def rendered_dom(url: str) -> str:
    """The page's DOM after its scripts ran, as headless Chromium dumps it."""
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--no-first-run", "--virtual-time-budget=20000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_swagger_ui_assets_are_served_locally(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert b"/docs/assets/swagger-ui-bundle.js" in page.data and b"https://" not in page.data
    script = client.get("/docs/assets/swagger-ui-bundle.js")
    assert script.status_code == 200 and "javascript" in script.content_type
    assert client.get("/docs/assets/../__init__.py").status_code == 404


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (.ci/run installs Debian's chromium)")
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_docs_page_renders_every_operation_in_chromium(live_server):
    dom = rendered_dom(f"{live_server}/docs")
    assert "swagger-ui" in dom and "Eventline" in dom
    for method, path in [("post", "/articles"), ("get", "/events"), ("get", "/calendar.ics"),
                         ("get", "/readyz")]:
        assert f'opblock-{method}' in dom and f'data-path="{path}"' in dom, (method, path)
