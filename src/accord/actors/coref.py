"""Coreference across an article: pronouns and group phrases to coded actors.

Deliberately conservative: a pronoun resolves only to an actor seen recently, and "the two
leaders/countries/sides" only to a pair of actors the article named together.  An
unresolved phrase is simply not an actor (only resolved, coded actors become sources
and targets).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Actor, Mention
from .context import grammar

PERSONAL = {"he": "sg", "him": "sg", "his": "sg", "she": "sg", "her": "sg", "himself": "sg", "herself": "sg"}
PLURAL = {"they", "them", "their", "themselves"}
GROUP_HEADS = {
    "leaders": "gov", "countries": "country", "nations": "country", "sides": "country",
    "governments": "gov", "neighbors": "country", "neighbours": "country", "states": "country",
    "presidents": "gov", "ministers": "gov", "allies": "country",
}
GROUP_DETS = {"two", "both"}


def _as_country(a: Actor) -> Actor:
    if not a.country:
        return a
    return Actor(a.country, a.country, (), a.country, "country", f"{a.code} as its country")


def _as_gov(a: Actor) -> Actor:
    if not a.country or a.sectors:
        return a
    return Actor(a.country + "GOV", a.country, ("GOV",), a.name, "country", f"{a.code} as its government")


def _compounds(sent_mentions: list[Mention], doc) -> list[list[Mention]]:
    """Mentions named together: sharing a head, or heads joined by 'and'."""
    by_head: dict[int, list[Mention]] = {}
    for m in sent_mentions:
        by_head.setdefault(m.head, []).append(m)
    groups = [ms for ms in by_head.values() if len({m.actor.code for m in ms}) > 1]
    for h, ms in by_head.items():
        if h < 0:
            continue
        tok = doc[h]
        conj = [c.i for c in tok.conjuncts if c.i in by_head and c.i > h]
        if conj:
            group = list(ms)
            for c in conj:
                group.extend(by_head[c])
            if len({m.actor.code for m in group}) > 1:
                groups.append(group)
    return groups


def _is_person(m: Mention) -> bool:
    return m.actor.kind == "person" or (m.actor.name is not None and m.actor.kind != "country" and m.actor.kind != "igo"
                                       and m.actor.sectors and " " in (m.actor.name or ""))


def resolve(doc, mentions: list[Mention]) -> list[Mention]:
    """Extra mentions for pronouns and group phrases, with the reason of each."""
    extra: list[Mention] = []
    by_sent: dict[int, list[Mention]] = {}
    sent_of = {}
    for si, sent in enumerate(doc.sents):
        for t in sent:
            sent_of[t.i] = si
    for m in mentions:
        if m.head >= 0:
            by_sent.setdefault(sent_of.get(m.head, 0), []).append(m)
    heads = {m.head for m in mentions}
    last_person: Mention | None = None
    last_person_sent = -10
    last_compound: list[Mention] | None = None
    pending = sorted(mentions, key=lambda m: m.start)
    k = 0
    for si, sent in enumerate(doc.sents):
        compounds = _compounds(by_sent.get(si, []), doc)
        for tok in sent:
            while k < len(pending) and pending[k].start <= tok.idx:
                m = pending[k]
                if _is_person(m):
                    last_person, last_person_sent = m, si
                k += 1
            low = tok.lower_
            if tok.i in heads:
                continue
            if low in PERSONAL and tok.pos_ == "PRON":
                ante = _person_antecedent(tok, sent, by_sent.get(si, []), doc)
                if ante is None and last_person is not None and si - last_person_sent <= 2 and not (
                        si == last_person_sent and last_person.head >= 0 and _in_attribution(doc[last_person.head])):
                    ante = last_person  # (not who the sentence is "according to")
                if ante is not None:
                    extra.append(_ref(tok, ante.actor, f"coref '{tok.text}' -> {ante.text}"))
            elif low in ("it", "its", "they", "their", "them") and tok.pos_ == "PRON" and _reporter(tok, by_sent.get(si, [])):
                ante = _reporter(tok, by_sent.get(si, []))
                # "Czechia and Albania have upgraded their ties": a plural pronoun stands for all
                antes = [ante] + (_conjoined(ante, by_sent.get(si, []), doc) if low in PLURAL else [])
                for a in antes:
                    extra.append(_ref(tok, a.actor, f"coref '{tok.text}' -> {a.text} (who says it)"))
            elif low in PLURAL and tok.pos_ == "PRON":
                group = _recent_compound(compounds, tok, last_compound)
                for m in group or ():
                    extra.append(_ref(tok, m.actor, f"coref '{tok.text}' -> {m.text} (named together)"))
            elif low in GROUP_HEADS and tok.pos_ == "NOUN" and last_compound:
                if any(c.lower_ in GROUP_DETS for c in tok.children) or any(
                    c.lower_ == "the" for c in tok.children) and low in ("leaders", "neighbors", "neighbours", "sides"):
                    conv = _as_country if GROUP_HEADS[low] == "country" else _as_gov
                    seen = set()
                    for m in last_compound:
                        a = conv(m.actor)
                        if a.code in seen:
                            continue
                        seen.add(a.code)
                        extra.append(_ref(tok, a, f"coref '{tok.text}' -> {m.text} (the pair named earlier)"))
            # compounds become available once their last member has been read
            for group in compounds:
                if max(m.end for m in group) <= tok.idx + len(tok.text):
                    last_compound = group
    return extra


def _in_attribution(tok) -> bool:
    from ..events.reporters import in_attribution

    return in_attribution(tok)


def _person_antecedent(tok, sent, sent_mentions: list[Mention], doc) -> Mention | None:
    """A pronoun's antecedent inside its own sentence: the person subject before it, or,
    for a pronoun in a fronted phrase ("Ahead of his summit, Kishida ..."), the person
    subject that follows."""
    persons = [m for m in sent_mentions if _is_person(m) and m.head >= 0]
    before = [m for m in persons if m.head < tok.i]
    subj = [m for m in before if doc[m.head].dep_ in ("nsubj", "nsubjpass")]
    if subj:
        return subj[-1]
    root = sent.root
    if tok.i < root.i and not before:
        after = [m for m in persons if tok.i < m.head < root.i]
        if after:  # the person standing right before the main verb is its subject
            return after[-1]
    return None


def _reporter(tok, sent_mentions: list[Mention]) -> Mention | None:
    """'Hungary has said it will support ...': the subject of the clause a pronoun's
    clause is the complement of ("said", "announced", "agreed that")."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    verb = tok.head
    if tok.dep_ == "poss":  # "its troops" -> the subject of the verb the noun depends on
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for c in verb.children:  # (not the noun "its" itself modifies: "its forces had ...")
            if c.dep_ == "nsubj" and c.i != tok.i and c.i != tok.head.i:
                ms = [m for m in sent_mentions if m.head == c.i and m.actor.kind != "person"]
                if ms:
                    return ms[0]
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
        return None
    for c in verb.head.children:
        if c.dep_ == "nsubj":
            ms = [m for m in sent_mentions if m.head == c.i]
            if ms and tok.lower_ in ("it", "its") and c.tag_ == "NNS":
                return None  # "officials said it killed nine people": "it" is no plural speaker
            if ms and (tok.lower_ in ("they", "their", "them") or ms[0].actor.kind != "person"):
                return ms[0]
    return None


def _conjoined(m: Mention, sent_mentions: list[Mention], doc) -> list[Mention]:
    """The other mentions coordinated with ``m``'s head ("Czechia and Albania")."""
    if m.head < 0:
        return []
    heads = {c.i for c in doc[m.head].conjuncts}
    return [x for x in sent_mentions if x.head in heads and x.actor.code != m.actor.code]


def _recent_compound(compounds, tok, last_compound):
    for group in compounds:
        if max(m.end for m in group) <= tok.idx:
            return group
    return last_compound if last_compound and tok.i - last_compound[0].head < 60 else None


def _ref(tok, actor: Actor, reason: str) -> Mention:
    return Mention(tok.idx, tok.idx + len(tok.text), tok.text, replace(actor, reason=reason), tok.i, reason)


POSSESSIVES = {"its", "their", "his", "her"}


def possessed_agents(doc, mentions: list[Mention]) -> list[Mention]:
    """"Russia denied that its forces ...": an agent named without a country whose possessive
    pronoun was resolved takes that pronoun's country (before any place of the event).
    A counterpart (counterpart_nouns in grammar.yaml) takes its possessor's sectors instead."""
    mentions = _counterparts(doc, mentions)
    owners = {m.head: m.actor for m in mentions if m.head >= 0 and m.actor.country and m.text.lower() in POSSESSIVES}
    if not owners:
        return mentions
    out = []
    for m in mentions:
        if m.head >= 0 and doc[m.head].lemma_.lower() in grammar()["counterpart_nouns"]:
            out.append(m)  # "his counterpart" is of the other side
            continue
        if m.head >= 0 and not m.actor.country and m.actor.code.startswith("---"):
            poss = next((c for c in doc[m.head].children if c.dep_ == "poss" and c.i in owners), None)
            if poss is not None:
                c = owners[poss.i].country
                why = f"{m.actor.reason}; country from '{poss.text}' ({c})"
                m = replace(m, actor=Actor(c + m.actor.code[3:], c, m.actor.sectors, m.actor.name, m.actor.kind, why))
        out.append(m)
    return out


def _counterparts(doc, mentions: list[Mention]) -> list[Mention]:
    """"China's defence minister met his American counterpart": the counterpart is of its own
    country (or none yet) in the role of its possessor, a named or resolved actor of a country
    with sectors: the defence minister's (GOVMIL), not the GOV of the agent word alone."""
    nouns = grammar()["counterpart_nouns"]
    owners: dict[int, Mention] = {}
    for m in mentions:
        if m.head >= 0 and m.actor.country and m.actor.sectors and m.actor.kind not in ("igo", "group"):
            owners.setdefault(m.head, m)
    out = []
    for m in mentions:
        a = m.actor
        if m.head >= 0 and a.kind in ("sector", "country") and doc[m.head].lemma_.lower() in nouns:
            owner = _counterpart_owner(doc[m.head], owners)
            if owner is not None and owner is not m and owner.actor.sectors != a.sectors:
                o = owner.actor
                country = a.country or "---"
                why = f"{a.reason}; the counterpart of '{owner.text}' ({o.code}): {''.join(o.sectors)}"
                m = replace(m, actor=replace(a, code=country + "".join(o.sectors), sectors=o.sectors, reason=why),
                            reason=why)
        out.append(m)
    return out


def _counterpart_owner(tok, owners: dict[int, Mention]) -> Mention | None:
    """Whose counterpart: the possessor ("Lavrov's counterpart", a resolved "his"); for a
    possessive pronoun left unresolved, the subject of the verb the counterpart is the object
    of ("the defence minister met his counterpart", "held talks with his counterpart")."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.i in owners:
        return owners[poss.i]
    if poss.lower_ not in POSSESSIVES:
        return None
    verb = tok  # up through objects and prepositions: "held talks with his counterpart"
    for _ in range(4):
        if verb.dep_ not in ("dobj", "pobj", "prep") or verb.head is verb:
            break
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return owners.get(subj.i) if subj is not None else None
