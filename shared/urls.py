"""URL normalisation: when two posted URLs name the same article (rules in urls.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import yaml

RULES_FILE = Path(__file__).with_name("urls.yaml")
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class UrlRules:
    """The tracking parameters to drop, and the examples the rules must satisfy."""

    tracking_prefixes: tuple[str, ...]
    tracking_names: frozenset[str]
    examples: tuple[tuple[str, str], ...]

    def is_tracking(self, name: str) -> bool:
        """Whether query parameter `name` only tracks where a reader came from."""
        lowered = name.lower()
        return lowered in self.tracking_names or lowered.startswith(self.tracking_prefixes)


def parse_rules(data: dict) -> UrlRules:
    """Validate the YAML document of URL rules; raise ValueError naming what is wrong."""
    known = {"tracking_prefixes", "tracking_names", "examples"}
    if not isinstance(data, dict) or set(data) != known:
        raise ValueError(f"url rules must have exactly the keys {sorted(known)}")
    for key in ("tracking_prefixes", "tracking_names"):
        items = data[key]
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise ValueError(f"{key} must be a list of non-empty strings")
        if len({i.lower() for i in items}) != len(items):
            raise ValueError(f"{key} has duplicates")
    examples = []
    for ex in data["examples"]:
        if not isinstance(ex, dict) or set(ex) != {"url", "key"}:
            raise ValueError(f"an example needs exactly url and key: {ex!r}")
        examples.append((ex["url"], ex["key"]))
    return UrlRules(
        tracking_prefixes=tuple(p.lower() for p in data["tracking_prefixes"]),
        tracking_names=frozenset(n.lower() for n in data["tracking_names"]),
        examples=tuple(examples),
    )


@cache
def rules() -> UrlRules:
    """The rules of urls.yaml, validated once."""
    return parse_rules(yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")))


def url_key(url: str, url_rules: UrlRules | None = None) -> str:
    """The identity of an article URL: host, port, path and meaningful query, scheme-free."""
    url_rules = url_rules or rules()
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    try:
        port = parts.port
    except ValueError:  # a malformed port is part of what the client sent: keep it as text
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not url_rules.is_tracking(name)
    )
    return netloc + path + (f"?{urlencode(query)}" if query else "")
