"""Coordinated agents that share what is said after the last of them.

"Lawmakers and officials in France and Germany": the countries after the second agent
belong to the first one too (lawmakers of France and of Germany), as a country word
before the first belongs to the second ("Danish media and government", recognizer.py).
"""

from __future__ import annotations

COORDINATORS = ("and", "or", "&")


def following_conjunct(st, p):
    """The agent phrase coordinated right after the agent phrase ``p`` ("lawmakers AND
    officials"), whose head the parse makes a conjunct of ``p``'s head; else None."""
    doc = st.doc
    j = p.end
    if j + 1 >= len(doc) or doc[j].lower_ not in COORDINATORS:
        return None
    q = st.at.get(j + 1)
    if q is None or q.start != j + 1 or q.used or not q.has("agent"):
        return None
    root, qroot = doc[p.start:p.end].root, doc[q.start:q.end].root
    if qroot.dep_ != "conj" or qroot.head.i != root.i:
        return None
    return q


def shared_after(st, p, crefs_after, preps_of) -> list:
    """The country phrases after the agent coordinated with ``p`` (``crefs_after(st, j,
    preps)`` reads them as for an agent of its own), for ``p`` to share; [] when there is
    no such agent or it names none.  The phrases are not used up: the other agent still
    takes them."""
    q = following_conjunct(st, p)
    if q is None:
        return []
    crefs, _ = crefs_after(st, q.end, preps_of(p.first("agent")))
    return crefs
