"""Actors and roles, round 5 (branch actors11), each rule on made-up sentences."""

from __future__ import annotations

from test_actor_roles_more import actors, coded


def test_a_counterpart_is_the_other_side_in_the_possessors_role(coder):
    # the possessor's sectors, the nationality word's country
    evs = coded(coder, "Malaysia's defence minister met his Chilean counterpart in Lima on Tuesday.")
    assert ("MYSGOVMIL", "CHLGOVMIL", "040") in evs, evs
    evs = coded(coder, "The Estonian army chief spoke with his Portuguese counterpart.")
    assert any(s == "ESTMIL" and t == "PRTMIL" for s, t, _ in evs), evs
    evs = coded(coder, "The Ghanaian police chief held talks with his Togolese counterpart.")
    assert any(s == "GHACOP" and t == "TGOCOP" for s, t, _ in evs), evs
    # a resolved "his" (a titled foreign minister) is no owner of the counterpart: the other side
    evs = coded(coder, "Portuguese Foreign Minister Joao Faria Nunes met his Moroccan counterpart on Monday.")
    assert any(s == "PRTGOV" and t == "MARGOV" for s, t, _ in evs), evs


def test_a_counterpart_without_a_possessor_is_a_government(nlp, kb, coder):
    assert ("Peruvian counterparts", "PERGOV") in actors(nlp, kb, "Bolivian officials met their Peruvian counterparts.")
    evs = coded(coder, "Chilean diplomats met counterparts from Uruguay on Friday.")
    assert any(s == "CHLGOV" and t == "URYGOV" for s, t, _ in evs), evs


def test_a_counterpart_is_never_the_possessors_own(nlp, kb, coder):
    # a named possessor gives no country; a bare counterpart names no side
    found = actors(nlp, kb, "Lavrov's Finnish counterpart criticized the plan.")
    assert ("Finnish counterpart", "FINGOV") in found, found
    assert not any(t.endswith("counterpart") and not c.startswith("FIN") for t, c in found), found
    evs = coded(coder, "The Malian president met his counterpart on Monday.")
    assert not any(t == "MLIGOV" for s, t, _ in evs if s == "MLIGOV"), evs


def test_an_armed_agent_of_an_armed_group_is_the_group(nlp, kb):
    found = actors(nlp, kb, "Hezbollah fighters crossed into the valley on Sunday.")
    assert ("Hezbollah fighters", "LBNREB") in found, found
    found = actors(nlp, kb, "Al-Qaeda militants stormed a checkpoint near the river.")
    assert any(t == "Al-Qaeda militants" and c.startswith("IMG") and not c.endswith("UAF") for t, c in found), found
    found = actors(nlp, kb, "Hundreds of fighters from Hezbollah crossed the border.")
    assert any(c == "LBNREB" for t, c in found if "fighters" in t), found
    # a sector of another family is still added
    found = actors(nlp, kb, "Hezbollah officials met the envoy in the valley.")
    assert ("Hezbollah officials", "LBNREBGOV") in found, found


def test_a_named_force_of_a_country_is_its_military(nlp, kb):
    found = actors(nlp, kb, "Japan's Self-Defense Forces evacuated villagers after the landslide.")
    assert ("Japan's Self-Defense Forces", "JPNMIL") in found, found
    found = actors(nlp, kb, "Japan's Maritime Self-Defense Force escorted the ferry.")
    assert any(c == "JPNMIL" for _, c in found), found
    # in lower case, a country's self-defence forces are militias
    found = actors(nlp, kb, "Bolivia's self-defense forces blocked the highway.")
    assert ("Bolivia's self-defense forces", "BOLUAF") in found, found
