"""A small in-process cache of rendered feeds, keyed by the digest of what they show."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable


class RenderCache:
    """The last `size` bodies by key, least recently used out first; safe across threads.

    Calendar clients that send no validators poll the same few feeds again and again, and
    rendering costs far more than reading the rows that give the key.
    """

    def __init__(self, size: int = 16):
        """An empty cache keeping at most `size` bodies."""
        self.size = size
        self._bodies: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_render(self, key: str, render: Callable[[], bytes]) -> bytes:
        """The body cached under `key`, else `render()`'s, kept for next time."""
        with self._lock:
            if key in self._bodies:
                self._bodies.move_to_end(key)
                return self._bodies[key]
        body = render()  # outside the lock: two renders of one key at once are merely wasted
        with self._lock:
            self._bodies[key] = body
            self._bodies.move_to_end(key)
            while len(self._bodies) > self.size:
                self._bodies.popitem(last=False)
        return body
