"""Find the events of one sentence: predicates, patterns, roles, modality.

Returns ``Candidate`` values (tokens and mentions, not yet dated or placed) and a trace
of every decision, so ``accord explain`` can say why a predicate was or was not coded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..model import Mention
from .candidates import Candidate, Trace, _dedup, _same_actor
from .match import Match, best_match, clause_tokens
from .obligations import obligations
from .modality import Lexicon, Modality, assess, governor_lemma, map_code, requested, warned_of
from .patterns import PatternDictionary
from .predicates import predicates
from .salience import FORCE_ROOTS, main_events
from .targets import find_targets, slot_mentions
from .attempts import ATTEMPT_CODE, attempt_agents, attempt_noun
from .custody import CUSTODIAN, custodian_roles, sufferer
from .sides import between_sides, instrument_agents, quantified, without_instruments
from .implicit import (
    AUTHORITY_ROOTS,
    FOREIGN_VIOLENCE_ROOTS,
    UNATTRIBUTED_ROOTS,
    private_victim,
    agent_is_no_actor,
    domestic,
    no_actor_cause,
    own_possessive,
    owned_by,
    passive_without_agent,
    self_acting,
    subject_is_no_actor,
)
from .commerce import private_company, private_trade, transport
from .verbal import contest, verbal_attack_code
from .aimed import aimed_acts, asked_clauses, dated_verb, rallied_against, rally_code, ruler_of, ruler_roots
from .roles import (
    ActorIndex,
    SUBJECT_DEPS,
    STRANDED,
    Role,
    condition_subject,
    issuer_of,
    nearest_actor_before,
    noun_sources,
    purpose_clause,
    step_taken,
    sited_object,
    subject_of,
)

EMITTED = ("asserted", "intended", "reported", "refused", "threatened")
# material events and meetings whose target may be the country where they happen (a visit to
# Seoul, shelling of Juba, a protest in Lagos); never verbal ones ("said in Washington")
PLACE_TARGET_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
PLACE_TARGET_CODES = ("042", "043", "044")  # visits; a meeting "in Hanoi" is not with Vietnam


def _governed_noun(verb, matches):
    """A coded event noun that an uncoded governed verb takes as its object ("refused to
    commit to assistance", "refused to take part in the talks"), not a word of the verb's
    own (discard) pattern."""
    own = set(matches[verb.i][0].matched) if verb.i in matches else set()
    for n in (*[c for c in verb.children if c.dep_ == "dobj"],
              *[p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]):
        if n.i in matches and matches[n.i][2] and matches[n.i][0].pattern.code is not None and n.i not in own:
            return n
    return None



RESULT_ROOTS = FORCE_ROOTS  # force and its results: "..., killing 50"


def _is_symmetric(pred, lemma: str, code: str, lex: Lexicon) -> bool:
    if lemma in lex.symmetric_lemmas or code.startswith(lex.symmetric_code_prefixes):
        return True
    # not in what is said, nor in a clause of time, cause or purpose: "jointly announced that
    # they would provide reciprocal credit" is no mutual announcement ("withdrew the steps
    # they had taken against each other": the object's own clause counts)
    words = []
    stack = [pred]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _OWN_CLAUSE_STOPS)
    words.sort(key=lambda t: t.i)
    phrase = " ".join(t.lower_ for t in words)
    return any(f" {w} " in f" {phrase} " for w in lex.reciprocal_words)


# dependencies of clauses that are not part of the predicate's own act
_OWN_CLAUSE_STOPS = frozenset({"ccomp", "advcl", "parataxis"})


class SentenceCoder:
    """Codes the sentences of one parsed document."""

    def __init__(self, dictionary: PatternDictionary, lex: Lexicon, paired: bool = False,
                 require_dyad: bool = True, petrarch: bool = False, require_source: bool = True):
        self.dictionary = dictionary
        self.lex = lex
        self.paired = paired
        self.require_dyad = require_dyad
        # PETRARCH dictionaries say everything themselves: no intent/threat recoding of
        # futures, no implicit domestic targets
        self.petrarch = petrarch
        # False: a predicate whose actors are unknown still gives an event (no source, no
        # target): for sentence classification, never for event data
        self.require_source = require_source

    def code(self, sent, idx: ActorIndex, trace: Trace | None = None,
             place_target=None, object_country=None) -> list[Candidate]:
        trace = trace or Trace()
        self._sent = sent
        matches: dict[int, tuple[Match, str, bool]] = {}
        for tok, lemma, is_noun in predicates(sent, self.dictionary, self.petrarch):
            if tok.i in matches:  # a noun's written form fitted: its lemma is not tried
                continue
            if not is_noun and lemma in self.lex.naming_verbs and any(
                    c.dep_ == "oprd" and not dated_verb(tok) for c in tok.children):  # not "called Thursday on X"
                trace.add(tok, f"'{tok.text}' names something ('called X a Y'): no event")
                continue
            if not is_noun and tok.dep_ == "amod":
                trace.add(tok, f"'{tok.text}' modifies a noun ('Russia-backed', 'a planned visit'): an attribute, not an event")
                continue
            if is_noun and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and not self.petrarch:
                trace.add(tok, f"'{tok.text}' modifies a noun ('aid worker', 'attack helicopter'): no event")
                continue
            m = best_match(lemma, tok, self.dictionary, nouns=is_noun, petrarch=self.petrarch)
            if m is None:
                trace.add(tok, f"'{lemma}' is in the dictionary but no pattern fits its clause")
                continue
            matches[tok.i] = (m, lemma, is_noun)
        self._matches = matches
        out: list[Candidate] = []
        # (and, for a coded pattern, the noun a matched word is compounded with: "launched
        # missile strikes" is one event; a discard's "attend * &attendance" leaves "party meeting")
        consumed = {j for i, (m, _, noun) in matches.items() if not noun
                    for j in (_named(m, sent.doc[i]) if m.pattern.code else m.matched)}
        ordered = self._orders(sent, matches)
        for i, (m, lemma, is_noun) in sorted(matches.items(), key=lambda kv: kv[0] in ordered):
            tok = sent.doc[i]
            if i in ordered and any(c.trigger.i == ordered[i] for c in out):
                trace.add(tok, f"orders '{sent.doc[ordered[i]].text}': the ordered act is coded, not the order")
                continue
            if is_noun and i in consumed:
                trace.add(tok, "part of a verb pattern already matched")
                continue
            if self._defers(tok, lemma, matches, trace):
                continue
            if m.pattern.code is None:
                trace.add(tok, f"discard pattern {m.pattern.rule}")
                continue
            out.extend(self._code_predicate(tok, lemma, is_noun, m, idx, trace, place_target, object_country))
        out.extend(obligations(sent, idx, trace, self.lex))
        out = self._aimed(sent, idx, trace, out) if not self.petrarch else out
        if not self.petrarch:  # PETRARCH codes every clause
            out = main_events(without_instruments(out), self.lex, trace)
        return _dedup(out)

    def _orders(self, sent, matches) -> dict[int, int]:
        """Verbs of command ("ordered the paper to suspend publication", "ordered strikes on
        X") and the matched predicate (verb or event noun) each orders: coded after the
        others, they give way to an ordered act that gave an event (causative_governors in
        modality.yaml)."""
        out = {}
        for i, (_, _, is_noun) in matches.items():
            tok = sent.doc[i]
            if not is_noun and governor_lemma(tok) in self.lex.causative_governors:
                xc = next((c.i for c in tok.children if c.i in matches and (
                    c.dep_ == "xcomp" or c.dep_ == "dobj" and matches[c.i][2])), None)
                if xc is not None:
                    out[i] = xc
        return out

    def _aimed(self, sent, idx: ActorIndex, trace: Trace, out: list[Candidate]) -> list[Candidate]:
        """Acts found beside the patterns (aimed.py): weapons made to use against an actor
        (138); borders opened to people driven from a country (075, instead of the opening)."""
        for verb, code, srcs, tgts, rule, how, replaces in aimed_acts(sent, idx):
            mod = assess(verb, self.lex, self._sent)
            new = [Candidate(verb, code, s_, t, Modality("asserted", mod.reason, mod.governor), rule, how)
                   for s_ in srcs for t in tgts if not _same_actor(s_.actor, t.actor)]
            # (an opening agreed or planned stays the pattern's intent: "agreed to open its borders")
            if new and (mod.value in ("asserted", "reported") or (mod.value in EMITTED and not replaces)):
                out = [c for c in out if not (replaces and c.trigger.i == verb.i)] + new
                trace.add(verb, f"{rule}: {new[0].source.actor.code} -> {new[0].target.actor.code}")
        return out

    def _defers(self, tok, lemma, matches, trace) -> bool:
        """Governors ("plan to", "refused to") and reports ("said that") give way to the
        coded predicate they govern."""
        glemma = governor_lemma(tok)
        if glemma in self.lex.request_governors:
            # "urged the EU to support the Palestinians": asked on behalf of a third, the
            # asker's act (053) is coded, not also the urging
            for c in tok.children:
                m = matches.get(c.i) if c.dep_ == "xcomp" else None
                if m is not None and m[0].pattern.code and map_code(m[0].pattern.code, self.lex.request_codes):
                    trace.add(tok, f"asks for '{c.text}' on behalf of another: that act is coded")
                    return True
        if glemma in self.lex.governors:
            if not self.petrarch and tok.lemma_.lower() in self.lex.plan_verbs and _plans_uncoded(tok, matches):
                # "plans to lay off workers", "intends to leave the EU": a plan of an act
                # the dictionary does not code is no intent to cooperate (030) of its own
                trace.add(tok, "a plan of an act not coded: no event of its own")
                return True
            for c in tok.children:
                if c.dep_ == "xcomp":  # through "resume", "continue" to what they govern
                    c = _through_phase(c, self.lex.aspectual_verbs)
                if c.dep_ == "xcomp" and c.i in matches and matches[c.i][0].pattern.code is not None:
                    trace.add(tok, f"governs '{c.text}': sets its modality, codes nothing itself")
                    return True
                noun = _governed_noun(c, matches) if c.dep_ == "xcomp" and not self.petrarch else None
                if noun is not None:  # "refused to commit to assistance to X": the assistance refused
                    trace.add(tok, f"governs '{noun.text}' (through '{c.text}'): sets its modality, codes nothing itself")
                    return True
                own = matches[tok.i][0].pattern.code or ""
                if self.petrarch and matches[tok.i][0].pattern.specificity > 0:
                    # "vowed to wage war": VOW * WAR names the governed words itself
                    continue
                # "agreed to postpone", "threatened to cut off electricity": an intent or a
                # threat is an event of its own when what it governs is not coded
                if c.dep_ == "xcomp" and c.pos_ == "VERB" and not own.startswith(("03", "12", "13")):
                    trace.add(tok, f"governs '{c.text}' (not coded): no event of its own")
                    return True
        if lemma in self.lex.reporting_verbs and not self.petrarch:
            # "announced a ceasefire": the announced event is coded, not the announcement
            own_words = matches[tok.i][0].matched  # "announce * &ceasefire" says it all
            for c in tok.children:
                if c.dep_ == "dobj" and c.i in matches and matches[c.i][2] and c.i not in own_words:
                    trace.add(tok, f"announces '{c.text}': the announced event is coded instead")
                    return True
            stack = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis")]
            while stack:
                c = stack.pop()
                if c.i in matches and requested(c, self.lex) is None:
                    trace.add(tok, f"reports '{c.text}': the reported event is coded instead")
                    return True
                stack.extend(x for x in c.children if x.dep_ in ("conj", "xcomp", "ccomp"))
        return False

    def _code_predicate(self, tok, lemma, is_noun, m: Match, idx, trace, place_target,
                        object_country=None) -> list[Candidate]:
        """The events of one matched predicate: its modality and final code, then who did
        it, to whom, and the pairs; each step records why in ``trace``."""
        p = _Predicate(tok, lemma, is_noun, m, idx, trace, place_target, object_country)
        if not self._settle_code(p):
            return []
        attempt = attempt_noun(tok) if not (self.petrarch or is_noun) else None
        if attempt is not None and p.code[:2] in FORCE_ROOTS:  # "an attempt to assassinate X was thwarted"
            trace.add(tok, f"'{tok.text}' is what the {attempt.text} was made to do: {ATTEMPT_CODE} (attempt to assassinate)")
            p.code = ATTEMPT_CODE
        sides = between_sides(tok, idx) if not self.petrarch and p.code[:2] in FORCE_ROOTS else []
        if sides:  # "fighting broke out between A and B": A and B fight each other
            return self._candidates(p, [(s, t, "the sides of 'between', mutual") for s in sides for t in sides
                                        if s.actor.code != t.actor.code])
        srcs, how_s = self._sources(p)
        tgts, how_t = self._targets(p, srcs)
        if not tgts and how_s.startswith(CUSTODIAN):  # "X died as a result of torture in Y's custody"
            held = sufferer(tok)
            tgts = [t for t in (idx.at(held) if held is not None else []) if t.head not in {s.head for s in srcs}]
            how_t = f"the one held ({held.dep_} of {held.head.text})" if tgts else how_t
        srcs, how_s = self._unnamed_source(p, srcs, how_s)
        if not srcs and not self.require_source:
            trace.add(tok, f"{m.pattern.rule}: no coded source ({how_s}), kept for classification")
            return [Candidate(tok, p.code, None, (tgts or [None])[0], p.mod, m.pattern.rule, f"no source ({how_s})")]
        if not srcs:
            trace.add(tok, f"{m.pattern.rule} matched, but no coded source ({how_s})")
            return []
        pairs = self._pairs(p, srcs, how_s, tgts, how_t)
        if not pairs:
            if self.require_dyad:
                trace.add(tok, f"{m.pattern.rule} matched, source found ({how_s}) but no coded target")
                return []
            pairs = [(s, None, f"source {how_s}, no target") for s in srcs]
        return self._candidates(p, pairs)

    def _settle_code(self, p: _Predicate) -> bool:
        """The modality of the predicate and the code it gives (an intent, threat, refusal or
        appeal changes the pattern's code); False when it is not coded at all."""
        tok, m = p.tok, p.m
        # "would send experts to investigate", "will take action to protect": the act happens
        # as the sending or the taking of steps does
        carrier = (tok.head if self._purpose(tok, m.pattern.code or "") else step_taken(tok)) if not self.petrarch else None
        mod = assess(carrier if carrier is not None else tok, self.lex, self._sent)
        code = m.pattern.code
        if not (self.petrarch or p.is_noun) and m.pattern.specificity == 0 and p.lemma in self.lex.warning_verbs:
            about = warned_of(tok)  # of events, not of what an actor (the warner's troops) will do
            if about is not None and not any(x.start <= about.idx < x.end for x in p.idx.at(about)):
                code = self.lex.warning_code  # a pessimistic comment, not a threat
        if not (self.petrarch or p.is_noun) and code == "020" and p.lemma in self.lex.request_governors:
            code = self._appeal(tok) or code  # "urged Iran to release the prisoners": 0253
            p.aimed = rallied_against(tok, p.idx, self._asked_is_coded)  # "to stand against X": 113
            code = rally_code() if p.aimed else code
        if not (self.petrarch or p.is_noun) and code.startswith("03") and p.lemma in self.lex.concurrence_verbs:
            code = self._concurrence(p) or code  # "agree with X that ...": an opinion, no agreement
        negs = [c.i for c in tok.children if c.dep_ == "neg"]
        if self.petrarch:  # "won't try to clash": the pattern may hold a governor's negation
            negs += [c.i for g in _governors(tok) for c in g.children if c.dep_ == "neg"]
        if self.petrarch and mod.value == "negated" and negs and set(negs) <= set(m.matched):
            # "- WILL NOT * [081]": the pattern spells out the negation, its code says what it means
            mod = Modality("asserted", f"the pattern {m.pattern.text!r} holds the negation")
        modals = [c.i for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"]
        if self.petrarch and mod.value == "hypothetical" and modals and set(modals) <= set(m.matched):
            # "INDICATED SHOULD * [1011]": the pattern names the modal, its code says what it means
            mod = Modality("asserted", f"the pattern {m.pattern.text!r} holds the modal")
        if mod.value == "negated" and map_code(code, self.lex.refusal_codes):
            # "will not lift the embargo", "failed to reach agreement": withheld cooperation is
            # a rejection (CAMEO 12), as CAMEO codes "refuse to ease sanctions"
            mod = Modality("refused", f"{mod.reason}: cooperation withheld", mod.governor)
        if mod.value not in EMITTED and not (mod.value == "requested" and map_code(code, self.lex.request_codes)):
            p.trace.add(tok, f"{m.pattern.rule} matched but not coded: {mod.value} ({mod.reason})")
            return False
        if self.petrarch and mod.value in ("intended", "threatened") and mod.governor is None:
            mod = Modality("asserted", f"{mod.reason} (PETRARCH dictionaries: coded as the pattern says)")
        if mod.value == "intended" and self._vowed_force(p, mod):
            code = self.lex.vow_code
        elif mod.value == "intended" and not code.startswith("03"):
            own, kind = self.lex.governed_code(code, governor_lemma(mod.governor)) if mod.governor is not None else (None, "")
            if kind == "preparation":  # forces made ready: the mobilisation is under way
                mod = Modality("asserted", f"{mod.reason}: preparing force shows it", mod.governor)
            code = own or map_code(code, self.lex.intent_codes) or code
        elif mod.value == "threatened":
            code = map_code(code, self.lex.threat_codes) or "130"
        elif mod.value == "requested":  # "urged Europe to support X": rallies support for X
            code = map_code(code, self.lex.request_codes)
            mod = Modality("asserted", f"{mod.reason}: the asker rallies others", mod.governor)
            p.asked = True
        elif mod.value == "refused":
            new = map_code(code, self.lex.refusal_codes)
            if new is None:
                p.trace.add(tok, f"{m.pattern.rule}: refused, and CAMEO has no REJECT code for {code}")
                return False
            code = new
        p.mod, p.code = mod, code
        return True

    def _appeal(self, tok) -> str | None:
        """The appeal code for what a generic appeal asks of its addressee (appeal_codes),
        when a pattern with words of its own names the act (a bare verb's default is too
        loose a guess: "urged residents to evacuate" stays 020)."""
        asked = {x.i for x in asked_clauses(tok)}  # "called Friday on X to ...": also a to-clause
        for c in tok.children:
            m = self._matches.get(c.i) if c.i in asked else None
            if m is not None and m[0].pattern.code and m[0].pattern.specificity > 0:
                return map_code(m[0].pattern.code, self.lex.appeal_codes)
        return None

    def _asked_is_coded(self, verb) -> bool:
        """What an appeal asks is coded as the asker's act itself (request_codes)."""
        m = self._matches.get(verb.i)
        return m is not None and map_code(m[0].pattern.code or "", self.lex.request_codes) is not None

    def _concurrence(self, p: _Predicate) -> str | None:
        """The code of agreeing with a view ("agree with X that ...": opinion; "agree with the
        recommendation": endorsement; concurrence_codes in modality.yaml), None for an agreement."""
        tok = p.tok
        withs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                 for o in c.children if o.dep_ in ("pobj", "pcomp")]
        if not withs or any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in tok.children):
            return None
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        if clauses:  # "... that talks would resume": what they agreed will be done
            future = any(a.lower_ in self.lex.future_auxiliaries
                         for c in clauses for a in c.children if a.dep_ == "aux")
            return None if future else self.lex.concurrence_codes.get("opinion")
        # a thing agreed with (not an actor, not a name the knowledge base lacks)
        return None if any(o.i in p.idx.by_head or o.pos_ == "PROPN" for o in withs) \
            else self.lex.concurrence_codes.get("endorsement")

    def _purpose(self, tok, code: str) -> bool:
        """A purpose clause that says what its governing verb did, by the same actor: force
        for force ("opened fire to disperse": both code CAMEO 17-20), a specific act for a verb
        of sending or arriving ("sent experts to investigate": ``Lexicon.dispatched``)."""
        if not purpose_clause(tok):
            return False
        if code[:2] in FORCE_ROOTS:
            head = self._matches.get(tok.head.i)
            return head is not None and (head[0].pattern.code or "")[:2] in FORCE_ROOTS
        return not self.petrarch and self.lex.dispatched(tok.head, code)

    def _vowed_force(self, p: _Predicate, mod: Modality) -> bool:
        """A vow to fight an actor or to fight on ("vowed to fight the government", "pledged
        to fight on"); not to fight a thing ("vowed to fight the ruling")."""
        if p.is_noun or mod.governor is None or governor_lemma(mod.governor) not in self.lex.vow_governors \
                or p.tok.lemma_.lower() not in self.lex.vowed_force:
            return False
        return all(p.idx.at(c) for c in p.tok.children if c.dep_ == "dobj")

    def _sources(self, p: _Predicate) -> tuple[list[Mention], str]:
        """Who did it: the pattern's source slot, else the subject (for a noun: its agent),
        else the nearest actor before; an intent's or refusal's governor's subject; the
        asker of an appeal."""
        tok, m, idx, is_noun = p.tok, p.m, p.idx, p.is_noun
        if "source" in m.slot_after:
            return slot_mentions(m.slot_after["source"], p.clause, idx, tok if self.petrarch else None), "pattern $"
        roles = noun_sources(tok) if is_noun else [r for r in (subject_of(tok),) if r]
        attempt = attempt_noun(tok) if not (self.petrarch or is_noun) and p.code == ATTEMPT_CODE else None
        if attempt is not None:  # the attempt's own agent, not who foiled it
            roles = attempt_agents(attempt)
        if not is_noun:  # "Old foes Gondor and Osgiliath have renewed ...": two subjects
            roles += [Role(c, c.dep_) for c in tok.children
                      if c.dep_ == "nsubj" and all(c.i != r.token.i for r in roles)]
            roles += [r for r in (issuer_of(tok),) if r]
        if not is_noun and not roles and not self.petrarch:  # "rebels were demobilized"
            roles = [Role(c, "passive subject acting itself") for c in self_acting(tok, p.code)]
        if not is_noun and not self.petrarch and p.code[:2] in FORCE_ROOTS and any(
                c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            roles += instrument_agents(tok)  # 'was killed in an Israeli strike' 
        held = custodian_roles(tok, p.code) if not self.petrarch else []
        if held:  # "was beaten in Egyptian police custody": the custodian, before a governor's subject
            roles = [r for r in roles if not r.how.startswith("governor")] + held \
                + [r for r in roles if r.how.startswith("governor")]
        if not is_noun and not roles and (self.petrarch or not passive_without_agent(tok)):
            roles = [r for r in (nearest_actor_before(tok, idx),) if r]
        if self.petrarch and not is_noun and not roles:
            # a subject the parser hung as a modifier of the verb ("Ethiopia act on ...":
            # compound): PETRARCH takes the actor before the verb in its phrase
            roles = [Role(c, f"{c.dep_} before the verb") for c in tok.children
                     if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod", "dep")]
        srcs, how_s = [], "none"
        for role in roles:
            alone = role.how.startswith(("nearest", STRANDED))  # the name itself, not its conjuncts
            srcs = idx.by_head.get(role.token.i, []) if alone else idx.at(role.token)
            how_s = role.how
            if srcs:
                break
        if not srcs and not is_noun and self._purpose(tok, p.code):
            role = subject_of(tok.head)  # "police opened fire to disperse the crowd", "sent experts to investigate"
            srcs, how_s = (idx.at(role.token), "inherited:purpose") if role else (srcs, how_s)
        if p.asked:  # the asker, not the one asked
            srcs = []
        if not srcs and p.mod.governor is not None and (p.asked or p.mod.value in ("intended", "refused")):
            role = subject_of(p.mod.governor)
            srcs = idx.at(role.token) if role else []
            how_s = f"governor {role.how}" if role else how_s
        if (self.petrarch and srcs and "target" in m.slot_after and m.slot_after["target"] < tok.i):
            # "NOTED + *": the target slot before the verb holds the verb's own subject; the
            # source is then the subject of the verb above ("X noted that Y regretted ...")
            slot_heads = {t.head for t in slot_mentions(m.slot_after["target"], p.clause, idx, tok)}
            if slot_heads & {s.head for s in srcs}:
                for g in _governors(tok):
                    role = subject_of(g)
                    gs = idx.at(role.token) if role else []
                    if gs:
                        return gs, f"governor {role.how} (the slot '+' holds the subject)"
        return srcs, how_s

    def _targets(self, p: _Predicate, srcs: list[Mention]) -> tuple[list[Mention], str]:
        """To whom: the pattern's target slot, else the objects and phrases of the predicate
        (a result clause's from the clause it hangs on; a threat's from its condition); never
        the source itself, its own people or what the pattern names."""
        tok, m, idx, code = p.tok, p.m, p.idx, p.code
        exclude = {s.head for s in srcs}
        # "offered its troops to X": the source named again ("its") is no target; look on
        own = {x.head for ms in idx.by_head.values() for x in ms if x.actor.code == srcs[0].actor.code} \
            if len({s.actor.code for s in srcs}) == 1 else set()
        if p.aimed:  # "urged the world to stand against X"
            return [t for t in p.aimed if t.head not in exclude], "rallied against (appeal's asked act)"
        if "target" in m.slot_after:
            tgts, how_t = slot_mentions(m.slot_after["target"], p.clause, idx, tok if self.petrarch else None), "pattern +"
            tgts = [t for t in tgts if t.head not in exclude]
        else:
            # (a passive subject the pattern names stays a possible target: "journalists were
            # arrested": the journalists are whom it is done to)
            passive = {x.i for c in tok.children if c.dep_ == "nsubjpass" for x in c.subtree}
            named = set() if self.petrarch else _named(m, tok) - passive
            tgts, how_t = find_targets(tok, p.is_noun, idx, exclude | named, code, self.petrarch, m.pattern.code or code, own)
            if not tgts and named:  # "expelled the ambassador from Somalia": another country's envoy
                tgts = [x for i in sorted(named) for x in idx.by_head.get(i, []) if x.actor.country
                        and all(x.actor.country != s.actor.country for s in srcs)]
                how_t = "the object the pattern names (another country's)" if tgts else how_t
            head = _result_of(tok) if not tgts and not p.is_noun and not self.petrarch and code[:2] in RESULT_ROOTS else None
            sent = not tgts and not p.is_noun and code[:2] not in FORCE_ROOTS and self._purpose(tok, code)
            if head is not None or sent:  # "fired rockets at X, killing or wounding 50": the result's target is X
                htgts, hhow = self._head_targets(head if head is not None else tok.head, exclude, sent, idx, code)
                if htgts and not hhow.startswith(("first actor", "subject of")):  # its own objects only
                    tgts, how_t = htgts, f"inherited:advcl:{hhow}"
        if not self.petrarch and code[:2] in ruler_roots() and (not tgts or how_t.startswith("first actor")):
            ruler = [t for t in ruler_of(tok, idx, p.object_country) if t.head not in exclude]
            tgts, how_t = (ruler, "the ruler freedom is sought from") if ruler else (tgts, how_t)
        # "Israel strengthened its forces": the source's own people are not its target; nor
        # are words the pattern names (above: "send * &troops": the troops are what is sent)
        tgts = [t for t in tgts if not owned_by(t, srcs, idx, tok.doc) and not own_possessive(t, srcs, idx, tok.doc)
                and not (len(srcs) == 1 and _same_actor(srcs[0].actor, t.actor))]
        if not tgts and p.mod.value == "threatened" and not self.petrarch:
            cond = condition_subject(tok)  # "threatened to cut aid if Y went ahead": Y
            tgts = [t for t in (idx.at(cond.token) if cond else []) if t.head not in exclude
                    and not any(_same_actor(s.actor, t.actor) for s in srcs)]
            how_t = cond.how if tgts else how_t
        return tgts, how_t

    def _head_targets(self, head, exclude: set[int], sent: bool, idx, code: str) -> tuple[list[Mention], str]:
        """The targets of the verb a result or purpose clause hangs on; of a verb of sending
        ("sent a team to Qatar to investigate") its destination, not what is sent."""
        hm = self._matches.get(head.i)
        if sent and hm is not None and "target" in hm[0].slot_after:  # "arrive * (in +)"
            return slot_mentions(hm[0].slot_after["target"], clause_tokens(head), idx), "pattern +"
        named = _named(hm[0], head) if hm else set()
        if sent:
            named |= {x.i for c in head.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)}
        return find_targets(head, False, idx, exclude | named, code)

    def _unnamed_source(self, p: _Predicate, srcs: list[Mention], how_s: str) -> tuple[list[Mention], str]:
        """With no source: an arrest or investigation in a place is by that place's
        authorities; violence nobody is named for is coded to the country where it happened."""
        tok, code = p.tok, p.code
        if srcs or p.is_noun or p.place_target is None or self.petrarch:
            return srcs, how_s
        attempt = attempt_noun(tok) if code == ATTEMPT_CODE else None
        unattributed = (code[:2] in UNATTRIBUTED_ROOTS
                        and (passive_without_agent(tok) or subject_is_no_actor(tok, p.idx)
                             or agent_is_no_actor(tok, p.idx) or attempt is not None))
        if not ((code[:2] in AUTHORITY_ROOTS and passive_without_agent(tok)) or unattributed):
            return srcs, how_s
        if unattributed and passive_without_agent(tok) and private_victim(tok, p.idx):
            p.trace.add(tok, "violence by no one named against a private person: a crime, no country's act")
            return srcs, how_s
        # "a US national has been put under investigation in Italy"; "a roadside bomb near
        # Samarra killed a US soldier"
        place = p.place_target(tok)
        for cause in (no_actor_cause(tok) if place is None and unattributed else ()):
            place = p.place_target(cause)  # "a roadside bombing near Samarra killed ..."
            if place is not None:
                break
        if place is None and attempt is not None and attempt.head.i != attempt.i:
            place = p.place_target(attempt.head)  # "an attempt to kill X was thwarted in Y"
        if place is None:
            return srcs, how_s
        return [place], (f"unattributed: {place.reason}" if unattributed else f"authorities of {place.reason}")

    def _pairs(self, p: _Predicate, srcs, how_s: str, tgts, how_t: str) -> list[tuple[Mention, Mention | None, str]]:
        """(source, target, how) of each event: every source with every target; coordinated
        sources of a mutual act with each other; else a target the text implies (the
        country of the object, of an installation, of the place, or the source's own)."""
        tok, m, code = p.tok, p.m, p.code
        pairs: list[tuple[Mention, Mention | None, str]] = []
        if tgts and how_t.startswith("first actor") and p.object_country is not None and not self.petrarch:
            # "condemned the US decision to sell arms to Taiwan", "released Israeli hostages in
            # exchange for ...": whose the object is, not who is named further on
            owner = p.object_country(tok)
            word = tok.doc[owner.head] if owner is not None and owner.head >= 0 else None
            if word is not None and word.head.dep_ == "dobj" and word.head.head.i == tok.i \
                    and not any(s.actor.country == owner.actor.country for s in srcs):
                tgts, how_t = [owner], owner.reason
        if len(srcs) > 1 and tgts and how_t.startswith("first actor") \
                and (m.pattern.mutual or _is_symmetric(tok, p.lemma, code, self.lex)):
            tgts = []  # "X and Y signed a pact during a visit to Z": with each other, not Z
        if len(srcs) > 1 and m.pattern.mutual:
            pairs = [(s, t, f"compound source {how_s}, mutual (%)") for s in srcs for t in srcs if s is not t]
        elif tgts:
            pairs = [(s, t, f"source {how_s}, target {how_t}") for s in srcs for t in tgts]
        elif len(srcs) > 1 and (m.pattern.mutual or _is_symmetric(tok, p.lemma, code, self.lex)):
            pairs = [(s, t, f"compound source {how_s}, mutual") for s in srcs for t in srcs if s is not t]
        # "restrictions against German goods", "attacked a US base in Syria": the country whose
        # things are acted on, before the place
        if not pairs and p.object_country is not None and not self.petrarch:
            nat = p.object_country(tok, code)
            if nat is not None and not any(s.actor.country == nat.actor.country for s in srcs):
                pairs = [(s, nat, f"source {how_s}, target {nat.reason}") for s in srcs]
        site = sited_object(tok) if not pairs and p.place_target is not None and not self.petrarch else None
        host = p.place_target(site) if site is not None else None
        if host is not None and not any(s.actor.country == host.actor.country for s in srcs):
            pairs = [(s, host, f"source {how_s}, target the host of the {site.text} ({host.reason})") for s in srcs]
        if not pairs and p.place_target is not None and (code[:2] in PLACE_TARGET_ROOTS or code.startswith(PLACE_TARGET_CODES)):
            place = p.place_target(tok)
            if place is not None:
                pairs = [(s, place, f"source {how_s}, target {place.reason}") for s in srcs]
        # an act done to nobody ("the minister resigned"): no target, even when dyads are required
        if not pairs and any(c.startswith(self.lex.recipientless_codes) for c in (code, m.pattern.code or "")):
            pairs = [(s, None, f"source {how_s}, no target: the act has no recipient") for s in srcs]
        # a lone actor's domestic act (not a pair's, not something said in quotes)
        # (an intended or threatened domestic act is domestic too: "agreed to call off the strike")
        if (not pairs and not self.petrarch
                and {code[:2], (m.pattern.code or "")[:2]} & self.lex.domestic_target_roots
                and len({s.actor.code for s in srcs}) == 1 and not _in_quotes(tok, self._sent)):
            # a state itself at war ("Israeli air raids") strikes abroad as often as at home:
            # no implicit target for its violence
            pairs = [(s, domestic(s), f"source {how_s}, no target named: the source's own country")
                     for s in srcs if s.actor.kind != "igo" and (s.actor.country or s.actor.code.startswith("---"))
                     and not private_company(s, self.lex)
                     and not (code[:2] in FOREIGN_VIOLENCE_ROOTS and s.actor.code == s.actor.country)]
        return pairs

    def _campaign_rally(self, p: _Predicate, s: Mention) -> bool:
        """A rally one person holds ("Trump held a rally in Nevada", "at a Biden rally") is a
        candidate's or a leader's electioneering, no demonstration (141); an opposition
        leader's rally stays a protest (``rally_words``, ``protest_leader_sectors``)."""
        lex = self.lex
        if self.petrarch or not p.code.startswith(lex.rally_codes) or s.actor.kind != "person":
            return False
        if set(s.actor.sectors) & lex.protest_leader_sectors:
            return False
        return p.tok.lemma_.lower() in lex.rally_words or p.tok.lower_ in lex.rally_words \
            or bool(p.m.pattern.words & lex.rally_words)

    def _candidates(self, p: _Predicate, pairs) -> list[Candidate]:
        tok, m, mod, trace = p.tok, p.m, p.mod, p.trace
        out = []
        for s, t, how in pairs:
            # the same actor named twice is no dyad; a place in the source's own country
            # (t.head < 0: no mention in the text) is a domestic event
            if p.asked and (t is None or t.actor.country == s.actor.country):
                trace.add(tok, f"{m.pattern.rule}: asked on its own behalf: the demand says it")
                continue
            if self._campaign_rally(p, s):
                trace.add(tok, f"{m.pattern.rule}: a rally of {s.actor.code}, one politician: electioneering, no protest")
                continue
            if t is not None and _same_actor(s.actor, t.actor) and t.head >= 0:
                trace.add(tok, f"{m.pattern.rule}: {s.actor.code} would act on itself ({how})")
                continue
            if not self.petrarch and contest(p, s, t, self.lex):
                trace.add(tok, f"{m.pattern.rule}: {s.actor.code} -> {t.actor.code if t else '-'}: a contest, no force")
                continue
            if not self.petrarch and (transport(p, s, self.lex) or private_trade(p, s, t, self.lex)):
                trace.add(tok, f"{m.pattern.rule}: {s.actor.code} -> {t.actor.code if t else '-'}: transport or trade, no event")
                continue
            verbal = None if self.petrarch else verbal_attack_code(p, s, t, self.lex)
            if verbal == "":
                trace.add(tok, f"{m.pattern.rule}: an attack in words at no one named: nothing to code")
                continue
            code = verbal or p.code
            if verbal:
                how += f"; an attack in words: {verbal}"
            out.append(Candidate(tok, code, s, t, mod, m.pattern.rule, how))
            trace.add(tok, f"{m.pattern.rule}: {s.actor.code} -> {t.actor.code if t else '-'} [{mod.value}] ({how})")
            if self.paired and m.pattern.code2 and t is not None and (mod.value == "asserted" or self.petrarch):
                out.append(Candidate(tok, m.pattern.code2, t, s, mod, m.pattern.rule + " (paired)", how, True))
        return out


def _plans_uncoded(tok, matches) -> bool:
    """The verb a plan governs ("plans to leave", "plans on leaving") is not coded."""
    verbs = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    verbs += [x for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
              for x in c.children if x.dep_ == "pcomp" and x.pos_ == "VERB"]
    return bool(verbs) and not any(v.i in matches and matches[v.i][0].pattern.code for v in verbs)


@dataclass
class _Predicate:
    """One matched predicate while it is coded: what the steps of ``_code_predicate`` share."""

    tok: Any
    lemma: str
    is_noun: bool
    m: Match
    idx: Any  # ActorIndex
    trace: Trace
    place_target: Any = None  # trigger -> Mention | None (the country of the event's place)
    object_country: Any = None  # trigger -> Mention | None (the nationality in the object)
    mod: Modality | None = None
    code: str = ""
    asked: bool = False  # an appeal to others: the asker is the source
    aimed: list = field(default_factory=list)  # whom an appeal rallies others against

    @cached_property
    def clause(self):
        return clause_tokens(self.tok)

def _named(m: Match, tok) -> set[int]:
    """The words a pattern names (its object: "send * &troops"), the nouns in coordination
    with them ("provide photographs and other intelligence to X": given, not the target) and
    the noun a named word is compounded with ("deployed as peacekeeping forces")."""
    named = set(m.matched)
    named |= {tok.doc[j].head.i for j in named if j != tok.i and tok.doc[j].dep_ == "compound"
              and tok.doc[j].pos_ == tok.doc[j].head.pos_ == "NOUN"}
    named |= {c.i for j in named if j != tok.i and tok.doc[j].pos_ == "NOUN" for c in tok.doc[j].conjuncts}
    # "fired 122 missiles and dozens of drones": what a named quantity counts is named too
    return named | {q.i for j in named if j != tok.i for q in quantified(tok.doc[j])}


def _result_of(tok):
    """The verb a participle of result hangs on ("opened fire on X, killing or wounding 50":
    opened), or None."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "advcl" and first.tag_ == "VBG" and first.head.pos_ == "VERB" and not any(
            c.dep_ in SUBJECT_DEPS for c in first.children):
        return first.head
    return None


def _through_phase(tok, aspectual: frozenset[str]):
    """The verb a chain of phase verbs governs ("resume shelling": shelling)."""
    for _ in range(3):
        nxt = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if governor_lemma(tok) not in aspectual or nxt is None:
            break
        tok = nxt
    return tok


def _governors(tok) -> list:
    """The verbs above ``tok`` through complements ("won't try to clash": try)."""
    out = []
    for _ in range(4):
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok)
    return out


QUOTE_MARKS = frozenset('"“”')


def _in_quotes(tok, sent) -> bool:
    """Inside quotation marks in its sentence (a quoted phrase, not a reported event)."""
    return sum(1 for t in sent if t.i < tok.i and any(ch in QUOTE_MARKS for ch in t.text)) % 2 == 1
