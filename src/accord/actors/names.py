"""Name normalisation shared by the loader, the matcher and the importer.

``fold`` makes the matching key of a name or a token: lower case, diacritics and
typographic apostrophes folded ("Erdoğan" -> "erdogan", "Côte d’Ivoire" -> "cote d'ivoire").
``key`` additionally treats hyphens, underscores, dots, commas, brackets and quotes as spaces, so that "Yoon Suk-yeol",
"Yoon Suk Yeol" and "YOON_SUK_YEOL" share one key.
"""

from __future__ import annotations

import re
import unicodedata

# letters that NFKD does not decompose into a base letter + combining mark
_SPECIAL = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
})
_SPACES = re.compile(r"\s+")
_KEY_SEPARATORS = str.maketrans({c: " " for c in "-_./,()\""})


def fold(text: str) -> str:
    """Lower case without diacritics; typographic apostrophes and dashes made plain."""
    if text.isascii():
        return text.lower()
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# spellings of one word in transliterated names: the Arabic article is written "al" or "el"
# ("Omar al-Bashir", "Omar El Bashir", "Abdel Fattah el-Sisi")
_VARIANTS = {"el": "al"}


def key(text: str) -> str:
    """The lookup key of a name: folded, separators (- _ . / , ( ) ") as spaces, one space,
    the Arabic article one way ("el" as "al")."""
    return " ".join(_VARIANTS.get(w, w) for w in fold(text).translate(_KEY_SEPARATORS).split())


def squash(text: str) -> str:
    """``key`` without any space: "Suk-yeol", "Suk yeol" and "Sukyeol" all give "sukyeol"."""
    return key(text).replace(" ", "")


_SMALL = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "da", "do",
          "dos", "das", "del", "della", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el", "y"}


def display(phrase: str) -> str:
    """A readable name from a dictionary phrase: "FUMIO_KISHIDA_" -> "Fumio Kishida".

    Already mixed-case text is kept; a one-word name of up to four letters or with dots
    (NATO, OPEC, U.N.) stays in capitals."""
    text = _SPACES.sub(" ", phrase.replace("_", " ")).strip()
    if not text or any(c.islower() for c in text):
        return text
    words = text.split(" ")
    if len(words) == 1 and (len(text) <= 4 or "." in text):
        return text  # NATO, OPEC, U.N.
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in _SMALL:
            out.append(lw)
        elif "." in w and len(w) <= 5:
            out.append(w)  # initials and abbreviations: "W.", "U.S."
        else:
            out.append("-".join(_cap(p) for p in lw.split("-")))
    return " ".join(out)


def _cap(part: str) -> str:
    if not part:
        return part
    if part.startswith("mc") and len(part) > 2:
        return "Mc" + part[2:].capitalize()
    if "'" in part:
        a, _, b = part.partition("'")
        return a.capitalize() + "'" + (b.capitalize() if len(a) <= 1 else b)
    return part.capitalize()


_PREPS = {"of", "for", "to", "at", "in", "on", "from", "with", "without", "general"}


def plural(phrase: str) -> str:
    """The regular plural of a (lower case) noun phrase: the head noun takes the plural.

    "minister" -> "ministers", "chief of staff" -> "chiefs of staff", "secretary" ->
    "secretaries", "boss" -> "bosses", "attorney general" -> "attorneys general"."""
    words = phrase.split(" ")
    idx = len(words) - 1
    for i, w in enumerate(words[1:], start=1):
        if w in _PREPS:
            idx = i - 1
            break
    words[idx] = _plural_word(words[idx])
    return " ".join(words)


def _plural_word(w: str) -> str:
    if not w or not w[-1].isalpha():
        return w
    if w.endswith("man") and not w.endswith(("human", "german", "shaman")):
        return w[:-3] + "men"
    if w.endswith("person"):
        return w[:-6] + "people"
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if w.endswith("fe") and not w.endswith("ffe"):
        return w[:-2] + "ves"
    if w.endswith("f") and w.endswith(("thief", "leaf", "half", "wolf", "shelf")):
        return w[:-1] + "ves"
    return w + "s"
