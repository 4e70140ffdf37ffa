"""Event titles for timelines and calendars: "Call: Vladimir Putin – Xi Jinping", "Visit: Xi
Jinping to Moscow", "Summit: Shanghai Cooperation Organization"."""

from __future__ import annotations

from ..model import Location, Participant

_LABELS = {"call": "Call", "meeting": "Meeting", "visit": "Visit", "summit": "Summit"}
_DASH = " – "


def title_of(
    event_type: str,
    participants: tuple[Participant, ...],
    location: Location | None,
    body_name: str | None = None,
) -> str:
    """The title of an event of `event_type` with these participants and place."""
    label = _LABELS[event_type]
    names = [p.name for p in participants] or ([body_name] if body_name else [])
    if event_type == "visit":
        who = ", ".join(names) or "Delegation"
        return f"{label}: {who} to {location.name}" if location else f"{label}: {who}"
    if event_type == "summit":
        what = _DASH.join(names) if names else (location.name if location else "")
        if location and names and location.name not in what:
            return f"{label}: {what} in {location.name}"
        return f"{label}: {what}".rstrip(": ")
    return f"{label}: {_DASH.join(names)}"
