"""Where a token stands in its sentence, as the actor recognizer reads it: a place ("in
Seoul"), the subject a modifier belongs to ("U.N. helicopters fired"), the teller of a story
("Xinhua reported"), a word of a name ("U.S.", "O'Brien").  The word lists are in
data/grammar.yaml; the peoples without a state, in data/peoples.tsv.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import yaml

from .loader import Agent


@lru_cache(maxsize=1)
def grammar() -> dict:
    """data/grammar.yaml: each list as a frozenset of lower-case words, each mapping as a dict
    (lower-case word -> value)."""
    text = resources.files("accord.actors").joinpath("data/grammar.yaml").read_text(encoding="utf-8")
    return {k: {str(w).lower(): x for w, x in v.items()} if isinstance(v, dict) else frozenset(str(w).lower() for w in v)
            for k, v in yaml.safe_load(text).items()}


@lru_cache(maxsize=1)
def peoples() -> dict[str, str]:
    """data/peoples.tsv: the word of a people without a state -> the country its armed groups
    are coded by ("Karen" -> MMR)."""
    text = resources.files("accord.actors").joinpath("data/peoples.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), delimiter="\t")
    return {r["word"]: r["country"] for r in rows}


def wordlike(t) -> bool:
    """A word of a name: letters, possibly with dots or an apostrophe ("U.S.", "U.N.", "O'Brien")."""
    return t.is_alpha or (any(c.isalpha() for c in t.text) and all(c.isalpha() or c in ".'’-" for c in t.text))


def is_outlet(agent: Agent) -> bool:
    """A news outlet ("state media", "news agency"), not a journalist."""
    return "MED" in agent.sector_code and agent.phrase.split(" ")[-1] not in grammar()["media_people"]


def modifies_subject(root, start: int, end: int) -> bool:
    """"U.N. helicopters dropped", "NATO planes bombed", "police helicopters fired": an actor
    modifying a plural noun that is the subject (or the passive agent) of its clause."""
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = root.head
    if start <= head.i < end or head.pos_ not in ("NOUN", "PROPN") or head.tag_ not in ("NNS", "NNPS"):
        return False  # a plural: "U.S. helicopters fired"; "the US economy grew", "the British FTSE index" are no actors
    roles = grammar()["actor_noun_roles"]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in roles \
            and head.head.head.lower_ in grammar().get("quantity_nouns", ()):
        return True  # "thousands of Iraqi Kurds demonstrated"
    return head.dep_ in roles or ("agent_pobj" in roles and head.dep_ == "pobj" and head.head.dep_ == "agent") \
        or read_as_noun_phrase(head)


def read_as_noun_phrase(noun) -> bool:
    """"Israeli airstrikes killed at least 30 people(, the ministry said)": the parser read
    the clause as a noun phrase (the verb a participle on the noun) though the verb has an
    object of its own; the noun is the verb's subject."""
    return noun.dep_ in ("ROOT", "nsubj") and noun.tag_ == "NNS" and any(
        c.dep_ == "acl" and c.i == noun.i + 1 and c.tag_ in ("VBD", "VBN") and any(x.dep_ == "dobj" for x in c.children)
        for c in noun.children)


def is_location(tok, g) -> bool:
    """A place governed by a locative preposition ("in Seoul and Tokyo")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in g["locative_prepositions"]


def tells_story(tok) -> bool:
    """A news outlet as the teller: "Xinhua reported", "told Reuters", "according to AFP",
    "in an interview with the BBC", "quoted by state media"."""
    g = grammar()
    while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("nsubj", "dobj", "dative", "nsubjpass") and head.lemma_.lower() in g["report_verbs"]:
        return True
    if tok.dep_ == "pobj" and head.pos_ == "ADP":
        gov = head.head
        return gov.lower_ in g["report_prepositions"] or gov.lemma_.lower() in g["report_verbs"]
    return False
