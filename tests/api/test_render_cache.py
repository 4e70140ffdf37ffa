"""The rendered-feed cache: hits skip rendering, the least recently used body goes first."""
from __future__ import annotations

from services.api.render_cache import RenderCache


def test_a_hit_does_not_render_again_and_old_entries_leave():
    cache, renders = RenderCache(size=2), []

    def render(body: bytes):
        return lambda: renders.append(body) or body

    assert cache.get_or_render("a", render(b"A")) == b"A"
    assert cache.get_or_render("a", render(b"stale")) == b"A"
    cache.get_or_render("b", render(b"B"))
    cache.get_or_render("a", render(b"A2"))  # "a" is now the most recently used
    cache.get_or_render("c", render(b"C"))  # so "b" leaves
    assert cache.get_or_render("b", render(b"B2")) == b"B2"
    assert renders == [b"A", b"B", b"C", b"B2"]
