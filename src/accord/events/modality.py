"""Modality: did the event happen, is it intended, refused, denied, hypothetical or reported?

The word lists and code maps live in ``data/modality.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

import yaml

# the path from a predicate up to a verb that only weighs it
WEIGHED_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "compound", "nsubjpass"})
CLIMB_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "pcomp", "acl", "relcl", "csubj", "prep", "pobj", "dobj"})


@dataclass(frozen=True)
class Lexicon:
    intent_governors: frozenset[str]
    threat_governors: frozenset[str]
    refusal_governors: frozenset[str]
    failure_governors: frozenset[str]
    deliberation_governors: frozenset[str]
    future_auxiliaries: frozenset[str]
    possibility_modals: frozenset[str]
    hypothetical_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    intent_codes: dict[str, str]
    refusal_codes: dict[str, str]
    symmetric_lemmas: frozenset[str]
    symmetric_code_prefixes: tuple[str, ...]
    reciprocal_words: tuple[str, ...]
    threat_codes: dict[str, str]
    obligation_modals: frozenset[str]
    obligation_code: str
    domestic_target_roots: frozenset[str]
    background_marks: frozenset[str] = frozenset()
    request_governors: frozenset[str] = frozenset()
    request_codes: dict = field(default_factory=dict)
    aspectual_verbs: frozenset[str] = frozenset()
    offer_governors: frozenset[str] = frozenset()
    offer_codes: dict = field(default_factory=dict)
    preparation_governors: frozenset[str] = frozenset()
    preparation_codes: dict = field(default_factory=dict)
    vow_governors: frozenset[str] = frozenset()
    vowed_force: frozenset[str] = frozenset()
    vow_code: str = "138"
    naming_verbs: frozenset[str] = frozenset()
    causative_governors: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()
    warning_code: str = "012"
    recipientless_codes: tuple[str, ...] = ()
    appeal_codes: dict = field(default_factory=dict)
    concurrence_verbs: frozenset[str] = frozenset()
    concurrence_codes: dict = field(default_factory=dict)
    dispatch_verbs: frozenset[str] = frozenset()
    dispatch_purpose_codes: tuple[str, ...] = ()
    rally_words: frozenset[str] = frozenset()
    rally_codes: tuple[str, ...] = ()
    protest_leader_sectors: frozenset[str] = frozenset()
    verbal_attack_words: frozenset[str] = frozenset()
    verbal_attack_codes: tuple[str, ...] = ()
    verbal_attack_code: str = "111"
    verbal_attack_forums: frozenset[str] = frozenset()
    contest_words: frozenset[str] = frozenset()
    contest_sectors: frozenset[str] = frozenset()
    contest_person_sectors: frozenset[str] = frozenset()
    plan_verbs: frozenset[str] = frozenset()
    company_sectors: frozenset[str] = frozenset()
    transport_words: frozenset[str] = frozenset()
    transport_codes: tuple[str, ...] = ()
    transport_sectors: frozenset[str] = frozenset()
    transport_agents: frozenset[str] = frozenset()
    trade_words: frozenset[str] = frozenset()
    trade_codes: tuple[str, ...] = ()
    trade_state_sectors: frozenset[str] = frozenset()

    def dispatched(self, verb, code: str) -> bool:
        """Is ``code`` the act a verb of sending or arriving was done for ("sent experts to
        investigate": 090 says what the sending did)?"""
        return verb.lemma_.lower() in self.dispatch_verbs and code.startswith(self.dispatch_purpose_codes)

    def governed_code(self, code: str, governor: str) -> tuple[str | None, str]:
        """The code a governor with a table of its own gives what it governs ("offered to
        send troops": 0334, "prepared to attack": 154) and which table; (None, "") otherwise."""
        for kind, govs, table in (("offer", self.offer_governors, self.offer_codes),
                                  ("preparation", self.preparation_governors, self.preparation_codes)):
            new = map_code(code, table) if governor in govs else None
            if new:
                return new, kind
        return None, ""

    @property
    def governors(self) -> frozenset[str]:
        return (self.intent_governors | self.refusal_governors | self.failure_governors
                | self.threat_governors | self.deliberation_governors)


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    if path is None:
        text = (resources.files("accord.events") / "data" / "modality.yaml").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    raw = yaml.safe_load(text)
    fs = lambda k: frozenset(str(w).lower() for w in raw.get(k, []))  # noqa: E731
    return Lexicon(
        intent_governors=fs("intent_governors"),
        threat_governors=fs("threat_governors"),
        threat_codes={str(k): str(v) for k, v in raw.get("threat_codes", {}).items()},
        obligation_modals=fs("obligation_modals"),
        obligation_code=str(raw.get("obligation_code", "100")),
        domestic_target_roots=frozenset(str(x) for x in raw.get("domestic_target_roots", [])),
        recipientless_codes=tuple(str(x) for x in raw.get("recipientless_codes", [])),
        appeal_codes={str(k): str(v) for k, v in raw.get("appeal_codes", {}).items()},
        refusal_governors=fs("refusal_governors"),
        failure_governors=fs("failure_governors"),
        deliberation_governors=fs("deliberation_governors"),
        future_auxiliaries=fs("future_auxiliaries"),
        possibility_modals=fs("possibility_modals"),
        hypothetical_marks=fs("hypothetical_marks"),
        reporting_verbs=fs("reporting_verbs"),
        denial_verbs=fs("denial_verbs"),
        intent_codes={str(k): str(v) for k, v in raw.get("intent_codes", {}).items()},
        refusal_codes={str(k): str(v) for k, v in raw.get("refusal_codes", {}).items()},
        symmetric_lemmas=fs("symmetric_lemmas"),
        symmetric_code_prefixes=tuple(str(x) for x in raw.get("symmetric_code_prefixes", [])),
        reciprocal_words=tuple(str(x).lower() for x in raw.get("reciprocal_words", [])),
        background_marks=fs("background_marks"),
        request_governors=fs("request_governors"),
        request_codes={str(k): str(v) for k, v in raw.get("request_codes", {}).items()},
        aspectual_verbs=fs("aspectual_verbs"),
        offer_governors=fs("offer_governors"),
        offer_codes={str(k): str(v) for k, v in raw.get("offer_codes", {}).items()},
        preparation_governors=fs("preparation_governors"),
        preparation_codes={str(k): str(v) for k, v in raw.get("preparation_codes", {}).items()},
        vow_governors=fs("vow_governors"),
        vowed_force=fs("vowed_force"),
        vow_code=str(raw.get("vow_code", "138")),
        naming_verbs=fs("naming_verbs"),
        causative_governors=fs("causative_governors"),
        warning_verbs=fs("warning_verbs"),
        warning_code=str(raw.get("warning_code", "012")),
        concurrence_verbs=fs("concurrence_verbs"),
        concurrence_codes={str(k): str(v) for k, v in raw.get("concurrence_codes", {}).items()},
        dispatch_verbs=fs("dispatch_verbs"),
        dispatch_purpose_codes=tuple(str(x) for x in raw.get("dispatch_purpose_codes", [])),
        rally_words=fs("rally_words"),
        rally_codes=tuple(str(x) for x in raw.get("rally_codes", [])),
        protest_leader_sectors=frozenset(str(x).upper() for x in raw.get("protest_leader_sectors", [])),
        verbal_attack_words=fs("verbal_attack_words"),
        verbal_attack_codes=tuple(str(x) for x in raw.get("verbal_attack_codes", [])),
        verbal_attack_code=str(raw.get("verbal_attack_code", "111")),
        verbal_attack_forums=fs("verbal_attack_forums"),
        contest_words=fs("contest_words"),
        contest_sectors=frozenset(str(x).upper() for x in raw.get("contest_sectors", [])),
        contest_person_sectors=frozenset(str(x).upper() for x in raw.get("contest_person_sectors", [])),
        plan_verbs=fs("plan_verbs"),
        company_sectors=frozenset(str(x).upper() for x in raw.get("company_sectors", [])),
        transport_words=fs("transport_words"),
        transport_codes=tuple(str(x) for x in raw.get("transport_codes", [])),
        transport_sectors=frozenset(str(x).upper() for x in raw.get("transport_sectors", [])),
        transport_agents=fs("transport_agents"),
        trade_words=fs("trade_words"),
        trade_codes=tuple(str(x) for x in raw.get("trade_codes", [])),
        trade_state_sectors=frozenset(str(x).upper() for x in raw.get("trade_state_sectors", [])),
    )


def map_code(code: str, table: dict[str, str]) -> str | None:
    """The longest prefix of ``code`` in ``table`` gives the new code."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


@dataclass(frozen=True)
class Modality:
    value: str  # asserted | intended | negated | denied | refused | hypothetical | reported
    reason: str
    governor: object = None  # the governing token ("plan", "refused") when there is one


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _aux_lemmas(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")} | {
        c.lemma_.lower() for c in tok.children if c.dep_ in ("aux", "auxpass")
    }


def governed_infinitive(verb, lex: Lexicon) -> bool:
    """A "to" infinitive without a subject that the parser hung as a clause of purpose on a
    verb of vowing, threat or refusal that has no object: "have sworn to fight until ..."
    ("fight" an advcl of "sworn"); it is that verb's complement, as "vowed to fight" is.
    (Not other verbs of intent: "working together to provide" is a purpose.)"""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or head.pos_ != "VERB" or verb.i < head.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in head.children):
        return False
    return governor_lemma(head) in (lex.vow_governors | lex.threat_governors | lex.refusal_governors)


def governor_lemma(tok) -> str:
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "prt":
            return f"{lemma}_{c.lower_}"
    if lemma == "be" and any(c.lower_ == "set" for c in tok.children):
        return "be_set"
    return lemma


def warned_of(verb):
    """"warned that the economy could collapse": the noun subject of the clause a warning
    verb governs, what the warning is about (None for a pronoun: "warned that it would
    retaliate" speaks of the warner's own action)."""
    for c in verb.children:
        if c.dep_ == "ccomp":
            subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
    return None


def requested(verb, lex: Lexicon) -> Modality | None:
    """"demanded that Israel lift the ban", "urged Japan to send aid", "its call for Iran to
    free them": what one actor asks of another has not happened (the demand is coded)."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("xcomp", "ccomp", "acl"):
        return None
    if head.pos_ == "ADP" and head.head.i != head.i:  # "its call for Iran to free them"
        head = head.head
    if head.lemma_.lower() in lex.request_governors and (verb.dep_ != "acl" or head.pos_ == "NOUN"):
        return Modality("requested", f"'{head.text}' asks for it", head)
    if verb.dep_ == "ccomp":  # "reiterated its demand that Israel ease ...": the parser hangs
        # the clause on the verb, not on the noun of asking
        for c in head.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in lex.request_governors:
                return Modality("requested", f"'{c.text}' asks for it", head)
    return None


def assess(pred, lex: Lexicon, sent=None) -> Modality:
    """The modality of the event whose predicate is ``pred`` (a spaCy Token)."""
    # questions and conditions anywhere above the predicate
    t = pred
    for _ in range(8):
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in lex.hypothetical_marks:
                return Modality("hypothetical", f"'{c.text}' opens the clause of '{t.text}'")
        if t.head.i == t.i or t.dep_ not in CLIMB_DEPS:
            break
        t = t.head
    t = pred  # "is considering sending aid", "exploring the possibility of aid"
    for _ in range(5):
        if t.dep_ not in WEIGHED_DEPS or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ == "VERB" and governor_lemma(t) in lex.deliberation_governors:
            return Modality("hypothetical", f"'{t.text}' only weighs it", t)
    sent = sent if sent is not None else pred.sent  # Token.sent is costly: callers pass it
    if sent.text.rstrip().endswith("?"):
        return Modality("hypothetical", "the sentence is a question")
    verb = pred if pred.pos_ in ("VERB", "AUX") else None
    if verb is None:  # an event noun: its modality is that of the verb governing it
        head = pred.head
        if head.i != pred.i and head.pos_ in ("VERB", "AUX") and pred.dep_ in ("dobj", "nsubjpass", "attr"):
            verb = head
        elif head.i != pred.i and head.dep_ == "prep" and head.head.pos_ in ("VERB",):
            verb = head.head
    if verb is None:
        return Modality("asserted", "event noun")
    if _negated(verb):
        return Modality("negated", f"'{verb.text}' is negated")
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        head = assess(verb.head, lex, sent)  # "plan to meet and sign": the conjunct shares the modality
        if head.value != "asserted":
            return Modality(head.value, f"{head.reason} (shared with '{verb.head.text}')", head.governor)
    auxes = _aux_lemmas(verb)
    if auxes & lex.possibility_modals:
        return Modality("hypothetical", f"modal '{sorted(auxes & lex.possibility_modals)[0]}'")
    demanded = requested(verb, lex)
    if demanded is not None:
        return demanded
    if (verb.dep_ == "ccomp" and verb.head.i != verb.i and governor_lemma(verb.head) in lex.intent_governors
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "the staff want him to resign", "expects Iran to comply": another's act, only wished
        return Modality("hypothetical", f"'{verb.head.text}' only wishes it of another", verb.head)
    if (verb.dep_ == "xcomp" or governed_infinitive(verb, lex)) and verb.head.i != verb.i:
        gov = verb.head
        # "prepared to resume shelling": the governor above "resume" decides
        while governor_lemma(gov) in lex.aspectual_verbs and gov.dep_ == "xcomp" and gov.head.i != gov.i:
            gov = gov.head
        glemma = governor_lemma(gov)
        if glemma in lex.refusal_governors:
            return Modality("refused", f"'{gov.text}' refuses it", gov)
        if glemma in lex.threat_governors:
            return Modality("threatened", f"'{gov.text}' threatens it", gov)
        if glemma in lex.denial_verbs:  # "denied attacking civilians"
            return Modality("denied", f"'{gov.text}' denies it", gov)
        if glemma in lex.failure_governors:
            return Modality("negated", f"'{gov.text}' says it did not happen", gov)
        if glemma in lex.intent_governors or (glemma == "be" and _aux_lemmas(gov) & lex.future_auxiliaries):
            if _negated(gov):
                return Modality("negated", f"'{gov.text}' is negated", gov)
            return Modality("intended", f"'{gov.text}' expresses intent", gov)
        if _aux_lemmas(gov) & lex.future_auxiliaries:
            return Modality("intended", f"future '{gov.text}'", gov)
    if auxes & lex.future_auxiliaries:
        return Modality("intended", f"future auxiliary '{sorted(auxes & lex.future_auxiliaries)[0]}'")
    if any(c.lower_ in ("going",) and c.dep_ == "aux" for c in verb.children):
        return Modality("intended", "'going to'")
    # reported speech: the predicate sits in the complement of a reporting verb
    t = verb
    for _ in range(4):
        if t.dep_ in ("ccomp", "parataxis") and t.head.i != t.i:
            if t.head.lemma_.lower() in lex.denial_verbs:
                return Modality("denied", f"'{t.head.text}' denies it", t.head)
            if t.head.lemma_.lower() in lex.reporting_verbs:
                return Modality("reported", f"reported by '{t.head.text}'", t.head)
            t = t.head
        elif t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            t = t.head
        else:
            break
    return Modality("asserted", "")
