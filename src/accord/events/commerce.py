"""Transport and trade: when flying is no visit and buying no cooperation.

"The airline flies cargo to Syria", "the new jet will fly 500 people to Tokyo": an aircraft
or an airline that flies, or anyone who flies something or someone somewhere, transports; a
visit (042/043) is made by someone who travels (``transport_words``, ``transport_sectors``,
``transport_agents`` in ``modality.yaml``).

"Investors bought stakes in the company", "customers are not buying its cars", "the
government bought back the car maker": buying, selling and paying are cooperation (06x)
only when a state trades with another: a source of a state (a country or its state
sectors, ``trade_state_sectors``) and a target of another country (``trade_words``,
``trade_codes``).

A company's act on no one named is no act on its own country (``company_sectors``): "GM
warned that its losses could rise", "Boeing challenged the award" code nothing.
"""

from __future__ import annotations


def transport(p, s, lex) -> bool:
    """A travel verb coded as a visit whose subject is an aircraft or an airline, or that
    carries an object ("flew troops to ..."): a transport, no visit."""
    tok = p.tok
    if not (p.m.pattern.code or "").startswith(lex.transport_codes):  # (before "want to", "not")
        return False
    if tok.lemma_.lower() not in lex.transport_words:
        return False
    if any(c.dep_ == "dobj" for c in tok.children):
        return True
    if set(s.actor.sectors) & lex.transport_sectors:
        return True
    return s.head >= 0 and _word(tok.doc[s.head]) in lex.transport_agents


def private_trade(p, s, t, lex) -> bool:
    """Buying, selling or paying coded as cooperation by anyone but a state trading with
    another country: no event."""
    tok = p.tok
    if not (p.m.pattern.code or "").startswith(lex.trade_codes) or tok.lemma_.lower() not in lex.trade_words:
        return False
    state = s.actor.country and not (set(s.actor.sectors) - lex.trade_state_sectors)
    foreign = t is not None and t.actor.country and t.actor.country != s.actor.country
    return not (state and foreign)


def _word(tok) -> str:
    return tok.lemma_.lower()


def private_company(s, lex) -> bool:
    """A company, no part of a state ("GM warned that ...", "Boeing challenged the award"):
    its act on no one named is no act on its own country (the implicit domestic target)."""
    sectors = set(s.actor.sectors)
    return bool(sectors & lex.company_sectors) and not sectors & lex.trade_state_sectors
