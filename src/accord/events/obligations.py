"""Obligations a speaker states: "X said Y must resign" is X demanding something of Y."""

from __future__ import annotations

from .candidates import Candidate, Trace, _same_actor
from .modality import Lexicon, Modality
from .roles import ActorIndex, subject_of


def obligations(sent, idx: ActorIndex, trace: Trace, lex: Lexicon) -> list[Candidate]:
    """'X said Y must resign': X demands something of Y (CAMEO 10)."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.reporting_verbs:
            continue
        subj = subject_of(tok)
        srcs = idx.at(subj.token) if subj else []
        for c in tok.children:
            if c.dep_ != "ccomp":
                continue
            modals = {a.lower_ for a in c.children if a.dep_ == "aux"} & lex.obligation_modals
            if not modals or not srcs:
                continue
            csub = subject_of(c)
            tgts = idx.at(csub.token) if csub else []
            mod = Modality("asserted", f"'{sorted(modals)[0]}' in what '{tok.text}' reports")
            for s_ in srcs:
                for t in tgts:
                    if not _same_actor(s_.actor, t.actor):
                        rule = f"{tok.lemma_.lower()}: * that + {sorted(modals)[0]} -> {lex.obligation_code} (accord: obligation)"
                        out.append(Candidate(tok, lex.obligation_code, s_, t, mod, rule, "source nsubj, target subject of the complement"))
                        trace.add(tok, f"{rule}: {s_.actor.code} -> {t.actor.code}")
    return out
