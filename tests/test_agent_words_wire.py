"""Agent words of recent wire copy that the imported agent dictionaries lack.  Made-up
sentences."""

from __future__ import annotations


def test_investigators_are_police(coder):
    events = coder.code("Investigators arrested the former South Korean president at his home in Seoul.",
                        published="2025-01-15")
    assert [(e.source.code, e.cameo) for e in events] == [("KORCOP", "173")]
