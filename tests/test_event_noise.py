"""Kinds of wrong events seen on real news, removed through the pattern vocabulary
(accord_verbs.tsv, accord_synsets.tsv), on whole made-up sentences (full pipeline)."""

from __future__ import annotations

from test_event_types_more import DATE, codes  # noqa: F401 (one helper for the event-side tests)


def test_commercial_offers_are_no_intent_to_cooperate(coder):
    assert codes(coder, "Qatar Airways will offer flights to Iraqi cities from March.") == []
    assert codes(coder, "The Turkish carmaker offered voluntary buyouts to 5,000 Turkish workers.") == []
    assert codes(coder, "The Kenyan museum is offering DVDs and posters to Kenyan schools.") == []
    # offers of troops keep their code
    assert codes(coder, "Egypt offered troops to the Somali government.") == ["0334"]


def test_attending_an_event_or_a_school_is_no_visit(coder):
    assert codes(coder, "The festival was attended by 2,000 Kenyan students.") == []
    assert codes(coder, "Some 500 Kenyan students attended the festival in Nairobi.") == []
    assert codes(coder, "The Kenyan president attended law school at the University of Nairobi.") == []
    # summits and meetings abroad stay
    assert codes(coder, "The Iranian president attended a summit in Russia.") == ["044"]
    assert codes(coder, "The Kenyan president attended a meeting in Uganda.") == ["042"]


def test_flying_passengers_or_cargo_is_no_visit(coder):
    assert codes(coder, "Emirates flies tourists and cargo to Iraq.") == []
    assert codes(coder, "The Kenyan president flew to Uganda on Monday.") == ["042"]


def test_sports_scores_are_no_fighting(coder):
    assert codes(coder, "Egypt defeated Ghana 2 – 1 on Sunday.") == []
    assert codes(coder, "Brazil beat Germany 7-1 in Belo Horizonte.") == []
    assert codes(coder, "Iraqi troops defeated the insurgents in Mosul.") == ["190"]


def test_engaging_a_firm_or_on_topics_is_no_fighting(coder):
    assert codes(coder, "The Kenyan government engaged a British law firm to audit the accounts.") == []
    assert codes(coder, "The Iranian president engaged the Columbia professor on a number of topics.") == []
    assert codes(coder, "Indian troops engaged Pakistani forces along the border.") == ["190"]


def test_receiving_coverage_or_a_notice_is_no_visit(coder):
    assert codes(coder, "The Kenyan opposition leader has received wide media coverage from Ugandan newspapers.") == []
    assert codes(coder, "The Kenyan company received a take-down notice from the Ugandan government.") == []
    assert codes(coder, "The Kenyan president received the Ugandan foreign minister in Nairobi.") == ["043"]


def test_seeking_an_office_is_no_intent_to_cooperate(coder):
    assert codes(coder, "The Kenyan senator sought the ruling party's nomination for president.") == []
    assert codes(coder, "The former Kenyan minister is seeking a seat in the Kenyan parliament.") == []
    assert codes(coder, "Kenya is seeking the extradition of the Ugandan businessman.") == ["0213"]


def test_paid_tributes_are_no_payment(coder):
    assert "061" not in codes(coder, "Tributes were paid by Kenyan and Ugandan leaders.")
    assert codes(coder, "Kenyan officials paid bounties to Somali militants.") == ["061"]


def test_competing_is_no_disapproval(coder):
    assert codes(coder, "The Kenyan foreign minister competed for the post against the Ugandan finance minister.") == []
    assert codes(coder, "Kenyan athletes will compete in the Olympic marathon in Tokyo.") == []
    assert codes(coder, "Chinese firms compete with Indian companies in Kenya.") == []


def test_lead_to_a_consequence_or_a_poll_lead_is_no_visit(coder):
    assert codes(coder, "The Kenyan strike led to the resignation of the Ugandan finance minister.") == []
    assert codes(coder, "In the poll, the Kenyan president led the Ugandan president 47 percent to 40 percent.") == []
    # a delegation led somewhere keeps its code
    assert codes(coder, "The Kenyan president led a delegation to Uganda.") == ["036"]


def test_hosting_a_championship_or_a_program_is_no_visit_received(coder):
    assert codes(coder, "Kenya hosted the 2019 Women's World Championship.") == []
    assert codes(coder, "The Kenyan university is hosting a program about Ugandan history.") == []
    assert codes(coder, "Kenya hosted the Ugandan president in Nairobi.") == ["043"]
    assert codes(coder, "Kenya hosted a summit with Uganda.") == ["036"]
