"""Kinds and roles as real BBC and CNN days write them, on sentences written for these
tests: a business named after what it does, a role that stops before its relative clause,
a party name the tagger cut in two."""

from __future__ import annotations

import pytest
from test_entities import run, tagged_mentions

from briefing.analysis.confidence import CONFIDENT


def test_a_name_after_a_business_word_is_an_organisation_but_a_publisher_is_a_person():
    _, _, actors = run(
        "Telecoms equipment supplier Mortensen has posted a rise in profits. Mortensen said "
        "sales rose."
    )
    assert actors["Mortensen"].kind == "organisation"
    _, _, actors = run(
        "Publisher Jann Holt has decided not to fire anyone. Holt said the magazine would go "
        "on. The film will be directed by film-maker Tom Reyes."
    )
    assert actors["Jann Holt"].kind == "person"
    assert actors["Tom Reyes"].kind == "person"


def test_a_role_stops_before_its_relative_clause_and_backbenchers_have_one():
    _, _, actors = run(
        "Sir Anthony Hale, the Tory backbencher who challenged the prime minister in 1989, has "
        "died. Sir Anthony was 84. Mary Brown, the Labour politician who exposed the scandal, "
        "paid tribute."
    )
    assert actors["Anthony Hale"].role == "Tory backbencher"
    assert actors["Mary Brown"].role == "Labour politician"


def test_a_party_name_cut_in_two_is_no_actor_and_says_what_the_member_is():
    _, _, actors = run(
        "The cross-party group includes Liberal Democrat Paul Tyne and Labour MP Mary Brown. "
        "Mr Tyne said the plan would win support."
    )
    assert "Liberal" not in actors, sorted(actors)
    assert actors["Paul Tyne"].role == "Liberal Democrat"
    assert actors["Mary Brown"].role == "Labour MP"


def test_in_a_day_an_acronym_goes_to_its_own_articles_name_and_a_lord_to_no_jane():
    from briefing.analysis.entities import find_actors
    from briefing.models import Mention

    mentions = [
        Mention("General Motors", "ORG", 0, 14, "cars"),
        Mention("GM", "ORG", 40, 42, "cars", speaks=True),
        Mention("Global Markets", "ORG", 0, 14, "trading"),
        Mention("Securities & Exchange Commission", "ORG", 60, 92, "trading"),
        Mention("Securities and Exchange Commission", "ORG", 60, 94, "cars"),
        Mention("Jane Campbell", "PERSON", 0, 13, "records"),
        # a third article names no Campbell in full: its lord is no Jane
        Mention("Campbell", "PERSON", 30, 38, "peers", titled="Lord Campbell"),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert "GM" in actors["General Motors"].aliases
    assert len([name for name in actors if name.startswith("Securities")]) == 1, sorted(actors)
    assert "Lord Campbell" not in actors["Jane Campbell"].aliases


def test_a_bracket_left_open_ends_a_name():
    _, _, actors = run(
        "The Transport and General Workers Union (TGWU) said it would ballot members. The "
        "TGWU said the talks had failed."
    )
    assert not any("(" in name for name in actors), sorted(actors)


def test_a_bracket_that_opens_inside_a_token_ends_a_name():
    # the tagger reads "\u200b(R" as one token of the name; this once raised StopIteration
    _, _, actors = run("Sarah Jones \u200b(R) promised to cut taxes. Sarah Jones spoke on Monday.")
    assert "Sarah Jones" in actors, sorted(actors)
    assert not any("(" in name for name in actors), sorted(actors)


def test_the_democrats_of_an_article_that_names_the_liberal_democrats_are_that_party():
    _, _, actors = run(
        "The Liberal Democrats said they would oppose the bill. The Democrats also want a free "
        "vote, Mr Kennedy said."
    )
    assert "Democrats" not in actors, sorted(actors)
    assert "Democrats" in actors["Liberal Democrats"].aliases


def test_a_bare_name_is_the_body_named_most_that_only_adds_a_bodys_word():
    _, _, actors = run(
        "Columbia University is standing by its professor. Columbia University said it values "
        "free speech. Columbia said the Columbia Medical School would hold a review. Columbia "
        "has not commented further. Columbia University students marched."
    )
    assert "Columbia" in actors["Columbia University"].aliases, sorted(actors)
    assert "Columbia Medical School" in actors


def test_a_description_after_a_speaker_is_not_his_role_when_the_text_gives_him_one():
    # read on an XSum day: "the prime minister" had become the role of the UKIP leader
    _, _, actors = run(
        "Speaking in Dover, Mr Reed told the gathered media that the other parties were making "
        "false promises on immigration. But he said the only solution was to leave the union. "
        "The prime minister pledged in 2011 to reduce the number of migrants to the levels of "
        "the 1990s. Two days into the campaign, Tide leader Tom Reed appears to be taking it "
        "easy."
    )
    assert actors["Tom Reed"].role == "Tide leader"


def test_a_name_ends_at_its_first_break_even_with_a_clause_after_it():
    from spacy.tokens import Span

    from briefing.analysis.spans import name_only
    from briefing.nlp.model import load_model

    doc = load_model()("Vessia Court\nBoard if Tom goes")
    assert name_only(Span(doc, 0, 5, label="ORG"), "ORG").text == "Vessia Court"
    doc = load_model()("the Court of Arbitration for Sport if Scala goes")
    assert name_only(Span(doc, 1, 8, label="ORG"), "ORG").text == "Court of Arbitration for Sport"


def test_a_participle_after_an_apposition_is_no_part_of_the_role():
    from briefing import Article, Settings, build_briefing

    text = (
        "Tom Reed, a former Norvik player and convicted murderer sentenced to life in "
        "prison, was found dead on Monday."
    )
    brief = build_briefing([Article("p", text)], Settings(fit_page=False))
    assert [(a.name, a.role) for a in brief.actors] == [
        ("Tom Reed", "former Norvik player and convicted murderer")
    ]


def test_an_editors_bracket_in_a_quote_is_no_part_of_a_name():
    _, _, actors = run(
        'Tom Reed signed the order. Sarah Jones said: "Today [Norvik President Tom] Reed '
        'admitted this officially."'
    )
    assert not [name for name in actors if "[" in name or "]" in name]
    assert "Tom Reed" in actors


def test_a_hyphenated_title_is_one_title():
    _, _, actors = run("UN Secretary-General Tom Reed demanded an immediate ceasefire.")
    assert actors["Tom Reed"].role == "UN Secretary-General"


def test_a_long_role_is_not_cut_inside_the_name_it_ends_with():
    _, _, actors = run(
        "But Tom Reed, spokesman for the Norvik Foundation for the Care of Victims of Torture, "
        "said ministers had failed."
    )
    assert actors["Tom Reed"].role == (
        "spokesman for the Norvik Foundation for the Care of Victims of Torture"
    )


def test_a_long_role_cut_short_does_not_end_in_half_a_name():
    from briefing.analysis.role_text import short_role

    role = "director of this summer's excavation with the Norvik University archaeology school"
    assert short_role(role) == "director of this summer's excavation"


def test_a_capital_tagged_a_person_is_a_place():
    # read on a CNN/DM day (seed 175): "Sanaa", tagged a person each time, was a key actor
    # of a report of the bombing of the city
    _, _, actors = run(
        "Residents of central Sanaa, the capital, have learned to live with the bombing. The "
        'rebels still control Sanaa. "Supplies need to be here now," said aid spokeswoman Ann '
        "Holt from Sanaa. The rebels put the president under house arrest when they overtook "
        "Sanaa in January."
    )
    assert set(actors) == {"Ann Holt"}
    # read on the dev dumps: "Wales are still not thinking of winning the Grand Slam",
    # tagged a person, made Wales a person; "Jimmy Wales" is still one
    _, _, actors = run("Tom Reed says Wales are still not thinking of winning the Grand Slam.")
    assert actors["Wales"].kind != "person"
    _, _, actors = run("Jimmy Wales said the site would stay free. Wales also said it would grow.")
    assert actors["Jimmy Wales"].kind == "person" and "Wales" in actors["Jimmy Wales"].aliases


def test_a_photo_credit_is_no_actor():
    text = (
        "The 49-year-old died at the scene. AP Photo/Sarah Jones\n\nDetectives are "
        "investigating. Tom Reed said he would help.\n\nMark Lund/Bloomberg\n\nThe inquiry "
        "goes on."
    )
    _, _, actors = run(text)
    assert "Tom Reed" in actors
    assert not [name for name in actors if "/" in name]


def test_a_councillors_or_a_prisoners_title_is_no_part_of_the_name():
    _, _, actors = run("Councillor Sarah-Jane Lund said the beach patrol would grow.")
    assert "Sarah-Jane Lund" in actors and actors["Sarah-Jane Lund"].role.lower() == "councillor"
    _, _, actors = run("Prisoner Tom Reed asked her to change his password.")
    assert "Tom Reed" in actors


def test_a_name_after_a_regions_side_is_a_place_not_a_key_actor():
    # read on a CNN/Daily Mail day, where "Sinai", tagged an organisation, was a key actor
    _, _, actors = run(
        "Twelve people were killed Sunday in separate attacks in Norvik's northern Sinai, "
        "officials said. Two soldiers were killed when their vehicle was attacked on the "
        "highway in northern Sinai, the military said. The army has been fighting "
        "insurgents in the northern Sinai for years."
    )
    sinai = actors.get("Sinai")
    assert sinai is None or (sinai.kind == "place" and not sinai.key)


def test_an_adjective_of_the_noun_a_name_modifies_is_no_title():
    # read on a BBC day: "the foreign secretary's official Kent house" gave "Kent" a role
    _, _, actors = run(
        "Officials at the foreign secretary's official Kent house, Chevening, will plan a new "
        "forum. Tom Reed said Kent would help."
    )
    assert "Kent" not in actors or actors["Kent"].role == ""


def test_a_spokesman_of_a_name_tagged_a_person_speaks_for_it():
    # read on a BBC day: "Yukos spokesman Mike Lake", "Yukos" tagged a person, lost its
    # side, and "we intend to pursue all legal recourses" became the spokesman's own
    _, found, actors = run(
        'Sarah Jones has filed for bankruptcy in Houston. "We intend to pursue all legal '
        'recourses available to us," Sarah Jones spokesman Tom Reed told reporters.'
    )
    assert actors["Tom Reed"].role == "Sarah Jones spokesman"
    assert [c.actor for c in found.commitments] == ["Sarah Jones"]


def test_a_title_after_a_possessive_keeps_whose_office_it_is_and_whose_stays_an_actor():
    _, found, actors = run(
        "Norway's peace envoy Erik Vold said on Sunday the talks would resume. Vold said: "
        '"We will host the next round in Oslo."'
    )
    assert actors["Erik Vold"].role == "Norway's peace envoy"
    assert "Norway" in actors, sorted(actors)
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Norway", "host the next round in Oslo")
    ]


def test_a_name_tagged_an_organisation_beside_a_post_is_a_person_of_the_side_it_names():
    # the small model tags "Nadia Okafor" an organisation here
    _, found, actors = run(
        "Nadia Okafor, the American ambassador to the United Nations, said Monday the United "
        "States would circulate a resolution in response."
    )
    assert actors["Nadia Okafor"].kind == "person"
    assert actors["Nadia Okafor"].role == "American ambassador to the United Nations"
    # where she is posted is not whose she is: the plan is her country's, told by her
    ((plan),) = [(c.actor, c.confidence >= CONFIDENT) for c in found.commitments]
    assert plan == ("United States", True)


def test_a_fund_managers_should_is_market_comment_not_a_demand():
    _, found, _ = run(
        "Tom Reed, a fund manager with Norvik Capital, said Acme Corp should sell its stake in "
        "the mine."
    )
    assert not [c for c in found.commitments if c.confidence >= CONFIDENT]


def test_a_periods_name_is_no_actor():
    # read on Multi-News: "the Middle Stone Age" an organisation, "the Bronze Age" a person
    _, _, actors = run(
        "Tools from the Middle Stone Age were found in the Marlow Basin. The finds date from "
        "the Middle Stone Age, said Tom Reed, who led the dig."
    )
    assert not any(name.endswith("Age") for name in actors), sorted(actors)
    assert "Tom Reed" in actors


def test_a_body_that_opens_a_title_is_whose_office_it_is():
    text = (
        "Norvik Foods chairman Henrik Dahl said the company will close the Leeds plant in May. "
        "Commons leader Anna Brooks said it was a blow. Reserve Deputy Alan Pike was there."
    )
    _, found, actors = run(text)
    assert actors["Norvik Foods"].kind == "organisation"
    assert [(c.actor, c.type) for c in found.commitments] == [("Norvik Foods", "intention")]
    assert "Commons" not in actors and "Reserve" not in actors


def test_an_events_word_alone_is_no_actor():
    # read on a BBC day: "the Budget", tagged an organisation, was a key actor
    _, _, actors = run(
        "The Tories called it a vote now, pay later Budget. Tory leader Mark Hale said the "
        "Budget would do nothing for Labour. The Budget was a wasted chance, the Green Party said."
    )
    assert "Budget" not in actors, sorted(actors)
    assert "Green Party" in actors


def test_a_work_after_the_word_for_it_is_no_actor():
    # read on BBC and CNN days: "Twin Peaks" and "White Noise" had been key people
    _, _, actors = run(
        "Dan Ferris appeared in the cult TV show Twin Peaks. His thriller Cold Harbour was "
        "second at the box office. Talk show host Jay Leno said Ferris would be missed."
    )
    assert "Twin Peaks" not in actors and "Cold Harbour" not in actors, sorted(actors)
    assert "Jay Leno" in actors and "Dan Ferris" in actors


def test_a_letter_saying_it_plans_is_the_body_of_the_one_who_sent_it():
    # read on BBC: the Qwest chairman's letter "saying that it plans to submit a new offer"
    _, found, _ = run(
        "Norvik Foods chairman Henrik Dahl sent a letter to the board on Thursday "
        "saying that it plans to submit a new offer."
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Norvik Foods", "intention")]


def test_a_nationality_or_a_trade_before_a_name_and_letters_after_it_are_no_part_of_it():
    _, _, actors = run(
        "Briton Hayley Marsh won the race in Leeds. Kovac led until the Briton outsprinted "
        "her. Slovakian Dana Kovac finished second. Organiser Kieran Dyer said the race would "
        "return next year. The barrister Guy Pemberton QC said the case would be heard in "
        "March."
    )
    assert {"Hayley Marsh", "Dana Kovac", "Kieran Dyer", "Guy Pemberton"} <= set(actors)
    assert not {"Briton", "Briton Hayley Marsh", "Slovakian Dana Kovac"} & set(actors)
    assert actors["Kieran Dyer"].role == "organiser"
    assert actors["Guy Pemberton"].kind == "person"


def test_a_titled_surname_the_tagger_calls_a_town_is_the_person_named_in_full():
    _, _, actors = run(
        "Campaign director Alan Buckingham said he was disappointed. Mr Buckingham's charity "
        "found a loophole."
    )
    assert "Mr Buckingham" in actors["Alan Buckingham"].aliases
    assert "Buckingham" not in actors


def test_a_former_state_is_a_country():
    _, _, actors = run("The Soviet Union pledged to withdraw its troops from the border.")
    assert actors["Soviet Union"].kind == "country"


def test_a_newspaper_named_by_its_papers_word_or_short_name_is_no_actor():
    _, _, actors = run(
        "According to the Harlow Gazette, the mayor, Jane Pell, will resign in March. The "
        "Post reports that Pell told the Dunmore Daily News she would stay."
    )
    assert "Jane Pell" in actors
    assert not {"Harlow Gazette", "Post", "Dunmore Daily News"} & set(actors)


def test_a_clause_read_into_a_name_ends_it_but_a_family_names_particle_does_not():
    _, _, actors = run(
        "Isaiah claims Frances has upwards of $100m in her father's estate. Aviation analyst "
        "Nick Van den Brul of BNP Paribas described the results as resilient."
    )
    assert "Isaiah claims Frances" not in actors
    assert "Nick Van den Brul" in actors


def test_variety_is_an_outlet_and_a_volcano_a_place():
    _, _, actors = run(
        "The film topped the box office, Variety reported. Ash from the Pilco Volcano closed "
        "airports on Wednesday, forcing 4,000 people to leave."
    )
    assert "Variety" not in actors
    assert all(a.kind == "place" for a in actors.values() if a.name.startswith("Pilco"))


def test_a_role_that_ends_on_another_persons_name_is_no_role():
    from briefing.analysis.role_text import clean_role

    assert clean_role("fellow defenders Callum Reed") == ""
    assert clean_role("ITV presenter Ben Shaw") == ""
    assert clean_role("daughter of Tony Poll") == "daughter of Tony Poll"
    assert clean_role("attorney for 19-year-old Heather Moss") == (
        "attorney for 19-year-old Heather Moss"
    )


def test_a_peoples_collective_adjective_after_the_is_still_its_country():
    _, _, actors = run(
        "The Swiss said they would stay neutral. The British and the French pledged to send "
        "ships. The German won in Monza."
    )
    assert {"Switzerland", "United Kingdom", "France"} <= set(actors)
    assert "Germany" not in actors


def test_mrs_and_mr_of_one_surname_are_two_people_and_mr_is_the_named_man():
    _, _, actors = run(
        "Alan Rudd and his wife visited the castle garden in May. He said a man took their "
        "photo. Mrs Rudd died three months later. Mr Rudd wrote to the trust's magazine for "
        "help in finding the photographer."
    )
    assert "Mr Rudd" in actors["Alan Rudd"].aliases
    assert actors["Mrs Rudd"].kind == "person"
    assert "Mrs Rudd" not in actors["Alan Rudd"].aliases


def test_clerics_and_ministers_are_people_by_their_titles():
    _, _, actors = run(
        "The Bishop of Wexley, the Rt Rev Michael Dunmore, said the bill would divide the "
        "country. Rt Rev Dunmore argued it was less tolerant. The Rev Jane Oakes said the "
        "church would hold a vigil. Defence Minister Gen Takeda told the Diet his jets had "
        "never met a flying saucer. Takeda said jets were scrambled if necessary."
    )
    assert actors["Michael Dunmore"].kind == "person"
    assert "Rt Rev Dunmore" in actors["Michael Dunmore"].aliases
    assert actors["Jane Oakes"].kind == "person"
    assert actors["Takeda"].kind == "person"


def test_a_name_the_tagger_called_an_organisation_is_a_person_when_it_holds_a_post():
    from collections import Counter

    from briefing.analysis.groups import Group

    def group(role: str) -> Group:
        return Group(
            "Takeda",
            kinds=Counter(organisation=3),
            forms=Counter(Takeda=3),
            roles=Counter({role: 1}),
        )

    assert group("Defense Minister").kind == "person"
    assert group("the country's biggest bank").kind == "organisation"


def test_a_news_agency_is_a_source_not_an_actor():
    _, _, actors = run(
        "State news agency Sputnik reported that the plane was flying toward the border. The "
        "ministry told RT that it would respond."
    )
    assert not {"Sputnik", "RT"} & set(actors)


def test_labour_tagged_a_person_is_the_party():
    from collections import Counter

    from briefing.analysis.groups import Group

    assert Group("Labour", kinds=Counter(person=1), forms=Counter(Labour=1)).kind == (
        "organisation"
    )
    assert Group("Tory", kinds=Counter(person=2), forms=Counter(Tory=2)).kind == "person"


def test_a_hyphened_title_in_lower_case_is_kept_whole():
    _, _, actors = run(
        "But director-general Tom Hale said a line had been crossed. The secretary-general "
        "Anna Berg spoke later."
    )
    assert actors["Tom Hale"].role == "director-general"
    assert actors["Anna Berg"].role == "secretary-general"


def test_a_first_name_and_a_surname_tagged_a_body_is_a_person_but_an_area_is_not():
    from briefing.nlp.components import _person_tagged_a_place
    from briefing.nlp.model import load_model

    _, _, actors = run(
        "Camilla Brackenridge said the charity would close. Officials in Tracy County said "
        "the road would close."
    )
    assert actors["Camilla Brackenridge"].kind == "person"  # tagged an organisation
    doc = load_model(None, "full")("Officials in Tracy County met Joanna Dunmore Park.")
    county, park = doc[2:4], doc[5:8]
    assert not _person_tagged_a_place(doc.char_span(county.start_char, county.end_char, "GPE"))
    assert not _person_tagged_a_place(doc.char_span(park.start_char, park.end_char, "FAC"))


def test_a_word_for_who_someone_is_before_a_colon_is_a_caption_label():
    from briefing.analysis.spans import caption_label
    from briefing.nlp.model import load_model

    doc = load_model(None, "full")("Victim: Dunmore, pictured, was taken to hospital.")
    assert caption_label(doc.char_span(0, 6, "PERSON"))
    assert not caption_label(doc.char_span(8, 15, "PERSON"))


def test_a_role_stops_before_a_clause_on_its_noun():
    _, _, actors = run(
        "Lorna Dunmore is the first chief executive to be charged. Dunmore said she would "
        "fight the case."
    )
    assert actors["Lorna Dunmore"].role == "first chief executive"


def test_a_treaty_is_no_actor_but_a_convention_that_acts_is():
    _, _, actors = run(
        "The court said the law breached the European Convention on Human Rights. Mexico "
        "left the North American Free Trade Agreement. The Southern Baptist Convention said "
        "it would vote. The Treaty of Rome was signed."
    )
    assert set(actors) == {"Mexico", "Southern Baptist Convention"}


def test_a_saints_name_with_its_possessive_is_a_school_or_a_church():
    _, _, actors = run(
        "The head of the school St Fintian's, Richard Fogarty, said the video implied it. "
        "McFadden did not attend St Fintian's."
    )
    assert actors["St Fintian"].kind == "organisation"


def test_an_inn_or_a_hotel_tagged_a_person_is_an_organisation():
    _, _, actors = run(
        "The 650-year-old Sheep Heid Inn has been linked to the royals since the 1500s. The "
        "Onyx Hotel said it would close."
    )
    assert actors["Sheep Heid Inn"].kind == actors["Onyx Hotel"].kind == "organisation"


def test_mr_and_a_first_name_is_a_surname_misspelt_but_sir_and_a_first_name_is_his():
    _, _, actors = run(
        "The proposals, by Leighton Andrews, were criticised. Mr Andrew's proposals came "
        "under fire. Council leader Andrew Morgan said he would fight them. Sir John Bourn, "
        "the Auditor General, said the report would be published. Sir John said it was late."
    )
    assert "Mr Andrew" in actors["Leighton Andrews"].aliases
    assert "Mr Andrew" not in actors["Andrew Morgan"].aliases
    assert "Sir John" in actors["John Bourn"].aliases
    _, _, actors = run("Prime minister Lee Hsien Loong spoke. Mr Lee said the city would grow.")
    assert "Mr Lee" in actors["Lee Hsien Loong"].aliases  # a family name first


def test_a_party_council_leader_speaks_for_himself_not_his_party():
    _, found, _ = run(
        "The Labour Party said the plan was sound. Labour council leader Andrew Morgan said: "
        '"All council leaders will now need to consider the detail of the proposed map."'
    )
    assert [c.actor for c in found.commitments] == ["Andrew Morgan"]


def test_a_faith_is_no_key_actor_and_its_believers_are_one_when_they_act():
    _, _, actors = run(
        "Attacks on Christians rose, and Christians fled the city. Critics of Islam spoke, "
        "and Islam was debated. Catholics are planning a protest in Mumbai on Wednesday."
    )
    assert not actors["Islam"].key and not actors["Christians"].key
    assert actors["Catholics"].key  # they will protest


def test_a_place_named_only_for_what_happened_there_is_no_key_actor():
    # read on a CNN/Daily Mail day: "Fukushima" (tagged a person) of "the Fukushima
    # disaster" had been a key actor, and "Broken Arrow" of "the Broken Arrow plant"
    _, _, actors = run(
        "Reactors are offline after the Fukushima disaster. The Fukushima plant failed in "
        "2011. Officials studied the Fukushima meltdowns. A robot is stranded at Fukushima "
        "plant. Kyushu Electric said the Sendai plant was safe."
    )
    assert "Fukushima" not in actors or not actors["Fukushima"].key
    assert actors["Kyushu Electric"].key


def test_a_place_the_report_only_describes_is_no_key_actor():
    # read on a CNN/Daily Mail day (seed 178): "Kathmandu sits in a valley surrounded by the
    # Himalayas" made the city of an earthquake a key actor
    # (real places: the tagger reads a made-up town's name as a body or not at all)
    _, _, actors = run(
        "Rescue crews searched for survivors in Kathmandu after the quake. Kathmandu sits in "
        "a valley. Kathmandu is the capital of the country. Buildings in Kathmandu collapsed."
    )
    assert "Kathmandu" not in actors or not actors["Kathmandu"].key
    _, _, actors = run("Kansas has passed a law on rents. Kansas has had to borrow money.")
    assert actors["Kansas"].key
    # what it is ready to do is what it does
    _, _, actors = run("Talks stalled in Geneva. Kansas is ready to cut rents.")
    assert actors["Kansas"].key


def test_a_product_named_after_its_maker_is_not_the_maker():
    # read on a BBC day: "Sky Plus intention: have 25% of its subscribers using Sky Plus"
    _, found, actors = run(
        "Sky has said it aims to have 25% of its subscribers using Sky Plus by 2010. Sky Plus "
        "lets viewers pause live television. Norvik Foods said Norvik would cut prices."
    )
    assert [c.actor for c in found.commitments][:1] == ["Sky"]
    assert "Sky" not in actors["Sky Plus"].aliases
    assert "Norvik" in actors["Norvik Foods"].aliases  # a maker's short name still folds


def test_an_outlets_station_is_no_actor():
    # read on BBC and XSum days: "BBC Radio Devon", "BBC Radio 4" had been key actors
    _, _, actors = run(
        "Mr Hale told BBC Radio Devon the plan would go ahead. BBC Radio Devon said it had "
        "asked the council. He told BBC Radio 4's Today programme the council agreed."
    )
    assert not {"BBC Radio Devon", "BBC Radio 4"} & set(actors)
    # read on an XSum day (seed 180): "BBC Weather said 50mm of rain fell" made BBC Weather
    # a key actor; over the dev dumps also BBC Four, BBC World Service, CBS 4
    _, _, actors = run(
        "BBC Weather said 50mm of rain fell in an hour. He told BBC World Service the river "
        "rose. CBS 4 said the road was shut. BBC Four said it would show the film."
    )
    assert not {"BBC Weather", "BBC World Service", "CBS 4", "BBC Four"} & set(actors)


def test_a_bodys_name_keeps_the_place_after_its_of():
    # read on a BBC day: "The Muslim Council of Britain urged ..." was given to a "Muslim
    # Council" (the tagger had cut "of Britain" off as a place)
    _, found, actors = run(
        "The Muslim Council of Britain urged that the men should receive counselling and "
        "medical help. Ann Holt of Britain's Foreign Office said it would act."
    )
    assert found.commitments[0].actor == "Muslim Council of Britain"
    assert "Muslim Council" not in actors


def test_a_bodys_name_keeps_the_word_before_its_and():
    # read on a BBC sample (seed 151): "The Public and Commercial Services Union will
    # co-ordinate any action" was the intention of a "Commercial Services Union"
    _, found, actors = run(
        "The Public and Commercial Services Union will co-ordinate any action with six "
        "other unions. The Mines and Quarries Ministry said it would help."
    )
    names = {c.actor for c in found.commitments}
    assert names == {"Public and Commercial Services Union", "Mines and Quarries Ministry"}
    # two bodies joined, one named again alone; a bare generic word after a title's "and"
    _, found, actors = run(
        "The Pentagon and State Department said they would file a petition. The Pentagon "
        "said so. The Punisher and House of the Dead will be given away."
    )
    assert "Pentagon" in actors and not any(" and " in a for a in actors), actors


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # read on CNN/DM, BBC and Multi-News days, where these people had no role
        (
            '"We depend on cotton," said Ravi Dhillon, a local cotton farmer. He said so.',
            "Ravi Dhillon",
            "local cotton farmer",
        ),
        (
            "He told fellow Norvik board member Tom Reed that the plan was sound.",
            "Tom Reed",
            "fellow Norvik board member",
        ),
        (
            "Holidaymaker Tom Reed filmed the guard. Mr Reed said it was funny.",
            "Tom Reed",
            "holidaymaker",
        ),
        (
            "England tight-head prop Tom Reed is out of the Six Nations.",
            "Tom Reed",
            "tight-head prop",
        ),
        # a title before the name is whole: not "officer of trigger-happy ... officer"
        (
            "The film shows the commanding officer of trigger-happy young patrol officer Tom "
            "Reed, who is played by Sam Hale.",
            "Tom Reed",
            "trigger-happy young patrol officer",
        ),
        # ... but a name's own "of" is crossed, and another's office after "of" is left
        (
            "News of the World crime editor Tom Reed was arrested.",
            "Tom Reed",
            "News of the World crime editor",
        ),
        (
            "The son of former Egyptian president Tom Reed was tried.",
            "Tom Reed",
            "former Egyptian president",
        ),
        (
            "Sam Hale met Tom Reed, the keen golf-playing member of the band but better known as "
            "a caddy.",
            "Tom Reed",
            "keen golf-playing member of the band",
        ),
        # a rank cut short after the post is left out ("Junta head Capt" on a real day);
        # a rank of two words stays whole
        ("Junta head Capt Tom Reed said the army would stay.", "Tom Reed", "Junta head"),
        (
            "Navy officer Rear Adm. Tom Reed said the ship would sail.",
            "Tom Reed",
            "Navy officer Rear Adm.",
        ),
    ],
)
def test_what_a_person_does_is_a_role_before_or_after_the_name(text, name, role):
    _, _, actors = run(text)
    assert actors[name].role == role


@pytest.mark.parametrize(
    "text",
    [
        # a caption's position and a place in a description are no occupation
        "Tom Reed, center, was last seen on Saturday at his brother's home.",
        "Tom Reed, the person at the centre of the incident, said nothing.",
    ],
)
def test_a_position_or_a_place_in_an_apposition_is_no_role(text):
    _, _, actors = run(text)
    assert actors["Tom Reed"].role == ""


def test_the_company_is_not_a_product_named_after_it():
    # read on a BBC day: "The company ... said the gold coloured version of the mini would
    # be dropped" had been given to "iPod Photo" ("its iPod family", "an iPod mini model")
    _, found, _ = run(
        "Apple has widened its iPod range with two new players. Its newest player is an iPod "
        "mini model which holds 6GB. The company, which wants to keep its lead, also said the "
        "pink version of the mini would be dropped. A 30GB version joins the iPod Photo range."
    )
    assert {c.actor for c in found.commitments} == {"Apple"}


def test_when_before_a_title_is_no_part_of_the_role():
    # read on a BBC day (seed 148): "Earlier Tory leader Michael Howard sent ..."
    _, _, actors = run(
        "Earlier Tory leader Mark Fenwick sent Mr Dale his warmest congratulations. Fenwick "
        "said he would visit Ohio."
    )
    assert actors["Mark Fenwick"].role == "Tory leader"


def test_a_regions_president_speaks_for_the_region_not_the_country():
    # read on XSum: "Iraqi Kurdish President ... said: 'we call on Turkey to ...'"
    _, found, _ = run(
        "Turkish jets bombed villages in northern Iraq. Iraqi Kurdish President Aram Dilan "
        'said: "We condemn the bombing and we call on Turkey to not repeat the bombing of '
        'civilians."'
    )
    demands = [c for c in found.commitments if c.type == "demand"]
    assert [(c.actor, c.target) for c in demands] == [("Aram Dilan", "Turkey")]


def test_a_common_noun_that_opens_a_sentence_is_no_actor_but_a_party_or_a_people_is():
    _, _, actors = run(
        "Spotters reported a funnel cloud near Harwell on Sunday. Labour said it would vote "
        "against the plan. Kurds held the ridge for a week. Detectives said they were looking "
        "for a man. Groups opposing the runway include Stop Expansion Now."
    )
    assert not {"Spotters", "Detectives", "Groups"} & set(actors)
    assert {"Labour", "Kurds"} <= set(actors)


def test_a_party_word_in_lower_case_is_a_leaning_not_the_party():
    # read on a writers' day (seed 159): "dissident republicans" in Northern Ireland was a
    # key actor "republicans"
    _, _, actors = run(
        "Police found arms in a forest near Ballymena. Dissident republicans are believed to "
        "be behind the cache. Detective Chief Superintendent Sean Wright said dissident "
        "republicans remained a threat. The Republicans said they would vote against the plan."
    )
    assert "republicans" not in actors
    assert "republicans" not in actors["Republicans"].aliases
    _, _, actors = run("Dissident republicans are believed to be behind the arms cache.")
    assert not actors


def test_a_name_counted_like_a_thing_is_a_product_not_an_actor():
    # read on a Multi-News day (seed 159): a Maserati in a shooting was a key actor; over
    # the dev files also a Humvee, a Taser, a Vauxhall Corsa, an iPod
    _, _, actors = run(
        "Someone in a black Range Rover opened fire on a silver-gray Maserati on the Strip. The "
        "Maserati sped off and hit a taxi. Police said the Maserati driver died."
    )
    assert "Maserati" not in actors
    # a maker that speaks is one; a party's member, or an actor's state, is no product
    _, _, actors = run(
        "Fans bought a Maserati. Maserati said it would cooperate with the police. A weakened "
        "Al-Shabaab lashed out. A Republican said the plan was bad. Republicans said they "
        "would vote against it."
    )
    assert {"Maserati", "Al-Shabaab", "Republicans"} <= set(actors)


def test_a_name_given_as_one_of_a_kind_of_work_is_no_actor():
    # read on a BBC brief (seed 245): the game "The Sims" was a key actor
    _, _, actors = run(
        "A researcher has suggested that games such as SimHarbour could teach languages. Tom "
        "Reed believes the world of SimHarbour does a better job than lessons. This was "
        "because SimHarbour does not rely on words. One of the drawbacks of SimHarbour, said "
        "Mr Reed, was the lack of speech. Countries such as Norvik and Vessia said they would "
        "use it."
    )
    assert "Tom Reed" in actors and "SimHarbour" not in actors
    assert {"Norvik", "Vessia"} <= set(actors)


def test_a_product_the_tagger_took_for_a_place_is_still_a_product():
    # read on a Multi-News day (seed 178): another outlet's "opened fire on a Maserati",
    # the Maserati tagged a place, made it a key actor again
    _, _, actors = run(
        "Someone in a black Range Rover opened fire on a Maserati, sending it crashing into "
        "a taxi. Witnesses told police the SUV and Maserati had come from the harbour. Police "
        "said the Maserati hit the taxi cab. The male driver of the Maserati also died."
    )
    assert "Maserati" not in actors
    _, _, actors = run("Voters want a Britain that trades. Britain said it would talk.")
    assert "United Kingdom" in actors or "Britain" in actors


def test_a_model_year_or_number_makes_a_name_a_product():
    # read on a Multi-News day (seed 175): a stolen "2008 Porsche 911 Carrera" made Porsche
    # and Carrera key actors of a murder story
    _, _, actors = run(
        "Tom Reed was found dead at his home. Police said his black 2008 Porsche 911 Carrera "
        "was missing. It was described as a black 2008 Porsche 911 Carrera. He flew in on a "
        "Boeing 737 and drove a 2015 Toyota Camry."
    )
    assert set(actors) == {"Tom Reed"}
    # an event's year, or a score, says nothing of a product
    _, _, actors = run(
        "The 2010 Fifa World Cup was held in Vessia. Fifa banned him for life. Chelsea beat "
        "Arsenal 2-1, and Chelsea 2 Arsenal 1 was the score."
    )
    assert "Fifa" in actors


def test_a_places_last_word_alone_is_that_place():
    # read on a Multi-News day (seed 178): "the Strip" of the Las Vegas Strip was a key actor
    # of its own
    _, _, actors = run(
        "Gunfire broke out on the Las Vegas Strip early Thursday. The Strip has seen several "
        "violent incidents. Police closed the Strip for hours."
    )
    assert "Strip" not in actors
    assert "Strip" in actors["Las Vegas Strip"].aliases
    # a person of that name stays a person ("Hall", "Hill" beside City Hall, Capitol Hill)
    from collections import Counter

    from briefing.analysis.groups import Group
    from briefing.analysis.organisations import merge_place_tails

    groups = {
        "City Hall": Group("City Hall", kinds=Counter(place=2), sources=["a"]),
        "Hall": Group("Hall", kinds=Counter(person=2), sources=["a"]),
        "Strip": Group("Strip", kinds=Counter(place=1), sources=["a"]),
        "Gaza Strip": Group("Gaza Strip", kinds=Counter(place=1), sources=["a"]),
    }
    merge_place_tails(groups)
    assert set(groups) == {"City Hall", "Hall", "Gaza Strip"}


def test_a_bill_named_in_title_case_is_a_law_not_a_man_called_bill():
    _, _, actors = run(
        "It would be naive to believe, as the Assisted Dying Bill suggests, that pressure "
        'could be spotted, Lord Tom Reed said. "No Bill goes through unchanged," he said.'
    )
    assert "Bill" not in actors
    _, _, actors = run("Uncle Bill said the farm would be sold. His Uncle Bill agreed to it.")
    assert "Bill" in actors


def test_a_club_called_city_or_united_alone_or_a_town_is_no_person():
    from briefing.analysis.entities import find_actors
    from briefing.models import Mention

    mentions = [
        Mention(n, "PERSON", 10 * k, 10 * k + 6, "a", subject=True)
        for k, n in enumerate(["City", "City", "United", "Tom Reed", "Norvik Town"])
    ]
    kinds = {a.name: a.kind for a in find_actors(mentions, limit=None)}
    assert kinds == {
        "City": "organisation",
        "United": "organisation",
        "Tom Reed": "person",
        "Norvik Town": "organisation",  # "Yeovil Town 0", tagged a person on a real page
    }


def test_a_name_cut_before_its_of_is_a_piece_of_the_next_name():
    _, _, actors = run(
        "The City of Edinburgh Council assured those affected that the data was safe. "
        "The council said it would write to parents."
    )
    assert "City" not in actors and "The City of" not in actors


def test_a_sum_tagged_an_organisation_is_no_actor():
    # "Â£31bn", a pound sign garbled in an XSum text, was tagged an organisation
    assert tagged_mentions("The Â£31bn deal was signed by Tom Reed.", 1, 2, "ORG") == []
    # "shooting non-Muslims, sparing Muslims": everyone but a group, tagged a body
    assert tagged_mentions("They shot non-Muslims, Tom Reed said.", 2, 5, "NORP") == []


def test_a_hashtag_or_a_handle_is_no_actor():
    # real XSum texts: "So be #proudofChina" tagged a person, "starting w/@POTUS" a body
    assert tagged_mentions("So be #proudofChina by all means, Tom Reed said.", 3, 4, "PERSON") == []
    said = "Everyone must speak out, starting w/@POTUS, Tom Reed said."
    assert tagged_mentions(said, 6, 7, "ORG") == []


def test_a_titled_surname_is_not_a_place_tagged_a_person():
    # "Ms Hill" had been folded into a "Capitol Hill" the tagger called a person, and her
    # appeal given to Capitol Hill
    text = (
        "Senators met on Capitol Hill on Monday to debate the bill. Staff on Capitol Hill "
        "worked late. Ms Hill, a lawyer for the firm, said she will appeal the ruling."
    )
    _, found, actors = run(text)
    assert [c.actor for c in found.commitments] == ["Hill"]
    assert "Capitol Hill" not in actors or "Ms Hill" not in actors["Capitol Hill"].aliases
    # a person so named is still one: "Ron Lane, the victim" and "Lane"
    _, _, actors = run("Ron Lane, the victim, was named on Monday. Lane was 23.")
    assert "Lane" in actors["Ron Lane"].aliases


def test_a_name_the_text_calls_a_city_is_a_place():
    # a real CNN report's "near the city of Tan-Tan" was tagged an organisation
    text = "The crash happened near the city of Tan-Tan just before 7 a.m., the agency said."
    _, _, actors = run(text + " Tan-Tan is near the coast.")
    assert actors["Tan-Tan"].kind == "place"


def test_a_word_opening_a_sentence_that_the_text_also_writes_in_lower_case_is_no_person():
    # a real BBC report's "Jobs" (tagged a person) of "Jobs will go ... 1,500 jobs"
    assert tagged_mentions("Jobs will go, the bank said. It will cut 1,500 jobs.", 0, 1) == []
    # a surname stays, even beside the common word ("Steve Jobs ... Jobs said ... jobs")
    text = "Tom Reed ran the firm. Reed said the plan would create jobs."
    assert tagged_mentions(text, 6, 7) == ["Reed"]
    # nor a first name the text also writes in lower case ("Amber ... the amber light"),
    # compared as the name lists hold it
    from briefing.analysis.spans import _written_lower
    from briefing.nlp.model import load_model

    doc = load_model(None, "full")("Amber said the quay would close. The amber light was on.")
    assert not _written_lower(doc[0])
    doc = load_model(None, "full")("Debris fell on the quay. The debris was cleared.")
    assert _written_lower(doc[0])


def test_team_and_a_name_is_a_group_and_the_bare_name_the_person():
    # read on a Multi-News day: "Britney will grant you three questions" had gone to "Team
    # Britney", tagged a person whose surname "Britney" seemed to be
    _, found, actors = run(
        "Singer Lena Vossberg's handlers have strong ideas. Team Lena didn't comment on the "
        "video. Lena will grant you three questions, which she may not answer."
    )
    assert actors["Team Lena"].kind == "organisation"
    assert "Lena" in actors["Lena Vossberg"].aliases
    assert [c.actor for c in found.commitments] == ["Lena Vossberg"]


def test_towns_listed_after_in_are_settings_though_tagged_people():
    # read on an XSum day: "attacks in Cranleigh, Guildford and Woking" made Guildford (a
    # person to the tagger, named again in "Guildford magistrates") a key actor
    _, _, actors = run(
        "Three cats were hurt in attacks in Cranleigh, Guildford and Woking in March. "
        "Police said Tom Reed is due to appear before Guildford magistrates on 9 August."
    )
    assert [name for name, actor in actors.items() if actor.key] == ["Tom Reed"]


def test_a_description_that_opens_a_sentence_stops_before_its_clause_and_a_date_is_no_title():
    _, _, actors = run(
        "Tom Reed visited Iowa on Monday and met voters there. The former governor, who "
        "capped off his two-day trip to the town with a speech to local party members, said "
        "that the party is full of good leaders. Last month Mr Justice Warby made a ruling in "
        "the High Court that overturned the order. Sunday Telegraph journalist Ann Holt said "
        "the ruling stood."
    )
    assert actors["Tom Reed"].role == "former governor"
    assert "month" not in actors["Warby"].role.lower()
    assert actors["Ann Holt"].role == "Sunday Telegraph journalist"


def test_one_of_a_kind_of_people_is_that_role_but_one_of_the_greatest_is_praise():
    _, _, actors = run(
        '"We look forward to that," said Clark Brewer, one of his lawyers, after the hearing. '
        "Ben Weigel, a senior policy advocate at the aid group, said the law was weak. "
        "Tom Reed beat Sam Oduya, arguably one of the greatest players on clay of all time, "
        "in the semi final."
    )
    assert actors["Clark Brewer"].role == "lawyer"
    assert actors["Ben Weigel"].role.startswith("senior policy advocate")
    assert actors["Sam Oduya"].role == ""


def test_a_sports_post_or_a_supremo_before_a_name_is_a_role():
    _, _, actors = run(
        "Swedish triple jumper Ann Holt was voted athlete of the year. But United could have "
        "had a third late on when substitute Tom Reed hit the post. Election supremo Sam "
        "Oduya said the campaign would go on."
    )
    assert actors["Ann Holt"].role == "Swedish triple jumper"
    assert actors["Tom Reed"].role == "substitute"
    assert actors["Sam Oduya"].role.lower() == "election supremo"


def test_a_co_post_a_controller_a_curator_and_one_passenger_have_roles():
    _, _, actors = run(
        "Radio 2 controller Bob Shenton said he was a great host. The sample is unusual, "
        "co-researcher Ann Holt said. One passenger, Tom Reed, said conditions were bad. "
        "Sam Oduya, curator at the museum, said the find was rare."
    )
    assert actors["Bob Shenton"].role.endswith("controller")
    assert actors["Ann Holt"].role == "co-researcher"
    assert actors["Tom Reed"].role == "passenger"
    assert actors["Sam Oduya"].role.startswith("curator")


def test_a_specialist_has_a_role_and_where_they_are_from_is_no_subject():
    _, found, actors = run(
        "Orlando, Florida, anesthesiologist Dr. Shelley Fleet told CNN she would sign the "
        "letter. Tom Reed, a cardiologist at the clinic, said he would sign too. Pediatrician "
        "Ann Holt said she would not."
    )
    assert actors["Shelley Fleet"].role == "anesthesiologist"
    assert actors["Tom Reed"].role.startswith("cardiologist")
    assert actors["Ann Holt"].role == "pediatrician"
    assert "Orlando" not in actors or not actors["Orlando"].key
    assert [c.speaker for c in found.commitments][:1] == ["Shelley Fleet"]


def test_a_chemists_title_is_his_own():
    _, _, actors = run(
        "This is where forensic anthropologist Marco Bellini of Norvik John Alder University "
        "in the UK and organic chemist Luigi Rossetti of the Vessia Committee for the Study "
        "of Claims enter the picture."
    )
    assert actors["Marco Bellini"].role == "forensic anthropologist"
    assert actors["Luigi Rossetti"].role == "organic chemist"


def test_what_someone_once_was_is_no_role():
    # read on a CNN brief (seed 244): "Bruce Jenner (popular motivational speaker)"
    for text in (
        "Before he was a reality television star, Tom Reed was a popular motivational "
        "speaker. Reed said he would return.",
        "Tom Reed was once a teacher. Reed said he would return.",
    ):
        _, _, actors = run(text)
        assert actors["Tom Reed"].role == "", text
    _, _, actors = run("Tom Reed was a teacher at the school. Reed said he would return.")
    assert actors["Tom Reed"].role == "teacher at the school"


def test_a_language_is_no_people_and_no_country():
    # a BBC dev article's "adapted to teach German", probed alone, made Germany a key actor
    _, _, actors = run(
        "In a version of the game adapted to teach German, players learn words. Tom Reed "
        "said it worked."
    )
    assert "Germany" not in actors
    for text in (
        "German officials said they would help. Tom Reed said it worked.",
        "Tom Reed said the game would teach Germans to vote. Reed said it worked.",
    ):
        _, _, actors = run(text)
        assert "Germany" in actors, text
