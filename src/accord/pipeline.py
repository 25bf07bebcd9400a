"""The coder: composes the stages into ``Coder.code(article) -> events``.

    text -> spaCy Doc -> actor mentions (+ coreference) -> per sentence: predicates,
    patterns, roles, modality -> dated, placed Event records with evidence; quotes.

Every stage is a module of its own; this file only wires them and times them.
"""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import date

from . import dates, places, quotes
from .actors import ActorKB, coref, recognize
from .actors.context import grammar, is_location
from .actors.kin import away_from_kin
from .actors.names import key
from .actors.recognizer import bare_surname_words
from .events.extract import Candidate, SentenceCoder, Trace
from .events.implicit import FOREIGN_VIOLENCE_ROOTS, IMPLICIT_TARGET
from .events.modality import load_lexicon
from .events.match import clause_tokens
from .events.patterns import load_dictionary
from .events.reporters import in_attribution, without_reporters
from .events.roles import ActorIndex
from .model import Actor, Article, CodedArticle, Event, Evidence, Mention, text_id
from .nlp import SentenceFilter, load_nlp, one_blas_thread
from .person_names import is_person_name
from .ontology import cameo

FORCE_AIMED_ROOTS = frozenset({"17", "18", "19", "20"})  # coercion and force: aimed "at" someone


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class Coder:
    """Codes articles into events.  Load once, reuse: loading the model and knowledge is
    the expensive part.

    actors_files / verbs_files: the user's knowledge, added to the shipped files.
    dict_dir: a folder written by ``accord dict import``; its dictionaries replace the
      shipped ones (PETRARCH compatibility: paired events such as visit/host are emitted).
    require_dyad: only events with both a source and a target (as GDELT and ICEWS).
    require_source: False keeps a coded predicate whose actors are unknown (source None):
      for classifying sentences by their main event, not for event data.
    """

    def __init__(self, actors_files=(), verbs_files=(), dict_dir=None, require_dyad: bool = True,
                 paired: bool | None = None, nlp=None, prefilter: bool = True, require_source: bool = True):
        t0 = time.perf_counter()
        # the NER component is not needed (actors come from the knowledge base, dates and
        # places from word lists and proper nouns) and costs about 40% of the parse
        self.nlp = nlp if nlp is not None else load_nlp(("ner",))
        self.kb = ActorKB.load(extra_files=tuple(actors_files), dict_dir=dict_dir)
        self.dictionary = load_dictionary(tuple(verbs_files), dict_dir)
        self.lexicon = load_lexicon()
        if paired is None:
            paired = dict_dir is not None
        self.require_dyad = require_dyad
        self.sentences = SentenceCoder(self.dictionary, self.lexicon, paired=paired, require_dyad=require_dyad,
                                       petrarch=dict_dir is not None, require_source=require_source)
        self.filter = None
        if prefilter:
            lemmas = set(self.dictionary.by_verb) | set(self.dictionary.by_noun)
            matcher = self.kb.matcher() if hasattr(self.kb, "matcher") else None
            self.filter = SentenceFilter(self.nlp, lemmas, getattr(self.kb, "agent_words", frozenset()),
                                         matcher.match if matcher is not None else None,
                                         bare_surname_words(self.kb) if hasattr(self.kb, "bare_surnames") else ())
        self.stats: dict[str, float] = defaultdict(float)
        self.stats["load"] += time.perf_counter() - t0

    # -- public API -------------------------------------------------------------------
    def code(self, text: str, published=None, article_id: str | None = None) -> list[Event]:
        """Events of one text (an article body or a sentence)."""
        article = Article(id=article_id or text_id(text), text=text, published=_as_date(published))
        return list(self.code_article(article).events)

    def code_article(self, article: Article, parsed=None) -> CodedArticle:
        """Events, quotes and actor mentions of one article (``parsed``: what
        ``parse_articles`` gave for it, when already parsed)."""
        coded, _ = self._run(article, explain=False, parsed=parsed)
        return coded

    def code_articles(self, articles: list[Article]) -> list[CodedArticle]:
        """``code_article`` of each, their sentences parsed in one batch (faster)."""
        return [self.code_article(a, p) for a, p in zip(articles, self.parse_articles(articles))]

    def parse_articles(self, articles: list[Article]) -> list:
        """The parse stage of several articles at once: (Doc, sentences parsed, sentences)
        each."""
        t = time.perf_counter()
        if self.filter is not None:
            out = self.filter.parse_many([a.text for a in articles])
        else:
            with one_blas_thread():
                docs = list(self.nlp.pipe([a.text for a in articles]))
            out = [(doc, n, n) for doc in docs for n in [sum(1 for _ in doc.sents)]]
        for _, kept, total in out:
            self.stats["sentences"] += total
            self.stats["sentences_parsed"] += kept
        self._tick("parse", t)
        return out

    def explain(self, article: Article) -> list[dict]:
        """Per sentence: tokens with their parse, actor mentions and why, and every
        predicate decision (coded, or why not)."""
        _, details = self._run(article, explain=True)
        return details

    # -- stages -------------------------------------------------------------------
    def _tick(self, stage: str, t0: float) -> float:
        now = time.perf_counter()
        self.stats[stage] += now - t0
        return now

    def _run(self, article: Article, explain: bool, parsed=None):
        doc = (parsed or self.parse_articles([article])[0])[0]
        t = time.perf_counter()
        mentions = [_as_of(m, article.published) for m in recognize(doc, article.published, self.kb)]
        mentions += self._nationality_of_event_nouns(doc, mentions, article.published)
        mentions += coref.resolve(doc, mentions)
        mentions = coref.possessed_agents(doc, mentions)
        idx = ActorIndex.build(without_reporters(mentions, doc), doc)
        idx.any_possessor = self.sentences.petrarch
        speakers = ActorIndex.build(mentions, doc)
        t = self._tick("actors", t)
        events: list[Event] = []
        details: list[dict] = []
        text = None  # doc.text joins every token: built once, when an event needs it
        for si, sent in enumerate(doc.sents):
            trace = Trace()
            if self.filter is not None and not sent.root.pos_:  # left unparsed by the filter: no predicate to find
                trace.add(sent.root, "not parsed: the sentence filter found no predicate with an actor")
                if explain:
                    details.append(_explain_sentence(si, sent, mentions, trace))
                continue
            cands = self.sentences.code(sent, idx, trace, place_target=self._place_target(sent, mentions, article.published),
                                        object_country=self._object_country(article.published))
            if cands and text is None:
                text = doc.text
            for c in cands:
                ev = self._event(article, si, sent, c, mentions, text)
                if ev is not None:
                    events.append(ev)
            if explain:
                details.append(_explain_sentence(si, sent, mentions, trace))
        t = self._tick("events", t)
        qs = quotes.extract_quotes(doc, article.id, _speaker_resolver(speakers))
        self._tick("quotes", t)
        self.stats["articles"] += 1
        events.sort(key=lambda e: (e.sentence_index, e.cameo_root in ("01", "02"), e.evidence.trigger[0]))
        return CodedArticle(article, tuple(events), tuple(qs), tuple(mentions)), details

    def _nationality_of_event_nouns(self, doc, mentions, published) -> list[Mention]:
        """'Israeli air raids', 'US sanctions': a nationality word before an event noun is the
        noun's agent, although alone it is no actor ('Japanese rule')."""
        heads = {m.head for m in mentions}  # token indices
        chars = {c for m in mentions for c in range(m.start, m.end)}  # character offsets
        out = []
        for tok in doc:
            if tok.dep_ not in ("amod", "compound") or tok.i in heads or tok.idx in chars:
                continue
            head = tok.head
            if not self.dictionary.nouns_for(head.lemma_.lower()) and not self.dictionary.nouns_for(head.lower_) \
                    and head.lemma_.lower() not in grammar()["agentive_nouns"]:  # "US mediation"
                continue
            if not (tok.is_title or tok.is_upper):
                continue
            found = [a for a in self.kb.lookup(tok.text, published) if a.kind == "country" and not a.sectors]
            if found:
                a = found[0]
                out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, a, tok.i,
                                   f"'{tok.text}' is the agent of the event noun '{head.text}' ({a.code})"))
        return out

    def _object_country(self, published):
        """The country of what a predicate acts on, named by a nationality word in its object
        ("import restrictions against German goods", "the Azerbaijani republic of
        Nakhichevan"); the objects of a governed verb count ("threatened to cut off ...")."""
        def country(trigger, code: str = "") -> Mention | None:
            heads = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp"]
            rules = places.rules()
            locative = rules["locative_preps"]
            if code[:2] in FORCE_AIMED_ROOTS:  # "fired water cannon at a Philippine boat": aimed at, no place
                locative = [w for w in locative if w not in rules.get("aim_preps", ())]
            around = grammar().get("circumstance_prepositions", [])  # ("despite criticism by Greek officials")
            for h in heads:  # the predicate's own clause: objects and prepositional objects
                for c in clause_tokens(h):
                    # (not a word of a name: "told the Jakarta Post")
                    if c.dep_ in ("amod", "compound") and (c.is_title or c.is_upper) and c.head.i > c.i \
                            and c.head.pos_ == "NOUN" and not _in_phrase_of(c, locative, h) \
                            and not _on_border(c.head, rules) and not self._in_longer_name(c) \
                            and not in_attribution(c) and not _in_phrase_of(c, around, h):
                        found = [a for a in self.kb.lookup(c.text, published) if a.kind == "country" and not a.sectors]
                        if found:
                            a = found[0]
                            return Mention(c.idx, c.idx + len(c.text), c.text, a, c.i,
                                           f"'{c.text}' names whose {c.head.text} it is ({a.code})")
            return None

        return country

    def _in_longer_name(self, tok) -> bool:
        """"seven Latin American countries": the word is part of a longer name the knowledge
        base knows (a region's, no country's)."""
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and prev.is_title and key(f"{prev.text} {tok.text}") in self.kb.index

    def _place_target(self, sent, mentions, published=None):
        def target(trigger) -> Mention | None:
            loc = places.event_location(sent, trigger, mentions)
            how = "where it happened"
            if loc is None or not loc.country:
                loc, how = _object_place(trigger, mentions), "the place acted on"
            if loc is None or not loc.country:
                return None
            country = places.country_on(loc.country, published)  # Juba in 2000 is in Sudan
            actor = Actor(country, country, (), loc.name, "country", f"{how}: {loc.name}")
            return Mention(-1, -1, loc.name, actor, -1, f"from {how} ({loc.name})")

        return target

    def _event(self, article: Article, si: int, sent, c: Candidate, mentions, doc_text: str) -> Event | None:
        info = cameo(c.code)
        words = [t for t in sent if not t.is_space]
        s0 = words[0].idx if words else sent.start_char
        s1 = words[-1].idx + len(words[-1].text) if words else sent.end_char
        text = doc_text[s0:s1]
        trig = (c.trigger.idx - s0, c.trigger.idx + len(c.trigger.text) - s0)

        def span(m):
            return (m.start - s0, m.end - s0) if m is not None and m.start >= s0 else None

        when = dates.event_date(sent, c.trigger, article.published)
        where = places.event_location(sent, c.trigger, mentions)
        in_sent = [m for m in mentions if m.actor.country and sent.start_char <= m.start < sent.end_char]
        countries = {m.actor.country for m in in_sent if m.actor.kind != "igo"}
        placed = {m.actor.country for m in in_sent if m.actor.kind == "country" and m.head >= 0
                  and is_location(sent.doc[m.head], grammar())}
        other_t = c.target.actor.country if c.target else None
        other_s = c.source.actor.country if c.source else None
        t_countries, t_placed = countries, placed
        if c.source is not None and c.code[:2] in FOREIGN_VIOLENCE_ROOTS and c.source.actor.code == other_s:
            # "Israel struck Iran and killed several commanders": a state's violence is not
            # domestic by default; the commanders are not its own (a place still places them)
            t_countries, t_placed, other_s = countries - {other_s}, placed - {other_s}, None
        place = where
        if self.sentences.petrarch:  # PETRARCH: an agent takes a country from its own phrase only
            place, countries, placed, other_s, other_t = None, frozenset(), frozenset(), None, None
            t_countries, t_placed = countries, placed
        boss = c.source and _commander(c.source, sent.doc, mentions, self.lexicon.causative_governors)
        source = _with_country(c.source.actor, c.source, sent.doc, place, countries, other_t, placed,
                               boss) if c.source else None
        target = _with_country(c.target.actor, c.target, sent.doc, place, t_countries, other_s, t_placed) if c.target else None
        if target is not None and target.country is None and target.reason.startswith(IMPLICIT_TARGET):
            if source is None or source.country is None:
                # "students demonstrated": whose country, the text does not say
                if self.require_dyad:
                    return None
                target = None
            else:
                target = Actor(source.country, source.country, (), source.country, "country",
                               f"{IMPLICIT_TARGET}: the country of {source.name}")
        if target is None and self.require_dyad and (source is None or source.country is None):
            # an act with no recipient ("resigned") says something only of a known country's actor
            return None
        tspan = span(c.target) if target is not None else None
        ev = Evidence(text, trig, span(c.source), tspan, f"{c.rule}; {c.roles}; {c.modality.value}"
                      + (f" ({c.modality.reason})" if c.modality.reason else ""), s0)
        return Event(
            article_id=article.id, sentence_index=si,
            source=source, target=target,
            cameo=c.code, cameo_name=info.name, goldstein=info.goldstein, quad_class=info.quad_class,
            penta_class=info.penta_class, plover_type=info.plover_type, plover_mode=info.plover_mode,
            modality="intended" if c.modality.value == "intended" else (
                "reported" if c.modality.value == "reported" else "asserted"),
            evidence=ev, date=when, location=where,
            source_text=c.source.text if c.source else None, target_text=c.target.text if c.target and target is not None else None,
        )


def _on_border(noun, rules) -> bool:
    """"a stronghold on the Thai border": where a thing is, not whose border (on the verb,
    "troops massed on the Ukrainian border", the border's country is what the act faces)."""
    return (noun.lemma_.lower() in rules["border_nouns"] and noun.dep_ == "pobj"
            and noun.head.lower_ in rules["border_preps"] and noun.head.head.pos_ in ("NOUN", "PROPN"))


def _in_phrase_of(tok, preps, stop) -> bool:
    """``tok`` lies in a phrase opened by one of ``preps`` below ``stop`` ("on the Thai
    border": where, not whose)."""
    t = tok
    while t.i != stop.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in preps:
            return True
        t = t.head
    return False


def _as_of(m: Mention, published) -> Mention:
    """A capital standing for a state founded after the article ("Juba" in 2000): the state
    it then belonged to."""
    a = m.actor
    if a.kind != "country" or not a.country or "capital" not in a.reason:
        return m
    then = places.country_on(a.country, published)
    if then == a.country:
        return m
    actor = Actor(then + a.code[len(a.country):], then, a.sectors, a.name, a.kind,
                  f"{a.reason}; part of {then} on {published}")
    return Mention(m.start, m.end, m.text, actor, m.head, actor.reason)


def _object_place(trigger, mentions=()):
    """A place named as the object of the predicate ("shelled Juba", "raided Kabul"); never
    a person's name that is also a place's ("Robert was killed" is no attack on Le Robert,
    "Tipton was devastated" none on Tipton): the head of a person the actors name, or a
    word the entity recognizer reads as a person's name (person_names.py)."""
    persons = {m.head for m in mentions if m.head >= 0 and m.actor.kind == "person"}
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" and c.i not in persons \
                and not is_person_name(c):
            span = trigger.doc[c.left_edge.i: c.i + 1]
            names = [t for t in span if t.pos_ == "PROPN"]
            if names:
                loc = places.lookup(trigger.doc[names[0].i: c.i + 1].text)
                if loc is not None:
                    return loc
    return None


def _commander(mention: Mention, doc, mentions, governors) -> Actor | None:
    """Who commands an agent ("Netanyahu ordered the army to ..."; causative_governors in
    modality.yaml): the subject of the verb of command whose object the agent is."""
    tok = doc[mention.head] if mention.head >= 0 else None
    if tok is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in governors:
        return None
    subj = next((c.i for c in tok.head.children if c.dep_ == "nsubj"), None)
    return next((m.actor for m in mentions if m.head == subj and m.actor.country), None) if subj is not None else None


def _with_country(actor: Actor, mention: Mention, doc, where, countries=frozenset(), other=None,
                  placed=frozenset(), commander: Actor | None = None) -> Actor:
    """An agent named without a country ("rebels", "police") takes the country of a place
    in its own phrase ("rebels in the Ivory Coast", "Sichuan province officials"), else of
    the place of the event, else the one country its sentence names, else the one country
    its sentence names as a place ("... with Japanese companies in the United States"),
    else the country of the other actor (a domestic event: "rebels attacked Nigerian
    troops"); an agent someone commands is the commander's, before all of these."""
    if actor.country or not actor.code.startswith("---"):
        return actor
    countries, placed, other = away_from_kin(actor, doc, countries, placed, other)  # "ethnic Serbs": not Serbia
    if commander is not None:  # "X ordered the army to ...": X's army
        country, how = commander.country, f"its commander ({commander.code})"
    else:
        country, how = _own_place(doc, mention.head) if mention.head >= 0 else (None, "")
    if country is None and where is not None and where.country:
        country, how = where.country, f"the place of the event ({where.name})"
    if country is None and len(countries) == 1:
        country, how = next(iter(countries)), "the only country its sentence names"
    if country is None and len(placed) == 1:
        country, how = next(iter(placed)), "the only country its sentence names as a place"
    if country is None and other:
        country, how = other, "the other actor (a domestic event)"
    if country is None:
        return actor
    return Actor(country + actor.code[3:], country, actor.sectors, actor.name, actor.kind,
                 f"{actor.reason}; country from {how}")


def _own_place(doc, head: int) -> tuple[str | None, str]:
    """(country, how) of a place in an agent's own phrase: "in/of/from X" after it (the last
    one), else a region named before it ("Sichuan province officials", "Tyumen region
    governor X"; places.yaml, region_heads)."""
    country, how = None, ""
    for c in doc[head].children:
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    loc = places.lookup(doc[p.left_edge.i: p.i + 1].text)
                    if loc is not None and loc.country:
                        country, how = loc.country, f"'{c.text} {p.text}'"
    if country is not None:
        return country, how
    heads = places.rules()["region_heads"]
    for t in doc[head].subtree:
        if t.i < head and t.dep_ in ("compound", "nmod") and t.lower_ in heads:
            start = t.left_edge.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in ("compound", "nmod"):
                start -= 1  # the parser may hang "Sichuan" and "province" side by side
            loc = places.lookup(doc[start: t.i + 1].text)
            if loc is not None and loc.country:
                return loc.country, f"'{doc[start: t.i + 1].text}'"
    return None, ""


def _speaker_resolver(idx: ActorIndex):
    def resolve(tok):
        ms = idx.at(tok)
        if not ms:
            return None
        return ms[0].actor, ms[0].text

    return resolve


def _explain_sentence(si: int, sent, mentions, trace: Trace) -> dict:
    s0, s1 = sent.start_char, sent.end_char
    return {
        "sentence_index": si,
        "text": sent.text,
        "parse": [(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in sent],
        "mentions": [
            {"text": m.text, "code": m.actor.code, "head": m.head, "reason": m.reason or m.actor.reason}
            for m in mentions if s0 <= m.start < s1 or (m.start < 0 and False)
        ],
        "decisions": trace.lines,
    }


def load_coder(**kwargs) -> Coder:
    return Coder(**kwargs)


__all__ = ["Coder", "load_coder"]
