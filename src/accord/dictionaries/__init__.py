"""Importers for TABARI / PETRARCH dictionaries (verb patterns and synsets).

    >>> from accord.dictionaries import import_verbs
    >>> report = import_verbs(Path("CAMEO.2.0.txt"), Path("my-dicts"))  # doctest: +SKIP

Actor, agent and discard dictionaries are converted by ``accord.actors.importer``;
``detect_kind`` tells the kinds apart by content.
"""

from .detect import detect_kind
from .verbs import ImportReport, Issue, VerbDictionary, import_verbs, read_verb_dictionary, write_verb_tables

__all__ = [
    "ImportReport", "Issue", "VerbDictionary", "detect_kind",
    "import_verbs", "read_verb_dictionary", "write_verb_tables",
]  # fmt: skip
