"""Actors, quotes, commitments and what's next, on texts written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import DATA, ROOT, SAMPLES

from briefing.analysis.confidence import CONFIDENT
from briefing.analysis.core import analyze
from briefing.analysis.entities import find_actors
from briefing.evaluation.commitments import evaluate_fixture
from briefing.ingest.load import load_articles
from briefing.models import Article, Mention
from briefing.nlp.model import load_model, parse

VIENNA = DATA / "articles" / "vienna-talks.txt"


def run(text_or_path):
    if isinstance(text_or_path, Path):
        (article,) = load_articles([str(text_or_path)])
    else:
        article = Article("t", text_or_path)
    found = analyze(article, list(parse(load_model(None, "full"), article.text)))
    actors = {a.name: a for a in find_actors(found.mentions, limit=None)}
    return article, found, actors


def shown(text: str) -> list[tuple[str, str, str]]:
    """(actor, type, action) of the commitments of ``text`` the page would show."""
    _, found, _ = run(text)
    return [(c.actor, c.type, c.action) for c in found.commitments if c.confidence >= CONFIDENT]


@pytest.fixture(scope="module")
def vienna():
    return run(VIENNA)


def test_aliases_merge_into_one_actor(vienna):
    _, _, actors = vienna
    ellison = actors["Mark Ellison"]
    assert {"Ellison", "Mr. Ellison", "Secretary Ellison"} <= set(ellison.aliases)
    assert {"Volkov", "Minister Volkov"} <= set(actors["Sergei Volkov"].aliases)
    assert "US" in actors["United States"].aliases
    assert "Russian" in actors["Russia"].aliases  # the demonym counts toward the country
    assert not {"Ellison", "Volkov", "US", "Russian", "State"} & set(actors)


def test_roles_from_titles_and_appositions(vienna):
    _, _, actors = vienna
    assert actors["Mark Ellison"].role == "US Secretary of State"
    # "his Russian counterpart, Sergei Volkov" loses to a better role found later.
    assert actors["Sergei Volkov"].role == "Foreign Minister"
    _, _, actors = run(SAMPLES / "port-strike.txt")
    assert "general secretary" in actors["Ruth Adeyemi"].role
    assert actors["Grace Lindqvist"].role == "Transport Minister"


def test_capital_is_the_government_only_when_it_speaks():
    text = (
        "Trade talks opened in Washington on Monday with officials from Canada.\n\n"
        "Washington said it was ready to cut tariffs on Canadian timber if Ottawa dropped its dairy quotas."
    )
    _, found, actors = run(text)
    # "talks in Washington" is only where: not an actor; "Washington said" is the government
    assert "Washington" not in actors
    (offer,) = [c for c in found.commitments if c.type == "offer"]
    assert offer.actor == "United States"
    assert "if Ottawa dropped its dairy quotas" == offer.condition


def test_kinds_are_person_organisation_country_and_place():
    text = (
        "Indonesian officials said the Greens would oppose the plan. Islamic scholars met in "
        "Surabaya, CNN reported. Mayor Eri Cahyadi said "
        "Surabaya will build a sea wall."
    )
    _, _, actors = run(text)
    assert actors["Indonesia"].kind == "country" and "Indonesian" in actors["Indonesia"].aliases
    assert actors["Greens"].kind == "organisation"
    assert actors["Surabaya"].kind == "place"  # it acts: "Surabaya will build"
    assert "Islamic" not in actors and "CNN" not in actors
    assert {a.kind for a in actors.values()} <= {"person", "organisation", "country", "place"}


def test_an_apposition_role_is_kept_short():
    text = (
        '"We will go," said Loris Fallon, the president of the international aid group '
        "Doctors Abroad and a former surgeon at the city's largest hospital."
    )
    _, _, actors = run(text)
    role = actors["Loris Fallon"].role
    assert role.startswith("president of the international aid group") and len(role.split()) <= 9


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Two deputies were moved, Sheriff Stan Gill said Monday.", "Stan Gill", "Sheriff"),
        ("The teens' mother, Tessa Dunne, was treated in hospital.", "Tessa Dunne", "mother"),
        (
            "The photo was taken by Halden Post photographer Barry Kolb.",
            "Barry Kolb",
            "photographer",
        ),
        ("A video of ESPN reporter Britt Malloy went viral.", "Britt Malloy", "ESPN reporter"),
        (
            "He met Nora Vik and Vik's younger brother, Aksel Vik.",
            "Aksel Vik",
            "Vik's younger brother",
        ),
    ],
)
def test_a_person_is_called_what_the_text_calls_them(text, name, role):
    _, _, actors = run(text)
    assert actors[name].role.endswith(role) and "video" not in actors[name].role


@pytest.mark.parametrize(
    "text, name, role",
    [
        # an abbreviated rank the tagger took into the name is spelled out
        (
            'Det Chief Insp Nora Quist said: "Inquiries are ongoing." She said officers were '
            'searching the site. "We will continue to update the public," she added.',
            "Nora Quist",
            "detective chief inspector",
        ),
        # a nationality in a role that is no office speaks for no country
        (
            "Iran held talks on Monday. The Iranian photographer Lara Sadri said: "
            '"We will show the pictures in Paris next year."',
            "Lara Sadri",
            "Iranian photographer",
        ),
    ],
)
def test_a_role_and_the_person_who_commits(text, name, role):
    _, found, actors = run(text)
    assert actors[name].role == role
    assert [c.actor for c in found.commitments] == [name]


def test_a_long_role_is_cut_before_the_employer_not_inside_its_name():
    text = (
        "Kevin Maurer, the chief financial officer and treasurer at the Andy Warhol Foundation "
        "for the Visual Arts, said the gifts will continue."
    )
    _, _, actors = run(text)
    assert actors["Kevin Maurer"].role == "chief financial officer and treasurer"


def test_an_acronym_merges_with_the_name_it_spells():
    text = (
        "The University of Southern Indiana opened the show. USI's gallery, with the USI Art "
        "Collections, will host it. USI said it was proud."
    )
    _, _, actors = run(text)
    assert "USI" in actors["University of Southern Indiana"].aliases
    # the acronym of a body's name after its country ("US Securities and Exchange
    # Commission", "SEC": two actors at the top of a real BBC report's list)
    _, _, actors = run(
        "The US Coastal Shipping Board fined the firm. The CSB said it would appeal the ruling."
    )
    assert "CSB" in actors["US Coastal Shipping Board"].aliases


def test_a_mixed_case_acronym_merges_too():
    text = (
        "The Institute of Directors criticised the plan. The IoD said firms would suffer. "
        "Simon Walker of the IoD called it unworkable."
    )
    _, _, actors = run(text)
    assert "IoD" in actors["Institute of Directors"].aliases


def test_quotes_have_their_speakers(vienna):
    _, found, _ = vienna
    speakers = {q.text.split()[0]: q.speaker for q in found.quotes}
    assert speakers["We"] == "Mark Ellison"
    assert speakers["But"] == "Mark Ellison"  # a quote that runs on keeps its speaker
    assert speakers["Russia"] == "Sergei Volkov"
    assert speakers["Both"] == "Helen Ward"


def find(found, words):
    matches = [c for c in found.commitments if words in c.action]
    assert matches, [c.action for c in found.commitments]
    return matches[0]


def test_we_in_a_quote_is_the_speakers_side(vienna):
    article, found, _ = vienna
    threat = find(found, "respond with severe economic sanctions")
    assert (threat.actor, threat.type, threat.speaker) == (
        "United States",
        "threat",
        "Mark Ellison",
    )
    assert threat.condition == "if Russian forces move further into Ukraine"
    assert article.text[threat.start : threat.end] == threat.text


def test_reported_assurance_by_the_other_side(vienna):
    _, found, _ = vienna
    assurance = find(found, "invade Ukraine")
    assert (assurance.actor, assurance.type, assurance.negated) == ("Russia", "assurance", True)
    attack = find(found, "attack our neighbours")
    assert (attack.actor, attack.type, attack.negated) == ("Russia", "assurance", True)


def test_conditions_negation_and_time():
    _, found, _ = run(SAMPLES / "press-conference-talks.txt")
    demand = find(found, "withdraw its artillery")
    assert (demand.type, demand.target, demand.time) == (
        "demand",
        "Marenia",
        "by the end of the month",
    )
    offer = find(found, "release forty detained fishermen")
    assert offer.type == "offer" and offer.actor == "Ostrava"
    assert offer.condition.startswith("if Marenia reopened")
    assert find(found, "send a full delegation").time == "on March 9"
    refusal = find(found, "discuss the withdrawal")
    assert refusal.type == "refusal" and refusal.actor == "Marenia"


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the talks had lowered the temperature but had not resolved anything.",
        "The conflict has displaced more than 120,000 people since it began in 2023.",
        "Norvik reported a profit of $2 billion last year, up from $1.5 billion.",
        '"Markets will now price in a cut," said Laura Chen, an economist at Meridian Securities.',
        "Ministers met in Vienna in 2019 and agreed nothing.",
        "Prime Minister Lena Holm said the opposition's plan would cost 30 billion crowns.",
        "The election will be held on March 11.",
    ],
)
def test_background_analysis_and_past_are_not_commitments(text):
    _, found, _ = run(text)
    assert [(c.type, c.action) for c in found.commitments] == []


def test_whats_next_finds_dated_future_events():
    _, found, _ = run(SAMPLES / "press-conference-talks.txt")
    whens = [e.when for e in found.events]
    assert "in the coming days" in whens and "on March 9" in whens
    assert not any("2023" in w or "last year" in w for w in whens)


def test_an_item_from_a_quote_of_several_sentences_carries_no_lone_quote_mark():
    text = (
        'The palace said the duke was told. "He is resting this week, before resuming his '
        'duties next week. Details will follow," the palace said.'
    )
    article, found, _ = run(text)
    (event,) = [e for e in found.events if e.when == "next week"]
    assert event.text.startswith("He is resting")
    assert article.text[event.start : event.end] == event.text


def test_fixture_precision_and_recall():
    """The labelled fixture (tests/data/commitments.jsonl) gates commitment quality."""
    scores = evaluate_fixture(DATA / "commitments.jsonl", ROOT)
    assert scores.gold >= 70
    assert scores.precision >= 0.9 and scores.recall >= 0.9, scores.misses + scores.extras
    assert scores.actors_found == scores.actors
    assert scores.aliases_ok == scores.actors


def test_commitments_batch_cli(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": VIENNA.read_text()},
        {"id": "b", "text": "The weather was mild on Tuesday."},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    dst = tmp_path / "out.jsonl"
    run_cli("commitments", "--jsonl", src, "--output", dst, check=True)
    out = [json.loads(line) for line in dst.read_text().splitlines()]
    assert [o["id"] for o in out] == ["a", "b"] and out[1]["commitments"] == []
    types = {c["type"] for c in out[0]["commitments"]}
    assert {"threat", "assurance", "demand", "refusal", "offer"} <= types


def test_eval_commitments_cli(run_cli):
    proc = run_cli("eval-commitments", DATA / "commitments.jsonl", "--root", ROOT, check=True)
    assert "| precision |" in proc.out and "| actors found |" in proc.out


def test_a_time_is_not_repeated_as_the_condition():
    text = (DATA / "followup" / "strike-vote.txt").read_text()
    _, found, _ = run(text)
    delay = [c for c in found.commitments if "delay the automation" in c.action]
    assert delay and delay[0].time == "until 2029" and delay[0].condition == ""
    retrain = [c for c in found.commitments if "retrain" in c.action]
    assert retrain and retrain[0].condition == ""


def test_a_person_the_tagger_calls_an_organisation_is_a_person_by_the_surname():
    # en_core_web_sm tags this full name ORG and the surname alone GPE.
    text = (
        "Muhammadu Buhari won the vote. He said he will turn his focus to the border. "
        "Buhari thanked voters."
    )
    _, found, actors = run(text)
    assert actors["Muhammadu Buhari"].kind == "person" and "Buhari" not in actors
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Muhammadu Buhari", "turn his focus to the border")
    ]


def test_an_abbreviated_title_gives_the_role():
    _, _, actors = run("Sen. Elizabeth Warren said she would not run. Gen. David Petraeus spoke.")
    assert actors["Elizabeth Warren"].role == "Senator"
    assert actors["David Petraeus"].role == "General"


def test_whole_names_demonyms_and_compass_points_on_a_korean_report():
    _, _, actors = run(
        "A plan to impeach South Korean President Yoon Suk Yeol over his declaration of "
        "martial law has failed.\n\nThe South Korean military said the North had fired "
        "two missiles on Friday, and the South would respond.\n\nSouth Korea's parliament "
        "will vote again next week."
    )
    assert "Yoon Suk Yeol" in actors and "Yoon Suk" not in actors
    assert "South Korean" not in actors and "South Korea" in actors
    assert not {"North", "South"} & set(actors)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # read on CNN/DM: the small model tags no name after a long title
        (
            "But Director of Public Prosecutions Alison Harlow said he would not be prosecuted.",
            "Alison Harlow",
            "Director of Public Prosecutions",
        ),
        (
            "Speaking after the hearing, Detective Constable Vanessa Marlow, from West Vessia "
            "Police, said the inquiry would continue.",
            "Vanessa Marlow",
            "Detective Constable",
        ),
    ],
)
def test_a_first_name_and_a_surname_the_model_left_untagged_are_a_person(text, name, role):
    _, _, actors = run(text)
    assert (actors[name].kind, actors[name].role) == ("person", role)


def test_a_name_with_a_regions_code_after_a_dot_is_one_actor():
    # read on XSum: "Leave.EU campaign chairman" made the EU an actor and the role "EU ..."
    _, _, actors = run(
        "In his letter, Stay.EU campaign chairman Tom Reed said Sarah Jones should return."
    )
    assert "European Union" not in actors and "EU" not in actors
    assert actors["Tom Reed"].role == "Stay.EU campaign chairman"


def test_a_word_in_lower_case_is_no_name():
    _, found, actors = run(
        "The hostages appeared pale and gaunt.\n\nBoth men asked their governments to help "
        "in their release."
    )
    assert "gaunt" not in actors
    assert [c.actor for c in found.commitments] != ["gaunt"]


def test_a_thing_in_lower_case_tagged_a_body_is_no_actor_unless_all_is_lower_case():
    # from the CNN sample of seed 88: "taco cannon", tagged an organisation, "will join"
    text = (
        "A taco shop has teamed up with the university. That's right, we said taco cannon. "
        "With this development, the taco will join t-shirts in hurtling into the stands."
    )
    _, found, actors = run(text)
    assert not {"taco cannon", "taco"} & set(actors)
    assert [c for c in found.commitments if c.confidence >= CONFIDENT] == []
    # a text written all in lower case still names its actors
    _, found, actors = run("sabra dipping co. said customers will be refunded in full .")
    assert any(name.lower().startswith("sabra") for name in actors)
    # and a group may be written in lower case
    _, _, actors = run('"We hope the pan-democrats drop their attitude," said Tom Reed.')
    assert any("pan-democrat" in name for name in actors)


def test_they_after_an_unnamed_plural_subject_is_not_the_last_named_group():
    _, found, _ = run(
        "The Taliban released two videos of the hostages in 2017.\n\nBoth men claimed that "
        "they were being treated well and asked their governments to help in their release."
    )
    assert "Taliban" not in [c.actor for c in found.commitments]


def test_a_described_speaker_after_a_named_one_gives_the_name_its_role():
    _, _, actors = run(
        '"We will do more together," Marta Lindqvist told CNN\'s "Evening Hour with Ola '
        'Brandt." The EU high representative for trade said the union must act.'
    )
    assert actors["Marta Lindqvist"].role.startswith("EU high representative for trade")
    assert not actors["Ola Brandt"].role


def test_a_description_opening_a_sentence_is_the_one_person_named_just_before():
    _, _, actors = run(
        "Markets are more than ready for Maria Lopez. The former finance minister confirmed on Sunday "
        "that she will run for president."
    )
    assert actors["Maria Lopez"].role == "former finance minister"
    _, _, actors = run(
        "Tom Reed met Maria Lopez in Geneva. The former finance minister confirmed on Sunday "
        "that she will run for president."
    )
    assert not actors["Maria Lopez"].role and not actors["Tom Reed"].role


def test_a_role_after_is_names_the_post():
    _, _, actors = run(
        "Mr Rhodes is also deputy leader of Leicestershire County Council. "
        "Peter Rhodes said the council will cut its budget."
    )
    assert actors["Peter Rhodes"].role == "deputy leader of Leicestershire County Council"


def test_what_a_lawyer_argues_someone_is_gives_no_role():
    _, _, actors = run(
        "Tom Reed was ordered to stand trial. His attorney Matthew Fletcher argued that Reed "
        "was the victim. Officials said Ann Holt is the deputy leader of the council."
    )
    assert actors["Tom Reed"].role == ""
    assert actors["Ann Holt"].role == "deputy leader of the council"


def test_a_two_word_surname_merges_with_the_full_name():
    _, _, actors = run(
        '"The sea is a grave," said Loris De Marchi, the president of the aid group. '
        "De Marchi called on states to launch rescues. De Marchi said they would not wait."
    )
    assert "De Marchi" not in actors and "De Marchi" in actors["Loris De Marchi"].aliases


def test_a_shared_surname_goes_to_the_full_name_introduced_first():
    _, _, actors = run(
        "Hillary Clinton will run again. Clinton met donors in New York. Lehane, who worked "
        "in Bill Clinton's administration, said Clinton would win. Hillary Clinton smiled. "
        "Clinton left."
    )
    assert "Clinton" not in actors and "Clinton" in actors["Hillary Clinton"].aliases
    assert "Bill Clinton" in actors
    _, _, actors = run(
        "A new series follows Bruce Jenner's transition. Jenner starred in a reality show. "
        "Kris Jenner said she was proud. Kris Jenner smiled. Jenner will narrate it. Kris "
        "Jenner left."
    )
    assert "Jenner" in actors["Bruce Jenner"].aliases


def test_a_shared_surname_goes_to_the_one_its_pronoun_fits():
    # read on a Multi-News day: the headline's "Davis" comes before either full name, and
    # "she" says which of a wife and a husband it is
    text = (
        "Davis discloses a loss in her memoir.\n\nSen. Wendy Davis, in her memoir due out "
        "next week, discloses a decision. Davis wrote that she and her husband, Jeff, spent "
        "time with Tate. Davis said she almost shared her story. Amber is her daughter from "
        "her marriage to Jeff Davis, a former City Council member. Davis said she would "
        "campaign on health care."
    )
    _, _, actors = run(text)
    assert "Davis" not in actors and "Davis" in actors["Wendy Davis"].aliases
    # a first name that says neither gender decides nothing: the first introduced keeps it
    _, _, actors = run(
        "Jackson Gordon is a student. Gordon said he built a suit. Gordon is no relative "
        "of the police commissioner, James Gordon. Gordon said he would sell it."
    )
    assert "Gordon" in actors["Jackson Gordon"].aliases


def test_a_name_in_passing_is_kept_but_not_key():
    _, _, actors = run(
        "Iran's army said it will fight ISIS. Iran has sent advisers. ISIS fighters hold parts "
        "of Iraq and Syria."
    )
    assert actors["Iran"].key and not actors["Syria"].key


def test_a_name_the_tagger_took_for_a_person_but_only_ever_somewhere_is_not_key():
    from briefing.models import Mention

    mentions = [
        Mention("Melton Mowbray", "PERSON", 0, 14, "a", located=True),
        Mention("Melton Mowbray", "PERSON", 40, 54, "a"),
        Mention("Ana Lopez", "PERSON", 80, 89, "a"),
        Mention("Ana Lopez", "PERSON", 120, 129, "a"),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert actors["Ana Lopez"].key and not actors["Melton Mowbray"].key


def test_a_surname_the_tagger_took_for_an_organisation_but_called_he_is_the_person():
    from briefing.models import Mention

    mentions = [
        Mention("Bikram Choudhury", "ORG", 0, 16, "a"),
        Mention("Choudhury", "ORG", 40, 49, "a", speaks=True, called_he=True),
        Mention("Choudhury", "ORG", 80, 89, "a", speaks=True),
        Mention("Apple", "ORG", 120, 125, "a", speaks=True, called_he=True),
        *(Mention("Apple", "ORG", 140 + 10 * k, 145 + 10 * k, "a", speaks=True) for k in range(3)),
        Mention("Bikram Choudhury", "ORG", 200, 216, "a", speaks=True),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert actors["Bikram Choudhury"].kind == "person" and "Choudhury" not in actors
    assert actors["Apple"].kind == "organisation"
    _, found, _ = run("Choudhury said he wanted to set the record straight.")
    assert [m.called_he for m in found.mentions] == [True]


def test_a_first_name_whose_full_name_was_already_folded_away_is_no_crash():
    from briefing.models import Mention

    # a real report named "Laura Crotty Alexander", then "Crotty Alexander", then "Crotty's
    # team": the second folds into the first before the third looks for it
    mentions = [
        Mention("Laura Crotty Alexander", "PERSON", 0, 22, "a"),
        Mention("Crotty Alexander", "PERSON", 30, 46, "a", speaks=True),
        Mention("Crotty", "PERSON", 60, 66, "a"),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert actors["Laura Crotty Alexander"].aliases == ["Crotty Alexander"]


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        # real tagger spans: a verb run into a name, and a name that opens with a verb
        ("Fearing Irene's wrath, Amtrak cancelled all trains.", (0, 2), "Irene"),
        ("Kiss Cam: Anna Berg kissing Tom Reed just before a break?", (0, 2), "Kiss Cam"),
    ],
)
def test_a_name_is_the_name_without_a_verb_run_into_it(text, tagged, name):
    assert tagged_mentions(text, *tagged) == [name]


def test_a_titled_surname_the_tagger_missed_is_a_mention_when_the_name_is_known():
    text = "The officer, Brian Encova, was fired. Mr Encova said Mr X and Mr. President lied."
    # as on a real page: "Mr Encova" untagged
    assert tagged_mentions(text, 3, 5) == ["Brian Encova", "Encova"]


def tagged_mentions(text: str, start: int, end: int, label: str = "PERSON") -> list[str]:
    """The mentions of ``text`` when the tagger names only tokens ``start`` to ``end``."""
    from spacy.tokens import Span

    from briefing.analysis.mentions import mentions_from_doc

    doc = load_model(None, "full")(text)
    doc.ents = [Span(doc, start, end, label=label)]
    return [m.text for m in mentions_from_doc(doc, 0, "a")]


def test_a_share_price_a_market_page_runs_into_a_name_is_not_the_name():
    from briefing.analysis.names import normalise

    assert normalise("+0.88% BP") == "BP" and normalise("3M") == "3M"


def test_a_farewell_before_a_name_or_an_age_after_it_is_not_the_name():
    # a tweet's "RIP Stan Freberg" had become the full name of an obituary's subject
    from briefing.analysis.names import normalise

    assert normalise("RIP Tom Reed") == "Tom Reed" and normalise("R.I.P. Ann Holt") == "Ann Holt"
    assert normalise("Rip Holt") == "Rip Holt"  # a first name
    # an age run on: "Former All Saints singer Natalie Appleton,31, walked out"
    assert normalise("Ann Holt,31") == "Ann Holt" and normalise("Channel 4") == "Channel 4"
    # who they are, run on before the name ("Frenchman Arnaud Clement", an organisation)
    assert (
        normalise("Frenchman Tom Reed") == "Tom Reed" and normalise("Irishmen JP Holt") == "JP Holt"
    )


def test_a_council_the_tagger_took_for_a_person_is_an_organisation():
    from briefing.models import Mention

    names = ["Leicestershire County Council", "Pennsylvania Department of Transportation"]
    mentions = [Mention(n, "PERSON", 50 * k, 50 * k + len(n), "a") for k, n in enumerate(names)]
    mentions.append(Mention("Conservative MPs.", "PERSON", 200, 217, "a"))
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert {actors[n].kind for n in names} == {"organisation"}
    assert actors["Conservative MPs"].kind == "organisation"


def test_a_name_described_as_a_company_is_an_organisation_and_it_is_the_company():
    _, found, actors = run(
        "Kestrel, a Boston-based company, pleaded guilty. It agreed to pay $13m in penalties."
    )
    assert actors["Kestrel"].kind == "organisation"
    assert [(c.actor, c.type) for c in found.commitments] == [("Kestrel", "agreement")]
    _, found, _ = run("Yukos chief executive Steven Theede spoke. Yukos's shareholders met.")
    yukos = [m.called_company for m in found.mentions if m.text.startswith("Yukos")]
    assert yukos and all(yukos)


def test_a_name_that_says_it_will_act_is_a_body_not_a_person():
    _, found, actors = run(
        "Yukos has said it will sue Baikal for $20bn. Yukos has said it intends to seek "
        "$20bn in damages."
    )
    assert actors["Yukos"].kind == "organisation"
    assert {c.actor for c in found.commitments} == {"Yukos"} and len(found.commitments) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Lib Dems say they would fund free personal care.", "Lib Dems"),
        (
            "Tom Reed pleaded guilty. Kestrel said they would consider the player's future.",
            "Kestrel",
        ),
        ("Chart-topping pop band Wildfire will take a break.", "Wildfire"),
    ],
)
def test_a_party_a_club_and_a_band_the_tagger_calls_people_are_bodies(text, name):
    _, _, actors = run(text)
    assert actors[name].kind == "organisation"


def test_a_countrys_adjective_tagged_a_body_is_the_country():
    _, _, actors = run("Mali's army seized power on Monday. The rebels refuse to be called Malian.")
    assert list(actors) == ["Mali"]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg said it will open in May.",  # "it" is a shop, the tagger's person stays
        "Mr Hale's shareholders met on Monday.",  # a titled person owns shares, still a person
        "Texas will vote in May. A Texas company said it would hire 200 people.",
    ],
)
def test_a_person_or_place_near_a_company_word_stays_what_it_is(text):
    _, found, actors = run(text)
    assert {a.kind for a in actors.values()} <= {"person", "place"}
    assert [c for c in found.commitments if "hire" in c.action] == []


def test_the_page_lists_key_actors_and_the_json_keeps_the_rest(run_cli, tmp_path):
    text = (
        "Iran's army said it will fight ISIS.\n\nIran has sent advisers to the front.\n\n"
        "ISIS fighters hold parts of Iraq and Syria."
    )
    proc = run_cli("build", "-", "--format", "json", "--out", tmp_path, input=text.encode())
    assert proc.returncode == 0, proc.err
    (path,) = tmp_path.glob("*.json")
    data = json.loads(path.read_text())
    shown = {a["name"] for a in data["actors"]}
    assert "Iran" in shown and "Syria" not in shown
    assert "Syria" in {a["name"] for a in data["more_actors"]}
    assert all(a["key"] for a in data["actors"])


def test_a_known_organisation_the_model_misreads_is_one_subject():
    _, found, actors = run(
        '"The killing must stop," Save the Children said.\n\nDoctors Without Borders will '
        "begin its own rescue effort, Loris Fallon said on Monday."
    )
    assert {"Save the Children", "Doctors Without Borders"} <= set(actors)
    assert "Without Borders" not in actors
    assert ("Doctors Without Borders", "begin its own rescue effort") in [
        (c.actor, c.action) for c in found.commitments
    ]


def test_key_actors_come_story_by_story_from_the_stories_shown():
    from briefing import Settings, build_briefing, load_articles

    brief = build_briefing(load_articles([str(SAMPLES)]), Settings(date="2026-03-03", memory=False))
    sources = [set(s.source_ids) for s in brief.stories]
    shown = set().union(*sources)
    assert brief.actors and all(shown & set(a.source_ids) for a in brief.actors)
    # the first actor is the top story's, the second the next story's own
    assert set(brief.actors[0].source_ids) & sources[0]
    assert set(brief.actors[1].source_ids) & sources[1]


def test_surnames_of_several_parts_that_fold_into_each_other_do_not_break_merging():
    from briefing.models import Mention

    names = ["Luiz Inacio Lula Da Silva", "Ana Da Silva", "Da Silva", "Silva", "Lula Da Silva"]
    mentions = [Mention(n, "PERSON", 40 * k, 40 * k + len(n), "a") for k, n in enumerate(names)]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert "Da Silva" not in actors and "Silva" not in actors
    assert {"Luiz Inacio Lula Da Silva", "Ana Da Silva"} <= set(actors)


def test_a_quote_of_several_sentences_after_x_said_is_xs():
    _, found, _ = run('Senator Ana Lopez said, "I bring the news. We will act. I will not wait."')
    assert [q.speaker for q in found.quotes] == ["Ana Lopez"]


def test_a_quote_paragraph_after_a_speakers_quote_goes_on_in_his_words():
    # the news convention: a paragraph of nothing but a quote continues the last speaker,
    # unless another person has been named since, or it is several paragraphs on
    text = (
        '"We have fair claims," Tom Okafor, the council leader, says.\n\n'
        "The county's finance team is working on a bid.\n\n"
        '"We are going to build a fairer system."\n\n'
        "The rival leader, Sarah Jones, stayed away.\n\n"
        '"We will cut the rates next year."'
    )
    _, found, _ = run(text)
    # quotes without a speaker are not kept
    assert [q.speaker for q in found.quotes] == ["Tom Okafor", "Tom Okafor"]
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Tom Okafor", "build a fairer system")
    ]
    far = text.replace("bid.\n\n", "bid.\n\nIt is due.\n\nIt is late.\n\n", 1)
    assert [q.speaker for q in run(far)[1].quotes] == ["Tom Okafor"]


def test_he_said_after_a_quote_is_not_someone_the_quote_names():
    text = (
        "But Labour MP Tom Reed said voters were not going to be fooled by the new leader. "
        '"Paul Smith will use his leadership to fight for a hard exit that would put jobs at '
        'risk," he said.'
    )
    _, found, _ = run(text)
    assert [q.speaker for q in found.quotes] == ["Tom Reed"]
    assert [
        c for c in found.commitments if c.actor == "Paul Smith" and c.speaker == "Paul Smith"
    ] == []


def test_according_to_x_gives_a_quote_its_speaker():
    _, found, _ = run('According to Ana Lopez, "we will cut taxes next week."')
    assert [q.speaker for q in found.quotes] == ["Ana Lopez"]
    assert [(c.actor, c.action) for c in found.commitments] == [("Ana Lopez", "cut taxes")]


def test_single_quote_marks_are_quotes_and_apostrophes_are_not():
    from briefing.analysis.quotes import quote_spans

    text = (
        "Mr Okafor said: 'We will cut taxes. We will build homes.' The players' union gave "
        "a 'car crash' interview in the '90s. 'We won't be bullied,' said Tom Okafor. "
        "It's over, rock 'n' roll."
    )
    assert [text[s.start : s.end] for s in quote_spans(text)] == [
        "We will cut taxes. We will build homes.",
        "car crash",
        "We won't be bullied,",
    ]
    _, found, _ = run("Senator Tom Okafor said: 'We will cut taxes for working families.'")
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Tom Okafor", "cut taxes for working families")
    ]


def test_they_in_a_speakers_words_are_not_the_speakers_side():
    _, found, _ = run(
        'Senator Tom Okafor spoke to reporters. "They will figure all that out," said Tom Okafor.'
    )
    assert found.commitments == []


def test_a_spokesman_for_x_speaks_for_x():
    _, found, _ = run('"We intend to cut taxes," a spokesman for Senator Ana Lopez said.')
    assert [q.speaker for q in found.quotes] == ["Ana Lopez"]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (2, 1, 0)])
def test_a_surname_folds_the_same_whichever_of_its_full_names_comes_first(order):
    from briefing.models import Mention

    names = [["Ukraine Kurt Volker", "Kurt Volker", "Volker"][k] for k in order]
    mentions = [Mention(n, "PERSON", 40 * k, 40 * k + len(n), "a") for k, n in enumerate(names)]
    assert [a.name for a in find_actors(mentions, limit=None)] == ["Ukraine Kurt Volker"]


def test_a_title_the_tagger_took_into_a_name_is_its_role():
    _, _, actors = run(
        "A judge denied the motion on Tuesday. Lawyer Alan Dershowitz was accused of wrongdoing "
        "in the lawsuit. Dershowitz denied it. Dean Woodman, a teacher, said nothing."
    )
    assert "Lawyer Alan Dershowitz" not in actors
    assert actors["Alan Dershowitz"].role == "lawyer"
    assert "Dean Woodman" in actors  # "Dean" is a first name as often as a title


@pytest.mark.parametrize(
    ("text", "events", "person"),
    [
        (
            "The Boston Marathon will take place on Monday. Runners said the Boston Marathon "
            "was safe. Lewis Hamilton won the Malaysian Grand Prix, and the Malaysian Grand "
            "Prix drew a record crowd.",
            ["Boston Marathon", "Malaysian Grand Prix"],
            "Lewis Hamilton",
        ),
        (
            "Leaders met at the G7 Summit in Norvik. The G7 Summit agreed nothing. Sarah Jones "
            "said a victory in the General Election would not trigger another vote, and the "
            "General Election was her focus.",
            ["G7 Summit", "General Election"],
            "Sarah Jones",
        ),
        # read in the dump of the dev files: "Champions League" was a key actor of nine
        # football reports
        (
            "Chelsea will play in the Champions League next season. Jose Mourinho said the "
            "Champions League was the priority, and the Europa League did not matter.",
            ["Champions League", "Europa League"],
            "Jose Mourinho",
        ),
        # a real CNN report: "Formula One" a key actor, then "Formula" of "Formula 4"
        (
            "Tom Reed begins his Formula 4 career this week. The seven-time Formula One "
            "champion Ann Holt said Formula One was kind to newcomers.",
            ["Formula One", "Formula"],
            "Ann Holt",
        ),
    ],
)
def test_an_events_name_is_no_actor(text, events, person):
    _, _, actors = run(text)
    assert not set(events) & set(actors)
    assert person in actors


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Nigeria's president-elect, Muhammadu Buhari, said he would fight corruption.",
            "Muhammadu Buhari",
            "Nigeria's president-elect",
        ),
        (
            "Denis McDonough, who is Obama's chief of staff, said the talks would go on.",
            "Denis McDonough",
            "Obama's chief of staff",
        ),
        (
            "Elon Musk, 43, the founder of SpaceX, said it would fly.",
            "Elon Musk",
            "founder of SpaceX",
        ),
        (
            'Tom Opre, the producer and co-host of "Eye of the Hunter," says she won.',
            "Tom Opre",
            "producer and co-host",
        ),
        # "the chancellor said", after one who spoke "warning", is him (not the shadow one)
        (
            'Gordon Brown has issued a rallying cry, warning the "stakes are too high". The '
            'chancellor said the poll would give a "clear choice". Mr Brown accused shadow '
            "chancellor Oliver Letwin of plotting cuts.",
            "Gordon Brown",
            "chancellor",
        ),
        # the post, not since when, nor the end of a programme's name
        ("New Home Secretary Hana Novak said she would act.", "Hana Novak", "Home Secretary"),
        (
            "The company's new chief executive Hana Novak said it would grow.",
            "Hana Novak",
            "chief executive",
        ),
        (
            "New Jersey attorney general Hana Novak said she would act.",
            "Hana Novak",
            "New Jersey attorney general",
        ),
        ("Broadcaster Chris Evans said he would leave the station.", "Chris Evans", "broadcaster"),
        (
            '"It is very sad," said Match of the Day presenter Hana Novak.',
            "Hana Novak",
            "presenter",
        ),
        (
            "The murder of American journalist Jan Dvorak shocked the city.",
            "Jan Dvorak",
            "American journalist",
        ),
    ],
)
def test_roles_from_a_hyphened_title_a_who_is_clause_and_no_dangling_word(text, name, role):
    _, _, actors = run(text)
    assert actors[name].role == role


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "The Federal Reserve raised rates. The Fed said inflation was high.",
            "Federal Reserve",
            "Fed",
        ),
        (
            "The New England Patriots won. The Patriots said they were happy.",
            "New England Patriots",
            "Patriots",
        ),
        (
            "The Republican Party met on Monday. Republicans said they would block the bill.",
            "Republican Party",
            "Republicans",
        ),
        (
            "Hillary Rodham Clinton spoke on Monday. Hillary Clinton said she would run.",
            "Hillary Rodham Clinton",
            "Hillary Clinton",
        ),
        # read on a CNN day: the end of its "... of the ..." name
        (
            "The Red Cross on Saturday called for a ceasefire. A pause was needed, the "
            "International Committee of the Red Cross said.",
            "International Committee of the Red Cross",
            "Red Cross",
        ),
    ],
)
def test_a_clipped_name_a_teams_last_word_party_members_and_a_middle_name_merge(text, name, alias):
    _, _, actors = run(text)
    assert alias in actors[name].aliases and alias not in actors


def test_a_capitalised_name_opening_a_paragraph_is_a_dateline_only_before_punctuation():
    _, _, actors = run(
        "NORVIK, Jan 14 - Tom Reed spoke on the tax.\n\nCATO highlighted a thread on the tax."
    )
    assert "CATO" in actors and "NORVIK" not in actors and "Norvik" not in actors


def test_a_body_whose_name_lists_its_fields_is_one_actor_and_a_list_of_bodies_is_not():
    _, found, actors = run(
        "A spokesman for the Department for Culture, Media and Sport said there were no plans "
        "to sell the channel. The Department for Education and Skills said it would review the "
        "rules. The Qualifications and Curriculum Authority said it would publish the results. "
        "Bank of Vessia, NatWest and Nationwide said they would cut rates. Ofsted and the "
        "Education Funding Agency will review the school."
    )
    bodies = {
        "Department for Culture, Media and Sport",
        "Department for Education and Skills",
        "Qualifications and Curriculum Authority",
        "Bank of Vessia",
        "NatWest",
        "Education Funding Agency",
    }
    assert bodies <= set(actors) and not {"Sport", "Skills", "Media"} & set(actors)
    assert "Department for Culture, Media and Sport" in [c.actor for c in found.commitments]


def test_two_names_that_end_alike_after_of_the_keep_the_short_one_apart():
    _, _, actors = run(
        "The Norvik Trust called for a ceasefire. The Friends of the Norvik Trust said aid "
        "was needed. The Council of the Norvik Trust said it would send doctors."
    )
    assert "Norvik Trust" in actors
    _, _, actors = run(
        "The Norvik Trust called for a ceasefire. The Council of the Norvik Trust said it "
        "would send doctors."
    )
    assert "Norvik Trust" in actors["Council of the Norvik Trust"].aliases


def test_a_makers_name_does_not_merge_into_its_products():
    _, _, actors = run(
        "Norvik has expanded its ePhone family. Its latest is an ePhone mini. About 10 "
        "million players sold were Norvik ePhones. Norvik said it would cut prices."
    )
    assert (
        "Norvik" in actors
        and "Norvik" not in actors.get("Norvik ePhones", actors["Norvik"]).aliases
    )


def test_a_place_in_an_organisations_name_stays_a_place():
    _, _, actors = run(
        "The University of Kentucky fired the coach. Kentucky lawmakers met in Frankfort. "
        "Voters in Kentucky were angry. The Islamic State group attacked. Islam teaches peace."
    )
    assert "Kentucky" not in actors["University of Kentucky"].aliases
    assert "Islam" not in actors["Islamic State"].aliases


def test_a_line_of_page_furniture_names_no_actor():
    _, _, actors = run(
        "Mayor Dana Wolf said on Monday that the harbour board had approved a new ferry "
        "terminal.\n\nInterested in Dana Wolf? Add Dana Wolf as an interest to stay up to date "
        "on the latest news from the Courier.\n\nThe terminal opens in 2028, Ms Wolf said."
    )
    assert "Dana Wolf" in actors and not any(name.startswith("Add") for name in actors)


def test_a_pages_more_from_footer_names_no_actor():
    # read on a Multi-News brief (seed 244): "More from MarketWatch" made it a key actor
    _, _, actors = run(
        "Mayor Dana Wolf said on Monday that the harbour board had approved a new ferry "
        "terminal.\n\nThe terminal opens in 2028, Ms Wolf said.\n\nMore from HarbourWatch"
    )
    assert "Dana Wolf" in actors and "HarbourWatch" not in actors


def test_a_country_with_the_word_a_sentence_opens_on_is_the_country():
    # read on a Multi-News brief: "Landlocked Mali" was a key actor beside Mali
    _, _, actors = run(
        "Mali's neighbours closed their borders on Monday. Landlocked Mali has to import all "
        "its fuel. Impoverished Haiti will ask for aid. Northern Ireland will hold a vote in "
        "May."
    )
    assert {"Mali", "Haiti", "Northern Ireland"} <= set(actors)
    assert not {"Landlocked Mali", "Impoverished Haiti", "Ireland"} & set(actors)


@pytest.mark.parametrize(
    ("opening", "members"),
    [
        # read on Multi-News (seed 97): "The House voted" was given to "House Republicans"
        ("House Republicans want to delay the health law.", "House Republicans"),
        # and (seed 98) to the "House Republican" of "the House Republican conference"
        ("Conservatives in the House Republican conference want a fight.", "House Republican"),
    ],
)
def test_a_bodys_members_are_not_the_body(opening, members):
    _, _, actors = run(
        opening + " The House voted early Sunday morning to approve a plan to fund federal "
        "agencies through Dec. 15."
    )
    assert "House" in actors
    assert members not in actors or "House" not in actors[members].aliases


def test_a_storms_name_is_no_actor():
    _, _, actors = run(
        "Hurricane Marla swung north on Thursday, and Governor Ann Lee declared an emergency. "
        "Marla weakened slightly as it approached the coast, the National Hurricane Center "
        "said. Marla's winds reached 100 mph. Lee said the state would open shelters."
    )
    assert set(actors) == {"Ann Lee", "National Hurricane Center"}


def test_a_company_is_one_actor_by_the_name_the_report_uses():
    _, _, actors = run(
        "Norvik PLC's shareholders rejected the pay deal. Norvik said it would review pay. "
        "Norvik +0.60% Chairman Ole Brun said Norvik would listen. Nasa and NASA Sun & Space "
        "said on Monday that NASA would launch the probe; NASA said the launch was in May, "
        "and NASA thanked Norvik."
    )
    assert actors["Norvik"].aliases and "Norvik PLC" not in actors  # "BP PLC" is BP
    assert "Nasa" not in actors and "NASA Sun & Space" not in actors  # NASA, as it is called
    assert actors["Ole Brun"].role == "Chairman"  # not "+0.60% Chairman"


def test_a_dash_glued_to_a_quote_splits_and_an_outlet_in_capitals_is_no_actor():
    _, found, actors = run(
        'His statements during the hearings--"I intend to be scrupulous about recusal"--came '
        "as no surprise to those who know Tom Reed. (Photo: REUTERS) Tom Reed resigned."
    )
    assert not any('"' in c.actor or "--" in c.actor for c in found.commitments)
    assert not any('"' in name or "--" in name for name in actors)
    assert "REUTERS" not in actors and "Tom Reed" in actors


def test_a_live_blogs_clock_and_a_photo_credit_are_no_part_of_a_name():
    _, found, actors = run(
        "6:45 A.M. Norland's army decided on Wednesday to call up 16,000 reserve troops, a "
        'senior officer says.\n\n12:10 A.M. "We urge all parties to act with restraint," Tom '
        "Reed and Ann Holt said.\n\nNeil Warner / Splash News Britney will grant you three "
        "questions, which she may not answer."
    )
    assert not any("A.M." in name or "/" in name for name in actors)
    assert not any("A.M." in c.actor or "/" in c.actor for c in found.commitments)


def test_a_name_run_on_past_a_spaced_dash_is_cut_there():
    from briefing.analysis.names import normalise

    assert normalise("Dean Woodman - who") == "Dean Woodman"
    assert normalise("Sauber - Ferrari") == "Sauber"
    assert normalise("Coca-Cola") == "Coca-Cola"  # a hyphen is part of the name


def test_a_name_tagged_with_debris_around_it_is_the_name():
    from briefing.analysis.names import normalise

    assert normalise("jockey Leighton Aspell") == "Leighton Aspell"
    assert normalise("Ashish Thakkar: Right") == "Ashish Thakkar"
    assert normalise("National College for Teaching (") == "National College for Teaching"
    assert normalise('Big Bopper" Richardson') == "Big Bopper Richardson"
    # particles and names written in lower case stay
    assert normalise("al Qaeda") == "al Qaeda" and normalise("de Luca") == "de Luca"
    assert (
        normalise("eBay") == "eBay" and normalise('Marion "Suge" Knight') == 'Marion "Suge" Knight'
    )


def test_the_title_alone_is_no_person_and_a_companys_arm_abroad_is_not_the_company():
    _, found, actors = run(
        "Former host Tom Reedley has quit the party. The MEP said he was ashamed. He refused "
        "to rejoin the party.\n\nNorvik filed for bankruptcy in Houston, "
        "where Norvik USA runs its trading. Norvik said it would sue the government. Norvik "
        "has also threatened to sue the buyer."
    )
    assert "MEP" not in actors
    assert "Norvik" in actors and "Norvik USA" in actors
    assert {c.actor for c in found.commitments} == {"Tom Reedley", "Norvik"}


def test_three_spellings_of_one_organisation_in_capitals_fold_without_error():
    # "Democrats", "DemocratS" and "DEMOCRATS" in one day's mentions (the 303 XSum dev
    # articles as one day) raised a KeyError at afdef42: the second spelling looked for the
    # capitals the first had folded away. Spellings are now folded first, in one pass.
    forms = ["Democrats", "DEMOCRATS", "DemocratS", "Democrats"]
    mentions = [Mention(t, "ORG", 20 * i, 20 * i + len(t), "a") for i, t in enumerate(forms)]
    assert [a.name for a in find_actors(mentions, limit=None)] == ["Democrats"]


def test_a_country_is_not_folded_into_a_place_or_body_named_after_it():
    # "Nepal" (45 mentions) had become the "Nepal Army Pavilion", a field named once; the
    # issue's own example is "Israel" into the "Israel Democracy Institute"
    mentions = [Mention("Israel", "GPE", 10 * i, 10 * i + 6, "a") for i in range(5)]
    mentions.append(Mention("Israel Democracy Institute", "ORG", 100, 126, "a"))
    names = {a.name for a in find_actors(mentions, limit=None)}
    assert names == {"Israel", "Israel Democracy Institute"}


def test_a_demonym_is_its_countrys_not_a_body_named_with_it():
    # read on XSum: "Welsh" (tagged an organisation) had become an alias of the "Welsh Local
    # Government Association", so "Welsh ministers" were asked as the association
    mentions = [Mention("Welsh", "ORG", 10 * i, 10 * i + 5, "a") for i in range(2)]
    mentions.append(Mention("Welsh Local Government Association", "ORG", 100, 134, "a"))
    mentions.append(Mention("Wales", "GPE", 140, 145, "a"))
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert "Welsh" not in actors["Welsh Local Government Association"].aliases


def test_an_age_word_tagged_into_a_name_is_a_role_and_a_photo_link_no_part_of_a_name():
    # read on Multi-News: "Teenager Autumn Veatch" (tagged an organisation) and "View Photos
    # Republicans" (a photo link's words run into the name)
    _, _, actors = run(
        "Teenager Autumn Reed, one of three passengers on a missing plane presumed crashed in "
        "the hills, survived for two days before being found. Autumn Reed said she was fine."
    )
    assert {k: (a.kind, a.role) for k, a in actors.items()} == {
        "Autumn Reed": ("person", "teenager")
    }
    from briefing.analysis.names import LEADING

    assert LEADING.sub("", "View Photos Republicans") == "Republicans"


def test_the_boston_globe_is_an_outlet():
    _, _, actors = run("The Boston Globe reported that the jury met. The Boston Globe said so.")
    assert "Boston Globe" not in actors
    # a real CNN report's "Bild" (a German paper), tagged a person
    _, _, actors = run("The newspaper Bild reported that the pilot was ill. Bild said so.")
    assert "Bild" not in actors


def test_a_country_only_named_as_a_place_is_not_a_namesakes_surname():
    _, _, actors = run(
        "Nathan Holland scored twice on Saturday. England were drawn alongside Holland and "
        "Italy, and will open their campaign against Italy in May."
    )
    assert actors["Nathan Holland"].aliases == []


def test_a_titled_name_tagged_an_organisation_is_a_person():
    _, _, actors = run("The Duchess of Cambridge is to return to the Lindo wing in London.")
    assert actors["Duchess of Cambridge"].kind == "person"
    # but a body named after a title holder is the body
    text = "The Princess Royal University Hospital said it would open a new ward in May."
    _, _, actors = run(text)
    assert actors["Princess Royal University Hospital"].kind == "organisation"


def test_a_religious_title_is_a_title_so_the_full_name_and_its_gender_follow():
    _, _, actors = run(
        "Ayatollah Khomeini returned to Tehran in 1979. Ruhollah Khomeini was born in Khomeyn."
    )
    assert "Ayatollah Khomeini" not in actors
    assert "Ayatollah Khomeini" in actors["Ruhollah Khomeini"].aliases


def test_a_scandals_name_is_no_actor():
    text = (
        'The Patriots await the results of the "Spygate" investigation. Roger Goodell said '
        "the punishment for Spygate was serious. Tom Brady denied any role in Spygate."
    )
    assert set(run(text)[2]) == {"Patriots", "Roger Goodell", "Tom Brady"}
    assert "Gareth Southgate" in run("Gareth Southgate, the England manager, left.")[2]


def test_an_acronym_of_common_words_names_a_thing_not_an_actor():
    text = (
        "I do not claim that GMO (genetically modified organism) foods are dangerous, Mehmet "
        "Oz said. GMO labels matter. The North Atlantic Treaty Organization (NATO) met."
    )
    assert set(run(text)[2]) == {"Mehmet Oz", "NATO"}
    assert "GMO" not in run("Genetically modified organisms (GMOs) are safe. GMOs grow.")[2]
    # spelled out in one piece of a long report, a thing in the next (read on Multi-News)
    _, found, actors = run(
        "Such geomagnetically induced currents (GICs) can overload the grid.\n\n"
        + "The grid held up well during the storm last year.\n\n" * 250
        + "The intense GIC flows would place 300 transformers at risk of failure."
    )
    assert "GIC" not in actors and found.commitments == []


def test_the_irishman_said_is_the_person_named_before_and_the_french_a_people():
    text = (
        "Brendan Rodgers was appointed manager on Friday. "
        '"I will give everything I have to the club," said the Northern Irishman.'
    )
    assert [q.speaker for q in run(text)[1].quotes] == ["Brendan Rodgers"]
    assert [q.speaker for q in run(text.replace("Northern Irishman", "Australian"))[1].quotes] == [
        "Brendan Rodgers"
    ]
    people = run(text.replace("Northern Irishman", "French"))[1].quotes
    assert [q.speaker for q in people] != ["Brendan Rodgers"]


def test_in_a_day_a_surname_is_the_person_its_own_article_names_in_full():
    # two articles of one day: the mayor is introduced first, but the Brno article's
    # "President Novak" and "Novak" are the president it names
    mentions = [
        Mention("Hana Novak", "PERSON", 0, 10, "ostrava", role="mayor"),
        Mention("Novak", "PERSON", 50, 55, "ostrava", speaks=True),
        Mention("Petr Novak", "PERSON", 0, 10, "brno", role="President"),
        Mention("Novak", "PERSON", 50, 55, "brno", role="President", titled="President Novak"),
        Mention("Novak", "ORG", 90, 95, "brno", speaks=True),
        # a third article names no Novak in full: its president is the day's president
        Mention("Novak", "PERSON", 10, 15, "third", role="President", titled="President Novak"),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert actors["Petr Novak"].mentions == 4 and actors["Petr Novak"].kind == "person"
    assert actors["Hana Novak"].mentions == 2 and actors["Hana Novak"].role == "mayor"
    assert "President Novak" not in actors["Hana Novak"].aliases


def test_a_possessive_name_is_no_full_name_for_the_word_after_it():
    mentions = [
        Mention("Hana Novak's Twitter", "PERSON", 0, 20, "a"),
        *(Mention("Twitter", "ORG", 40 + 10 * k, 47 + 10 * k, "a") for k in range(3)),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert actors["Twitter"].mentions == 3


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Hana Novak is the mayor of Ostrava. She opened a library on Monday.", "mayor of Ostrava"),
        ("Jan Dvorak said: 'Hana Novak is a proven leader and she keeps her word.'", ""),
        ('"Hana Novak is a proven leader," Jan Dvorak said on Monday.', ""),
        ('Jan Dvorak said that Hana Novak is an "able leader" of the city.', ""),
    ],
)
def test_a_role_in_someones_quoted_words_is_praise_not_a_role(text, role):
    _, _, actors = run(text)
    assert actors["Hana Novak"].role == role


def test_a_place_is_no_surname_of_a_misread_name_nor_the_short_form_of_a_body_there():
    mentions = [
        Mention("New England", "PERSON", 0, 11, "a"),
        Mention("England", "GPE", 40, 47, "a", subject=True),
        Mention("England", "GPE", 60, 67, "a", subject=True),
        Mention("Prisoners' Legal Services of Ostrava", "PERSON", 100, 136, "a", speaks=True),
        Mention("Ostrava", "GPE", 150, 157, "a", subject=True),
        Mention("Moravia Department of Public Safety", "ORG", 200, 235, "a", speaks=True),
        Mention("Moravia", "GPE", 250, 257, "a"),  # "Moravia prisons": where, not who
        Mention("Moravia", "GPE", 270, 277, "a", located=True),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert actors["England"].mentions == 2 and "England" not in actors["New England"].aliases
    assert actors["Ostrava"].mentions == 1
    assert "Moravia" not in actors["Moravia Department of Public Safety"].aliases


def test_a_city_that_acts_is_its_club():
    mentions = [
        Mention("Liverpool FC", "ORG", 0, 12, "a"),
        Mention("Liverpool", "GPE", 40, 49, "a", subject=True),
        Mention("Liverpool", "GPE", 60, 69, "a", speaks=True, subject=True),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert actors["Liverpool FC"].aliases == ["Liverpool"]


def test_a_demonym_or_a_town_is_no_first_name_of_a_misread_name():
    mentions = [
        Mention("American Southwest", "PERSON", 0, 18, "a"),
        Mention("American", "NORP", 40, 48, "a"),
        Mention("Ferguson Mayor", "PERSON", 60, 74, "a"),
        Mention("Ferguson", "GPE", 90, 98, "a", subject=True),
        Mention("Wang Tao", "PERSON", 120, 128, "a"),
        Mention("Wang", "PERSON", 140, 144, "a", speaks=True),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert "American" not in actors["American Southwest"].aliases
    assert "Ferguson" not in actors["Ferguson Mayor"].aliases
    assert actors["Wang Tao"].aliases == ["Wang"]


def test_a_family_name_first_of_two_people_is_the_one_its_role_describes():
    # read on an NBC page: "Lee, the Democratic Party leader" stayed apart from Lee Jae-myung
    # because the report also names Interior Minister Lee Sang-min
    mentions = [
        Mention("Lee Jae-myung", "PERSON", 0, 13, "a", role="leader of the Democratic Party"),
        Mention("Lee", "PERSON", 40, 43, "a", role="Democratic Party leader", speaks=True),
        Mention("Lee Sang-min", "PERSON", 90, 102, "a", role="Interior Minister"),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert set(actors) == {"Lee Jae-myung", "Lee Sang-min"}
    assert actors["Lee Jae-myung"].aliases == ["Lee"]
    # a bare first name of two people is neither, even described alike (read on a Daily
    # Mail report: "older brother Billy" went to a misread "Billy Poodle")
    plain = [
        Mention("David Reed", "PERSON", 0, 10, "a", role="older brother"),
        Mention("David", "PERSON", 40, 45, "a", role="older brother", speaks=True),
        Mention("David Lind", "PERSON", 90, 100, "a"),
    ]
    assert {a.name for a in find_actors(plain, limit=None)} == {
        "David",
        "David Reed",
        "David Lind",
    }


def test_a_surname_folds_into_a_full_name_that_ends_with_a_generation():
    mentions = [
        Mention("Kenneth Morgan Stancil III", "PERSON", 0, 26, "a"),
        Mention("Stancil", "ORG", 40, 47, "a", subject=True),
        Mention("Robert Downey Jr.", "PERSON", 60, 77, "a"),
        Mention("Downey", "PERSON", 90, 96, "a", speaks=True),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert set(actors) == {"Kenneth Morgan Stancil III", "Robert Downey Jr."}
    assert actors["Kenneth Morgan Stancil III"].aliases == ["Stancil"]
    assert actors["Kenneth Morgan Stancil III"].kind == "person"


def test_a_first_name_the_tagger_misread_folds_into_the_one_full_name_before_it():
    mentions = [
        Mention("Nyia Parler", "PERSON", 0, 11, "a"),
        Mention("Nyia", "GPE", 40, 44, "a", subject=True),
        Mention("Odin Lloyd", "PERSON", 60, 70, "a"),
        Mention("Odin", "ORG", 90, 94, "a"),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert set(actors) == {"Nyia Parler", "Odin Lloyd"}
    assert actors["Nyia Parler"].kind == "person"


@pytest.mark.parametrize(
    "mentions",
    [
        # named before the full name: perhaps someone else
        [("Nina", "GPE"), ("Nina Dobrev", "PERSON")],
        # two full names with that first name: which one?
        [("Mark Selby", "PERSON"), ("Mark Allen", "PERSON"), ("Mark", "ORG")],
        # what the tagger called a person is a product, a title or a club's player
        [("Xbox Live", "PERSON"), ("Xbox", "ORG")],
        [("Ferguson Mayor", "PERSON"), ("Ferguson", "GPE")],
        [("Burnley Olivier Giroud", "PERSON"), ("Burnley", "ORG")],
        # a country and a demonym are no one's first name
        [("Georgia Hale", "PERSON"), ("Georgia", "GPE")],
        [("Armenian Genocide", "PERSON"), ("Armenian", "NORP")],
    ],
)
def test_a_first_name_does_not_fold_when_the_text_does_not_say_whose(mentions):
    found = [
        Mention(text, label, 30 * i, 30 * i + len(text), "a", subject=True)
        for i, (text, label) in enumerate(mentions)
    ]
    short = next(text for text, _ in mentions if " " not in text)
    actors = {a.name: a for a in find_actors(found, limit=None)}
    assert not any(short in actors[text].aliases for text, _ in mentions if " " in text)


def test_a_short_name_called_a_company_is_no_first_name_of_a_name_tagged_a_person():
    mentions = [
        Mention("Alba Dairy", "PERSON", 0, 10, "a"),
        Mention("Alba", "ORG", 40, 44, "a", called_company=True),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert actors["Alba"].kind == "organisation" and actors["Alba Dairy"].aliases == []


@pytest.mark.parametrize(
    "credit",
    [
        "CNN's Jason Hanna and Laura Ly contributed to this report.",
        "Reporting by Jason Hanna; Editing by Laura Ly",
        # read on CNN/DM days: the reporters of the closing credit had been key actors
        "CNN's Jason Hanna and Laura Ly reported from Fall River, and CNN's Sam Hale wrote "
        "from New York.",
        "Jason Hanna reported and wrote from Atlanta; Laura Ly reported from Lagos.",
    ],
)
def test_the_names_in_a_reporters_credit_are_no_actors(credit):
    _, _, actors = run("The mayor of Ostrava, Hana Novak, said the bridge would open.\n\n" + credit)
    assert "Hana Novak" in actors and not {"Jason Hanna", "Laura Ly", "Sam Hale"} & set(actors)


@pytest.mark.parametrize(
    ("after", "credited"),
    [
        (", Catherine E. Shoichet and Jessica King reported from Atlanta.", True),
        (", and CNN's Ray Sanchez wrote from New York.", True),
        (" said it reported from Baghdad.", False),
        (" Smith. Laura Ly reported from Lagos.", False),  # not past the sentence's end
    ],
)
def test_what_follows_a_name_in_a_credit(after, credited):
    from briefing.nlp.lexicon import CREDITED_AFTER

    assert bool(re.match(CREDITED_AFTER, after)) is credited


def test_a_reporter_who_reported_from_a_war_in_the_story_is_still_an_actor():
    _, _, actors = run(
        "Jason Hanna, who reported from the front line for years, said he would return. "
        "Laura Ly said Hanna reported that the army had left."
    )
    assert {"Jason Hanna", "Laura Ly"} <= set(actors)


def test_a_partys_nickname_is_the_party_when_the_text_names_it():
    mentions = [
        Mention("Conservative Party", "ORG", 0, 18, "a"),
        Mention("Tories", "NORP", 30, 36, "a"),
        Mention("Tory", "NORP", 40, 44, "a"),
        Mention("Liberal Democrats", "ORG", 60, 77, "a"),
        *(Mention("Lib Dems", "PERSON", 90 + 20 * k, 98 + 20 * k, "a") for k in range(3)),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert set(actors) == {"Conservative Party", "Liberal Democrats"}
    assert actors["Liberal Democrats"].kind == "organisation"
    alone = find_actors([Mention("Tories", "NORP", 0, 6, "a")] * 2, limit=None)
    assert [a.name for a in alone] == ["Tories"]
    # read on a BBC day: Australia's Liberal Party, named in another report, is not the
    # Lib Dems
    other = [
        Mention("Liberal Party", "ORG", 0, 13, "b"),
        *(Mention("Lib Dems", "PERSON", 20 * k, 8 + 20 * k, "a") for k in range(3)),
    ]
    assert {a.name for a in find_actors(other, limit=None)} == {"Liberal Party", "Lib Dems"}


def test_a_scrapers_double_space_and_a_writers_slip_leave_one_named_actor(tmp_path):
    """Read on a Daily Mail report: "First Minister  Nicola Sturgeon" (two spaces) was no
    name to the tagger, and "Mr Sturgeon" once among three "Ms Sturgeon" kept her surname
    apart."""
    path = tmp_path / "report.txt"
    path.write_text(
        "Norvik leaders debate\n\n"
        "It comes after First Minister  Sarah Jones last night refused to rule out a second "
        "vote.\n\n"
        "Ms Jones insisted a victory would not trigger another vote. Ms Jones has also "
        "criticised the Harbour Party. Mr Jones refused to rule out a vote before 2030. Ms "
        "Jones said the party would campaign on wages.\n",
        encoding="utf-8",
    )
    article, found, actors = run(path)
    assert "Minister  Sarah" not in article.text and "Minister Sarah" in article.text
    assert [a.name for a in actors.values() if "Jones" in a.name] == ["Sarah Jones"]


def test_a_surname_titled_both_ways_is_not_folded_into_a_first_name_that_says_neither():
    # read on CNN/DM (seed 99): a father's warning was given to his daughter
    _, found, actors = run(
        "Summer Robertson, 21, died in the sea. Her father Mr Robertson, a works foreman, "
        "said he spoke to his daughter that day. Miss Robertson died alongside a fellow "
        "volunteer. Mr Robertson added he did warn her to stay out of the sea."
    )
    assert "Mr Robertson" not in actors["Summer Robertson"].aliases
    assert [c.actor for c in found.commitments] != ["Summer Robertson"]


def test_a_peer_and_a_commoner_of_one_surname_are_two_people():
    # read on CNN/DM (seed 114): the peer's request was given to his son, the one full name
    _, found, actors = run(
        "Lord Halden signed a letter saying he wanted to remain a peer. Neil Moore works at "
        "the chambers where Daniel Halden works. Mr Moore had not spoken to Mr Halden for "
        "two years. But Halden requested an extension of his leave of absence."
    )
    assert "Lord Halden" not in actors["Daniel Halden"].aliases
    assert "Daniel Halden" not in [c.actor for c in found.commitments]
    assert all(a.kind == "person" for a in actors.values() if "Halden" in a.name)


def test_the_authority_is_not_the_last_organisation_when_that_is_no_public_body():
    # read on BBC (the dev day after 1243662): a city's demand was put to a foundation
    _, found, _ = run(
        '"The mayor will destroy the house," said Sarah Jones of the Halden Heritage '
        "Foundation. The foundation moved the building in 2002. Now Mr Reed is calling for "
        "the authority to pay to move the building."
    )
    assert [c.target for c in found.commitments] != ["Halden Heritage Foundation"]


def test_a_planet_is_no_key_actor():
    # read on a Multi-News day (seed 114): "Mars" and "Earth" led the key actors
    _, _, actors = run(
        "An ancient ocean once covered half of Mars, scientists at the Halden Space Centre "
        "say. Mars lost most of its water to space. The ocean was as large as the Arctic "
        "Ocean on Earth, and Earth holds far more water today, said Sarah Jones."
    )
    assert not any(actors[name].key for name in ("Mars", "Earth") if name in actors)
    assert actors["Sarah Jones"].key


def test_a_common_noun_before_a_capitalised_title_is_not_part_of_it():
    """ "Scroll down for video Scottish First Minister Nicola Sturgeon ...", parsed with
    "video" as a compound of the title (a Daily Mail caption run into a sentence)."""
    from spacy.tokens import Doc

    from briefing.analysis.roles import title_before

    words = "Scroll down for video Scottish First Minister Sarah Jones was campaigning".split()
    doc = Doc(
        load_model(None, "full").vocab,
        words=words,
        pos=[
            "VERB",
            "ADP",
            "ADP",
            "NOUN",
            "ADJ",
            "PROPN",
            "PROPN",
            "PROPN",
            "PROPN",
            "AUX",
            "VERB",
        ],
        heads=[0, 0, 0, 6, 6, 6, 8, 8, 10, 10, 10],
        deps=[
            "ROOT",
            "prt",
            "prep",
            "compound",
            "amod",
            "compound",
            "compound",
            "compound",
            "nsubj",
            "aux",
            "ROOT",
        ],
        ents=["O"] * 7 + ["B-PERSON", "I-PERSON", "O", "O"],
        sent_starts=[True] + [False] * 10,
    )
    (person,) = doc.ents
    assert title_before(person).text == "Scottish First Minister"


def test_a_stance_is_no_actor():
    # read on CNN/DM and XSum: "pro-Al-Shabaab outlet", "a mostly pro-China committee"
    text = (
        "Group spokesman Tom Reed, speaking to pro-Vessia outlet Andalus radio, said the blast "
        "killed seven. Candidates would have to be approved by a mostly pro-China committee."
    )
    _, _, actors = run(text)
    assert "Tom Reed" in actors
    assert not [name for name in actors if name.lower().startswith(("pro-", "anti-"))]


def test_a_name_after_an_office_of_a_place_is_the_person():
    # read on XSum: "Archbishop of Canterbury Justin Welby" gave a place "Archbishop" and
    # a body "Canterbury Justin Welby"
    text = "But the current Archbishop of Canterbury Justin Reed has called the bill mistaken."
    _, _, actors = run(text)
    assert "Archbishop" not in actors
    assert actors["Justin Reed"].kind == "person"
    assert "Archbishop of Canterbury" in actors["Justin Reed"].role


def test_who_one_is_is_not_part_of_the_name_or_role():
    # read on XSum and BBC: "fellow Welshman Geraint Thomas", "deputy chairman of Highland
    # Gold - a mining firm"
    text = (
        'Tom Reed emulated fellow Welshman Geraint Vale, who won in 2008. "It was a good '
        'decision," said Ivan Holm, deputy chairman of Harbour Gold - a mining firm with a motto.'
    )
    _, _, actors = run(text)
    assert "Geraint Vale" in actors
    assert actors["Ivan Holm"].role == "deputy chairman of Harbour Gold"
    assert "Herman Van Rompuy" in run("President Herman Van Rompuy said so.")[2]


def test_a_role_keeps_its_body_and_a_count_is_no_role():
    # read on a writer's report and CNN/DM: "former head of the Crown Prosecution Service in
    # the north-west" had been cut to "former head"; "11 babies and one mother Marie
    # Ratcliffe" (a caption run in) had made her a mother
    text = (
        "Mr Holm, former head of the Crown Prosecution Service in the north-west, said children "
        "are at risk. Failures led to the deaths of 11 babies and one mother Marie Vale is the "
        "first of eight midwives accused. Radio One presenter Zoe Marlow said so. Consultant "
        "oncologist Professor Neil Vale said the trial would help."
    )
    _, _, actors = run(text)
    assert actors["Holm"].role == "former head of the Crown Prosecution Service"
    assert actors["Marie Vale"].role == ""
    assert actors["Zoe Marlow"].role.endswith("presenter")  # "One" names a station
    assert actors["Neil Vale"].role == "Consultant oncologist"


def test_a_flight_a_figure_and_a_sentence_adverb_name_no_one():
    # read on CNN/DM, Multi-News and BBC: "Germanwings Flight 9525" and "Supplementary Fig"
    # were people; "Nevertheless Franz Ferdinand" a name
    text = (
        "Nevertheless Harbour Lights were the only UK band to win. The bones are shown in "
        "Supplementary Fig 3. Investigators said Vessia Flight 9525 crashed in the Alps."
    )
    _, _, actors = run(text)
    assert not [n for n in actors if n.startswith("Nevertheless") or "Fig" in n or "Flight" in n]


def test_an_owners_name_run_into_what_it_owns_is_no_actor_of_its_own():
    # read in the dump of the dev articles: "Arsenal's Edu" (tagged as one organisation)
    # was a key actor; a name with an owner's "'s" in it stays whole
    _, _, actors = run(
        "Arsenal's Edu said the squad would fight on. Arsenal lost 2-0 on Sunday. Moody's "
        "Investors Service said it would cut the rating."
    )
    assert "Moody's Investors Service" in actors
    assert not [name for name in actors if "Arsenal's" in name]


def test_names_glued_to_a_galleries_photo_credits_are_no_actors():
    # a Multi-News page's gallery ("Lucasfilm NBC/Getty Images Vestron/Getty Images ...")
    # gave a key actor "Getty Images NBC"; a name with a slash of its own stays
    _, _, actors = run(
        "Credits: Getty Images Harbour Films/Getty Images Norvik Studios NBC/Getty Images. "
        "Tom Reed said he would star in the film. AC/DC will tour in May, the band said."
    )
    assert not [name for name in actors if "Getty" in name]
    assert {"Tom Reed", "AC/DC"} <= set(actors)


def test_a_surname_particle_capitalised_to_open_a_sentence_is_the_same_surname():
    _, _, actors = run(
        "Ahmed al-Rafi, a former deputy minister, has been killed, state television said. "
        "Al-Rafi was the most senior official to evade capture. Al-Rafi was killed in the "
        "mountains, a commander said. The death of al-Rafi was also reported by the governor."
    )
    assert "Al-Rafi" not in actors
    assert set(actors["Ahmed al-Rafi"].aliases) >= {"Al-Rafi"}


def test_a_surname_titled_both_ways_is_two_people_the_one_titled_more_the_named_one():
    _, found, actors = run(
        "Kiri Vale, 21, drowned off the coast on Monday. Miss Vale was with three other "
        "volunteers. Miss Vale's parents paid tribute to her. Her father, Mr Vale, a foreman, "
        "said he had spoken to her that day. Mr Vale added that he would campaign for "
        "lifeguards on the beach. Miss Vale had just landed her dream job. Miss Vale loved "
        "animals."
    )
    assert "Miss Vale" in actors["Kiri Vale"].aliases
    assert "Mr Vale" not in actors["Kiri Vale"].aliases
    assert not any({"Miss Vale", "Mr Vale"} <= {a.name, *a.aliases} for a in actors.values())
    # the father's word is his, not hers, though both are called "Vale"
    said = [(c.actor, c.speaker) for c in found.commitments if "lifeguards" in c.action]
    assert said == [("Mr Vale", "Mr Vale")]


def test_a_name_misspelled_once_is_the_person_named_in_full():
    _, found, actors = run(
        "Gallery curator Kasia Maurer opened the show on Thursday. The prints came from "
        "the foundation, Maurer said. Every recipient, said Mauer, must show them. "
        'Kristin Wollard, a professor, said the prints were rare. "We were lucky," said '
        "Kristen Wollard. Erik Näslund said the show would travel. Erik Naslund added "
        "that Dustin Harbman had visited. Harbmann said he liked it."
    )
    assert set(actors["Kasia Maurer"].aliases) >= {"Maurer", "Mauer"}
    assert "Kristen Wollard" in actors["Kristin Wollard"].aliases
    assert "Erik Naslund" in actors["Erik Näslund"].aliases
    assert "Harbmann" in actors["Dustin Harbman"].aliases
    assert {"Mauer", "Kristen Wollard", "Erik Naslund", "Harbmann"}.isdisjoint(actors)


def test_a_campaign_named_for_someone_is_one_organisation_not_that_person():
    # "Ready for Warren", tagged "Warren", was no actor and its pledge was lost; "Shell for
    # Australia" and "Israel for Bayern Munich's" are two names
    _, found, actors = run(
        'Senator Ann Vorbus has said she will not run. "In the coming days, Ready for Vorbus '
        'will be stepping up our efforts to convince Vorbus to run for president," said Ready '
        "for Vorbus campaign manager Tom Reed. Tom Reed will travel to Vessia for Norvik "
        "Foods' meeting. The Norvik Party passed a hybrid Bill for Crossrail."
    )
    assert "Ready for Vorbus" in actors and "Vorbus" not in actors["Ready for Vorbus"].aliases
    assert ("Ready for Vorbus", "intention") in {(c.actor, c.type) for c in found.commitments}
    assert not [name for name in actors if " for " in name and name != "Ready for Vorbus"]


def test_a_bodys_name_grows_to_the_words_its_acronym_spells():
    # read on a BBC sample (seed 206): "Swansea Unite Against Fascism (UAF)", tagged
    # "Swansea Unite" (a person), planned a campaign; "the Office of the Deputy Prime
    # Minister (ODPM)" was "Office" and a person "ODPM"
    _, _, actors = run(
        "Norvik Unite Against Fascism (UAF) is meeting this week to plan a campaign. The "
        "Office of the Harbour Master (OHM) said the quay would close. The list was published "
        "by Harbourwatch and the Norvik Crime Agency (NCA)."
    )
    assert {"Norvik Unite Against Fascism", "Office of the Harbour Master"} <= set(actors)
    assert not [name for name in actors if "Harbourwatch and" in name]


def test_a_body_holds_no_title():
    # read on a BBC day: "Office of the Deputy Prime Minister (Deputy Prime Minister)"
    _, _, actors = run(
        "House prices in Norvik fell 2% in March, figures from the Office of the Deputy Prime "
        "Minister showed. Both the Office of the Deputy Prime Minister (ODPM) and the Norvik "
        "Registry say the market is slowing."
    )
    assert actors["Office of the Deputy Prime Minister"].role == ""


def test_a_misspelled_surname_tagged_an_organisation_is_the_person_who_said_it():
    # read on a CNN/DM brief (seed 198): "Maybus said" of Navy Secretary Ray Mabus was an
    # organisation, and its pledge was the organisation's
    _, found, actors = run(
        "Harbour Secretary Jon Vorbus spoke at the Harbour League's meeting in Port Alder. "
        '"Ferries must be the new normal," Voarbus said. Voarbus said new staff will be put '
        "into place to run the quay."
    )
    assert "Voarbus" in actors["Jon Vorbus"].aliases and "Voarbus" not in actors
    assert {c.actor for c in found.commitments} == {"Jon Vorbus"}


def test_a_body_named_for_what_it_serves_is_not_that_cut_short():
    # the same brief: the Navy was folded into the "Navy League", and so its Secretary's
    # plan became the league's
    _, found, actors = run(
        "The Navy League held its yearly symposium in Port Alder on Tuesday. The Navy said "
        "it will build ten new boats. The Navy League said it would back the plan. The Ford "
        "Foundation gave $10m to the harbour school. Ford said it would build a plant."
    )
    assert {"Navy", "Navy League", "Ford", "Ford Foundation"} <= set(actors)
    assert ("Navy", "build ten new boats") in {(c.actor, c.action) for c in found.commitments}


def test_a_family_a_first_name_and_two_close_surnames_are_not_misspellings():
    _, _, actors = run(
        "Melissa Meek said the couple were expecting. The Meeks smiled. Marie Lind said "
        "Maria was late. Tom Dufrene and Sam Dufrane spoke; Dufrine was absent."
    )
    assert "Meeks" not in actors["Melissa Meek"].aliases
    assert "Maria" not in actors.get("Marie Lind", actors["Melissa Meek"]).aliases
    assert "Sam Dufrane" not in actors["Tom Dufrene"].aliases
    assert not {"Dufrine"} & {*actors["Tom Dufrene"].aliases, *actors["Sam Dufrane"].aliases}


def test_a_first_name_and_its_short_form_are_one_person_but_not_a_father_and_son():
    # a real Multi-News day listed "Andy Smith (Commander)" and "Andrew Smith (Police
    # Commander)"; a first version folded "Mick Schumacher", the son, into Michael
    _, _, actors = run(
        "Police Commander Andrew Reed said officers would not enter the camp. Cmdr. Andy "
        "Reed said the protest was peaceful. Tom Holt raced on Sunday. His son, Tommy Holt, "
        "will race next year."
    )
    assert "Andy Reed" in actors["Andrew Reed"].aliases and "Andy Reed" not in actors
    assert "Tommy Holt" in actors and "Tom Holt" in actors


def test_a_bodys_name_less_the_place_it_opens_with_is_that_body():
    _, _, actors = run(
        "The Portland Water Bureau drained the reservoir in Portland on Wednesday. The Water "
        "Bureau said it would press charges. The US Supreme Court will hear the case, and "
        "the Supreme Court said it would rule in May."
    )
    assert "Water Bureau" in actors["Portland Water Bureau"].aliases
    assert "Supreme Court" in actors["US Supreme Court"].aliases


def test_a_body_with_another_word_before_it_is_another_body():
    _, _, actors = run(
        "The Free Vessian Army attacked the town. The Vessian Army said it would respond. "
        "The Scottish Labour Party met, and the Labour Party said it would back the plan."
    )
    assert "Vessian Army" in actors and "Labour Party" in actors


def test_mercury_is_a_planet_unless_it_is_someones_name():
    # read on CNN/DM (seed 224): "a body similar to the planet Mercury" made "Mercury" an
    # organisation among the day's key actors
    _, _, actors = run(
        "The young Earth may have collided with a body similar to the planet Mercury, says "
        "a new paper. The body would have been poor in oxygen, just like Mercury. Mercury "
        "is rich in sulphur, said Sarah Jones."
    )
    assert "Mercury" not in actors or not actors["Mercury"].key
    _, _, actors = run(
        "Tom Mercury, the singer, said he would tour again. Mercury said the band would "
        "play in Port Alder. Mercury will sing there in May."
    )
    assert actors["Tom Mercury"].key


def test_a_thing_named_after_a_person_is_no_person():
    # read on GUM (Wikinews, Warhol): "Warhol Polaroids", tagged a person, among the key
    # actors; but not "Jordan Henderson" beside "Michael Jordan"
    _, _, actors = run(
        "Portraits by Tom Vessberg are among the Vessberg Polaroids donated to the museum. "
        "Tom Vessberg took thousands of photographs. The Vessberg Polaroids were shown in "
        "Port Alder last year, said Ann Holt."
    )
    assert "Tom Vessberg" in actors
    assert not any(name.startswith("Vessberg ") for name in actors), sorted(actors)
    _, _, actors = run(
        "Michael Jordan watched the game. Jordan Henderson scored twice and he said the team "
        "would win the league."
    )
    assert "Jordan Henderson" in actors


def test_a_role_run_on_into_someones_name_is_no_role():
    # read on a real page (the Doobie Brothers tour): "Singer-guitarists Tom Johnston and
    # Patrick Simmons, singer-keyboardist McDonald, and ..." gave Johnston the role
    # "singer-keyboardist McDonald"
    _, _, actors = run(
        "Tom Vessberg will rejoin the band for a tour. Singer-guitarists Ann Holt and Lena "
        "Marsh, singer-keyboardist Vessberg, and drummer Tom Reed will tour together for the "
        "first time in 25 years."
    )
    assert not any(a.role.endswith("Vessberg") for a in actors.values()), {
        n: a.role for n, a in actors.items()
    }


def test_an_office_tagged_from_general_keeps_its_title_word():
    # read on a Multi-News brief (seed 244): "General's Office" was a key actor
    _, _, actors = run(
        "The Vessian army pledged to look into the video. The Attorney General's Office said "
        "it would investigate the shooting in Norvik."
    )
    assert "Attorney General's Office" in actors and "General's Office" not in actors
