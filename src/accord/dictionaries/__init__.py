"""Importers for TABARI / PETRARCH dictionaries (verb patterns and synsets).

    >>> from accord.dictionaries import import_verbs
    >>> report = import_verbs(Path("CAMEO.2.0.txt"), Path("my-dicts"))  # doctest: +SKIP

Modules: ``source`` (decoding, comments), ``detect`` (which kind of dictionary),
``verbs`` (the verb dictionary reader), ``patterns`` (pattern syntax), ``lemmas`` (verb
lemmas), ``tables`` (writing verbs.tsv / synsets.tsv), ``report`` (the values).  Actor,
agent and discard dictionaries are converted by ``accord.actors.importer``.
"""

from .detect import detect_kind
from .report import ImportReport, Issue, Row, VerbDictionary
from .tables import import_verbs, write_verb_tables
from .verbs import read_verb_dictionary

__all__ = [
    "ImportReport", "Issue", "Row", "VerbDictionary", "detect_kind",
    "import_verbs", "read_verb_dictionary", "write_verb_tables",
]  # fmt: skip
