"""Actor mentions in a parsed spaCy Doc: names, titles, demonyms, metonyms, agents.

    recognize(doc, published, kb, registry=None) -> list[Mention]

Reading order (each step may consume the phrases the next ones would see):

1. phrases of the knowledge base (names, aliases, adjectives, capitals, agent words) are
   found on the normalised text (matcher.py); names must be capitalised and nominal;
2. a title before a name makes a person ("Japanese Prime Minister Fumio Kishida",
   "Gen. X", "President X of Y"); so does a title in apposition ("X, Kenya's foreign
   minister"); the person is known for the rest of the article (registry.py);
3. an agent word takes the countries before it ("Israeli troops", "South Korean and
   Japanese officials", "Kenya's foreign minister", "an Afghan defence spokesperson") or
   after "of" ("the leaders of South Korea and Japan"): one mention per country, all with
   the agent as head, so the coder sees a compound actor; a leader's name before
   "administration" is the leader's government ("the Bush administration"); a place word
   with a proper name is a place ("Borno state"); alone an agent is a sector ("police"
   ---COP) or, for "the prime minister", the person introduced with that title;
4. country names, organisations, groups and known people are mentions; capitals and
   seats of power only as arguments ("cooperation between Seoul and Tokyo"), never as the
   place of an event ("in Seoul"); an adjective only when used as a noun ("the Japanese
   said"), with an agent, or before a plural subject ("U.S. helicopters fired"; "Japanese
   rule" is no actor);
5. a surname alone ("Kishida") is the person the article introduced.

A news outlet telling the story ("Xinhua reported", "told Reuters") is no mention
(context.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..model import Actor, Mention
from .conjuncts import shared_after
from .epithets import sentence_epithet
from .context import grammar, is_location, is_outlet, modifies_subject, peoples, tells_story, wordlike
from .kin import KIN_MARK
from .loader import ActorKB, Agent, Country, Entity, Ref, armed_alike
from .names import key
from .registry import ArticleActors

__all__ = ["recognize", "ArticleActors"]

NAME_KINDS = ("entity", "country", "adj", "demonym", "capital")
NOMINAL = ("PROPN", "NOUN", "X", "NUM", "SYM")
_SMALL = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "da", "do", "dos",
          "das", "del", "della", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "'s", "’s", "-", "&"}


@dataclass
class Phrase:
    """A knowledge-base phrase found in the Doc (tokens start..end)."""

    start: int
    end: int
    refs: list[Ref]
    used: bool = False

    def has(self, kind: str) -> bool:
        return any(r.kind == kind for r in self.refs)

    def first(self, kind: str):
        return next((r.target for r in self.refs if r.kind == kind), None)

    @property
    def entities(self) -> list[Entity]:
        return [r.target for r in self.refs if r.kind == "entity"]

    @property
    def country(self) -> Country | None:
        for kind in ("country", "adj", "demonym", "capital"):
            c = self.first(kind)
            if c is not None:
                return c
        return None


@dataclass
class _State:
    doc: object
    kb: ActorKB
    on: date | None
    reg: ArticleActors
    phrases: list[Phrase]
    at: dict[int, Phrase] = field(default_factory=dict)  # token -> phrase covering it
    mentions: list[Mention] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # tokens inside a mention


def recognize(doc, published: date | None, kb: ActorKB, registry: ArticleActors | None = None) -> list[Mention]:
    """The actor mentions of a parsed Doc, in text order, each with its reason."""
    reg = registry if registry is not None else ArticleActors()
    phrases = _phrases(doc, kb)
    st = _State(doc, kb, published, reg, phrases)
    for p in phrases:
        for i in range(p.start, p.end):
            st.at[i] = p
    _titled_people(st)
    _appositions(st)
    _agents(st)
    _names(st)
    _short_names(st)
    _surnames(st)
    st.mentions = [_people_country(st, _possessor_country(st, m)) for m in st.mentions]
    text = doc.text  # built from every token at each access: once here
    st.mentions = [_stateless(text, m) for m in st.mentions]
    st.mentions.sort(key=lambda m: (m.start, m.end))
    return st.mentions


def _possessor_country(st: _State, m: Mention) -> Mention:
    """"Obama's vice president", "Putin's spokesman": an agent named without a country is of
    the country of the person or state whose it is; "doctors from two American aid groups",
    "engineers of a Chinese state company": of the country of the organisation or agent
    phrase it comes from, or of the organisation itself ("officials of the Kenyan Red
    Cross"; agent_origin_prepositions in grammar.yaml; a person is no owner there:
    "supporters of X" are not X's)."""
    a = m.actor
    if m.head < 0 or a.country or a.kind != "sector" or not a.code.startswith("---"):
        return m
    origin = grammar()["agent_origin_prepositions"]
    proxy = st.doc[m.head].lemma_.lower() in grammar()["proxy_nouns"]  # "Israel's militia ally" is not Israel's
    proxy = proxy or st.doc[m.head].lemma_.lower() in grammar()["counterpart_nouns"]  # "Lavrov's counterpart" either
    for c in st.doc[m.head].children:
        if c.dep_ == "poss" and not proxy:
            owners = [o for o in st.mentions if o.head == c.i and o.actor.country and o.actor.kind in ("person", "country")]
        elif c.dep_ == "prep" and c.lower_ in origin:
            heads = {p.i for p in c.children if p.dep_ == "pobj"}
            owners = [o for o in st.mentions if o.head in heads and o.actor.kind != "person" and o.actor.sectors
                      and (o.actor.country or o.actor.kind in ("group", "igo"))]
        elif c.dep_ == "compound" and c.i < m.head and c.is_title and st.doc[m.head].is_title:
            # "Baghdad University Medical School": a unit named after the institution it belongs to
            owners = [o for o in st.mentions if o.head == c.i and o.actor.kind != "person" and o.actor.sectors and o.actor.country]
        else:
            continue
        if owners and (c.dep_ == "poss" or len({o.actor.code for o in owners}) == 1):
            return _owned(st, m, owners[0])
    return m


def _owned(st: _State, m: Mention, owner: Mention) -> Mention:
    """The agent ``m`` (a "---" code) of ``owner``: its country's, or, for an organisation,
    the organisation's own (as "officials of the Red Cross" NGOHLHIRCGOV)."""
    a, o = m.actor, owner.actor
    sect = a.code[3:]
    if o.kind in ("group", "igo"):
        code = o.code if o.code.endswith(sect) or armed_alike(sect, o.sectors) else o.code + sect
    else:
        code = o.country + sect
    parts = st.kb.codes.parse(code)
    reason = f"{a.reason}; of {owner.text} ({o.code})"
    actor = replace(a, code=code, country=parts.country or o.country, sectors=parts.sectors, reason=reason)
    return replace(m, actor=actor, reason=reason)


def _people_country(st: _State, m: Mention) -> Mention:
    """"Karen rebels", "Tamil militants": an armed agent named without a country, with the word
    of a people whose groups the dictionaries code by one country, is of that country
    (peoples.tsv; the sectors in grammar.yaml, people_armed_sectors)."""
    a = m.actor
    if m.head < 0 or a.country or a.kind != "sector" or not a.code.startswith("---") \
            or not set(s.lower() for s in a.sectors) & grammar()["people_armed_sectors"]:
        return m
    head = st.doc[m.head]
    for c in head.children:
        country = peoples().get(c.text) if c.i < head.i and c.dep_ in ("amod", "compound", "nmod") else None
        if country:
            reason = f"{a.reason}; the {c.text} people's armed groups are coded {country} (peoples.tsv)"
            actor = replace(a, code=country + a.code[3:], country=country, reason=reason)
            return replace(m, actor=actor, reason=reason)
    return m


def _stateless(text: str, m: Mention) -> Mention:
    """"ethnic Albanians", "ethnic Turks": a people, not the state of that name; the
    country is that of the place they are in (filled in by the coder), as event data
    codes minorities."""
    words = grammar().get("stateless_people_words", ())
    before = text[max(0, m.start - 12):m.start].lower().split()
    a = m.actor
    if not before or before[-1] not in words or a.kind != "country" or not a.country:
        return m
    code = "---" + a.code[len(a.country):] if a.code.startswith(a.country) else a.code
    sectors, why = a.sectors, ""
    armed = grammar().get("stateless_armed_sectors", {})
    if any(s.lower() in armed for s in sectors):  # "ethnic Armenian forces": a people's fighters, no state's army
        sectors = tuple(armed.get(s.lower(), s) for s in sectors)
        code = code[:3] + "".join(sectors)
        why = f"; its forces are no state's ({'/'.join(sectors)})"
    actor = replace(a, code=code, country=None, sectors=sectors,
                    reason=f"{a.reason}; '{before[-1]} {m.text}': {KIN_MARK}{a.country}{why}")
    return replace(m, actor=actor, reason=actor.reason)


# -- 1. phrases -------------------------------------------------------------------------

def _phrases(doc, kb: ActorKB) -> list[Phrase]:
    found = []
    for start, end, k in kb.matcher().match(doc):
        refs = [r for r in kb.index.get(k, ()) if _fits(doc, start, end, r)]
        if refs:
            found.append(Phrase(start, end, refs))
    found.sort(key=lambda p: (-(p.end - p.start), p.start))
    taken: set[int] = set()
    out = []
    for p in found:
        if any(i in taken for i in range(p.start, p.end)):
            continue
        taken.update(range(p.start, p.end))
        out.append(p)
    out.sort(key=lambda p: p.start)
    return out


def _code_name(t) -> bool:
    """A name of letters and digits ("M23", "G7", "G20"): a word of a name as the letters are."""
    return t.text.isalnum() and any(c.isalpha() for c in t.text) and any(c.isdigit() for c in t.text)


def _after_hyphen(doc, t, start: int) -> bool:
    """``t`` continues a hyphenated word begun inside the phrase ("Barad-dur", "Ki-moon")."""
    return t.i >= start + 2 and doc[t.i - 1].text in ("-", "‐") and not doc[t.i - 1].whitespace_ \
        and not doc[t.i - 2].whitespace_ and doc[t.i - 2].text[:1].isupper()


def _fits(doc, start: int, end: int, ref: Ref) -> bool:
    span = doc[start:end]
    if ref.kind in NAME_KINDS or ref.kind == "title":
        words = [t for t in span if (wordlike(t) or _code_name(t)) and t.lower_ not in _SMALL]
        if not words:
            return False
        if ref.acronym and not all(t.text.isupper() for t in words):
            return False
        # a word the table itself writes in lower case may be so ("European common market")
        # a word joined by a hyphen to the word before it may be written in lower case in the
        # name of a place or a group ("Barad-dur"); people's names are matched as the table writes them
        hyphen_ok = ref.kind != "entity" or getattr(ref.target, "kind", "") != "person"
        if not all(t.text[0].isupper() or (t.i > start and key(t.text) in ref.lower)
                   or (hyphen_ok and _after_hyphen(doc, t, start)) for t in words):
            return False
        if ref.kind in ("entity", "country", "capital") and not any(
                t.pos_ in NOMINAL or (len(t.text) > 1 and t.text.isupper()) for t in words):
            # "USAID gave" (tagged ADV) passes; "The Mozambique government" (tagged ADJ) too
            if not (ref.kind in ("country", "entity") and span.root.pos_ == "ADJ" and span.root.dep_ in ("amod", "compound")
                    and span.root.head.pos_ in ("NOUN", "PROPN")):
                return False
        if ref.kind in ("adj", "demonym") and not any(t.pos_ in NOMINAL + ("ADJ",) for t in words):
            return False
    elif ref.kind == "agent":
        if span.root.pos_ not in ("NOUN", "PROPN"):
            return False
        if span.root.lower_ in grammar()["lowercase_agents"] and not span.root.text.islower():
            return False  # "Georgian National Park": a word of a name
    return True


# -- 2. titled people --------------------------------------------------------------------

def _name_chain(doc, i: int, st: _State) -> tuple[int, int] | None:
    """The proper-name tokens starting at ``i`` ("Yoon Suk Yeol", "Ban Ki-moon")."""
    particles = grammar()["name_particles"]
    stop = grammar()["not_name_words"]
    j = i
    n = len(doc)
    first = st.at.get(i)
    if first is not None and first.start == i and first.entities and not _is_person_phrase(first) and any(
            e.kind in ("group", "igo", "seat") and st.kb.entity_actor(e, st.on) is not None for e in first.entities):
        return None  # "the state news agency Xinhua": an organisation, not a person
    while j < n and j - i < 6:
        t = doc[j]
        p = st.at.get(j)
        if p is not None and j > i and not p.entities and not _is_person_phrase(p):
            break  # another known phrase (an agent, a country) ends the name
        if t.lower_ in stop:
            break
        if wordlike(t) and t.text[0].isupper() and t.pos_ in ("PROPN", "NOUN", "X", "ADJ", "VERB") and not (
                t.text.endswith(".") and len(t.text) > 3):  # "D'Souza", "O'Brien"; "Inc." is no name
            j += 1
        elif t.text in ("-", "‐") and not t.whitespace_ and j > i and j + 1 < n and doc[j + 1].is_alpha \
                and not doc[j - 1].whitespace_:
            j += 2  # "Ki-moon", "Suk-yeol"
        elif t.lower_ in particles and j > i and j + 1 < n and doc[j + 1].text[:1].isupper():
            j += 1
        elif t.lower_ in particles and j > i and j + 2 < n and doc[j + 1].text == "-" and doc[j + 2].text[:1].isupper():
            j += 3  # "al-Burhan"
        elif t.text.endswith(".") and len(t.text) <= 3 and t.text[0].isupper():
            j += 1  # an initial: "George W. Bush"
        else:
            break
    if j == i:
        return None
    if not any(doc[k].pos_ == "PROPN" for k in range(i, j)):
        return None
    if j < n and doc[j].is_title and doc[j].lower_ in grammar()["institution_nouns"]:
        return None  # "Baghdad University Medical School": words of an institution's name, no person's
    if first is not None and first.start == i and first.end == j and first.country is not None and not first.entities:
        return None  # "the embassy in Tehran", "ambassador to Japan": a country or capital, no name
    return i, j


def _is_person_phrase(p: Phrase) -> bool:
    return any(e.kind == "person" for e in p.entities)


def _title_group(st: _State, p: Phrase) -> tuple[int, list[Phrase]]:
    """Consecutive title/agent phrases ending with ``p``: "Defence Minister General"."""
    group = [p]
    i = p.start
    while i > 0:
        q = st.at.get(i - 1)
        if q is None or q.used or not (q.has("agent") or q.has("title")) or q.end != i:
            break
        group.insert(0, q)
        i = q.start
    return i, group


def _title_agent(st: _State, group: list[Phrase]) -> Agent | None:
    """The agent of a title group: the first one that is not a mere modifier ("Deputy Prime
    Minister" is a prime minister, "Defence Minister General X" a defence minister)."""
    mods = grammar()["agent_modifiers"]
    agents = [q for q in group if q.has("agent")]
    main = [q for q in agents if _text(st, q.start, q.end).lower() not in mods]
    q = (main or agents or [None])[0]
    return q.first("agent") if q is not None else None


def _left_context(st: _State, i: int):
    """Before a title or agent: (start token, former, [country phrases], how)."""
    doc = st.doc
    g = grammar()
    former = False
    j = i
    while j > 0 and (doc[j - 1].lower_ in g["former_words"] or doc[j - 1].lower_ in g["agent_modifiers"]
                     or doc[j - 1].text in ("-",)):
        if doc[j - 1].lower_ in g["former_words"]:
            former = True
        j -= 1
    for k in _noun_skips(st, j, i):
        if k > 0 and doc[k - 1].lower_ in ("'s", "’s", "'") and k > 1:
            q = st.at.get(k - 2)
            if q is not None and not q.used and _country_like(st, q) and not (q.has("adj") and not q.has("country")):
                return q.start, former, [q], "possessive"
        crefs = _cref_list_before(st, k)
        if crefs:
            # "former Gondor prosecutors": the word before the country phrase counts too
            s0 = crefs[0].start
            former = former or (s0 > 0 and doc[s0 - 1].lower_ in g["former_words"])
            return s0, former, crefs, "modifier"
    return j, former, [], ""


def _noun_skips(st: _State, j: int, i: int) -> list[int]:
    """Where the actor before an agent may end: at ``j``, or before up to four words that modify
    the agent ("an Afghan defence spokesperson", "Islamic State group militants", "Libya's
    internationally recognized government", "the Canadian Security Intelligence Service")."""
    doc = st.doc
    out = [j]
    k = j
    brackets = 0
    while k > 0 and j - k - brackets < 4:
        t = doc[k - 1]
        if t.text == ")" and k > 3 and doc[k - 3].text == "(" and _acronym_in_brackets(doc[k - 2]):
            k -= 3  # "the Municipality Association (AKK) officials": the body's short name
            brackets += 3
            continue
        if st.at.get(k - 1) is not None:
            break
        if t.lower_ in grammar()["country_led_words"] and k > 2 and doc[k - 2].text in ("-", "‐") \
                and not doc[k - 2].whitespace_ and not doc[k - 3].whitespace_:
            k -= 2  # "Vietnamese-led forces", "a London-based group": the country before the hyphen
            out.append(k)
            continue
        if t.lower_ == "of" and k > 1 and doc[k].text[:1].isupper() and t.head.i == k - 2 \
                and doc[k - 2].pos_ == "PROPN" and doc[k - 2].is_title and st.at.get(k - 2) is None:
            k -= 2  # "the Nigerian Union of Teachers": the "of" inside a body's name
            out.append(k)
            continue
        if not t.text.islower():  # "the Canadian Security Intelligence Service": a word of the body's name;
            # "Iraqi Kurdish authorities", "Syrian Shiite militias": an ethnic or religious adjective
            if not (t.pos_ in ("PROPN", "ADJ") and t.dep_ in (("compound", "nmod") if t.pos_ == "PROPN" else ("amod",))
                    and t.is_alpha and k <= t.head.i < i + 4):
                break
        elif t.dep_ in ("cc", "conj") and t.head.dep_ == "amod" and j <= t.head.head.i < i + 4:
            pass  # "Ithilen's awful and evil minister"
        elif not (k <= t.head.i < i + 4) or not (
                t.pos_ == "NOUN" and t.dep_ in ("compound", "amod", "nmod") or t.pos_ in ("ADJ", "VERB") and t.dep_ == "amod"
                or t.pos_ == "ADV" and t.dep_ == "advmod" and t.head.pos_ in ("ADJ", "VERB") and t.head.dep_ == "amod"):
            break
        k -= 1
        out.append(k)
    return out


def _cref_list_before(st: _State, j: int) -> list[Phrase]:
    """Country words ending at token j: "South Korean and Japanese", "US, British and French"."""
    doc = st.doc
    out: list[Phrase] = []
    while j > 0:
        q = st.at.get(j - 1)
        if q is None or q.used or q.end != j or not _country_like(st, q) or _stance(st, q):
            break
        out.insert(0, q)
        j = q.start
        if j > 1 and doc[j - 1].lower_ in ("and", "or", ",", "&"):
            if len(out) == 1 and doc[j - 1].text == ",":
                break  # "leaving Turkey, German officials said": a comma alone makes no list
            k = j - 1
            if doc[k].lower_ in ("and", "or") and k > 0 and doc[k - 1].text == ",":
                k -= 1
            prev = st.at.get(k - 1)
            if prev is not None and not prev.used and _country_like(st, prev):
                j = k
                continue
        break
    return out


def _stance(st: _State, q: Phrase) -> bool:
    """"anti-Syria", "pro-Russian": the country word is a stance, not a country of the agent."""
    doc = st.doc
    k = q.start
    pre = grammar()["stance_prefixes"]
    if k > 1 and doc[k - 1].text in ("-", "‐") and not doc[k - 2].whitespace_ and doc[k - 2].lower_ in pre:
        return True
    return doc[k].lower_.split("-")[0] in pre


def _cref_list_after_of(st: _State, j: int, preps=("of",)) -> tuple[list[Phrase], int]:
    """Countries after "of" (or another of ``preps``): "of South Korea and Japan" ->
    ([South Korea, Japan], end token)."""
    doc = st.doc
    if j >= len(doc) or doc[j].lower_ not in preps:
        return [], j
    k = j + 1
    out: list[Phrase] = []
    while k < len(doc):
        if doc[k].lower_ == "the":
            k += 1
        q = st.at.get(k)
        if q is None or q.used or q.start != k or not _country_like(st, q) or q.has("adj") and not q.has("country"):
            break
        out.append(q)
        k = q.end
        if k < len(doc) and doc[k].lower_ in ("and", "or", ","):
            nxt = k + 1
            if doc[k].text == "," and nxt < len(doc) and doc[nxt].lower_ in ("and", "or"):
                nxt += 1
            if nxt < len(doc) and doc[nxt].lower_ == "the":
                nxt += 1
            q2 = st.at.get(nxt)
            if q2 is not None and q2.start == nxt and _country_like(st, q2) and not q2.used \
                    and not _modifies_later(doc, q2):
                k = nxt
                continue
        break
    return out, (out[-1].end if out else j)


def _modifies_later(doc, q: Phrase) -> bool:
    """"in Gaza, the Hamas-run ministry": the name after the comma modifies a later noun, it
    is no item of the list."""
    last = doc[q.end - 1]
    return last.dep_ in ("compound", "npadvmod", "amod", "nmod", "poss") and last.head.i >= q.end


def _country_like(st: _State, p: Phrase) -> bool:
    if p.country is not None:
        return True
    return any(e.kind in ("country", "igo", "group") and st.kb.entity_actor(e, st.on) is not None
               for e in p.entities)


def _base_actor(st: _State, p: Phrase) -> Actor | None:
    c = p.country
    if c is not None:
        how = "adjective" if p.has("adj") and not p.has("country") else "name"
        return st.kb.country_actor(c, f"{how} '{_text(st, p.start, p.end)}'")
    for e in p.entities:
        if e.kind != "person":
            a = st.kb.entity_actor(e, st.on)
            if a is not None:
                return a
    return None


def _titled_people(st: _State) -> None:
    doc = st.doc
    _titled_institutions(st)
    for p in st.phrases:
        if p.used or not (p.has("agent") or p.has("title")):
            continue
        agent = p.first("agent")
        plural = any(r.kind == "agent" and r.plural for r in p.refs) and not any(
            r.kind == "agent" and not r.plural for r in p.refs)
        if plural:
            continue
        nxt = st.at.get(p.end)
        if nxt is not None and (nxt.has("agent") or nxt.has("title")) and not nxt.used and not nxt.entities:
            continue  # the title goes on: "Defence Minister General X" is read at "General"
        chain = _following_name(st, p)
        if chain is None:
            continue
        tstart, group = _title_group(st, p)
        lstart, former, crefs, _ = _left_context(st, tstart)
        end = chain[1]
        after, after_end = _cref_list_after_of(st, chain[1])
        if after and not crefs:
            crefs, end = after, after_end
        title_agent = _title_agent(st, group)
        title_row = next((q.first("title") for q in group if q.has("title")), None)
        title_text = " ".join(_text(st, q.start, q.end) for q in group)
        base = _base_actor(st, crefs[0]) if crefs else None
        name = _text(st, chain[0], chain[1])
        actor = _person_actor(st, name, chain, title_agent, title_row, base, former, title_text)
        if actor is None:
            continue
        for q in group + crefs:
            q.used = True
        named = st.at.get(chain[0])
        if named is not None and named.start == chain[0]:
            named.used = True
        head = doc[chain[0]:chain[1]].root.i
        _add(st, lstart, end, actor, head)
        st.reg.add(actor.name or name, actor, title_agent.phrase if title_agent else None,
                   _text(st, lstart, end))


def _titled_institutions(st: _State) -> None:
    """A known office used as a title: "German Chancellor Olaf Scholz" (the knowledge base
    has "German Chancellor" as DEUGOV) is one person, coded as the office unless the
    person's own role on the date agrees."""
    doc = st.doc
    for p in st.phrases:
        if p.used or not p.entities or _is_person_phrase(p) or not _ends_with_agent(st, p):
            continue
        office = _base_actor(st, p)
        if office is None:
            continue
        nxt = st.at.get(p.end)
        chain = _following_name(st, p)
        if chain is None:
            continue
        name = _text(st, chain[0], chain[1])
        known = _person_entity(st, chain)
        actor = Actor(office.code, office.country, office.sectors, known.name if known else name, "person",
                      f"title '{_text(st, p.start, p.end)}': {office.reason}")
        if known is not None:
            kb_actor = st.kb.entity_actor(known, st.on)
            if kb_actor is not None and " on " in kb_actor.reason and "closest" not in kb_actor.reason \
                    and kb_actor.country == office.country:
                actor = replace(kb_actor, reason=f"{kb_actor.reason}; title '{_text(st, p.start, p.end)}'")
        p.used = True
        if nxt is not None and nxt.start == chain[0]:
            nxt.used = True
        _add(st, p.start, chain[1], actor, doc[chain[0]:chain[1]].root.i)
        st.reg.add(actor.name or name, actor, None, _text(st, p.start, chain[1]))


def _ends_with_agent(st: _State, p: Phrase) -> bool:
    for k in (2, 1):
        if p.end - k > p.start and st.doc[p.end - k:p.end].text.lower() in st.kb.agents:
            return True
    return False


def _person_actor(st: _State, name: str, chain, agent: Agent | None, title_row, base: Actor | None,
                  former: bool, title_text: str) -> Actor | None:
    """A person from a title and a name: the knowledge base's role on the date when it
    agrees with the title, the title's code otherwise."""
    kb = st.kb
    known = _person_entity(st, chain)
    title_actor = None
    if agent is not None:
        title_actor = kb.agent_actor(agent, base, title_text, former=former)
    elif title_row is not None and title_row.code:
        sect = title_row.code.strip("~")
        code = (base.code if base else "---") + sect
        title_actor = kb.actor(code, None, "person", f"title '{title_text}' {title_row.code}")
    if known is None and chain[1] - chain[0] == 1:
        known = kb.person_by_surname(_text(st, chain[0], chain[1]), st.on,
                                     title_actor.country if title_actor else None,
                                     title_actor.sectors if title_actor else ())
    if known is not None:
        kb_actor = kb.entity_actor(known, st.on)
        if kb_actor is None:
            return None
        if title_actor is None:
            return replace(kb_actor, reason=kb_actor.reason + (f"; title '{title_text}'" if title_text else ""))
        holds = " on " in kb_actor.reason and "closest" not in kb_actor.reason
        same_country = title_actor.country is None or kb_actor.country == title_actor.country
        agrees = set(title_actor.sectors) <= set(kb_actor.sectors)
        if holds and same_country and agrees and not former:
            return replace(kb_actor, reason=f"{kb_actor.reason}; title '{title_text}'")
        code, country = title_actor.code, title_actor.country
        if code.startswith("---") and kb_actor.country:  # "Former President X": the country from the KB
            code, country = kb_actor.country + code[3:], kb_actor.country
        if country is None and code.startswith("---"):
            country = kb_actor.country  # (an organisation's title keeps no country: "U.N. mediator X")
        return Actor(code, country, kb.codes.parse(code).sectors, known.name,
                     "person", f"{title_actor.reason}; {kb_actor.reason}")
    person = st.reg.find(name)
    if title_actor is None:
        return person.actor if person is not None else None
    if title_actor.country is None and person is not None:
        return person.actor
    return Actor(title_actor.code, title_actor.country, title_actor.sectors, name, "person",
                 f"{title_actor.reason}; name '{name}' not in the knowledge base")


def _person_entity(st: _State, chain) -> Entity | None:
    p = st.at.get(chain[0])
    if p is not None and p.start == chain[0] and p.end == chain[1]:
        for e in p.entities:
            if e.kind == "person":
                return e
    return None


# -- 2b. appositions ----------------------------------------------------------------------

def _appositions(st: _State) -> None:
    """ "X, Kenya's foreign minister," and "Kenya's foreign minister, X,"."""
    doc = st.doc
    for p in st.phrases:
        if p.used or not p.has("agent"):
            continue
        agent = p.first("agent")
        root = doc[p.start:p.end].root
        name_tok = None
        if root.dep_ == "appos" and root.head.pos_ == "PROPN" and root.head.i < p.start:
            name_tok = root.head
        else:
            name_tok = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name_tok is None or name_tok.i in st.covered or _acronym_in_brackets(name_tok):
            continue
        chain = _chain_around(st, name_tok.i)
        if chain is None:
            continue
        tstart, group = _title_group(st, p)
        lstart, former, crefs, _ = _left_context(st, tstart)
        if not crefs:
            crefs, _ = _cref_list_after_of(st, p.end)
        base = _base_actor(st, crefs[0]) if crefs else None
        name = _text(st, chain[0], chain[1])
        title_text = " ".join(_text(st, q.start, q.end) for q in group)
        actor = _person_actor(st, name, chain, agent, None, base, former, title_text)
        if actor is None or (actor.country is None and base is None):
            continue
        actor = replace(actor, reason=actor.reason + f" (apposition '{_text(st, lstart, p.end)}')")
        for q in group + crefs:
            q.used = True
        named = st.at.get(chain[0])
        if named is not None:
            named.used = True
        _add(st, chain[0], chain[1], actor, doc[chain[0]:chain[1]].root.i)
        st.reg.add(actor.name or name, actor, agent.phrase, _text(st, chain[0], chain[1]))


def _short_names(st: _State) -> None:
    """"The Nigerian Union of Teachers (NUT)", "Singapore Airlines (SIA)": the short name in
    brackets after a mention names the same actor here and later in the article."""
    doc = st.doc
    for m in list(st.mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
            continue
        tok = doc[span.end + 1]
        # the short name of the whole phrase ("the Bishops' Conference of the Philippines (CBCP)"
        # is not the Philippines)
        whole = span.start <= tok.head.i < span.end and tok.head.left_edge.i >= span.start
        if _acronym_in_brackets(tok) and whole and tok.i not in st.covered:
            st.reg.add(tok.text, m.actor, None, m.text)
            _add(st, tok.i, tok.i + 1, replace(m.actor, reason=f"'{tok.text}' = {m.text} (its short name)"), tok.i)


def _acronym_in_brackets(tok) -> bool:
    """"(NUT)" after "the Nigerian Union of Teachers": the phrase's own short name, no person."""
    return tok.text.isupper() and tok.i > 0 and tok.doc[tok.i - 1].text == "("


def _chain_around(st: _State, i: int) -> tuple[int, int] | None:
    doc = st.doc
    start = i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and \
            (st.at.get(start - 1) is None or st.at[start - 1].entities):
        start -= 1
    return _name_chain(doc, start, st)


# -- 3. agents ------------------------------------------------------------------------

def _agents(st: _State) -> None:
    doc = st.doc
    g = grammar()
    for p in st.phrases:
        if p.used or not p.has("agent"):
            continue
        agent: Agent = p.first("agent")
        plural = any(r.kind == "agent" and r.plural for r in p.refs)
        root = doc[p.start:p.end].root
        nxt = st.at.get(p.end)
        if nxt is not None and nxt.has("agent") and not nxt.used and not plural and root.head.i >= p.end:
            continue  # "Deputy Chief Minister": read at its last agent word
        if _not_an_agent(st, p):
            continue
        place = _names_a_place(st, p, agent, root)
        tstart, group = _title_group(st, p)
        lstart, former, crefs, how = _left_context(st, tstart)
        if _proxy_of(root):  # "Israel's militia ally": not Israel's militia; its place may tell
            p.used = True
            _add(st, tstart, root.head.i + 1, st.kb.agent_actor(agent, None, _text(st, tstart, root.head.i + 1),
                                                                former=former), root.head.i)
            continue
        end = p.end
        if not crefs and not place and not _prep_of_verb(doc, p.end, root):
            crefs, after_end = _cref_list_after_of(st, p.end, _after_preps(agent))
            if not crefs and "in" in _after_preps(agent) and p.end + 1 < len(doc) \
                    and doc[p.end].lower_ in g["country_led_words"]:  # "a terror group based in Trinidad"
                crefs, after_end = _cref_list_after_of(st, p.end + 1, ("in",))
            if crefs:
                end, how = after_end, doc[p.end].lower_
        shared = shared_after(st, p, _cref_list_after_of, _after_preps) if not crefs and not place else []
        if shared:  # "lawmakers and officials in France": French lawmakers too
            p.used = True
            for q in shared:
                base = _base_actor(st, q)
                if base is not None:
                    _add(st, _skip_det(doc, lstart, p.start), p.end, st.kb.agent_actor(
                        agent, base, _text(st, p.start, p.end), former=former), root.i,
                        also=f" (shared with the agent after it, '{_text(st, q.start, q.end)}')")
            continue
        text = _text(st, lstart if crefs else _skip_det(doc, lstart, p.start), end)
        if not crefs and not place and root.dep_ == "conj" and _shared_countries(st, p, agent, root, former):
            continue
        if place:  # "the Bosnian town of Gorazde" is Bosnia; "Borno state" is no actor
            for q in crefs:
                base = _base_actor(st, q)
                if base is not None:
                    _add(st, lstart, p.end, replace(base, reason=f"{base.reason}: place '{text}'"), root.i)
                    q.used = True
            p.used = True
            continue
        if crefs:
            # "the Nigerian Union of Teachers": the name's head ("Union") heads the mention
            head = doc[lstart:end].root.i if p.start > 0 and doc[p.start - 1].lower_ == "of" else root.i
            for q in crefs:
                base = _base_actor(st, q)
                if base is None:
                    continue
                actor = _named_body_of(st, p, agent, base, former) or \
                    st.kb.agent_actor(agent, base, _text(st, p.start, p.end), former=former)
                _add(st, lstart, end, actor, head, also=f" ({how})", outlet=is_outlet(agent))
                q.used = True
            p.used = True
            continue
        if root.lemma_.lower() in g["counterpart_nouns"]:
            continue  # "met his counterpart": of another side, whose country the phrase does not say
        if agent.phrase in g["leader_bodies"] and _leader_body(st, p, agent, lstart, root):
            continue
        if not plural:
            person = st.reg.by_title(agent.phrase)
            if person is not None and any(c.lower_ in ("the",) for c in root.children):
                p.used = True
                _add(st, _skip_det(doc, lstart, p.start), end, replace(
                    person.actor, reason=f"'{text}' = {person.name} (introduced as '{person.introduced_as}')"), root.i)
                continue
        if plural and any(c.lower_ in g["group_determiners"] for c in root.children):
            continue  # "their leaders", "the two leaders": coreference decides
        if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" and st.at.get(root.head.i) is None \
                and not modifies_subject(root, p.start, p.end):
            continue  # "police station", "government policy": not an actor ("police helicopters fired" is)
        if is_location(root, g):
            continue  # "at the police station"
        p.used = True
        _add(st, _skip_det(doc, lstart, p.start), end, st.kb.agent_actor(agent, None, text, former=former), root.i,
             outlet=is_outlet(agent))


def _named_body_of(st: _State, p: Phrase, agent: Agent, base: Actor, former: bool) -> Actor | None:
    """"Japan's Self-Defense Forces": words of an unaligned armed force (UAF) written as the
    name of a body the knowledge base knows (capitalised: the phrase's name refs fit) of the
    country before them are that country's own force (JPNMIL), no unaligned one (lower-case
    "self-defense forces" are militias)."""
    if former or not base.country or "UAF" not in agent.sector_code:
        return None
    for ent in p.entities:
        actor = st.kb.entity_actor(ent, st.on)
        if actor is not None and actor.country == base.country and actor.kind != "person":
            return replace(actor, reason=f"{actor.reason}; '{_text(st, p.start, p.end)}' of {base.name} is its name")
    return None


def _proxy_of(root) -> bool:
    """"Israel's militia ally", "Iran's militia proxies": an agent word before a word of an
    ally or proxy (proxy_nouns in grammar.yaml) is another party, not the possessor's."""
    return root.dep_ == "compound" and root.head.i > root.i and root.head.lemma_.lower() in grammar()["proxy_nouns"]


def _shared_countries(st: _State, p: Phrase, agent: Agent, root, former: bool) -> bool:
    """"Danish media and government": the second agent of a coordination shares the countries
    of the first ("Israeli troops and police" are Israeli police)."""
    first = [m for m in st.mentions if m.head == root.head.i and m.actor.country and m.actor.kind != "person"]
    if not first or st.at.get(root.head.i) is None or not st.at[root.head.i].has("agent"):
        return False
    for m in first:
        base = st.kb.actor(m.actor.country, m.actor.name, "country", f"country of '{m.text}'")
        actor = st.kb.agent_actor(agent, base, _text(st, p.start, p.end), former=former)
        _add(st, p.start, p.end, actor, root.i, also=f" (shared with '{m.text}')")
    p.used = True
    return True


def _not_an_agent(st: _State, p: Phrase) -> bool:
    """"a state of emergency", "a state visit": the agent word begins a phrase that is no actor."""
    text = " ".join(t.lower_ for t in st.doc[p.start:p.end + 4]) + " "
    size = p.end - p.start
    return any(text.startswith(n + " ") and len(n.split(" ")) > size for n in grammar()["not_agents"])


def _prep_of_verb(doc, j: int, root) -> bool:
    """"withdraw inspectors and workers | from Iraq": a "from" after the agent that the parse
    hangs on the verb, or after an agent with a possessor ("its ambassador from Niger"), says
    where from, not whose ("killed people | in Gaza": the people are there all the same)."""
    if j >= len(doc) or doc[j].lower_ != "from" or doc[j].dep_ != "prep":
        return False
    if any(c.dep_ == "poss" for c in root.children):
        return True  # "recalled its ambassador from Niger": whose is said already
    return doc[j].head.i != root.i and doc[j].head.pos_ in ("VERB", "AUX")


def _after_preps(agent: Agent) -> frozenset[str]:
    """The prepositions that join a country after this agent: "soldiers from Gondor", "activists
    in Arnor"; not "troops in Syria" (armed forces are often abroad)."""
    g = grammar()
    if "MIL" in agent.sector_code:
        return g["agent_origin_prepositions"]
    return g["agent_origin_prepositions"] | g["agent_place_prepositions"]


def _names_a_place(st: _State, p: Phrase, agent: Agent, root) -> bool:
    """"Borno state", "Marawi City", "the state of Goa": a place word with a proper name that is
    not a country (a country's "state" or "city" is read as usual).  A country word before it
    stays: "the Bosnian town of Gorazde" is Bosnia."""
    if agent.phrase not in grammar()["place_agents"]:
        return False
    doc = st.doc
    before = [c for c in root.children if c.dep_ == "compound" and c.i < p.start and c.pos_ == "PROPN"]
    if any(st.at.get(c.i) is None or not _country_like(st, st.at[c.i]) for c in before):
        return True
    j = p.end
    if j + 1 < len(doc) and doc[j].lower_ == "of":
        k = j + 1 + (doc[j + 1].lower_ == "the")
        q = st.at.get(k) if k < len(doc) else None
        return k < len(doc) and doc[k].pos_ == "PROPN" and (q is None or not _country_like(st, q))
    return False


def _leader_body(st: _State, p: Phrase, agent: Agent, lstart: int, root) -> bool:
    """"the Bush administration", "the Netanyahu government", "Obama's cabinet": a leader's
    name (full, a surname, or a person the article introduced) before the agent gives the
    country's government."""
    doc = st.doc
    j = lstart
    if j > 1 and doc[j - 1].lower_ in ("'s", "’s"):
        j -= 1
    k = j
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and j - k < 4 and (
            st.at.get(k - 1) is None or _is_person_phrase(st.at[k - 1])):
        k -= 1
    if k == j:
        return False
    name = _text(st, k, j)
    person = st.reg.find(name)
    if person is not None and person.country:
        country, who = person.country, person.name
    else:
        got = st.kb.leader_country(name, st.on)
        if got is None:
            return False
        country, who = got[0], got[1].name
    c = st.kb.countries.get(country)
    base = st.kb.country_actor(c, f"leader '{name}'") if c is not None else st.kb.actor(
        country, None, "country", f"leader '{name}'")
    actor = st.kb.agent_actor(agent, base, _text(st, p.start, p.end))
    for i in range(k, j):
        q = st.at.get(i)
        if q is not None:
            q.used = True
    p.used = True
    _add(st, k, p.end, replace(actor, reason=f"{actor.reason}: leader '{name}' = {who}"), root.i)
    return True


def _skip_det(doc, i: int, limit: int) -> int:
    while i < limit and doc[i].pos_ == "DET":
        i += 1
    return i


# -- 4. names, countries, places ----------------------------------------------------------

def _names(st: _State) -> None:
    doc = st.doc
    g = grammar()
    for p in st.phrases:
        if p.used or any(i in st.covered for i in range(p.start, p.end)):
            continue
        span = doc[p.start:p.end]
        root = span.root
        text = span.text
        ents = p.entities
        if ents:
            ent = ents[0]
            actor = st.kb.entity_actor(ent, st.on)
            if actor is None:
                p.used = True  # a non-actor ("Latin America"): blocks the names inside it
                continue
            if _inside_longer_name(st, p):
                continue
            if ent.kind == "seat" and is_location(root, g):
                continue
            if ent.kind == "person":
                if all(st.kb.bare_name_ambiguous(e) for e in ents if e.kind == "person"):
                    continue  # "Abdullah", "Hussein" alone: a common part of many names
                if _acronym_in_brackets(root) and root.i > 1 and doc[root.i - 2].pos_ == "PROPN":
                    continue  # "the Municipality Association (AKK)": the name's short form, no person
                if len(ents) > 1:
                    actor = _best_person(st, ents, actor)
                st.reg.add(ent.name, actor, None, text)
                others = []
            else:
                others = st.kb.entity_actors(ent, st.on)[1:]  # a compound code: "[FRO/SAM]"
            p.used = True
            start, actor = _national_branch(st, p, actor)
            for a in [actor] + others:
                _add(st, start, p.end, a, root.i, outlet=a.kind != "person" and "MED" in a.sectors)
            continue
        c = p.country
        if c is None:
            continue
        if p.has("country"):
            if _stance(st, p):
                continue
            if _inside_longer_name(st, p):
                _named_body(st, p, c)  # "the Montenegro Assembly"; "the Jakarta Post" is no actor
                continue
            p.used = True
            _add(st, p.start, p.end, st.kb.country_actor(c, f"name '{text}'"), root.i)
        elif p.has("demonym"):
            p.used = True
            home = _home_country(st, root)
            people = p.first("demonym")
            actor = st.kb.country_actor(people, f"demonym '{text}'") if home is None or home == people else \
                st.kb.country_actor(home, f"'{text} of {home.name}': a people coded by the country it lives in")
            _add(st, p.start, p.end, actor, root.i)
        elif p.has("adj"):
            head_outside = root.head.i < p.start or root.head.i >= p.end
            if root.dep_ in g["noun_dependencies"] and root.pos_ in ("NOUN", "PROPN") and not (
                    root.dep_ == "conj" and root.head.pos_ == "ADJ") and not (
                    head_outside and root.dep_ in ("amod", "compound", "nmod")):
                p.used = True
                _add(st, p.start, p.end, st.kb.country_actor(p.first("adj"), f"adjective used as a noun '{text}'"),
                     root.i)
            elif head_outside and root.head.i not in st.covered and modifies_subject(root, p.start, p.end):
                p.used = True
                _add(st, p.start, p.end, st.kb.country_actor(
                    p.first("adj"), f"adjective '{text}' modifying the subject '{root.head.text}'"), root.i)
        elif p.has("capital"):
            if is_location(root, g) or _inside_longer_name(st, p) or (
                    _modifies_common_noun(st, root, p) and not modifies_subject(root, p.start, p.end)):
                continue
            p.used = True
            _add(st, p.start, p.end, st.kb.country_actor(p.first("capital"), f"capital '{text}' as metonym"),
                 root.i)


def _national_branch(st: _State, p: Phrase, actor: Actor) -> tuple[int, Actor]:
    """"the Kenyan Red Cross": an international NGO named with a country word inside its name
    is that country's branch, coded as Phoenix codes them (NGOINDHLHIRC, the Indian Red
    Cross): (start token, actor)."""
    doc = st.doc
    q = st.at.get(p.start - 1) if p.start > 0 else None
    if not actor.code.startswith("NGO") or actor.country or q is None or q.used or q.end != p.start \
            or q.country is None or q.entities or _stance(st, q) or not (
            doc[q.end - 1].dep_ in ("compound", "amod") and p.start <= doc[q.end - 1].head.i < p.end):
        return p.start, actor
    country = st.kb.country_actor(q.country, "").code
    parts = st.kb.codes.parse("NGO" + country + actor.code[3:])
    q.used = True
    return q.start, replace(actor, code="NGO" + country + actor.code[3:], country=parts.country, sectors=parts.sectors,
                            reason=f"{actor.reason}; the branch of {q.country.name} ('{_text(st, q.start, p.end)}')")


def _home_country(st: _State, root) -> Country | None:
    """"The Albanians of southern Serbia", "the Kurds of Iraq": a plural people named with
    the country it lives in ("of" and a country's name) is coded by that country."""
    if root.tag_ not in ("NNPS", "NNS"):
        return None
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            q = next((st.at.get(x.i) for x in c.children if x.dep_ == "pobj"), None)
            if q is not None and q.has("country"):
                return q.first("country")
    return None


def _best_person(st: _State, ents: list[Entity], first: Actor) -> Actor:
    """Of several people with this name, one holding a role on the date."""
    for e in ents:
        if e.kind == "person":
            a = st.kb.entity_actor(e, st.on)
            if a is not None and " on " in a.reason and "closest" not in a.reason:
                return a
    return first


def _modifies_common_noun(st: _State, root, p: Phrase) -> bool:
    """"Tokyo stocks", "the Seoul summit": a place name as modifier of an ordinary noun."""
    if root.dep_ not in ("compound", "nmod", "amod"):
        return False
    head = root.head
    if head.i >= p.start and head.i < p.end:
        return False
    if head.dep_ in ("npadvmod", "dobj") and head.i == root.i + 1 and head.head.pos_ == "VERB" \
            and head.lemma_.lower() in grammar()["time_nouns"]:
        return False  # "visited Beijing days after ...": the verb's object the parser hung on the time
    q = st.at.get(head.i)
    return head.pos_ == "NOUN" and (q is None or not q.has("agent"))


def _inside_longer_name(st: _State, p: Phrase) -> bool:
    """"Washington Post", "Korea Herald", "Yuko Kishida": the phrase is part of a longer proper
    name that the knowledge base does not know."""
    doc = st.doc
    for j in (p.start - 1, p.end):
        if j < 0 or j >= len(doc):
            continue
        t = doc[j]
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or st.at.get(j) is not None:
            continue
        if j == p.start - 1 and sentence_epithet(t):
            continue  # "Tiny Luxembourg condemned ...": capitalised as a sentence's first word
        linked = (t.dep_ == "compound" and p.start <= t.head.i < p.end) or any(
            doc[k].dep_ == "compound" and doc[k].head.i == j for k in range(p.start, p.end)) or (
            t.dep_ == "compound" and doc[p.start:p.end].root.dep_ == "compound"
            and t.head.i == doc[p.start:p.end].root.head.i)
        if linked:
            return True
    return False


def _named_body(st: _State, p: Phrase, c: Country) -> bool:
    """"the Montenegro Assembly": a proper name of capitalised words that begins with a
    country's name and ends in a state body's word (named_bodies in grammar.yaml) is that
    body of the country: adds the mention."""
    doc = st.doc
    root = doc[p.start:p.end].root
    head = root.head
    code = grammar()["named_bodies"].get(head.lower_)
    if code is None or root.dep_ != "compound" or head.i < p.end or head.pos_ != "PROPN" or any(
            not (t.pos_ == "PROPN" and t.is_title and (t.i == head.i or t.head.i == head.i)) or st.at.get(t.i)
            for t in doc[p.end:head.i + 1]):
        return False
    text = _text(st, p.start, head.i + 1)
    actor = st.kb.agent_actor(Agent(head.lower_, code, "grammar.yaml named_bodies"),
                              st.kb.country_actor(c, f"name '{_text(st, p.start, p.end)}'"), text)
    p.used = True
    _add(st, p.start, head.i + 1, replace(actor, reason=f"{actor.reason}: the body named '{text}'"), head.i)
    return True


# -- 5. surnames --------------------------------------------------------------------------

def _surnames(st: _State) -> None:
    doc = st.doc
    i = 0
    n = len(doc)
    while i < n:
        t = doc[i]
        if i in st.covered or t.pos_ != "PROPN" or not t.text[:1].isupper() or (
                st.at.get(i) is not None and st.at[i].used):
            # a surname the tagger took for a common noun ("Trump said ...")
            if (i not in st.covered and t.pos_ == "NOUN" and t.is_title and t.dep_ in BARE_NAME_DEPS
                    and (st.at.get(i) is None or not st.at[i].used)):
                _bare_leader(st, i)
            i += 1
            continue
        j = i
        while j < n and doc[j].pos_ == "PROPN" and j not in st.covered and doc[j].text[:1].isupper():
            j += 1
        person = st.reg.find(doc[i:j].text)
        if person is not None:
            _add(st, i, j, replace(person.actor, reason=f"'{doc[i:j].text}' = {person.name} "
                                                        f"(introduced as '{person.introduced_as}')"),
                 doc[i:j].root.i)
        elif j == i + 1:
            _bare_leader(st, i)
        i = j


BARE_NAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "dative"})


def bare_surname_words(kb) -> frozenset[str]:
    """The words ``_bare_leader`` may read as an office holder (the sentence filter's cue):
    not those of one or two letters, a regnal number ("Charles III") or a day or month."""
    g = grammar()
    words = kb.bare_surnames(frozenset(c.upper() for c in g.get("family_name_first", ())),
                             g.get("bare_surname_blocklist", frozenset()))
    return frozenset(w for w in words if len(w) > 2 and not _ROMAN.fullmatch(w) and w not in _CALENDAR)


_ROMAN = re.compile(r"[ivxlc]+")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                      "may june july august september october november december".split())


def _bare_leader(st: _State, i: int) -> None:
    """"Trump said ...": a lone surname of a current office holder (see grammar.yaml)."""
    g = grammar()
    got = st.kb.leader_by_bare_surname(st.doc[i].text, st.on, frozenset(c.upper() for c in g.get("family_name_first", ())),
                                       g.get("bare_surname_blocklist", frozenset()))
    if got is None:
        return
    e, role = got
    actor = st.kb.entity_actor(e, st.on)
    if actor is None:
        return
    when = f"on {st.on}" if st.on else "(no date: the most recent role)"
    _add(st, i, i + 1, replace(actor, reason=f"'{st.doc[i].text}' alone = {e.name}, office holder {when}; {actor.reason}"), i)


# -- helpers ------------------------------------------------------------------------------

def _following_name(st: _State, p):
    """(start, end) of the name right after a title phrase: a known person, else a run of
    name words; None when there is none."""
    nxt = st.at.get(p.end)
    if nxt is not None and _is_person_phrase(nxt) and nxt.start == p.end:
        return (nxt.start, nxt.end)
    return _name_chain(st.doc, p.end, st)


def _text(st: _State, start: int, end: int) -> str:
    return st.doc[start:end].text


def _add(st: _State, start: int, end: int, actor: Actor, head: int, also: str = "", outlet: bool = False) -> None:
    doc = st.doc
    start = _skip_det(doc, start, end - 1)
    span = doc[start:end]
    if doc[head].pos_ in ("DET", "ADP", "PUNCT", "PART") and (start <= head < end or head == start - 1):
        # "the United Nations Emergency Relief Coordinator": the head of "the United Nations" is "Nations";
        # "The Islamic State group": the name's own "The" (skipped) hangs on "group", the name on "State"
        outer = [t for t in span if (t.head.i < start or t.head.i >= end or t.head.i == t.i) and t.pos_ in NOMINAL]
        if outer:
            head = outer[-1].i
    if outlet and tells_story(doc[head]):
        st.covered.update(range(start, end))
        return
    reason = actor.reason + also
    st.mentions.append(Mention(span.start_char, span.end_char, span.text, replace(actor, reason=reason), head, reason))
    st.covered.update(range(start, end))
