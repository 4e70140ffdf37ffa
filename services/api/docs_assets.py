"""Swagger UI's files for the browsable docs page (`/docs`), served from the swagger-ui-bundle
package so the page works where the service cannot reach a CDN."""
from __future__ import annotations

from flask import Blueprint, send_from_directory
from swagger_ui_bundle import swagger_ui_path

#: Where flask-smorest's docs page loads Swagger UI from.
ASSETS_URL = "/docs/assets/"

blp = Blueprint("docs_assets", __name__)


@blp.get(f"{ASSETS_URL}<path:filename>")
def asset(filename: str):
    """One of Swagger UI's files (404 for anything else); they change only with the package."""
    return send_from_directory(swagger_ui_path, filename, max_age=86400)
