"""Who did it and to whom: the source and target phrases of a predicate.

Works on the spaCy dependency tree: subjects and passive agents, objects and
prepositional objects, possessors and "by" phrases of event nouns, inheritance through
control ("agreed to restore"), coordination and relative clauses.  Returns the *tokens*
heading the phrases; ``ActorIndex`` turns a token into the actor mentions it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, Mention
from ..actors.context import read_as_noun_phrase
from .aimed import dated_verb

TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "into", "from", "for", "at", "upon", "between", "over", "onto")
NOUN_TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "between", "into", "upon", "of", "for", "from")
OBJECT_DEPS = ("dobj", "dative", "obj", "attr", "oprd")
SUBJECT_DEPS = ("nsubj", "csubj", "nsubjpass", "csubjpass")
# words that stand for a group or its members and may carry the actor in an "of" phrase
GROUP_NOUNS = frozenset(
    {"government", "leader", "leaders", "official", "officials", "delegation", "delegations",
     "representative", "representatives", "side", "sides", "ministry", "minister", "forces",
     "troops", "army", "military", "president", "people", "citizens", "authorities",
     "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "embassy", "member",
     "members", "head", "chief", "parliament", "regime", "administration", "cabinet"}
)


@dataclass
class ActorIndex:
    """Mentions by the token index of their head, and by every token they cover."""

    by_head: dict[int, list[Mention]] = field(default_factory=dict)
    covering: dict[int, list[Mention]] = field(default_factory=dict)
    # PETRARCH reads any "X's <noun>" as X ("Caras Galadhon's new mayor"), not only groups
    any_possessor: bool = False

    @classmethod
    def build(cls, mentions, doc) -> "ActorIndex":
        idx = cls()
        for m, covers in _ruled(mentions, doc):
            if m.head >= 0:
                idx.by_head.setdefault(m.head, []).append(m)
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if covers else None
            if span is not None:
                for t in span:
                    idx.covering.setdefault(t.i, []).append(m)
        return idx

    def at(self, tok) -> list[Mention]:
        """The mentions of the noun phrase headed by ``tok`` (with its conjuncts and appositions)."""
        found: list[Mention] = []
        seen: set[int] = set()
        members = [tok, *tok.conjuncts]
        for c in tok.children:
            # a list the parser read as an apposition ("Mordor, the Shire, Fornost and Bree")
            if c.dep_ == "appos" and c.conjuncts:
                members += [c, *c.conjuncts]
            # a named member the parser read as an apposition before the last ("Mordor, the
            # awful Fornost, and good Gondor")
            elif c.dep_ == "appos" and self._own(c) and any(x.dep_ == "cc" for x in tok.children) \
                    and any(x.dep_ == "conj" and x.i > c.i for x in tok.children):
                members.append(c)
            # a first member the parser hung as a modifier ("Fornost and the evil Gondor"), with
            # the members listed after it ("Arnor, Fornost and the evil Gondor")
            if c.dep_ in ("nmod", "compound") and c.i < tok.i and any(
                    x.dep_ == "cc" for y in (c, *c.conjuncts) if y.i < tok.i for x in y.children):
                members += [c, *[x for x in c.conjuncts if x.i < tok.i]]
        last = max(members, key=lambda t: t.i)
        tail = _list_tail(last) if self._own(last) else None
        if tail is not None and self._own(tail):
            members.append(tail)
        for t in members:
            if t.i in seen:
                continue
            seen.add(t.i)
            ms = self._own(t)
            if not ms:
                for c in t.children:
                    if c.dep_ == "appos" and not _detached_tail(c):
                        ms = self._own(c)
                        if ms:
                            break
            if not ms and t.pos_ == "NOUN" and _is_follower(t):
                ms = self._followers(t)
            elif not ms and t.pos_ in ("NOUN", "PROPN", "NUM"):
                # "their leaders", "the government of Japan", "thousands of Nigerians",
                # "the first deployment of NATO troops", "doctors from American aid groups"
                group = t.lower_ in GROUP_NOUNS or t.lemma_.lower() in GROUP_NOUNS
                for c in t.children:
                    if c.dep_ in ("compound", "nmod", "amod") and c.i in self.by_head:  # "Israeli army bulldozers", "the Taliban faction", "Israeli helicopters"
                        ms = self.by_head[c.i]
                    elif c.dep_ == "compound" and c.pos_ == "NOUN":  # "the KU basketball team"
                        ms = next((self.by_head[x.i] for x in c.children
                                   if x.dep_ in ("compound", "amod") and x.i in self.by_head), [])
                    if c.dep_ == "poss" and (group or (self.any_possessor and c.pos_ != "PRON")):
                        ms = self._own(c)
                    elif c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and group)):
                        for p in c.children:
                            if p.dep_ == "pobj":
                                ms = self.at(p)
                    if ms:
                        break
            found.extend(m for m in ms if m not in found)
        return found

    def _followers(self, t) -> list[Mention]:
        """A person's supporters ("Trump supporters", "supporters of President Trump",
        "Biden's fans") are not the person: civilians of the person's country; the
        supporters of a group or a country stay as they are read."""
        named = []
        for c in t.children:
            if c.dep_ in ("compound", "poss", "nmod", "amod"):
                named += self._own(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                named += [m for p in c.children if p.dep_ == "pobj" for m in self.at(p)]
        out = []
        for m in named:
            a = m.actor
            if a.kind == "person" and a.country:
                out.append(Mention(m.start, m.end, m.text,
                                   Actor(a.country + "CVL", a.country, ("CVL",), f"supporters of {a.name or m.text}",
                                         "sector", f"supporters of {a.code}: civilians of {a.country}"), m.head, m.reason))
            elif a.kind != "person":
                out.append(m)
        return out

    def _own(self, t) -> list[Mention]:
        if t.i in self.by_head:
            return self.by_head[t.i]
        # a token inside a mention whose head lies elsewhere (e.g. "Kishida" of "Fumio Kishida")
        ms = self.covering.get(t.i, [])
        return [m for m in ms if m.head < 0 or m.head == t.i or not _inside_other_np(t, m)]


# words that open an inserted phrase before a list's last item: "and, with strings attached, Cuba"
_INSERT_OPENERS = frozenset({"ADP", "ADV", "SCONJ"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _list_tail(last):
    """The last item of a list that an inserted phrase separates from the others, which the
    parser hangs elsewhere: "... to Iran, Libya, Sudan, and with strings attached, Cuba",
    "sanctions on Serbia and, for the first time, Bosnia". After the list's last item: a
    conjunction, a phrase of up to eight words opened by a preposition or adverb (no finite
    verb) and closed by a comma, then a name that ends the sentence or its clause; the
    name's head, else None."""
    doc, end = last.doc, last.sent.end
    j = last.i + 1
    while j < end and doc[j].head.i == last.i and doc[j].dep_ == "prep":  # "the leaders of X"
        j = doc[j].right_edge.i + 1
    if j < end and doc[j].text == ",":
        j += 1
    if not (j < end and doc[j].lower_ in ("and", "or")):
        return None
    j += 1
    if j < end and doc[j].text == ",":
        j += 1
    if not (j < end and doc[j].pos_ in _INSERT_OPENERS):
        return None
    k = j
    while k < end and k - j < 8 and doc[k].text != ",":
        if doc[k].tag_ in _FINITE or doc[k].lower_ in ("and", "or"):
            return None
        k += 1
    if not (k < end and doc[k].text == "," and k > j):
        return None
    k += 1
    if k < end and doc[k].lower_ == "the":
        k += 1
    n = k
    while n < end and doc[n].pos_ == "PROPN":
        n += 1
    if n == k or (n < end and not doc[n].is_punct):
        return None
    return doc[n - 1]


def _detached_tail(tok) -> bool:
    """``tok`` is the last item of an earlier list, set off from it by an inserted phrase
    (``_list_tail``): no apposition of the phrase the parser hung it on ("for the first
    time, Venezuela")."""
    doc = tok.doc
    start = max(tok.sent.start, tok.i - 14)
    for k in range(tok.i - 3, start - 1, -1):
        if doc[k].lower_ in ("and", "or"):
            j = k - 1
            if j >= start and doc[j].text == ",":
                j -= 1
            while j >= start and doc[j].dep_ == "pobj" and doc[j].head.dep_ == "prep" and doc[j].head.head.i < j:
                j = doc[j].head.head.i  # back over "of X"
            found = _list_tail(doc[j]) if j >= start else None
            return found is not None and found.i == tok.i
    return False


def _ruled(mentions, doc) -> list[tuple[Mention, bool]]:
    """The mentions as arguments, each with whether it covers its own tokens: the ruler of
    "Taliban-ruled Afghanistan", "the Hamas-held Gaza Strip" is no argument, the place it
    rules is (grammar.yaml, ruler_participles); in "aid to Taliban ruled Afghanistan", read
    as "to Taliban" + "ruled Afghanistan", the object of "to" is Afghanistan (ruled by the
    Taliban), a mention that covers the tokens of Afghanistan's own no second time."""
    rulers = _grammar()["ruler_participles"]
    heads = {m.head: m for m in mentions if m.head >= 0}
    out = []
    for m in mentions:
        t = doc[m.head] if m.head >= 0 else None
        if t is not None and t.dep_ in ("npadvmod", "compound", "nmod", "amod") and t.head.i > t.i \
                and t.head.lower_ in rulers and t.head.dep_ in ("amod", "compound"):
            continue  # "Taliban-ruled Afghanistan": the ruler modifies the place
        nxt = doc[t.i + 1] if t is not None and t.i + 1 < len(doc) else None
        if nxt is not None and t.dep_ in ("pobj", "dobj") and nxt.lower_ in rulers and nxt.tag_ in ("VBN", "VBD") \
                and not any(c.dep_ in SUBJECT_DEPS for c in nxt.children):
            ruled = next((heads[c.i] for c in nxt.children if c.dep_ == "dobj" and c.i in heads), None)
            if ruled is not None:
                out.append((Mention(ruled.start, ruled.end, ruled.text, ruled.actor, m.head,
                                    f"'{t.text} {nxt.text} {ruled.text}': {ruled.text}, ruled by {t.text}"), False))
                continue
        out.append((m, True))
    return out


def _is_follower(t) -> bool:
    words = _grammar()["follower_nouns"]
    return t.lower_ in words or t.lemma_.lower() in words


def _inside_other_np(t, m) -> bool:
    # a covering mention counts for t only when t heads the covered phrase
    return t.dep_ in ("compound", "amod", "poss", "nmod") and t.head.i != m.head


@dataclass(frozen=True)
class Role:
    token: object  # spaCy Token heading the phrase
    how: str  # "nsubj", "agent", "dobj", "prep:with", "poss", "inherited:xcomp" ...


STRANDED = "nsubj (read as a conjunct of the object before it)"


def _stranded_subject(pred):
    """"Hamas freed three hostages and Israel released 90 prisoners": the parser joins
    "Israel" to the first verb's object and leaves the second verb, which has an object of
    its own, without a subject.  The name right before that verb, a conjunct inside the
    first verb's object after "and", is its subject."""
    if pred.i == 0 or not any(c.dep_ == "dobj" for c in pred.children) or pred.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    prev = pred.doc[pred.i - 1]
    if prev.dep_ != "conj" or prev.pos_ != "PROPN" or not (prev.head.i < prev.i):
        return None
    obj = prev.head
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    if obj.dep_ != "dobj" or obj.head.i != pred.head.i:
        return None
    return prev if any(c.dep_ == "cc" for c in prev.head.children if c.i < prev.i) else None


def subject_of(pred, depth: int = 0) -> Role | None:
    """The logical subject of a verb predicate (the source)."""
    if depth > 4:
        return None
    passive = False
    for c in pred.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.pos_ == "VERB":  # "the Red Cross operating in Iraq said": a misread participle
                inner = next((x for x in c.children if x.dep_ == "nsubj"), None)
                if inner is not None:
                    return Role(inner, "nsubj of a participle")
            return Role(c, c.dep_)
        if c.dep_ in ("nsubjpass", "csubjpass", "auxpass"):
            passive = True
    for c in pred.children:  # "Egypt and Qatar are mediating": the parser hung the subject on "are"
        if c.dep_ == "aux" and c.i < pred.i:
            for x in c.children:
                if x.dep_ == "nsubj":
                    return Role(x, "nsubj (of the auxiliary)")
    if passive:
        for c in pred.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return Role(p, "agent")
        stray = stray_agent(pred)
        return Role(stray, "agent (set off by a comma, hung on another verb)") if stray is not None else None
    taken = step_taken(pred)
    if taken is not None:  # "Kenya has taken steps to enhance freedoms": Kenya enhances them
        r = subject_of(taken, depth + 1)
        return Role(r.token, "inherited:steps taken") if r else None
    if pred.dep_ == "advcl" and pred.head.i != pred.i and pred.tag_ == "VBG" and pred.head.pos_ in ("VERB", "AUX"):
        # "police opened fire ..., killing one person": the participle's subject is the main clause's
        r = subject_of(pred.head, depth + 1)
        return Role(r.token, "inherited:advcl") if r else None
    if pred.dep_ in ("xcomp", "conj", "advcl", "ccomp") and pred.head.i != pred.i:
        if pred.dep_ == "xcomp":
            # object control: "urged X to ..." -> X is the subject of the xcomp
            for c in pred.head.children:
                if c.dep_ in ("dobj",) and c.i < pred.i:
                    return Role(c, "inherited:object-control")
        if pred.dep_ == "xcomp" and not any(c.dep_ == "agent" for c in pred.head.children):
            # raising: "X was seen to break ...", "X is expected to visit": X does it
            for c in pred.head.children:
                if c.dep_ == "nsubjpass":
                    return Role(c, "inherited:raising")
        if pred.dep_ == "conj" and pred.tag_ == "VB":
            # "X has been indicted by Y and will resign": an active verb with its own modal,
            # joined to a passive one, shares its surface subject (X), not the agent
            if any(c.dep_ == "aux" for c in pred.children) and not any(c.dep_ in ("agent", "auxpass") for c in pred.children):
                for c in pred.head.children:
                    if c.dep_ == "nsubjpass":
                        return Role(c, "inherited:conj (subject of the passive)")
        if pred.dep_ == "conj":
            stranded = _stranded_subject(pred)
            if stranded is not None:
                return Role(stranded, STRANDED)
        if pred.dep_ in ("xcomp", "conj"):
            head = pred.head
            # "is about/ready/willing to restore": the subject of the copula
            if head.pos_ in ("ADJ", "ADV", "ADP") and head.dep_ in ("acomp", "advmod", "prep", "oprd") and head.head.i != head.i:
                head = head.head
            r = subject_of(head, depth + 1)
            return Role(r.token, f"inherited:{pred.dep_}") if r else None
    if pred.dep_ in ("relcl", "acl") and pred.head.i != pred.i:
        if pred.dep_ == "acl" and read_as_noun_phrase(pred.head):
            return Role(pred.head, "nsubj (a clause the parser read as a noun phrase)")
        root = misread_main_verb(pred)
        if root is not None:
            return Role(root, "nsubj (the sentence's main verb read as a participle)")
        if pred.dep_ == "acl" and pred.tag_ == "VBN":
            # "a program aimed at ...", "weapons supplied by Russia": the noun is what is done
            # to; who does it is the "by" phrase
            agent = next((p for c in pred.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            return Role(agent, "agent of a participle") if agent is not None else None
        return Role(pred.head, pred.dep_)
    return None


def stray_agent(pred):
    """The agent of a passive that has none of its own, set off after an inserted phrase
    and hung by the parser on another verb: "X has been accused of misusing funds, much of
    it believed embezzled, by government officials" ("by" on "believed"). The "by" follows
    a comma, after the passive, on an active verb (a subject of its own, no passive
    auxiliary, not a participle on a noun, whose "by" would be its own agent) that governs
    the passive or hangs under it; not a measure ("by one hour") nor a means ("by
    dumping")."""
    for v in (pred.head, *pred.subtree):
        if v.i == pred.i or v.pos_ not in ("VERB", "AUX"):
            continue
        if v.i == pred.head.i and pred.dep_ not in ("ccomp", "advcl", "conj", "parataxis"):
            continue
        if v.dep_ in ("acl", "relcl") or any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in v.children) \
                or not any(c.dep_ in ("nsubj", "csubj") for c in v.children):
            continue
        for c in v.children:
            if c.dep_ not in ("prep", "agent") or c.lower_ != "by" or c.i < pred.i or measure_by(c):
                continue
            if c.i == 0 or pred.doc[c.i - 1].text != ",":
                continue
            p = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN")), None)
            if p is not None:
                return p
    return None


def measure_by(prep) -> bool:
    """A "by" phrase of measure ("by one hour", "by 10 percent"), which the parser may read
    as the agent of a passive; it names no agent (grammar.yaml, measure_nouns)."""
    return prep.lower_ == "by" and any(
        p.dep_ == "pobj" and p.lower_ in _grammar()["measure_nouns"] for p in prep.children)


def misread_main_verb(pred):
    """The noun that is the subject of a sentence whose main verb the parser read as a
    participle on a noun of the subject's phrase, leaving the noun as the sentence's root:
    "Doctors from two aid groups donated and delivered medicine to X" ("donated" hung on
    "groups"), "The junta relaxed by three hours the curfew". The verb (or a verb joined to
    it) has a direct object of its own and no "by"-agent or passive auxiliary, and no verb
    stands between the root noun and it; returns the root noun, else None."""
    if pred.dep_ != "acl" or pred.tag_ not in ("VBD", "VBN") or pred.i < pred.head.i:
        return None
    if any(c.dep_ in ("auxpass", "aux", "nsubj", "nsubjpass", "mark") or (c.dep_ == "agent" and not measure_by(c))
           for c in pred.children):
        return None
    noun = pred.head
    for _ in range(3):  # up through "of"/"from" phrases to the root noun
        if noun.dep_ == "ROOT":
            break
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = noun.head.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ == "conj" and c.i > pred.i for c in noun.children):  # "a coup removed X, and another Y"
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in noun.doc[noun.i + 1:pred.i]):
        return None
    verbs = [pred, *(c for c in pred.children if c.dep_ == "conj" and c.pos_ == "VERB"
                     and not any(x.dep_ in SUBJECT_DEPS for x in c.children))]
    if not any(c.dep_ == "dobj" for v in verbs for c in v.children) and not dated_verb(pred):
        return None  # (a participle is not dated by a bare day word: "called Thursday on X")
    return noun


def step_taken(pred):
    """The verb of "took steps/measures/action to X" when ``pred`` is that X (the clause on
    the verb or on its step noun; ``step_verbs``, ``step_nouns`` in grammar.yaml), else None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) or pred.head.i == pred.i:
        return None
    g, head = _grammar(), pred.head
    if pred.dep_ in ("acl", "relcl") and head.dep_ == "dobj":
        noun, verb = head, head.head
    elif pred.dep_ in ("advcl", "xcomp"):
        noun, verb = next((c for c in head.children if c.dep_ == "dobj"), None), head
    else:
        return None
    taken = noun is not None and noun.lower_ in g["step_nouns"] and verb.lemma_.lower() in g["step_verbs"]
    return verb if taken else None


def purpose_clause(pred) -> bool:
    """A clause of purpose without a subject of its own: "(opened fire) to disperse the crowd"."""
    return pred.dep_ == "advcl" and pred.head.i != pred.i and pred.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children)


def issuer_of(pred) -> Role | None:
    """"The PKK issued a declaration demanding that ...": a participle on a document that is
    the object of a verb speaks for that verb's subject (when the document is no actor)."""
    noun = pred.head
    if pred.dep_ == "acl" and pred.tag_ == "VBG" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
            and noun.lemma_.lower() in _grammar()["document_nouns"]:
        r = subject_of(noun.head)
        return Role(r.token, f"issuer: {r.how} of '{noun.head.text}'") if r else None
    return None


def nearest_actor_before(pred, idx: "ActorIndex") -> Role | None:
    """For a main verb the parser left without a subject ("Ahead of X, Kishida and his
    wife visited ..."): the nearest actor before it in the sentence."""
    if pred.dep_ not in ("ROOT",) or pred.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    for tok in reversed(pred.sent[: pred.i - pred.sent.start]):
        if tok.i in idx.by_head and tok.dep_ not in ("poss",):
            return Role(tok, "nearest actor before a subjectless verb")
        if tok.pos_ == "VERB":
            return None
    return None


def passive_subject(pred):
    for c in pred.children:
        if c.dep_ in ("nsubjpass", "csubjpass"):
            return c
    return None


def object_candidates(pred) -> list[Role]:
    """Phrases that may hold the target of a verb predicate, nearest first."""
    out: list[Role] = []
    ps = passive_subject(pred)
    if ps is not None:
        out.append(Role(ps, "nsubjpass"))
    for c in pred.children:
        if c.dep_ in OBJECT_DEPS:
            out.append(Role(c, c.dep_))
    for c in pred.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            objs = [p for p in c.children if p.dep_ == "pobj"] or [p for p in (_stranded_object(c),) if p is not None]
            if c.lower_ == "with":  # "attacked a ship with drones": the weapon, no partner
                objs = [p for p in objs if not is_weapon(p)]
            out.extend(Role(p, f"prep:{c.lower_}") for p in objs)
    if not out and pred.lemma_.lower() not in _grammar()["intransitive_verbs"]:
        # "donated and delivered goods to X": verbs in coordination share the direct object of
        # the last one (not a conjunct with a subject of its own: "X rejected it and Y accepted")
        for c in pred.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > pred.i and not any(
                    x.dep_ in SUBJECT_DEPS for x in c.children):
                out.extend(Role(x, f"conj:{x.dep_}") for x in c.children if x.dep_ == "dobj")
    return out


def is_weapon(tok) -> bool:
    """A weapon or blast ("with drones", "by a roadside bomb"): an instrument, no actor."""
    from .implicit import _words  # (implicit imports this module)

    return tok.lemma_.lower() in _words()["violent_causes"] or tok.lower_ in _words()["violent_causes"]


def adverbial_clause_words(pred) -> set[int]:
    """The words of the clauses of manner, condition or time hung on the predicate by a
    preposition ("resign without returning to Kyrgyzstan": "returning to Kyrgyzstan"), and
    of a phrase of circumstance ("despite criticism by Greece")."""
    preps = _grammar()["adverbial_prepositions"]
    out = {x.i for c in pred.children if c.dep_ == "prep" and c.lower_ in preps
           for p in c.children if p.dep_ == "pcomp" and p.pos_ in ("VERB", "AUX") for x in p.subtree}
    # a circumstance: "announced the change despite criticism by Greece", "amid protests by X"
    around = _grammar().get("circumstance_prepositions", [])
    return out | {x.i for c in pred.children if c.dep_ == "prep" and c.lower_ in around for x in c.subtree}


def medium_words(pred) -> set[int]:
    """The words of the medium a statement went out on, wherever in its clause ("declared a
    coup on national television", "appealed over the radio")."""
    return {x.i for c in pred.subtree if c.dep_ == "prep" and is_medium(c) for x in c.subtree}


def is_medium(prep) -> bool:
    """The medium an act went out on, no target: "declared a coup on national television",
    "announced over the radio" (grammar.yaml: medium_prepositions, broadcast_media)."""
    g = _grammar()
    return prep.lower_ in g.get("medium_prepositions", ()) and any(
        p.dep_ == "pobj" and p.lemma_.lower() in g.get("broadcast_media", ()) for p in prep.children)


def _grammar():
    from ..actors.context import grammar

    return grammar()


def _stranded_object(prep):
    """The object of a preposition the parser left without one because it read the noun
    after it as the subject of a reduced relative ("granted asylum to five officers holed up
    in ...": "officers" as the subject of "holed")."""
    for t in prep.doc[prep.i + 1:min(prep.i + 6, prep.sent.end)]:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass"):
            # (a past form: "with Ghana winning the bid" is an absolute clause, no object)
            return t if t.head.i > t.i and t.head.tag_ in ("VBD", "VBN") else None
        if t.pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "ADV") or t.dep_ not in (
                "det", "nummod", "amod", "compound", "advmod", "quantmod", "nmod"):
            return None
    return None


def condition_subject(pred) -> Role | None:
    """The subject of a condition set with a threat ("threatened to stop the talks if the US
    goes ahead"): the one threatened.  The condition may hang on the threat or what it governs."""
    marks = _grammar()["condition_marks"]
    verbs = [pred, *[c for c in pred.children if c.dep_ == "xcomp"]]
    t = pred
    while t.dep_ == "xcomp" and t.head.i != t.i:
        t = t.head
        verbs.append(t)
    for v in verbs:
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                s = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if s is not None:
                    return Role(s, f"subject of the condition ('{next(m.lower_ for m in c.children if m.dep_ == 'mark')}')")
    return None


def nested_candidates(tok, label: str = "nested", of: bool = False) -> list[Role]:
    """Objects of a noun's prepositions: the actors inside a non-actor object ("restore
    ties with X", "sanctions on X"), or an event noun's targets ("a trip to Tokyo"; with
    ``of``, "the blockade of Serbia")."""
    out: list[Role] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in NOUN_TARGET_PREPS and (of or c.lower_ != "of"):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(Role(p, f"{label}:{c.lower_}"))
    return out


AGENT_OBJECT_HOWS = frozenset({"dobj", "nsubjpass", "prep:to", "prep:against", "prep:for", "prep:on", "prep:with"})


def agent_modifiers(role: Role) -> list[Role]:
    """Who carries out what an object noun names, in its own phrase: "the US-led war",
    "Israel's proposal", "Israeli air raids" (the modifiers an actor index holds as actors);
    not in a phrase of place or time ("at the Party's debate")."""
    noun = role.token
    if noun.pos_ != "NOUN" or role.how not in AGENT_OBJECT_HOWS:
        return []
    out: list[Role] = []
    for c in noun.children:
        if c.i > noun.i:
            continue
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ != "PRON":  # "their support": the source's
            out.append(Role(c, f"agent of '{noun.text}' ({c.dep_})"))
    return out + led_by(noun)


def led_by(noun) -> list[Role]:
    """Who leads what a noun names: "the US-led war", "a Saudi-sponsored plan" (grammar.yaml,
    agency_participles)."""
    return [Role(x, f"agent of '{noun.text}' ('{x.text}-{c.text}')") for c in noun.children
            if c.i < noun.i and c.dep_ == "amod" and c.lower_ in _grammar()["agency_participles"]
            for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod") and x.i < c.i]


def sited_object(pred):
    """"Opened an embassy in Tehran", "closed its consulate in Basra": the object is an
    installation placed somewhere; where it is names whom the act concerns (the host)."""
    for c in pred.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _grammar()["sited_nouns"]:
            return c  # (its place in its own phrase or the predicate's: "opened an embassy | in Hanoi")
    return None


def noun_sources(noun) -> list[Role]:
    """Where the agent of an event noun may stand, best first: "Yoon's trip", "a trip by
    Yoon", "Japanese sanctions", or the subject of the verb the noun depends on."""
    out: list[Role] = []
    for c in noun.children:
        if c.dep_ == "poss":
            out.append(Role(c, "poss"))
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            out.extend(Role(p, "prep:by") for p in c.children if p.dep_ == "pobj")
    # "reciprocates a trip to Tokyo by Yoon": the parser hangs "by" on the verb
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.i != noun.i:
        for c in noun.head.children:
            if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i:
                out.extend(Role(p, "verb prep:by") for p in c.children if p.dep_ == "pobj")
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
            out.append(Role(c, c.dep_))
    # the noun as object or prepositional object of a verb: that verb's subject
    gov = _doing_governor(noun)
    r = subject_of(gov) if gov is not None else None
    if r:
        out.append(Role(r.token, f"governor:{r.how}"))
    return out


def _doing_governor(noun):
    """The verb whose subject does what the noun names: "staged a protest", "claimed
    responsibility for the attack"; not a verb of reacting ("condemned the attack"), nor
    across a preposition of topic or time ("warned about the riots") or another noun's
    phrase ("treated the victims of the bombing"), nor from the subject of a verbless
    clause ("with protests ongoing, Trump spoke": the protests are not his)."""
    g = _grammar()
    tok, head, hops = noun, noun.head, 0
    while head.i != tok.i and hops < 3:
        if tok.dep_ == "nsubj" and (head.pos_ not in ("VERB", "AUX") or (
                head.dep_ == "pcomp" and head.head.lower_ in ("with", "without"))):
            return None  # the subject of its own clause: "with protests ongoing (continuing), X spoke"
        if _absolute_with(tok, head):
            return None
        if head.pos_ in ("VERB", "AUX"):
            return None if head.lemma_.lower() in g["reacting_verbs"] else head
        if head.dep_ == "prep" and head.lower_ in g["not_agent_prepositions"] and head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if head.pos_ in ("NOUN", "PROPN") and tok.dep_ == "prep" and head.lemma_.lower() not in g["relay_nouns"]:
            return None
        if head.dep_ in ("ROOT",) or head.head.i == head.i:
            return None
        tok, head, hops = head, head.head, hops + 1
    return None


def _absolute_with(tok, prep) -> bool:
    """A set-off "with" phrase whose noun has a participle of its own ("With protests
    continuing in Nairobi, the president ..."): an absolute clause, a circumstance."""
    if tok.dep_ != "pobj" or prep.lower_ not in ("with", "without"):
        return False
    set_off = prep.i == prep.sent.start or prep.doc[prep.i - 1].lower_ == ","
    return set_off and any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in tok.children)


# event nouns whose "of" names who suffers it ("the blockade of Serbia", "the invasion
# of Kuwait"); for others "of" names the agent ("the visit of the president")
PATIENT_OF_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


# what the parser hangs on the verb of an object noun ("launched cyber attacks | against X")
HOSTILE_PREPS = frozenset({"against", "on"})


def noun_targets(noun, code: str = "") -> list[Role]:
    """An event noun's targets in its own phrase; as the object of the verb that carries it
    out, also that verb's "against"/"on" after it ("launched a cyber attack on India")."""
    out = nested_candidates(noun, "prep", of=code[:2] in PATIENT_OF_ROOTS)
    gov = _doing_governor(noun) if not out and noun.dep_ == "dobj" else None
    if gov is not None and gov.i == noun.head.i:
        out = [Role(p, f"verb prep:{c.lower_}") for c in noun.head.children
               if c.dep_ == "prep" and c.lower_ in HOSTILE_PREPS and c.i > noun.i
               for p in c.children if p.dep_ == "pobj"]
    return out
