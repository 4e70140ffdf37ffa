"""When two article URLs are the same article: every example in shared/urls.yaml."""
from __future__ import annotations

import pytest
import yaml

from shared.urls import RULES_FILE, parse_rules, rules, url_key


@pytest.mark.parametrize(("url", "key"), rules().examples)
def test_url_examples(url, key):
    assert url_key(url) == key


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.pop("examples"), "exactly the keys"),
    (lambda d: d["tracking_names"].append(""), "non-empty strings"),
    (lambda d: d["tracking_names"].append("FBCLID"), "duplicates"),
    (lambda d: d["examples"].append({"url": "https://a.example"}), "exactly url and key"),
])
def test_a_broken_rules_file_fails_loudly(change, message):
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(ValueError, match=message):
        parse_rules(data)
