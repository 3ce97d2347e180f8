"""The country of a news outlet, read from its web address."""

from __future__ import annotations

import re

# second-level domains that are not a country's (".co", ".tv" are sold worldwide)
_GENERIC_CC = {"io", "tv", "me", "co", "ly", "fm", "am", "ai", "to", "cc", "ws", "eu"}
_CCTLD = re.compile(r"\.([a-z]{2})(?:[/:?#]|$)")


def outlet_country(url_or_domain: str | None) -> str | None:
    """ISO-2 code of the outlet's country from a country-code top-level domain ('cbc.ca' -> 'CA',
    'bbc.co.uk' -> 'GB', 'abc.net.au' -> 'AU'); None for .com/.org and sold-worldwide codes."""
    text = (url_or_domain or "").strip().lower()
    host = re.sub(r"^[a-z]+://", "", text).split("/", 1)[0].split("?", 1)[0]
    m = _CCTLD.search(host)
    if not m or m.group(1) in _GENERIC_CC:
        return None
    return {"uk": "GB"}.get(m.group(1), m.group(1).upper())
