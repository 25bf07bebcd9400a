"""Actors: the knowledge base (data files + loader), recognition in a parsed spaCy Doc,
the PETRARCH/TABARI dictionary importer.

    from accord.actors import ActorKB, recognize
    kb = ActorKB.load(extra_files=(), dict_dir=None)
    kb.lookup("Fumio Kishida", date(2023, 5, 7))          # [Actor(code='JPNGOV', ...)]
    mentions = recognize(doc, date(2023, 5, 7), kb)       # [Mention(...)] of one article
"""

from __future__ import annotations

from .loader import ActorKB
from .tables import ActorDataError

__all__ = ["ActorKB", "ActorDataError", "ArticleActors", "recognize"]


def __getattr__(name):  # the recognizer needs nothing heavy, but keep imports lazy anyway
    if name in ("recognize", "ArticleActors"):
        from . import recognizer

        return getattr(recognizer, name)
    raise AttributeError(name)
