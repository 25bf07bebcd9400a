"""The sentence filter keeps sentences whose only actors are office holders named by
surname alone ("Trump criticized Zelensky"): the recognizer reads them, so the filter
must let them through to the parser."""

from __future__ import annotations

from accord.actors.recognizer import bare_surname_words


def test_lone_surnames_of_office_holders_get_the_sentence_parsed(coder):
    events = coder.code("Trump criticized Zelensky on Friday.", published="2025-04-02")
    assert [(e.source.code, e.target.code, e.cameo) for e in events] == [("USAGOV", "UKRGOV", "111")]
    events = coder.code("Modi praised Trump after the call.", published="2025-04-02")
    assert [(e.source.code, e.target.code) for e in events] == [("INDGOV", "USAGOV")]


def test_filter_cue_words(coder):
    words = bare_surname_words(coder.kb)
    assert {"trump", "zelensky", "modi"} <= words
    # no one- or two-letter words, regnal numbers or calendar words as cues
    assert not {w for w in words if len(w) < 3}
    assert "iii" not in words and "friday" not in words
    sel = coder.filter.select("Trump criticized Zelensky on Friday. The weather was fine on Friday.")
    assert sel.chosen == [0]
