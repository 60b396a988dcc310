"""Commitment forms met in real news, on sentences written for these tests: what commits
someone, what only looks like it, and how sure the page is."""

from __future__ import annotations

import pytest
from test_entities import run, shown

from briefing import Article, build_briefing
from briefing.analysis.confidence import CONFIDENT, confidence
from briefing.analysis.cutting import readable_cut


@pytest.mark.parametrize(
    "text",
    [
        # a claim or an opinion under a commitment verb
        "Indonesia insisted that all appeals had been exhausted.",
        "Dr. Ana Lee agreed that the programme gave viewers the wrong message.",
        # a commitment verb in the passive: by whom?
        "Ms Ruiz was offered a job in Dubai, her family said.",
        "The visitors were asked to leave at eight.",
        "Embassy officials said Ruiz would be returned to the prison on Friday.",
        # an object that is not an act
        "The outgoing president also offered a written statement to the nation.",
        '"Now they are threatening our ability to pay our staff," the mayor said.',
        '"The studio offered me their next-best thing," said Rita Amari, a director.',
        # a past that did not happen
        '"We would have won the vote if they had stayed," said Ali Haddad.',
        '"Biden would have been influenced by the money," Kurt Volker said.',
        # the future of the past, known or not known
        "Biden administration officials said they were not notified in advance that Yoon would "
        "declare martial law.",
        # a mood in the speaker's own words, not an act
        '"When they write lies we should be a little bit tough," Donald Trump said.',
        # a forecast about someone else, or a question
        '"My guess is she\'ll have enough policies that keep her clear of the banks," '
        "said Tom Daly, a former adviser.",
        "Marshal Haftar was asked whether his forces would confront European ships.",
        "Analysts said the company will likely struggle to find new ideas.",
        '"Probably my career will be defined by this case," Sam Sutter has said.',
        # a finding, a cause not ruled out, an aim not held, whose deal, a weapon, a call
        "Scientists did not rule out the possibility.",
        "An inquiry by Boeing ruled out negligence as a factor.",
        '"Our objective is not to beat Atletico," said Carlo Ancelotti.',
        "Boeing staff met. Their final aim is to build a robot.",
        "Donald Trump criticised the deal to buy 20 helicopters.",
        "Tom Okafor appealed the verdict.",
        "The gunman threatened Tom Okafor with a gun.",
        # an attempt made, a search, a match, speech to reporters
        "In 2014 Senator Mary Landrieu sought to give her campaign a boost.",
        "Police in Leeds are seeking a man in his 40s.",
        "Tom Okafor said the team was ready for the game.",
        "Residents want the council to act.",
        # what it takes, a passive that is no sanction
        "Apple said it would take years to rebuild the plant.",
        "Paul Dunn said it will take an inquiry to find out what happened.",
        "Roger Goodell said the players would be met with cheers.",
        # others' acts, an outcome, what happens, an act not a sanction
        "The Met Office warned of floods.",
        "US officials warned of air strikes.",
        "Shell is confident the government will act.",
        "Labour is confident it will win the election.",
        '"This is what we warned Baghdad would happen," said Faleh Essawi.',
        # no one asked, an order, it did not press; one's own aim, a past, a hope
        "John McCain pressed the button.",
        "Barack Obama pushed for years to close Guantanamo.",
        "Floyd Mayweather always orders a glass of hot water to let his silverware soak.",
        "Google challenged the ruling.",
        "Congress has failed to press the Justice Department to release the data.",
        '"We have to improve our discipline," said Moussa Sissoko.',
        '"Congress had to act," Barack Obama said.',
        '"They don\'t have to take the stand," said Ana Ruiz.',
        '"We need to win this game," said Jose Mourinho.',
        '"We needed to speak to the witnesses first," said Ana Ruiz.',
        '"I would class myself as an average player," said Tom Okafor.',
        '"There will be no problem," said George Osborne.',
        # a lost subject, no one in particular, a past plan, a description, a wish, advice
        "The odds on Mr Corbyn winning have been reduced, though he only made it on to the ballot "
        "paper after some MPs not thought to be his supporters agreed to make up the number of "
        "nominations for him.",
        "Rhodri Miller said before the group set off someone warned him \"be careful, we're on a "
        'mountain".',
        '"I was going to go to the ranch to see my grandkids," Rex Tillerson said.',
        'Leighton Andrews called the case for fewer local authorities "compelling".',
        '"What we need to do is meet people where they are at, not where we would want them to '
        'be," said Ed Miliband.',
        '"We would advise that you ask to see a warrant card," said Sgt Mark Hamilton.',
        # a law or a process "offers" or "aims", others' concerns, an outcome, a mood
        "The Wales Bill offers to extend the transfer of powers over tax.",
        "The negotiations have been under way since 2012 and aim to bring an end to the conflict.",
        "Syngenta's shares fell because of concerns that CFIUS would not clear the deal.",
        '"If we are not competitive we will not attract the best students," said Pat Johnston.',
        '"We\'re not going to get carried away," said James Anderson.',
        # read in a Multi-News sample (seed 175): a view changed, not a refusal
        '"I just will never look at them the same way," Ann Holt said.',
        # a try, not an aim
        "Landowners were seeking to improve their estates.",
        # a speech ahead, a maybe, an "assure" that ensures
        "Biden's office says he'll praise Clinton as offering solutions for the middle class.",
        "The House and Senate could agree to a compromise between now and Monday night.",
        "JDD militants stepped in to assure security at synagogues during the protests.",
        # a doubt, a survey of a people, what must "take place"
        "This year, Canadians plan to spend $508 overall on prom.",
        "Will Dana told the team: \"I don't think we need to institute a lot of new ways of "
        'doing things."',
        '"It is a world-against-ISIS issue that needs to take place," said Ian Bradbury.',
        # a doubt, a forecast about people in general, a finite clause whose subject is lost
        "Despite the problems, Mr Lamberty said that it was not certain that Lufthansa would "
        "take legal action.",
        '"People will not be taken in by Michael Howard\'s claims," said Charles Kennedy.',
        "Michael Jackson's trial went on. The defence protested after Mr Bashir, who interviewed "
        "Jackson for the TV documentary, refused to answer nearly all their questions, citing a "
        'California "shield" law intended to allow journalists to protect their sources.',
        "There can be no bargaining over the treaty, an official said.",
        '"We will win this game," said Jose Mourinho.',
        # what a deal must be, not a deal accepted
        'Barack Obama said: "The deal we will accept is they end their nuclear program."',
        # an event, not an act
        "The 2015 Boston Marathon will take place in less than two weeks.",
        # hearsay and others' talk
        "Reports suggest Apple will launch a car next year.",
        "Hamas is believed to be planning an attack.",
        "Apple reportedly plans to launch a car.",
        # a past judged, not a demand
        "'It was a small unit, he must have been aware of it,' Ms Ana Loury said.",
        '"The police should have acted sooner," said Tom Okafor.',
        "Ana Ruiz, who is expected to win, will seek the nomination, analysts predict.",
        # states, not acts
        '"Workers will feel cheated by the decision," said Paul Dunn.',
        "Under the deal, the city would receive 50 years of autonomy.",
        # a rule, not a demand
        "To become law, the proposal must receive the support of two thirds of the council.",
        '"I like the plan," said Hassan Rouhani.',
        # critics' talk about a party
        "Critics say the Republicans will cut pensions.",
        # a claim about another party
        "Iran insisted that the United States would pay for the attack.",
        "Keith Joseph insisted that the new system would “inject more rigour” and would be “a key "
        "instrument for improving standards”.",
        # a clause of time is no complement, and "agree - no option" no agreed act
        "Papers show Mrs Thatcher warned six months before GCSEs replaced O-levels that she "
        "did not like the new exam.",
        '"I agree - no option but to go ahead," said Ann Holt.',
        # the condition of another's act, a request denied, a person as "object"
        "Pyongyang said talks will not resume unless the South offers a plausible excuse.",
        '"We are not asking the court to draw that line," Ana Reyes told the judges.',
        "The crowd laughed when Tom Reed urged voters.",
        "Tom Reed called for him twice.",
        # a crime committed, a thing that "aims", a hope, what something will take
        "Early on Thursday he committed suicide, his sister Ana Reed said.",
        'Designed by the party school, the app aims to "arouse enthusiasm" for the party.',
        "Rui Costa will be hoping to add to his tally of eight goals this season.",
        "Chris Neame said it will take an investigation to determine the cause.",
        # asked of someone else, a memory, no act named
        "Congress has failed to press the Justice Department to demand the data.",
        "Only the oldest Nepalese will remember the last big earthquake.",
        "Li Wei said the price was a third of what he plans to spend on his car.",
        # questions, feelings, nobody, a maybe, a state vowed, an aim taken with a fist
        '"How am I going to pay the rent?" said Ravi Rao.',
        '"I have no clue how I will pay the debt," said Ravi Rao.',
        "Armenians are not happy they were left out.",
        '"We are very happy to see her moving on," Dr Ana Katz said.',
        '"Nothing needs to be made out of it," Frank Kaminsky said.',
        '"This suggests we may need to take a closer look," Bruce Mate said.',
        "Emir Spahic aimed a headbutt at a steward after the defeat.",
        # a job described, a farewell, a fate, a product
        "A CPS spokesman said: 'It is the DPP's job to make these difficult decisions.'",
        '"You will be missed and remembered by so many," Dan Benjamin wrote.',
        "The prosecutors said Lord Janner would escape prosecution.",
        "Its website says the Acme Safe Company offers a secure solution to store belongings.",
        # an invitation, a reassurance said to someone
        "Isaac Garza asked his best friend, Kristelle, to prom in a chase scene.",
        "Come out, they told her, you will not be shot, Ana Titus said.",
        # a harm foretold, a way of speaking, "she" in the speaker's own quote, a question
        '"If we keep our silence, more Farkhundas will be killed," said Selay Ghaffer.',
        '"I must say strongly that it was my father," Selay Ghaffer says.',
        'Jay Tomczak spoke of his wife. "She is not going to ever give up," Jay Tomczak said.',
        '"People ask who is doing it and when will we catch him," Andrew Luger said.',
        # others the one person speaking reports on; commentary
        "Laura Rasti said once people understood her aims, they agreed to be photographed.",
        "Tom Reed has called for years.",
        # no act named, an opinion, a verdict with no speaker, a thing that "offers"
        '"Look what I have said I am going to do as mayor," said Tom Reed.',
        '"I would dispute the premise of the question," Ana Reyes said.',
        '"I would add that the plan is weak," Ana Reyes said.',
        "Tom Reed would go on to help raise $1.4 million for research.",  # a story told
        # a state foretold, not an act
        "The U.S. center warned Norland would experience storm surges of 11 feet.",
        # a machine does as it was built
        "The Halden Solar Probe will fly within 9 solar radii of the sun.",
        "The probe will fly within 9 solar radii of the sun.",
        # a manner, not an act
        '"They want change in the way we should approach this," Anna Berg said.',
        # no act refused: only no comment
        "Anna Berg declined to comment on the deal.",
        "Tom Reed refused to be drawn on his firm's interest in the port.",
        "Tom Reed refused to confirm he is setting up a new party.",
        # not telling a plan ahead of time (Multi-News, seed 174: "declined to preview
        # Trump's plan" was a refusal)
        "Sarah Jones declined to preview Tom Reed's plan in an interview on Sunday.",
        "The ministry refused to reveal any details about the patient.",
        "The ministry said it would not comment on the report.",
        "The ruling said this statute should be understood narrowly.",
        "The arguments offered several moments of tension between the two judges.",
        "Tom Reed offered a scorching review of the mayor's speech.",
        # an exclamation, not a pledge; the warning, not the warned side's intention
        '"Give me a break," said Tom Reed.',
        "Tom Reed added that the family had asked to convey its own relief and gratitude.",
        # read on more real pages: a relative object, a call received, a plan given up,
        # others' hope, advice, a wish, "do so", "offer more"
        '"He would die for the freedoms that this country offers," said Ana Reyes.',
        "The Harbour Police said it received a call for a welfare check on Monday.",
        "The Reyes family had initially planned to drive to Boston on Friday.",
        "There was much hope when Tom Reed was elected that he would show mercy.",
        "It pays to be patient, Tom Reed said, and be willing to move fast.",
        '"Wish the forecasters were wrong all the time," wrote Tom Reed.',
        "In January, Mayor Tom Reed will have to do so with the help of his deputy.",
        '"If a company knows we are offering something, they will offer more," said Ana Reyes.',
        "The newspaper blasted Seoul, warning that South Korea will pay dearly for the drills.",
        # a denial, a risk, a plan given up, an opinion, a feeling, a state left
        "Ms Holt rejected a suggestion the party was hopelessly divided on the issue.",
        "Regulators said Norland Foods threatened to be too dominant after the merger.",
        # read on a Multi-News day (seed 125): an age reached
        "Tom Reed, a professor who will turn 90 on 10 June, put forward his theory in 1958.",
        "The money is no longer needed after the chancellor reversed his plan to cut tax credits.",
        '"I would imagine it would save the public purse a few pounds," Tom Reed said.',
        '"I will miss them both so much," Ann Holt added.',
        '"If they do this, all that will be left is the lessons," Ann Holt said.',
        '"They just do not need to raise money from savers any more," Anna Bowes said.',
        "People refusing to believe that the Games had finally ended stayed in the park.",
        '"Hopefully, it will be rebuilt on another site," Tom Reed said.',
        '"The majority of protesters will not be affected," Tom Reed added.',
        # a market's demand
        '"This response to our crowdfunding shows the demand for our beer," Ann Holt said.',
        # an opinion shared, not an act agreed
        "Experts agree that to meet the target the energy sector must cut its emissions.",
        "Tom Reed told Ann Holt she agreed Norland should be held accountable for the incident.",
        # the threat is the letter's, not the reader's
        "In one case, the council said, Acme Corp reviewed a letter threatening to burn the "
        "school and decided it was a prank.",
        # settling a dispute is no resolve to act; a remark is no offer; a duration no act
        "Ms Amari said Norland and Halden hoped to avoid having to resolve the dispute in court.",
        "Despite the warnings, Tom Reed did offer some good news for the short term.",
        "Gatwick to London would take 30 minutes, cutting journey times.",
        # a law does as written; a share of firms polled is no one
        "The much delayed Harbour Rail Bill would provide for a fast link across the city.",
        "Half of the firms polled said they had no plans to move. Nearly two-thirds of all "
        "firms polled for the survey have no plans to shift their offices abroad.",
        # another, not the one who wants it
        "Atticus Holdings, which owns 2% of Norland Foods, wants it to buy back its own shares.",
        # an outcome foretold, a way of speaking, a plan withdrawn, an estimate
        'Ann Ruiz, general secretary of Unison, said the changes would hurt workers. "This is '
        "a position that Unison cannot accept. It will lead to conflict between Unison and the "
        'council, if not this year then next," she said.',
        '"We must also recognise that some people have concerns," said Tom Reed.',
        "A Labour peer has withdrawn proposals to give the council more powers.",
        '"My estimate is we will need to spend several million pounds," said Tom Reed.',
        # inside what reports say; a reason given; a poll's forecast
        "Rita Amari denied reports that her beliefs would make her refuse to serve as a minister.",
        # read on a BBC day (seed 125): what a claim would mean, denied
        "Rita Amari spoke on Monday. But she denied her faith meant she would refuse key jobs.",
        '"We oppose the scheme because the children will not be taken into account," said Ann '
        "Holt of the Harbour Trust.",
        "Labour will hold key marginal seats, the Populus survey suggests.",
        # a claim insisted on, a speech ahead, a fault found, no one yet
        "On Monday Mara Holt insisted closer co-operation did not mean losing control.",
        "Tom Reed spoke in Leeds. Mr Reed is to tell the audience that the war was wrong.",
        "If there is one criticism of Tom Reed, it is that he is too ready to switch sides.",
        "Tom Reed leads the Tories. But until somebody says they are willing to leave the union "
        "they can't possibly negotiate anything (as Tom Reed is pledged to do).",
        # what did not happen, what one feels, a thing's readiness
        "If labels were more willing to put money into new acts then the government wouldn't "
        "have to pay.",
        "The band pay tax - if they'd had a grant to get started they'd have more than paid it "
        "back by now, so the Treasury would be making far more than it paid out.",
        "England will take huge heart from being within an ace of winning.",
        '"A number of these devices were ready to be deployed," Tom Reed added.',
        # a point made, a guess, a thing open to all, experts' view, a past need
        '"People need to recognise that employers must store data," said Tom Reed.',
        "The world tour stops are open to any keen gamer that registers.",
        "Legal experts agree that if the court finds for the industry they would be able to "
        "sue the firms.",
        '"We knew it was very important for the club to gain these extra finances," said Tom '
        "Reed of Calder United.",
        # "Should X ..." is an "if"; a drop goal is a score
        '"Should the union resolve the issue to our satisfaction, it would be the end of the '
        'matter," said Ann Holt of the council.',
        "Tom Reed's late drop goal to deliver victory over Calder was proof of their form.",
        # a story told in the past; one player of a nation is not the nation
        "The Kiwis went on to claim the Cup, and would inflict further misery on Wales.",
        "The Slovakian will meet Ann Holt in the second round.",
        # a name's "Will" is no modal; a decision still open is none
        "Will Brill and Tom Reed return to the Calder back row after injury breaks.",
        "Sheriff Ann Holt said she has not yet decided how to proceed with the review.",
        "The men will stay in custody while ministers decide whether to appeal.",
        # a speech ahead
        "Vice President Ann Holt will declare Tom Reed the most uninformed candidate in history.",
        # analysts' view in an aside
        "Rather, they believe, Vessia seeks to complete its mission and withdraw to the border.",
        # a past habit
        "But every once in a while, Ann Holt would post something about the mine.",
        "Tom Reed and Ann Holt would frequently fall out with their parents.",
        '"I would visit my aunt in Leeds every now and then," said Ann Holt.',
        # what someone does each time
        "When hijacking a car, Tom Reed will shove the driver's head into the steering wheel.",
        # a need the speaker denies thinking of; why something will not be done
        'Tom Reed told the board: "It\'s not like I think we need to overhaul our process."',
        "One of the reasons the United States won't strike the camps is the risk to civilians.",
        # preparing, no offer
        "Tom Reed said he was getting ready to go out for an afternoon run on June 3.",
        # others' thought, a way of speaking, a claim denied
        "\"I don't want the fans to think for one minute that I wouldn't play for Calder,\" "
        "Tom Reed said.",
        "\"I'll admit it'll be fairly special lining up against them,\" Tom Reed said.",
        "Ann Holt refused to accept that the new pitch had a bearing on the results.",
        # what one will hold after a deal is no act
        "Calder Oil will now control about 16% of Vessia's total crude output.",
        "Brill Airports and the state government will own 13% each of the new terminal.",
        # read on a BBC sample: an outcome; a need inside a case the speaker doubts
        "Calder Oil will not make money from the sale, the filing documents said.",
        "Tom Reed said: 'I'll make history.'",
        "Sarah Jones decided that probably would be the best place for the dog to wait.",
        'Tom Reed told the Today programme: "I do not think this is a situation in which the '
        'voters need me to articulate what they feel."',
        # read on an XSum sample: whom one urges is no act; the one a recommendation asks to
        # act is not the one recommending; "they" is no one person, nor the person named
        # when an unknown body said it
        "Tom Reed urged the annual conference of the union in Leeds.",
        "The Care Quality Commission inspected Westfield Hospital in May. The CQC has "
        "recommended it remains in special measures for the next three months, during which "
        "time it must submit a weekly improvement plan.",
        "Sarah Jones and her husband moved to Leeds in May. When they found out what they were "
        "having, they decided to keep it a secret from family and friends.",
        "Tom Reed has made eight appearances for Ostend since January. In a statement, Ostend "
        "said they had decided to play their younger players for the rest of the season.",
        # read on a BBC sample: the ones warned, not what; a critic's word on another party;
        # a share of a group is no one
        'Tom Reed warned the celebrities taking part "had better be involved all the way".',
        'Sarah Jones argued: "It gives the wrong signals to Vessia, who are simply not prepared '
        'to accept that what happened was wrong."',
        "The nurses, the majority of whom are members of the union, refuse to work on Sundays, "
        "and they want more pay.",
        # read on an XSum and a BBC day: a thing described by what one would do with it; why
        # something happened, told
        '"By having access to the nervous system it allows us to study the relationships of '
        "very old fossils using the same kind of information that we would use for living "
        'animals," said Tom Reed.',
        "Vessia sought help abroad because other forums - local courts and the Harbour Court "
        "of Human Rights - were either unfriendly or offered less protection.",
        "Vessia took the case to the European Court of Human Rights last year. The company "
        "offered a pay rise on Monday.",
        "Tom Reed and Sarah Jones's Saturday night entertainment show Passport to Paradise will "
        "not return to screens, the BBC has said.",
        # read on a CNN/DM day: another's advice, told in one's quote
        'Tom Reed, the mayor of Vessia, spoke about the statue. "And then he stated that if we '
        "did not have the funds and we did not like the statue, we should take it down and put "
        'it in storage," Reed said.',
        "The crowd grew through the day. And protesters vowed that it would not be the last.",
        # read on a CNN/DM day: the writer's reading of a sign
        'Tom Reed shot Harris after calling out, "Taser, Taser," -- an indication he planned to '
        "use a stun gun to subdue Harris.",
        # read on a CNN/DM day: a quote tagged with a source that names no one is not the
        # last speaker's
        '"We put our heart and soul into this place," said Tom Reed. The sheriff\'s office '
        "is investigating, and its dispatchers were overloaded with calls, the sheriff posted "
        'on its page. "We are asking you to please take it easy on our dispatchers. As soon as '
        "the investigation is complete, we will post the relevant information here on this "
        'page," the post read.',
        # read on a BBC day: a contest's result is a hope, no one's to commit to
        "Norland will try to give their coach Tom Reed a first Six Nations victory when "
        "Vessia come to Edinburgh.",
        "'Against Vessia we will try to go all out for victory,' said Tom Reed.",
        # calls that are someone else's, or telephone calls
        "Judge Tom Reed's order on Tuesday follows calls from some victims' family members to "
        "avoid using the suspect's name and his photos.",
        "Tom Reed made calls to reporters to explain the delay.",
        # read on a BBC day: a cast list and an announcement's date
        "Sarah Jones and Tom Reed will star in the real-life drama, Cherished.",
        "Sarah Jones will voice a goose in the 2006 film.",
        "Tom Reed will announce his starting line-up on Wednesday at the team's training centre.",
        # a means under a denied act
        "The Harbour Party said it does not respond by proposing that the council be handed to "
        "one single person.",
        # "there are no plans to", told by no one
        "There are no plans to sell the channel.",
        # read on the writer set: "would" in one's own words, or after a condition, is if
        "'I would sack them and take the union on,' Tom Reed said on BBC Radio.",
        '"I wouldn\'t dream of saying I teach him," Sarah Jones says.',
        "If no deal can be struck, Norvik has lined up three firms to act as liquidators. "
        "Harbour Holdings would then break up the business and sell it off piecemeal.",
        # resolve, with no act named
        "\"But we'll keep going and that's why the win was so important for us today,\" said "
        "Tom Reed.",
        'Sarah Jones said: "We will carry on and we will bounce back."',
        # read on XSum (seed 77): a player's effort, no act anyone could hold them to
        '"I will continue to give everything I have and strive," added Tom Reed.',
        'Tom Reed added: "I have never played on a clay court, so I am going to try to play my '
        'best tennis."',
        'Tom Reed said: "We will do all we can to do that and focus on the game."',
        "Tom Reed, who scored 50 times for Norvik, will wear the number-four shirt.",
        # read on CNN/DM (seed 89): a shirt number and an opponent met, no act
        "Tom Reed will wear No 8 for Harbour after having a suspension overturned.",
        "Sarah Jones will come up against her countryman Tom Reed this weekend.",
        # read on XSum (seed 89): a team place and a feeling urged, no act
        "The rider list is led by champion Tom Reed, who will ride for Vessia.",
        "Norvik Church has grown close to the government. "
        '"The Church should be concerned about this," said Tom Reed, head of Harbour Union.',
        # read on XSum (seeds 78, 79): any case a relative clause describes
        "Sarah Jones acknowledged that cases in which tenants refused to move out would still "
        "end up in court.",
        # read on CNN/DM (seed 79): a result hoped for, and resolve, no act named
        "Tom Reed said: 'But we need to start winning now.'",
        'Sarah Jones said: "We\'ll continue to fight!"',
        # read on Multi-News (seed 78): persisting, no act named
        "But Tom Reed was ready to double down, even while he was a Cabinet member.",
        # read on XSum (seed 78): a contest
        "Tom Reed and Sarah Jones will compete against Norvik in Saturday's pairs final.",
        "Tom Reed and Sarah Jones will compete for 1,004 delegates on Super Tuesday.",
        # read on BBC (seeds 78, 79): the law as it stands, told
        '"Where an offender is convicted of murder, the court must pass a life sentence," '
        "said Sarah Jones, the Norvik home minister.",
        # read on BBC (seed 79): a title defended, a draw played
        "Sarah Jones of Norvik will defend the title she won last year in Alder.",
        "Sarah Jones, who made a comeback, will play doubles and mixed doubles events in 2005.",
        # read on BBC (seed 78): a wish for a crowd, and resolve
        '"We want people to go away from the gigs humming the tunes," said Tom Reed.',
        'Sarah Jones said: "I just decided to hang in there and keep fighting."',
        # read on BBC (seed 77): a standing kept is an outcome
        "With more than two million pre-orders for the device in Japan, Nintendo is confident "
        "it will keep its number one spot.",
        "Tom Reed said Norvik would retain the title.",
        # read on Multi-News (seed 77): a thing made does not commit
        "Harbour Homes made a video. The video will star Tom Reed and aim to make fans "
        "aware of how to be lead-safe.",
        # read on CNN/DM (seed 80): a person's decision told as a step of the story
        "Tom Reed spoke at a screening in Norvik. In his remarks, he decided to compare "
        "the vaccine to a poison.",
        "Sarah Jones nicknamed the storm and decided to ignore it.",
        # read on BBC (seed 90): a match, and a worry
        "Tom Reed will meet Harbour United in Saturday's match at Norvik.",
        "\"Our focus is on that game and we'll worry about Vessia after we've beaten Norvik,\" "
        "said Tom Reed.",
        # read on BBC (seed 90): "he" is the unnamed speaker, not the last name before
        "Tom Reed has rivals including Sarah Jones and Jim Hale.\n\n"
        "In an interview, The Game said he would not turn on them.",
        # read on XSum (seed 90): an act judged, done by no one
        'Ms Sarah Jones denied it was "illogical" to demand amendments but still back the bill.',
        # read on Multi-News (seed 90): a decision told as a step of the story
        "Sarah Jones remained at the crash site for a day before deciding to hike down.",
        # read on CNN/DM (seed 91): a decision further back in the story
        "Despite calling his approach cheesy, Sarah Jones had decided to give him her number.",
        # read on Multi-News (seed 91): what she does now and then
        'Sarah Jones said: "Sometimes I will set up a day, every week or every month."',
        # read on CNN/DM (seed 92): an "if" the parser hangs as a complement, and effort
        "'We need to have patience, we need to work hard, we need to have energy,' said Tom Reed.",
        # read on CNN/DM (seed 93): words retold inside a quote; a view of what "we" should do
        "Sarah Jones met Tom Reed in his office. \"He said, 'What should we do about us? We need "
        "to make this a relationship.' It was shocking,\" she said.",
        '"We should never shrug at attacks on a free press," Tom Reed of the Harbour Party said.',
        '"When people are afraid of something, I think we should talk about it," Sarah Jones said.',
        # read on XSum (seed 93): a team's resolve, and a prayer
        '"We are going to show that we are a strong group," said Tom Reed of Norvik.',
        '"We shall continue praying because we still need his discharge," said Tom Reed.',
        # read on Multi-News (seed 93): a past readiness told in the present
        "On his role, Tom Reed says he was happy to take part.",
        # read on CNN/DM (seed 94): a coach's effort, and a team's standing aimed at
        "'We need to continue to work with focus,' said Tom Reed.",
        "The Harbour side, who have scored 18 goals in six games, will attempt to solidify "
        "their grip on second place.",
        "Defeats have done little but Norvik are ready to address their mini-slump and "
        "breathe life back into the title push.",
        # read on XSum (seed 94): "the Liberian" is one man, not Liberia
        "Liberia backed the bid. On Saturday, the Liberian pledged his vote to Prince Ali "
        "while urging his fellow Africans to do the same.",
        # read on Multi-News (seed 94): a film's plot, a part and the actor playing it
        "The singer Larry (Tom Reed) and his buddy Fred (Jim Hale) decide to peel off and get "
        "a room at the motel and wait out the night.",
        # read on a Multi-News brief: a witness's account to the police
        "One of the women told police Tom Reed would drive her to appointments outside of Norvik.",
        # read on BBC (seed 95): a claim denied, and respect for a rival
        "Mr Tom Reed rejected the idea Mr Jim Hale posed a threat to the Harbour Party.",
        '"They ran five tries past Norvik in the summer, so we will not take them for granted," '
        "said Tom Reed.",
        # read on XSum (seed 95 days): market demand, and calls no one named makes
        "The Harbour Council said there were already significant demands for one-bedroom "
        "flats across the public and private sector.",
        "Tom Reed said there was strong demand for new homes in Norvik.",
        "The Harbour Union said there were growing demands for a strike.",
        # read on Multi-News and XSum (seed 96): advice that forecasts, and an evening in
        'Tom Reed, the mayor, said: "Citizens should anticipate long periods of outages."',
        '"I\'m going to sit at home, watch television and play on my computer," said Tom Reed.',
        # read on BBC and CNN/DM (seed 96): a decision told with the moment it was acted on
        "Harbour's Jo Pavey bravely decided to go with Defar as she strode away from the field.",
        "The former Norvik boss also decided to ditch his blazer during the latter stages of the "
        "match.",
        # read on XSum (seed 97): what anyone needs, and a team's next game
        "Tom Reed said: \"We weren't performing at the intensity that you need to to demand an "
        'international selection."',
        '"We are in good stead and we will go into Wednesday firing," said Tom Reed.',
        # read on CNN/DM (seed 97): a feeling promised
        '"I\'ll remember this one," Tom Reed promised.',
        # read on CNN/DM (seed 98): what "we all" must do is everyone's duty
        'Sarah Jones said: "We all need to work together to beat obstacles."',
        'Sarah Jones said: "We all must pull together."',
        # read on XSum (seed 98): a failing foretold is no vow
        '"Ultimately we will betray our people if we don\'t get elected," said Sarah Jones.',
        '"If we lose, we will let the fans down," said Sarah Jones.',
        # read on XSum (seed 99): a call inside "the notion that ..." is the notion's
        'The resolution calls on lawmakers "to reject the notion that the Norvik flag, '
        "although it is a nice flag, can in any way compare to or be substituted for the "
        'official state flag of Texas and urge all Texans not to use the Norvik flag emoji".',
        # read on Multi-News (seeds 98 and 99): a verb the parser took for a noun, and a
        # bare gerund for the sentence's verb
        "Diesel smoke functions much like an alarm to the superbug VRSA, warning it to "
        "activate its defenses, according to a new study.",
        # read on CNN/DM (seeds 98 and 99): what some of a kind of people do, a habit
        "Some patients refuse to step on the scale.",
        "Many parents plan to keep their children at home.",
        # read on Multi-News (seed 100): "the company" after a rule's name is no rule
        "The Harbour Safety Rule took effect in May. To that end, the company will perform a "
        "project to abate lead paint hazards in homes.",
        # a document tells, no one named in it does
        "The guidance tells councils not to confuse home education with truancy.",
        # a region told of with "would": a proposed map, no one's word
        "Under the proposed map, West Glamorgan would return by joining Swansea once more "
        "with Neath.",
        # a feeling ahead, no act
        '"We will be buzzing to be back in the league," said Tom Reed.',
        '"We will relish the challenge," said Tom Reed.',
        # a kind of people a survey counts, in general
        "Dads plan to outspend moms by 63%, the survey found.",
        # an expert's advice in the present tense: what anyone may do, asked of no one
        "Dr Tom Reed also recommends drinking water with lemon juice in it daily.",
        # how a thing will turn out, promised: a claim, no act
        "Tom Reed, a billionaire, once promised that the autobiography he was writing would be "
        "a page-turner.",
        # not committing to a view is not saying it: no act refused
        "Sarah Jones won't commit to an opinion of Hollywood yet.",
        # a passive future whose "by" names another body, or a thing: not the teller's act
        'A Norvik Water spokesman said: "The rate of return for investors will be set '
        'independently by Ofwat," he added.',
        'Tom Reed of the Harbour Association said: "Those businesses who remain as their '
        'customers will be indirectly controlled by the terms and conditions imposed by them."',
        # "it" after another thing was the subject of the sentence: either may be meant
        "The Norvik Space Agency launched the probe in 2004. Now, HALDEN is running out of "
        "fuel and the Norvik Space Agency says it will hit the planet's surface around April 30.",
        # a name the parser made the subject of the thing after it: the funding's effect
        "Halden gave a £4m grant for survivors in May. The five-year Department for "
        "International Development funding will enable more survivors to have access to care.",
        # a contest's result as what the trip is for
        '"The title is gone but we will go to Vessia to win," said Tom Reed.',
        # what befalls a body is no act (a film part described)
        "Tom Reed will have to pause regularly in restaurants, but will swell up as a result "
        "of over-eating.",
        # who refused, the one who said it or the one it was said of, the parse cannot tell
        "Sarah Jones said Tom Reed was a liar and refused to apologise.",
        # what one does not delude oneself of is not offered
        "Tom Reed said: \"I don't delude myself that Norvik can offer a one size fits all for "
        "everyone, we can't.\"",
        # an election's result is the voters', so saying one will not form the government
        # is a forecast, not a refusal
        '"Look, we are not going to be forming the next government," Tom Reed said.',
        # seats counted or taken from a rival are the voters' to give: a poll's projection
        # (BBC, seed 173: "the Liberal Democrats will take three key seats from the
        # Conservatives" was their intention)
        "The poll says the Harbour Party will take three key seats from the Norvik Party.",
        "The Harbour Party plans to gain seats from the Norvik Party.",
        # what others decide of one (XSum, seed 174: "three men intention: be named as the
        # Republican candidate")
        "The three men are seeking to be named as the Harbour Party's candidate in May.",
        # with two people named, which one "the 25-year-old Dubliner" is is a guess, and a
        # description is no actor
        "Sarah Jones met Tom Reed. But the 25-year-old Dubliner underlined his intention to "
        "stay at Marlow.",
        # what the money is for is what he cannot say: nothing is pledged
        '"I can not tell you what the money will be used for," said Tom Reed.',
        # declining to discuss what something showed is declining to comment
        "Tom Reed reviewed the video but declined to discuss what it showed.",
        # "a party" with nothing that says which is no actor (a reader's comment, BBC)
        "Interesting that a party committed to plain speaking should have a Latin name!",
        # what is needed, for a purpose (read on CNN/DM)
        '"Only a vote for us gives Norvik the power we need to build prosperity," Tom Reed said.',
        # found once "IBM said" kept its subject: what a firm sells, and words passed on
        "Harbour Music currently offers its entire 200,000 download catalogue for use by PCs.",
        "The Harbour Institute highlighted a thread from Tom Reed of the Tax Foundation, calling on "
        "these anti-sugar warriors to make some effort to get their story straight.",
        # what a product line is made of (read on CNN/DM, seed 151)
        "Harbour Toys said Ferry Girls is aimed at girls ages 6-12 and will include online "
        "content, toys, books and TV specials.",
        # what is to be stopped is in the clause before: "be stopped" alone reads as the
        # speaker's own fate (read on XSum, seed 151)
        'Tom Reed wrote: "The attacks on the quay are troubling and they need to be stopped."',
        '"I would call the plan a disaster," Prime Minister Karl Stenberg said.',
        # a deadline given by no one named, or by a thing
        "Rebels in Norvik were given 48 hours to leave the city.",
        "The storm gave the Norvik fishermen until noon to bring in their boats.",
        "The Norvik Rail Company set itself a deadline of June to fix the software.",
        # the same as what? (read on Multi-News, seed 159: "Diane Savino demand: do the same
        # (to Buffalo Bills)")
        "Senator Diane Savino praised the deal and called for the Harbour Board to do the same.",
        "Mayor Ana Bell urged other councils to follow suit.",
        # what a thing will have, told (Multi-News, seed 203: "NASA intention: the probe to
        # be outfitted")
        "The ferry will be outfitted with a new engine, Norvik Ferries officials said.",
        # what a report or analysts say there will be none of is a forecast
        "The report said there would be no deal before the summer.",
        "Analysts said there would be no rate rise this year.",
        # another's commitment questioned
        "Ann Holt questioned Norvik's commitment to the peace deal.",
    ],
)
def test_what_only_looks_like_a_commitment(text):
    _, found, _ = run(text)
    assert [(c.actor, c.type, c.action) for c in found.commitments] == []


@pytest.mark.parametrize(
    ("text", "actor", "kind", "action"),
    [
        (
            "President Mara Holt has vowed to degrade and ultimately destroy the militia.",
            "Mara Holt",
            "pledge",
            "degrade and ultimately destroy the militia",
        ),
        (  # "would call" names a thing ("would call it a disaster") unless it calls one
            "Prime Minister Karl Stenberg said he would call a snap election in the spring.",
            "Karl Stenberg",
            "intention",
            "call a snap election",
        ),
        (  # a deadline set for someone's act
            "Mayor Ana Bell set a deadline of Friday for the Harbour Board to reopen the quay.",
            "Ana Bell",
            "demand",
            "reopen the quay",
        ),
        (
            "Mayor Ana Bell gave the Harbour Board until Friday to reopen the north quay.",
            "Ana Bell",
            "demand",
            "reopen the north quay",
        ),
        (
            "Ministers have given the Norvik Rail Company a deadline of Friday to improve "
            "services.",
            "Ministers",
            "demand",
            "improve services",
        ),
        (  # a phrase before the verb is no object of it (read on Multi-News, seed 156)
            '"Whether on or under water, if the militia attacks, we will immediately destroy and '
            'sink them at sea," the Norvik Navy said in a statement.',
            "Norvik Navy",
            "threat",
            "destroy and sink them at sea",
        ),
        (
            "Foreign Minister Retna Sari said Indonesia has no plans to recall its ambassador.",
            "Indonesia",
            "refusal",
            "recall its ambassador",
        ),
        (
            "Governor Ana Ruiz today announced plans to give teachers a pay rise.",
            "Ana Ruiz",
            "intention",
            "give teachers a pay rise",
        ),
        (
            "Senator Tom Okafor told his audience that he will not be silenced.",
            "Tom Okafor",
            "refusal",
            "be silenced",
        ),
        (
            "Northfield University is committed to the principle of academic freedom.",
            "Northfield University",
            "pledge",
            "committed to the principle of academic freedom",
        ),
        (
            "The Prime Minister, Karl Stenberg, said he will amend the working time rules so "
            "that people can volunteer.",
            "Karl Stenberg",
            "intention",
            "amend the working time rules",
        ),
        (
            '"The European Union needs to stand with the Libyan people," Khalifa Haftar said.',
            "Khalifa Haftar",
            "demand",
            "stand with the Libyan people",
        ),
        (
            '"We would like the US to change its rhetoric," said Hassan Rouhani.',
            "Hassan Rouhani",
            "demand",
            "change its rhetoric",
        ),
        (
            "Pro-democracy legislators have already sworn to veto the proposal.",
            "Pro-democracy legislators",
            "pledge",
            "veto the proposal",
        ),
        (
            "An election proposal tabled Wednesday that pro-democracy legislators have "
            'already sworn to veto, describing it as "ridiculous."',
            "pro-democracy legislators",
            "pledge",
            "veto an election proposal",
        ),
        (
            "Joko Widodo told CNN in January that clemency would not be extended to drug "
            "traffickers.",
            "Joko Widodo",
            "refusal",
            "extend clemency to drug traffickers",
        ),
        (
            '"We are not ready to accept more violence against women," said Selay Ghaffer.',
            "Selay Ghaffer",
            "refusal",
            "accept more violence against women",
        ),
        (
            'Senator Ana Lopez said, "I bring the news. I will cut taxes next week."',
            "Ana Lopez",
            "intention",
            "cut taxes",
        ),
        (
            "Iran asked for a ceasefire in Gaza on Monday.",
            "Iran",
            "demand",
            "ask for a ceasefire in Gaza",
        ),
        (
            "Senator Ana Ruiz confirmed on Sunday what the party has expected for months -- "
            "eight years after her first failed bid, Ruiz will once again seek the nomination.",
            "Ana Ruiz",
            "intention",
            "seek the nomination",
        ),
        ("Israel and Hamas agreed to a ceasefire.", "Israel", "agreement", "agree to a ceasefire"),
        (
            "Pope Francis appealed to world leaders to protect refugees.",
            "Francis",
            "demand",
            "protect refugees",
        ),
        ("Pope Francis appealed for calm.", "Francis", "demand", "appeal for calm"),
        (
            "Canada has committed to cutting emissions by 40 percent.",
            "Canada",
            "pledge",
            "cut emissions",
        ),
        ("Spain ruled out early elections.", "Spain", "refusal", "rule out early elections"),
        (
            '"Our goal is to eliminate Hamas," said Benjamin Netanyahu.',
            "Benjamin Netanyahu",
            "intention",
            "eliminate Hamas",
        ),
        (
            "Mexico signed a deal to buy 20 helicopters.",
            "Mexico",
            "agreement",
            "buy 20 helicopters",
        ),
        (
            "Microsoft has pledged $10 million to help the victims.",
            "Microsoft",
            "pledge",
            "pledge $10",
        ),
        (
            "North Korea threatened South Korea with nuclear strikes.",
            "North Korea",
            "threat",
            "threaten South Korea with nuclear strikes",
        ),
        (
            "The union at Ford demanded an apology from Ford.",
            "union",
            "demand",
            "demand an apology",
        ),
        (
            "Kansai Electric said it would appeal the decision.",
            "Kansai Electric",
            "intention",
            "appeal",
        ),
        ("Donald Trump wants Mexico to pay for the wall.", "Donald Trump", "demand", "pay for"),
        (
            "The European Commission is seeking to ban the chemicals.",
            "European Commission",
            "intention",
            "ban the chemicals",
        ),
        ("Vladimir Putin said Russia was ready for talks.", "Russia", "offer", "ready for talks"),
        (
            "Emmanuel Macron told Vladimir Putin to stop the war.",
            "Emmanuel Macron",
            "demand",
            "stop the war",
        ),
        (
            "Emmanuel Macron warned Vladimir Putin against invading Ukraine.",
            "Emmanuel Macron",
            "warning",
            "against invading Ukraine",
        ),
        (
            "Senator Tom Okafor called for an independent inquiry into the crash.",
            "Tom Okafor",
            "demand",
            "call for an independent inquiry into the crash",
        ),
        # "the Chinese government", "the Auto Workers union": the name before the noun
        (
            "The Chinese government said it would retaliate against the tariffs.",
            "China",
            "warning",
            "retaliate against the tariffs",
        ),
        (
            "The Dock Workers union said it would not sign the contract.",
            "Dock Workers",
            "refusal",
            "sign the contract",
        ),
        # "it will not take action": an act, unlike "it will take years to rebuild"
        (
            "Columbia University said it will not take action against him.",
            "Columbia University",
            "refusal",
            "take action against him",
        ),
        # a passive that foretells a sanction warns, whoever says it
        (
            "Commissioner Roger Goodell has stated that a violation of the rules will be "
            "taken seriously.",
            "Roger Goodell",
            "warning",
            "a violation of the rules to be taken seriously",
        ),
        (
            '"Any attack on our forces will be met with a swift response," said the defence '
            "minister, John Smith.",
            "John Smith",
            "warning",
            "any attack on our forces to be met with a swift response",
        ),
        (
            "Norvik warned that any attack on the bridge would be met with a firm response.",
            "Norvik",
            "warning",
            "any attack on the bridge to be met with a firm response",
        ),
        # an assurance given as a noun is the giver's, as the verb would be
        (
            "Tom Reed gave his word that the school would stay open.",
            "Tom Reed",
            "pledge",
            "the school to stay open",
        ),
        (
            "Tom Reed gave an assurance that the hospital would stay open.",
            "Tom Reed",
            "assurance",
            "the hospital to stay open",
        ),
        (
            "Police Commissioner Tom Okafor said anyone who broke the curfew would be prosecuted.",
            "Tom Okafor",
            "warning",
            "anyone who broke the curfew to be prosecuted",
        ),
        # a sanction named in a list the act gives, or in a clause hung on it, is no warning
        (
            "The Norvik Ministry of Communications invited bids. The ministry said it would "
            "base its selection on criteria including tariff rates and coverage.",
            "Ministry of Communications",
            "intention",
            "base its selection on criteria",
        ),
        (
            "Norvik Energy Corp said it will try to have the assets frozen after a court order "
            "blocking the sale.",
            "Norvik Energy",
            "intention",
            "try to have the assets frozen",
        ),
        (
            'A Norvik Bank spokesman said: "We will respond when the report is published."',
            "Norvik Bank",
            "intention",
            "respond",
        ),
        # people a survey counts, but here the ones a demand is about
        (
            'Sarah Jones said: "Adults should be treated as adults and children as children."',
            "Sarah Jones",
            "demand",
            "adults to be treated as adults",
        ),
        # "there would be" promised is the promiser's pledge, not a thing's claim
        (
            "Education Secretary Sarah Jones promised during the campaign there would be no "
            "more constant upheaval in the next five years.",
            "Sarah Jones",
            "promise",
            "no more constant upheaval",
        ),
        # "by" a time, a person or the teller's own body keeps the teller's act
        (
            "Tom Reed told the Harbour Council that a comprehensive ban on smoking in public "
            "places would be introduced by the spring of 2006.",
            "Tom Reed",
            "intention",
            "a comprehensive ban on smoking",
        ),
        (
            "Charles Clarke said that any decision he made would be reviewed by a judge within "
            "seven days.",
            "Charles Clarke",
            "intention",
            "any decision he made to be reviewed by a judge",
        ),
        # "it" after a name asked to act in the same sentence is still the one who asks
        (
            "The Harbour Farmers Association demanded that Norvik guarantee existing supply "
            "contracts for five years, and said it would oppose the merger if the company "
            "refused.",
            "Harbour Farmers Association",
            "intention",
            "oppose the merger",
        ),
        # a demand said in the present of a body that can act
        (
            "Tom Reed demanded that the Halden government provides more funding for schools.",
            "Tom Reed",
            "demand",
            "provide more funding for schools",
        ),
        # the small parser joins the teller's second verb to what he said of a thing
        (
            "Tom Reed says the film is not offensive and has refused to withdraw it.",
            "Tom Reed",
            "refusal",
            "withdraw it",
        ),
        # "it" after a person of a body, or from one, is the body
        (
            "Tom Reed of Norvik said it would demand that staff are put first.",
            "Norvik",
            "demand",
            "staff are put first",
        ),
        (
            "Tom Reed, from the services union Norvik, said it would demand that staff are "
            "put first.",
            "Norvik",
            "demand",
            "staff are put first",
        ),
        (
            'Tom Reed told reporters he was "very angry" and planned to press charges if his '
            "attacker was caught.",
            "Tom Reed",
            "intention",
            "press charges",
        ),
        # "said the Greens": a party speaks, not the last man named
        (
            'Tom Reed spoke first. "We will cut the tax," said the Greens.',
            "Greens",
            "intention",
            "cut the tax",
        ),
        # a warning in one's own words is of one's own act
        ('"We will close the plant," Tom Reed warned.', "Tom Reed", "warning", "close the plant"),
        # "our members", "our officers" in a speaker's words are the speaker's side
        (
            '"Our members want Norvik to pause its closure programme," said Tom Reed of the '
            "Harbour Workers Union.",
            "Harbour Workers Union",
            "demand",
            "pause its closure programme",
        ),
        # declaring victory is an act one can refuse, not a contest's result
        (
            '"We will not declare victory too early," Tom Reed told a news conference.',
            "Tom Reed",
            "refusal",
            "declare victory too early",
        ),
        # "make" hung on "promises" by the parser: the clause after "ensure X" is the act's
        (
            "Tom Reed promises to ensure teachers, parents and pupils make the key decisions "
            'rather than Marlow "bureaucrats".',
            "Tom Reed",
            "promise",
            "ensure teachers, parents and pupils make the key decisions",
        ),
        # the name a subject is called by, not its last word (read on BBC: "ex-pat" gave "pat")
        (
            "A team toured Vessia, and soon after a local named Joe Marlow and an English "
            "ex-pat called Thomas Reed decided to gather a combined Vessia team.",
            "Thomas Reed",
            "intention",
            "gather a combined Vessia team",
        ),
        # a warning of one's own act; confidence in one's own act; a thing's act promised
        ("Unite has warned of strikes if the pay offer is not improved.", "Unite", "warning", ""),
        (
            "Boeing said it was confident that it would deliver the planes on time.",
            "Boeing",
            "assurance",
            "deliver the planes on time",
        ),
        (
            "Prime Minister David Cameron promised that the hospital would reopen next month.",
            "David Cameron",
            "promise",
            "the hospital to reopen",
        ),
        # asked of someone in other words
        (
            "Senator John McCain pressed the Pentagon to release the report.",
            "John McCain",
            "demand",
            "release the report",
        ),
        (
            "The family pleaded with the kidnappers to release him.",
            "family",
            "demand",
            "release him",
        ),
        ("Amnesty International is pushing for a ban on cluster bombs.", "Amnesty", "demand", ""),
        ("The union petitioned the court to block the sale.", "union", "demand", "block the sale"),
        ('"Congress has to act now," Barack Obama said.', "Barack Obama", "demand", "act now"),
        ('"We need Europe to do more," said Alexis Tsipras.', "Tsipras", "demand", "do more"),
        (
            '"It is time for Congress to act on guns," Barack Obama said.',
            "Barack Obama",
            "demand",
            "act on guns",
        ),
        # the parser joins "demanded" to "holding"; the verb's tense says it is the subject's
        (
            "Peru accused Chile of illegally holding one of its fishing boats Monday and "
            "demanded the release of the crews.",
            "Peru",
            "demand",
            "demand the release of the crews",
        ),
        # officials and spokesmen act for whom they speak for
        (
            "Officials at the Port Authority of Halden said they will reopen the terminal.",
            "Port Authority of Halden",
            "intention",
            "reopen the terminal",
        ),
        # a refusal to draw up a budget is one
        (
            "Anna Berg refused to draw up a new budget.",
            "Anna Berg",
            "refusal",
            "draw up a new budget",
        ),
        # a pledge about others names them
        (
            "Home Secretary Tom Reed vowed the nine men would remain in prison.",
            "Tom Reed",
            "pledge",
            "the nine men to remain in prison",
        ),
        # "would add" a thing is an act, not "I would add that ..."
        (
            "Norvik said it would add the Kestrel phone to its range.",
            "Norvik",
            "intention",
            "add the Kestrel phone to its range",
        ),
        # a letter or statement speaks for whoever issued it
        (
            '"We intend to submit a new offer for Norvik," the letter from Halden Bank said.',
            "Halden Bank",
            "intention",
            "submit a new offer for Norvik",
        ),
        # a government's own office speaks for its country, and a "when" clause is no part
        # of the act
        (
            '"The United States will support the people of Moldova as they rebuild their '
            'roads," the State Department said.',
            "United States",
            "intention",
            "support the people of Moldova",
        ),
        # a relative clause is the one it describes, through an apposition
        (
            "Foreign Minister Ana Ruiz, who will hold talks in Lima on Thursday, said the "
            "code works.",
            "Ana Ruiz",
            "intention",
            "hold talks in Lima",
        ),
        (
            "Tom Berg, the former head of Halden Bank and a close Ruiz associate who will back "
            "Ruiz in 2027, said donors are keen.",
            "Tom Berg",
            "intention",
            "back Ruiz",
        ),
        # "they" in a clause under a group's own verb is that group, not a nearer name
        (
            "Norland signed an accord with Vessia in which they promised to help patrol "
            "Vessia's ports.",
            "Norland",
            "promise",
            "help patrol Vessia's ports",
        ),
        # the second verb of "we are working ... and will do" has the first one's subject
        (
            '"We are working closely with the council and will do all we can to help," said '
            "Carol Reid.",
            "Carol Reid",
            "intention",
            "do all we can",
        ),
        # a participle on a document is its issuer's; after an object, a named subject's
        (
            "The Halden Port Authority issued a statement urging calm on the docks.",
            "Halden Port Authority",
            "demand",
            "urge calm",
        ),
        (
            "Former miner Ana Ruiz made a tearful plea to the minister, demanding an apology "
            "for the closures.",
            "Ana Ruiz",
            "demand",
            "demand an apology",
        ),
        # look-alikes of forms that are not commitments
        ("The union resolved to strike on Monday.", "union", "pledge", "strike"),
        ("Ann Holt said she was open to talks with the union.", "Ann Holt", "offer", "talks"),
        ('"The union should resolve the issue," said Ann Holt.', "Ann Holt", "demand", "resolve"),
        ("The Russians said they would retaliate.", "Russia", "warning", "retaliate"),
        (
            '"My ultimate goal is to headline a show in Las Vegas," said Ann Holt.',
            "Ann Holt",
            "intention",
            "headline",
        ),
        # a person's readiness to undergo something is hers; a thing's is no one's
        (
            "Ann Holt, a student, said she was willing to get arrested for the homeless.",
            "Ann Holt",
            "offer",
            "get arrested",
        ),
        # a team is people: "the UAE team will" is the UAE's
        ("Ann Holt said the UAE team will still compete in London.", "UAE", "intention", "compete"),
        (
            "Mr Reed told reporters Calder had the best of both worlds and would keep the veto.",
            "Calder",
            "intention",
            "keep the veto",
        ),
        ("Sweden will recognise the new state next week.", "Sweden", "intention", "recognise"),
        ("Norland Foods will take steps to protect its users.", "Norland", "intention", "take"),
        ("Congress will pass the bill next week.", "Congress", "intention", "pass the bill"),
        (
            "The Chinese government said it would retaliate against the tariffs.",
            "China",
            "warning",
            "retaliate",
        ),
        # a client's lawyers act for the client, not for the country they practise in
        (
            "Norland Foods sold its unit. Norland Foods' US lawyers will try to have the assets "
            "frozen.",
            "Norland Foods",
            "intention",
            "try to have the assets frozen",
        ),
        # "who" who speaks: the one the clause describes, not the last subject
        (
            "Central bank chief Tom Reed warned of trouble. The latest to pitch in was President "
            "Mara Holt herself, who told the summit that she remained committed to halving the "
            "deficit.",
            "Mara Holt",
            "pledge",
            "halve the deficit",
        ),
        # what "there can be no" rules out in a speaker's words; a threatened harm
        (
            '"There can be no bargaining over our sovereignty," said Emmanuel Macron.',
            "Emmanuel Macron",
            "refusal",
            "no bargaining over our sovereignty",
        ),
        (
            '"There won\'t be any tax rises," George Osborne said.',
            "George Osborne",
            "assurance",
            "no tax rises",
        ),
        (
            "North Korea threatened a nuclear strike on the United States.",
            "North Korea",
            "threat",
            "threaten a nuclear strike",
        ),
        # "the company" is not the unit it sets up, but is the one whose rig is named
        (
            "Norvik Telecom has offered to open its network to rivals. The group will set up a "
            "new Fibre Access division with a separate board. The company also unveiled plans "
            "to cut wholesale prices by 8% from April.",
            "Norvik Telecom",
            "intention",
            "cut wholesale prices by 8%",
        ),
        (
            "Activists have climbed aboard a Norvik Oil rig to protest the company's plans to "
            "drill in the Arctic.",
            "Norvik",
            "intention",
            "drill in the Arctic",
        ),
        # read on fresh dev days: "for" left without its object; an opening quote mark
        # before the object; "reiterated that"; a company's name ending in a machine's word
        (
            "The Harbour Greens called for Commons leader Peter Hain to make a statement and "
            "said chancellors had resigned over leaks.",
            "Harbour Greens",
            "demand",
            "make a statement",
        ),
        (
            'Harbour Party leader Sarah Jones spoke in Vessia on Monday. She promised "the most '
            'positive and upbeat campaign the party has ever run".',
            "Sarah Jones",
            "promise",
            "promise the most positive and upbeat campaign",
        ),
        (
            "Speaking in Vessia on Friday, Sarah Jones reiterated that the Harbour Council will "
            "review what happened.",
            "Harbour Council",
            "intention",
            "review what happened",
        ),
        (
            "Norvik Land Rover announced plans to create an extra 1,700 jobs at its base in "
            "Vessia.",
            "Norvik Land Rover",
            "intention",
            "create an extra 1,700 jobs",
        ),
        # read on a BBC day: "there are no plans to", told by a side, is its refusal
        (
            "A spokesman for the Harbour Council said there were no plans to sell the channel.",
            "Harbour Council",
            "refusal",
            "sell the channel",
        ),
        # read on a BBC day: an offer made as the means ("by offering to") is the subject's
        (
            "Norvik Telecom has moved to pre-empt a possible break-up of its business by "
            "offering to cut wholesale prices and open its network to rivals.",
            "Norvik Telecom",
            "offer",
            "cut wholesale prices",
        ),
        # read on an XSum day: "renewed calls (on Tuesday) to", and a group named by members
        (
            "Harbour Party lawmakers renewed calls on Tuesday to ban high-capacity gun magazines.",
            "Harbour Party",
            "demand",
            "ban high-capacity gun magazines",
        ),
        (
            "A small group of Vessian lawmakers renewed calls on Tuesday to ban high-capacity "
            "gun magazines.",
            "Vessian lawmakers",
            "demand",
            "ban high-capacity gun magazines",
        ),
        # in one's own words, an announcement ahead is a pledge (a manifesto's "we will")
        (
            'Tom Reed spoke in Vessia. "We will announce a new industrial policy next month," '
            "said Tom Reed.",
            "Tom Reed",
            "intention",
            "announce a new industrial policy",
        ),
        # a win in a clause of its own, or a win that is an act, leaves the commitment
        (
            "Tom Reed announced he would retire if he won the Vessia Cup for a second time.",
            "Tom Reed",
            "intention",
            "retire",
        ),
        (
            "The Harbour Party plans to win back voters in the north.",
            "Harbour Party",
            "intention",
            "win back voters",
        ),
        # a party's "we would" in its own words is its pledge (if elected)
        (
            'Tom Reed leads the Harbour Party. "We would scrap tuition fees," he said.',
            "Tom Reed",
            "intention",
            "scrap tuition fees",
        ),
        # a noun parsed as a participle's subject is named with it
        (
            "Harbour Homes settled with the EPA. Second, Harbour Homes proposed a brief "
            "stand-alone video further discussing lead-based paint to be hosted on its webpage.",
            "Harbour Homes",
            "offer",
            "stand-alone video discussing lead-based paint",
        ),
        (
            "The Harbour Party said it will compete in every seat.",
            "Harbour Party",
            "intention",
            "compete in every seat",
        ),
        # all one can, to a named end
        (
            'Tom Reed said: "We will do everything we can to bring them home."',
            "Tom Reed",
            "intention",
            "do everything we can to bring them home",
        ),
        # going on with an act named; a purpose whose request has its own subject
        ("Tom Reed said he would keep working on the deal.", "Tom Reed", "intention", "keep "),
        (
            "Tom Reed will meet the UN experts later to ask for the route to be moved closer "
            "to Norvik.",
            "Tom Reed",
            "intention",
            "meet the UN experts later to ask for the route to be moved",
        ),
        # who is to be held to account is the subject of "needs" (Multi-News, seed 151)
        (
            '"We believe that Harbour Foods as a company needs to be held accountable," Tom '
            "Reed told the Courier.",
            "Tom Reed",
            "demand",
            "Harbour Foods as a company to be held accountable",
        ),
        # the one asked is the passive's subject; the asker's "he" is no unnamed one
        (
            "Tom Reed said that he asked his brother to get screened for heart disease.",
            "Tom Reed",
            "demand",
            "get screened for heart disease",
        ),
        # what a "what" clause agreed or promised is, after the copula
        (
            '"What we have agreed on today is, for sure, the need to increase the patrols at '
            'sea," Ann Holt told reporters.',
            "Ann Holt",
            "agreement",
            "increase the patrols at sea",
        ),
        (
            '"What we have promised is to build ten new schools," Tom Reed said.',
            "Tom Reed",
            "promise",
            "build ten new schools",
        ),
        # "those" told by its modifier is whose act it is, not the one who vows it
        (
            "Ann Holt vowed that those responsible would be brought to justice.",
            "Ann Holt",
            "pledge",
            "those responsible to be brought to justice",
        ),
        (
            "Tom Reed promised that those affected by the floods would be compensated.",
            "Tom Reed",
            "promise",
            "those affected by the floods to be compensated",
        ),
        # a commitment won from a named giver is the giver's; an assurance's "that" clause
        # parsed as a relative one, and its one-word act with a subject of its own
        (
            "Vessia secured a promise from Norvik to withdraw its troops by March.",
            "Norvik",
            "promise",
            "withdraw its troops",
        ),
        (
            "The union obtained a commitment from the Norvik government that the plant would "
            "stay open.",
            "Norvik",
            "pledge",
            "the plant to stay open",
        ),
        ("Norvik gave an assurance that no jobs would go.", "Norvik", "assurance", "no jobs"),
        # what a named teller rules out, told by the reporter (the "will" backshifted)
        ("Tom Reed insisted there would be no U-turn.", "Tom Reed", "refusal", "no U-turn"),
        (
            "Ann Holt said there would be no tax rises under her government.",
            "Ann Holt",
            "assurance",
            "no tax rises under her government",
        ),
        # a stance toward a thing kept or said again: what it is committed to, whole
        (
            "Norvik said it remained committed to the peace deal.",
            "Norvik",
            "pledge",
            "committed to the peace deal",
        ),
        (
            "Norvik reaffirmed its commitment to the peace deal.",
            "Norvik",
            "pledge",
            "reaffirm its commitment to the peace deal",
        ),
        # "they" after an unnamed body's "said" is the body that says so
        (
            "Officials said they plan to continue the search for the missing crew.",
            "Officials",
            "intention",
            "continue the search",
        ),
        (
            "Former staff at the kennels said they offered to exercise the dog every day.",
            "staff",
            "offer",
            "exercise the dog",
        ),
        # what is sought from others is asked for; a contest one dares another to is asked
        (
            "Tom Reed is seeking a full inquiry into the crash.",
            "Tom Reed",
            "demand",
            "seek a full inquiry",
        ),
        ("Tom Reed sought an apology from the club.", "Tom Reed", "demand", "seek an apology"),
        (
            "Tom Reed challenged Ann Holt to a televised debate.",
            "Tom Reed",
            "demand",
            "challenge Ann Holt to a televised debate",
        ),
    ],
)
def test_real_forms_are_found_and_attributed(text, actor, kind, action):
    _, found, _ = run(text)
    got = [(c.actor, c.type, c.action) for c in found.commitments]
    assert any(actor in a and k == kind and w.startswith(action) for a, k, w in got), got


def test_how_often_a_demand_was_made_is_not_of_whom():
    _, found, _ = run(
        "The Harbour Council has demanded a number of times in recent days that Vessia "
        "deliver the necessary humanitarian aid."
    )
    assert [(c.actor, c.target) for c in found.commitments] == [("Harbour Council", "Vessia")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "the Swedish firm" is a firm from Sweden: which one is a guess, and never Sweden
        (
            "Norland Foods agreed a settlement with Halden Motors. The Swedish firm agreed to "
            "pay $2bn to end the deal.",
            "Sweden",
        ),
        # an outlet reports; "they" are the ones it reports on
        (
            "Investors Jo Mack and Ben Ruiz own 29% of Calder United. The Sunday Times and The "
            "Sunday Telegraph say they will oppose any bid for the club.",
            "Sunday Times",
        ),
    ],
)
def test_a_nationality_or_an_outlet_is_never_the_committer(text, wrong):
    _, found, _ = run(text)
    assert all(c.actor != wrong for c in found.commitments), found.commitments


def test_the_group_after_another_body_named_in_its_sentence_is_not_the_last_one_named():
    # read on a BBC sample (seed 106): an executive at Euronext "saying the group would make
    # a cash bid to trump Deutsche Boerse's offer" gave Deutsche Boerse the bid
    _, found, _ = run(
        "Marlow has approached the Halden Exchange about a possible takeover bid. Commentators "
        "say a deal with Marlow could offer the Halden Exchange more savings than a deal with "
        "Vessia Holdings. A weekend report in the Telegraph had quoted an unnamed executive at "
        "Marlow as saying the group would make a cash bid to trump Vessia Holdings' offer."
    )
    assert all(c.actor != "Vessia Holdings" for c in found.commitments), found.commitments


@pytest.mark.parametrize(
    "text",
    [
        # read on a CNN/DM day (seed 125): "the group planned" after "members of the
        # terrorist cell had direct contact with al Qaeda leader ..." was given to al Qaeda
        "Police went after suspects linked to the Varnok Front. Some members of the terrorist "
        "cell had contact with Varnok Front leader Tom Reed, wiretaps showed. Intelligence "
        "revealed that the group planned to carry out attacks in Italy.",
        "The Varnok Front said on Monday that it had found a new home. A group of students met "
        "in the hall, and the group plans to build a school.",
    ],
)
def test_the_group_after_a_body_described_but_not_named_is_no_one(text):
    _, found, _ = run(text)
    assert all(c.actor != "Varnok Front" for c in found.commitments), found.commitments


def test_where_a_firm_ends_up_is_no_ones_act():
    # read on a BBC sample (seed 125): "Yuganskneftegas will ultimately end up with Gazprom"
    _, found, _ = run(
        "Yukos said its main unit Norvikneftegas will ultimately end up with Gazprom."
    )
    assert found.commitments == []


def test_the_group_goes_on_with_the_body_last_named():
    _, found, _ = run(
        "Police went after suspects linked to the Varnok Front. The Varnok Front said on Monday "
        "that it had found a new home. The group plans to build a school."
    )
    assert [c.actor for c in found.commitments] == ["Varnok Front"]


def test_an_outlets_desk_is_no_actor_and_a_relative_pronoun_no_target():
    _, found, actors = run(
        'Calder coach Tom Reed told BBC Sport Wales: "Our fans, who we would urge to buy '
        'tickets early, come first."'
    )
    assert "BBC Sport Wales" not in actors
    assert [c.target for c in found.commitments] == [""]
    # a journal that published a study (XSum dev: "Lancet" was a key actor)
    _, _, actors = run(
        "The study, published in the Lancet, found that few mothers in Norvik breastfeed. "
        "Tom Reed, its author, said the Lancet had checked the data."
    )
    assert "Tom Reed" in actors and not {"Lancet", "The Lancet"} & set(actors)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a passive future of things in general, in anyone's words, is a forecast
        ('"Trillions of devices will be connected to the net," said Tom Reed of Norland.', False),
        ('"The money will be used to build schools," said Tom Reed of Norland.', True),
        # "will be doing", told by the writer, is a guess; said by the party, its word
        ("Norland Foods will be using the chip inside its new console.", False),
        ("While Norland will no doubt be looking for lessons, we can learn too.", False),
        ('"Without a doubt I will be taking my case to the court," said Tom Reed.', True),
        ("Norland Foods said it would be adding the phone to its range.", True),
        # a person's "would" in the writer's words is a habit or a guess; a party's, a policy
        ("Tom Reed would let meetings take place in his flat, according to the paper.", False),
        ("The Harbour Party would allow people to swap these payments for discounts.", True),
        ("Sarah Jones said she would resign as leader in May.", True),
    ],
)
def test_forecasts_in_commitment_form_are_not_shown(text, shown):
    _, found, _ = run(text)
    assert found.commitments
    assert all((c.confidence >= CONFIDENT) == shown for c in found.commitments)


def test_our_sovereignty_must_be_respected_is_a_confident_demand():
    _, found, _ = run(
        'Indonesia recalled its envoy. President Rita Amari told reporters that "our legal '
        'sovereignty must be respected."'
    )
    assert [(c.type, c.confidence >= CONFIDENT) for c in found.commitments] == [("demand", True)]


def test_a_count_made_a_modifier_is_no_part_of_an_unnamed_committer():
    _, found, _ = run(
        "The 34-member team plans to fly out on Saturday. The 24-year-old England midfielder "
        "is determined to see out his contract."
    )
    assert [c.actor for c in found.commitments] == ["team", "England midfielder"]
    _, found, _ = run(
        "Tom Reed spoke.\n\n2:00 A.M. A delegation of Harbour Party officials is prepared "
        "to depart for talks in Vessia."
    )
    assert [c.actor for c in found.commitments] == ["delegation"]  # not "2:00 delegation"
    _, found, _ = run(
        'A spokeswoman said: "Our teams are working around the clock to get the shop open."'
    )
    assert [(c.actor, c.confidence < CONFIDENT) for c in found.commitments] == [
        ("Our teams", True)
    ]  # whose teams is unsaid: not on the page


def test_a_fact_joined_to_a_refusal_is_not_refused():
    _, found, _ = run(
        "Calder's TV channels have so far refused to be dragged into the row and have not "
        "screened the film's trailer."
    )
    assert [(c.type, c.action) for c in found.commitments] == [
        ("refusal", "be dragged into the row")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "If the talks were to fail, the union would strike on Monday, Ann Holt said.",
        "If Calder attacked, Norland would impose sanctions, Ann Holt said.",
    ],
)
def test_an_open_condition_keeps_its_commitment(text):
    _, found, _ = run(text)
    assert found.commitments and found.commitments[0].condition.startswith("If")


def test_his_lawyers_are_no_named_client():
    _, found, _ = run(
        "Tom Reed is accused of shooting Ann Holt. His lawyers have vowed to prove him innocent."
    )
    assert [c.actor for c in found.commitments] == ["His lawyers"]


def test_the_chancellor_is_not_the_shadow_chancellor():
    _, found, _ = run(
        "Mara Holt spoke after shadow chancellor Tom Reed. Turning to the economy, the "
        "chancellor pledged to keep taxes low."
    )
    assert [c.actor for c in found.commitments] != ["Tom Reed"], found.commitments


def test_a_party_word_is_no_part_of_a_name_and_two_spellings_are_one_person():
    _, found, actors = run(
        "Tory Liam Reed said his party would cap rents. Robert Kilroy-Silk quit. Mr "
        "Kilroy-Silk said he would stand. Robert Kilroy Silk is a former host at Ex-BBC."
    )
    assert "Liam Reed" in actors and "Tory Liam Reed" not in actors
    assert {c.speaker for c in found.commitments if c.actor == "Liam Reed"} == {"Liam Reed"}
    assert "Robert Kilroy Silk" in actors["Robert Kilroy-Silk"].aliases
    assert "Ex-BBC" not in actors


def test_a_passive_wish_asks_no_one_in_particular():
    _, found, _ = run('"We want these men to be returned to their families," said Ann Holt.')
    assert [(c.type, c.target) for c in found.commitments] == [("demand", "")]


def test_an_urging_participle_is_its_clauses_subjects_not_the_reporters():
    _, found, _ = run(
        "Friends of the hostage pressed for his release, urging the government to get his "
        "story out, the Anadolu agency reported."
    )
    assert [c.actor for c in found.commitments] == ["Friends"]


def test_a_coordinated_verb_is_its_own_subjects_not_the_speakers():
    _, found, _ = run(
        "Many family members live in the same house and will share the flat, Dr Joan Dwyer said."
    )
    assert all(c.actor != "Joan Dwyer" for c in found.commitments)


def test_a_quote_after_a_lead_in_paragraph_is_the_lead_ins_speakers():
    _, found, _ = run(
        "The mayor, Ann Lee, presented the budget on Monday.\n\nMs Lee said:\n\n"
        '"This budget keeps our promises to the families of this city, and we will deliver '
        'every part of it."\n\nThe opposition said it was unaffordable.'
    )
    assert [q.speaker for q in found.quotes] == ["Ann Lee"]
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Ann Lee", "deliver every part of it")
    ]


def test_a_quote_after_a_named_tellers_sentence_is_the_tellers_not_the_last_speakers():
    """Read on a CNN report: an activist's quotes, then 'Mosadiq says the fight ... was
    established a while ago.' and her quotes, which had gone to the activist."""
    _, found, _ = run(
        'Sarah Jones is an activist in Norvik. "Without men, it is not possible," she says. '
        '"So these men and women were working together." Anna Reed says the fight for '
        'rights began a while ago. "Our activism is nothing new. "It is essential that the '
        'government does not allow this to happen."'
    )
    assert [q.speaker for q in found.quotes][-1] == "Anna Reed"
    assert [(c.actor, c.type) for c in found.commitments] == [("Anna Reed", "demand")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the asker's own past act, joined by the parser to what is asked
        (
            "Norvik's government urged migrants not to board clandestine ships and condemned "
            "those organizing these illegal journeys.",
            [("Norvik", "demand", "board clandestine ships", True)],
        ),
        # a name the parser hung on a dashed aside
        (
            "Labour - the largest group with 29 of the 60 assembly seats - agreed on Monday to "
            "back the bill.",
            [("Labour", "agreement", "back the bill", False)],
        ),
    ],
)
def test_a_misparse_mixes_no_two_things_up(text, expected):
    _, found, _ = run(text)
    assert [(c.actor, c.type, c.action, c.negated) for c in found.commitments] == expected


def test_a_portfolio_in_a_title_is_not_the_speakers_side():
    _, found, actors = run(
        "The Secretary of State, Anna Brooks, met her counterpart on Friday.\n\n"
        '"We pledge to respond swiftly and firmly if they cross the border," Brooks said.'
    )
    assert "State" not in actors
    assert [(c.actor, c.type) for c in found.commitments] == [("Anna Brooks", "pledge")]


def test_no_intention_of_a_harmless_act_is_a_refusal_and_urging_restraint_is_a_demand():
    _, found, _ = run("Pyongyang has no intention to talk with Seoul again, its spokesman said.")
    assert [(c.type, c.action) for c in found.commitments] == [("refusal", "talk with Seoul again")]
    _, found, _ = run("Foreign Minister Ana Reyes urged restraint on both sides.")
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [("Ana Reyes", "demand", "")]


def test_the_time_it_was_said_is_not_the_time_of_the_act():
    _, found, _ = run("Norvik Bank said earlier this month it would cut 1,900 jobs.")
    assert [(c.actor, c.action, c.time) for c in found.commitments] == [
        ("Norvik Bank", "cut 1,900 jobs", "")
    ]
    _, found, _ = run("Norvik Bank said it would next month cut 1,900 jobs.")
    assert [c.time for c in found.commitments] == ["next month"]
    # a time that tells who the subject is, not when the act is
    _, found, _ = run("Delegates at the Monday summit in Norvik will plan a new forum.")
    assert [c.time for c in found.commitments] == [""]


def test_the_ulsterman_who_announces_is_the_person_named_before():
    _, found, _ = run(
        "Tom Reed has won 4,000 races.\n\nLast week the 40-year-old Ulsterman, who has won "
        "the title twice, announced he would retire."
    )
    assert [(c.actor, c.action, c.speaker) for c in found.commitments] == [
        ("Tom Reed", "retire", "Tom Reed")
    ]


def test_an_act_on_the_noun_a_relative_clause_describes_names_that_noun():
    _, found, _ = run(
        'Sam Lind of Harbour said: "Our shops are linked by mobile payment and other '
        'technological initiatives that we will continue to develop."'
    )
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Sam Lind", "continue to develop other technological initiatives")
    ]


def test_an_action_never_ends_on_a_modifier_whose_noun_it_lost():
    # read on Multi-News (seed 90): the parser hangs the noun inside the brackets
    _, found, _ = run(
        "And the probe will be shielded with a 7.5-foot-wide (2.3 m), 4.5-inch-thick (11.4 "
        "centimeters) heat shield made of new material, Norvik Space Agency officials said."
    )
    assert [c.action for c in found.commitments] == ["the probe to be shielded"]
    # read on BBC: a comma between two words describing one noun keeps the noun
    _, found, _ = run(
        "Sarah Jones will host the mid-week, late-night timeslot, showing new talent."
    )
    assert [c.action for c in found.commitments] == ["host the mid-week, late-night timeslot"]


def test_it_after_the_person_who_speaks_is_the_body_named_before():
    # read on the dev half (cnndm_oz_columbia): the spokesman speaks, "it" is the university
    text = (
        "Norvik University is standing by Tom Reed. Spokesman Sam Cohen said in a statement "
        "that Norvik is committed to freedom. Cohen added that the university's role is to "
        "foster research, and it will not take action that hinders statements by staff."
    )
    _, found, _ = run(text)
    # the second told clause is parsed as joined to "added": Cohen still tells it, and an
    # unaffiliated spokesman's "it will" speaks for the organisation (on the page)
    act = ("Norvik University", "take action that hinders statements by staff", "Sam Cohen")
    assert act in [
        (c.actor, c.action, c.speaker) for c in found.commitments if c.confidence >= CONFIDENT
    ]
    # a critic's "it will" is still his word on it
    _, found, _ = run(text.replace("Spokesman", "Critic"))
    assert all(c.confidence < CONFIDENT for c in found.commitments if c.action == act[1])


def test_had_decided_told_by_the_one_who_decided_is_news():
    _, found, _ = run("Sarah Jones said she had decided to resign.")
    assert [(c.actor, c.action) for c in found.commitments] == [("Sarah Jones", "resign")]
    # read on BBC: the sentence before reports her, so this one goes on reporting
    _, found, _ = run(
        "The Harbour leader Tom Reed said his team had reached a view, but admitted it was not "
        "easy. He had decided to support the plans as the police said they would help."
    )
    assert [(c.actor, c.action) for c in found.commitments] == [("Tom Reed", "support the plans")]


def test_an_if_the_parser_hangs_as_a_complement_is_still_a_condition():
    # read on CNN/DM (seed 92)
    _, found, _ = run(
        "The Norvik boss insists Tom Reed will not be leaving the club despite reports to the "
        "contrary 'Then if Harbour [United] decided to sell him, it's because they have so many "
        "players.'"
    )
    assert "sell him" not in [c.action for c in found.commitments]


def test_a_name_the_parser_took_into_the_quote_is_its_speaker_and_no_part_of_the_act():
    # read on BBC (seed 92): "Jonas Guest" parsed as a second object of "bringing out"
    _, found, _ = run(
        'Sam Lind, chief executive of mobile music firm Harbour, said: "Music downloads on '
        'mobiles will be big." Mr Lind said the industry was enjoying momentum. "We are working '
        'in the hard disk area and we will be bringing out exciting devices," Jonas Guest, vice '
        "president for entertainment at Norvik, told the BBC News website."
    )
    assert [(c.actor, c.action, c.speaker) for c in found.commitments] == [
        ("Norvik", "bring out exciting devices", "Jonas Guest")
    ]


def test_the_tellers_next_words_are_no_part_of_the_act():
    # read on BBC (seed 93): "and argued" is the Home Office's, not what will not be done
    _, found, _ = run(
        "But the Norvik Home Office said mandatory life sentences would not be abolished and "
        "argued courts already had flexibility."
    )
    assert [c.action for c in found.commitments] == ["abolish mandatory life sentences"]
    _, found, _ = run(
        '"But doctors need to step in and say we need to fix this," said Sarah Jones.'
    )
    assert [c.action for c in found.commitments] == ["step in and say we need to fix this"]


def test_a_name_in_capitals_opening_the_sentence_is_its_speaker_not_a_dateline():
    # read on BBC: "IBM said it would start" lost IBM as the teller, so "it" was unsure
    _, found, _ = run(
        "The chip has been refined. NVK said it would start producing the chip in early 2026."
    )
    assert [(c.actor, c.speaker, c.confidence >= CONFIDENT) for c in found.commitments] == [
        ("NVK", "NVK", True)
    ]
    _, found, _ = run("NORVIK - Minister Tom Reed said the Harbour Party would cut taxes.")
    assert [c.speaker for c in found.commitments] == ["Tom Reed"]


def test_what_will_be_done_to_a_person_is_not_the_speakers_act():
    # read on CNN/DM (seed 94): a lawyer on his client in jail
    _, found, _ = run(
        "\"Right now, he'll be treated like a regular inmate, but they will figure all that "
        'out," said lawyer Tom Reed.'
    )
    assert all(c.confidence < CONFIDENT for c in found.commitments)


def test_and_they_after_a_sentence_opening_on_they_is_the_same_group():
    # read on BBC (seed 94): "And they pledged" went to the Home Office of a whether-clause
    _, found, _ = run(
        "The Harbour Party backed the plan. Despite giving their backing to ID cards, the "
        "Harbour Party insisted they would hold ministers to account over the scheme. They "
        "said they would also press Labour over whether the Home Office would deliver them. "
        "And they pledged to assess the cost effectiveness of ID cards."
    )
    assert {c.actor for c in found.commitments} == {"Harbour Party"}


def test_a_name_in_brackets_that_is_no_actor_playing_a_part_keeps_the_commitment():
    _, found, _ = run("Sarah Jones (Tom Reed's wife) said she would vote against the bill.")
    assert [c.action for c in found.commitments] == ["vote against the bill"]


def test_what_police_plan_or_a_deputy_minister_pledges_is_no_account_to_the_police():
    _, found, _ = run("A source says police planned to interview him about Tom Reed.")
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("police", "interview him about Tom Reed")
    ]
    _, found, _ = run(
        "The spokesperson said Deputy First Minister Tom Reed had also committed to a "
        "consultation on redress, pledging to work with survivors."
    )
    assert {c.actor for c in found.commitments} == {"Tom Reed"}


def test_rejecting_the_idea_of_an_act_still_refuses_it():
    _, found, _ = run("Tom Reed rejected the idea of a referendum on the treaty.")
    assert [c.type for c in found.commitments] == ["refusal"]


def test_it_opening_a_sentence_goes_on_with_the_sentence_befores_subject():
    # read on BBC (the days of the session after cd43bd2): "it" is the government the
    # sentence before was about, not the Commons of its "before" clause, and no actor
    _, found, _ = run(
        "The government needs its finance bill to be passed before the Commons closes for "
        "business. But it will also seek to push through its Crime Bill."
    )
    assert [c.actor for c in found.commitments] in ([], [""])
    # the company itself when the sentence before was about it
    _, found, _ = run(
        "Vessia Motors will close its Harbour plant on Monday, and Norvik Steel will supply "
        "parts. It is to close the Norvik factory on Tuesday."
    )
    assert {c.actor for c in found.commitments if "Norvik factory" in c.action} == {"Vessia Motors"}


def test_a_readiness_still_held_or_told_after_said_is_kept():
    for text, expected in [
        ("Tom Reed said he was happy to take part in the talks.", "offer"),
        ('"We must act now to stop the closures," Tom Reed of Norvik said.', "intention"),
    ]:
        _, found, _ = run(text)
        assert [c.type for c in found.commitments if c.confidence >= CONFIDENT] == [expected]


def test_she_is_not_a_man_the_text_calls_mr():
    _, found, _ = run(
        "Mrs Margaret Holt feared the exams would lower standards.\n\n"
        "In a memo, Mr Mark Addison, her private secretary, said the plan was ready.\n\n"
        "She said she would delay the new exam for a year."
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Margaret Holt", "intention")]


def test_the_general_said_is_the_last_general_named():
    _, found, _ = run(
        "Army chief Gen. Omar Haddad met the mayor, Lina Sayed, on Friday.\n\n"
        '"The council needs to stand with the people of the north," the general said.'
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Omar Haddad", "demand")]
    _, found, _ = run(
        "Lina Sayed met reporters on Friday.\n\n"
        '"The council needs to stand with the people of the north," the general said.'
    )
    assert found.commitments == []  # no general was named: nobody's demand


def test_the_journalist_is_the_person_just_called_a_journalist():
    _, found, _ = run(
        "The Vessian journalist Tom Reed met the archbishop on Monday.\n\n"
        "After the conversation, the journalist pledged to learn how to pray."
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "pledge")]
    far = " ".join(["The harbour was quiet and the boats stayed in."] * 25)
    _, found, _ = run(
        f"The Vessian journalist Tom Reed met the archbishop on Monday.\n\n{far}\n\n"
        "After the conversation, the journalist pledged to learn how to pray."
    )
    assert found.commitments == []  # far back: a journalist, but which?


def test_a_title_the_tagger_took_into_a_name_is_no_part_of_the_committer():
    _, found, _ = run("Comedian Tom Reed will host the awards show in Norvik on Friday.")
    assert [c.actor for c in found.commitments] == ["Tom Reed"]
    _, found, _ = run(
        "Keeper Brill, 31, joined Norvik in January and rejected the offer of a new contract."
    )
    assert [c.actor for c in found.commitments] == ["Brill"]


def test_a_bodys_decision_or_a_decision_just_made_is_news():
    _, found, _ = run("The Harbour Council decided on Wednesday to call up 1,600 reserve staff.")
    assert [(c.actor, c.type) for c in found.commitments] == [("Harbour Council", "intention")]
    _, found, _ = run('Tom Reed said: "I have decided to suspend the Norvik policy."')
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "intention")]


def test_a_rule_a_private_person_tells_of_is_not_their_threat():
    quote = '"Women are not allowed to be unveiled - anyone who is, will be jailed,"'
    _, found, _ = run(f"Tom Reed fled Norvik last year. {quote} said Mr Reed.")
    assert [c for c in found.commitments if c.confidence >= CONFIDENT] == []
    _, found, _ = run(f"Police chief Tom Reed spoke in Norvik. {quote} said Mr Reed.")
    shown = [c.actor for c in found.commitments if c.confidence >= CONFIDENT]
    assert shown == ["Tom Reed"]  # an official's warning


@pytest.mark.parametrize(
    "text",
    [
        "The Communities Secretary, Eric Pickford, insisted it would not add to costs in the "
        "health service.",
        "Communities Secretary Eric Pickford met employers.\n\nThe Communities Secretary "
        "insisted it would not add to costs in the health service.",
        "Communities Secretary Eric Pickford suggested companies would not be forced to give "
        "staff time off.",
    ],
)
def test_insisting_or_suggesting_a_harm_will_not_come_is_an_assurance(text):
    _, found, actors = run(text)
    assert "Communities" not in actors
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Eric Pickford", "assurance", "")
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("President Yoon Suk Yeol said he would not declare martial law again.", "assurance"),
        ('"We will not abandon our allies," said President Yoon Suk Yeol.', "assurance"),
        ("President Yoon Suk Yeol said he would not grant clemency.", "refusal"),
        ("President Yoon Suk Yeol said he would not solve a culture of violence.", "refusal"),
        ("President Yoon Suk Yeol denied that he would declare martial law.", "assurance"),
        # read on XSum (seed 98): letting down or betraying one's own side
        ('"I will never let the club down," said President Yoon Suk Yeol.', "assurance"),
        ('"We will not let you down," said President Yoon Suk Yeol.', "assurance"),
        ('"I will never betray the voters," said President Yoon Suk Yeol.', "assurance"),
    ],
)
def test_not_doing_a_harm_reassures_and_not_doing_a_good_refuses(text, kind):
    _, found, _ = run(text)
    assert [(c.actor, c.type) for c in found.commitments] == [("Yoon Suk Yeol", kind)]


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        # a minister saying companies will not be forced: the government's assurance
        (
            "Communities Secretary Eric Pickford said companies would not be forced to give "
            "staff time off.",
            "Eric Pickford",
            "assurance",
        ),
        # and people at large (BBC, seed 173: typed a refusal)
        (
            "Trade Secretary Sarah Jones said people would not be forced to work longer than "
            "they wanted.",
            "Sarah Jones",
            "assurance",
        ),
        # a hedge on one clause leaves a reason clause alone
        (
            "Kate Middleton is expected to return to London soon as she intends to give birth "
            "at the Lindo Wing.",
            "Kate Middleton",
            "intention",
        ),
    ],
)
def test_one_commitment_of_this_actor_and_type(text, actor, kind):
    _, found, _ = run(text)
    assert [(c.actor, c.type) for c in found.commitments] == [(actor, kind)]


def test_actions_are_readable_clauses():
    _, found, _ = run(
        "The union pledged to keep talking to the employers, including the regional "
        "boards, the national board, the ministry and the agencies that fund the ports and "
        "the railways in the north of the country."
    )
    (c,) = found.commitments
    words = c.action.split()
    assert 2 <= len(words) <= 25 and words[-1] not in ("the", "and", "of", "including")


def test_an_action_never_ends_on_a_preposition_and_a_clause_inside_it_stays():
    _, found, _ = run(
        '"We will not discuss a young man falling over while doing his job," the '
        "Ministry of Defence said."
    )
    (c,) = found.commitments
    assert c.action == "discuss a young man falling over while doing his job"
    assert readable_cut("stand with the people of Iraq as we work together and towards") == (
        "stand with the people of Iraq as we work together"
    )


def test_a_long_action_is_cut_where_a_clause_ends_not_mid_phrase():
    long = (
        "establish a system which looks at the skills, talents and abilities of people "
        "seeking to come and work in this country, and ensures that when they come here "
        "they have a job"
    )
    assert readable_cut(long) == (
        "establish a system which looks at the skills, talents and abilities of people "
        "seeking to come and work in this country"
    )
    # "and" inside a phrase is no clause end
    oil = " ".join(["get"] * 20 + ["oil", "and", "gas"] + ["from", "the", "North", "Sea"] * 2)
    assert readable_cut(oil).endswith("oil and gas")  # (then "from the", function words)
    # read on XSum (seed 96): a name the limit would cut in two goes whole
    sea = " ".join(["set"] * 19 + ["oil", "and", "gas", "from", "the", "North", "Sea"])
    assert readable_cut(sea).endswith("oil and gas")
    # no clause end in the second half of the window: cut at the limit, as before
    assert len(readable_cut(" ".join(["word"] * 40)).split()) == 25
    # read on a Multi-News brief: a list of words is no clause end, and a relative clause
    # the limit would cut short goes whole
    elections = (
        "consult local political forces to set up a transition body with the aim of "
        "organising peaceful, free, open and democratic elections in which we will not take part"
    )
    assert readable_cut(elections) == (
        "consult local political forces to set up a transition body with the aim of "
        "organising peaceful, free, open and democratic elections"
    )


def test_a_relative_clause_an_aside_breaks_is_left_out_whole():
    _, found, _ = run(
        "Vessia submitted a draft resolution calling for a halt to the airstrikes that a "
        "regional coalition, led by Marenia, has been conducting for a week."
    )
    assert [c.action for c in found.commitments] == ["call for a halt to the airstrikes"]


def test_an_aside_between_spaced_hyphens_is_left_out():
    _, found, _ = run(
        "Norvik disagrees with Vessia. So far Norvik has refused to sign up to the treaty - "
        "which aims to cut emissions - branding it politically motivated."
    )
    assert [c.action for c in found.commitments] == ["sign up to the treaty"]
    _, found, _ = run("Norvik has refused to sign up to the anti-war treaty.")
    assert [c.action for c in found.commitments] == ["sign up to the anti-war treaty"]


def test_a_purpose_an_aside_follows_stays_in_the_action():
    _, found, _ = run(
        "Speaking to the committee, Tom Reed urged Congress to take action to cut the "
        "deficit, such as increasing taxes."
    )
    assert [c.action for c in found.commitments] == ["take action to cut the deficit"]


def test_an_act_complete_in_one_word_is_confident_and_a_lost_object_is_not():
    _, found, _ = run('"We will fully cooperate," Mayor Ines Varga said.')
    _, alone, _ = run("The Halden Port Authority said it would investigate.")
    _, lost, _ = run('"We will make," Mayor Ines Varga said.')
    (c,) = found.commitments
    assert c.action == "fully cooperate" and c.confidence >= CONFIDENT
    assert [c.action for c in alone.commitments] == ["investigate"]
    assert alone.commitments[0].confidence >= CONFIDENT
    assert all(c.confidence < CONFIDENT for c in lost.commitments)


def test_it_in_a_persons_reported_words_is_never_that_person():
    _, found, _ = run(
        "Halden University is standing by the professor. Spokesman Tom Berg said in a "
        'statement, "Halden is committed to academic freedom." Berg added that the '
        "university's role is to foster research, and it will not take action against her."
    )
    assert all(c.actor != "Tom Berg" for c in found.commitments if "take action" in c.action)


def test_a_thing_a_relative_clause_describes_and_a_nationality_are_no_actor():
    _, found, _ = run(
        "Senator Ana Ruiz has criticised trade authority that would allow the White House to "
        "negotiate trade deals. Nigeria held talks. The Nigerian militants who have pledged "
        "allegiance to the group were seen."
    )
    assert found.commitments == []


def test_a_refused_passive_reads_as_the_refusers_act_and_a_said_one_keeps_its_subject():
    _, found, _ = run("Tom Reed said clemency would not be extended to drug traffickers.")
    assert [(c.type, c.negated, c.action) for c in found.commitments] == [
        ("refusal", True, "extend clemency to drug traffickers")
    ]
    _, found, _ = run("Tom Reed said the hospital will be rebuilt next year.")
    assert [c.action for c in found.commitments] == ["the hospital to be rebuilt"]


def test_a_clause_on_a_denied_noun_is_a_negated_act():
    _, found, _ = run(
        'Tom Reed spoke on Monday. "That\'s not a risk Britain should take," Tom Reed said.'
    )
    assert [(c.type, c.negated, c.action) for c in found.commitments] == [
        ("demand", True, "take a risk")
    ]


def test_a_list_in_the_action_is_kept_whole_but_not_the_next_clause():
    _, found, _ = run(
        'Antony Blinken said: "This will be met with a swift, firm and united response."'
    )
    assert [c.action for c in found.commitments] == [
        "be met with a swift, firm and united response"
    ]
    _, found, _ = run(
        '"Cruelty must be taken seriously, and the guilty should be punished," said Ana Katz.'
    )
    assert all("guilty" not in c.action for c in found.commitments), found.commitments
    _, found, _ = run('Tom Reed said: "I ask you to be much, much clearer about the rules."')
    assert [c.action for c in found.commitments] == ["be much, much clearer about the rules"]


def test_must_respond_is_a_demand_and_must_say_a_way_of_speaking():
    _, found, _ = run('"Russia must also respond to the offer," Antony Blinken said.')
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Antony Blinken", "demand", "Russia")
    ]
    _, found, _ = run('"I must say strongly that this is wrong," Antony Blinken said.')
    assert found.commitments == []


def test_a_verb_tagged_a_noun_keeps_its_words_and_is_no_title():
    _, found, actors = run(
        'Tony Blair has pledged to "never, ever, ever" attack Tory leader Michael Howard over '
        "his opposition to the war."
    )
    assert [(c.actor, c.type, c.negated) for c in found.commitments] == [
        ("Tony Blair", "pledge", True)
    ]
    assert found.commitments[0].action.startswith("attack Tory leader Michael Howard")
    assert actors["Michael Howard"].role == "Tory leader"


def test_actions_keep_a_prefix_and_drop_an_aside_after_a_dash():
    _, found, _ = run("The Lakers plan to re-evaluate him within the next day.")
    assert [c.action for c in found.commitments] == ["re-evaluate him"]
    _, found, _ = run(
        '"Tomorrow we will make a determination -- the police, the fire service and the city," '
        "Chief Ana Reyes said."
    )
    assert [c.action for c in found.commitments] == ["make a determination"]


def test_an_action_never_ends_on_a_dash():
    from briefing.analysis.cutting import readable_cut

    assert readable_cut("reinforce its US presence -") == "reinforce its US presence"


def test_every_commitment_has_a_confidence_and_the_page_shows_only_confident_ones():
    text = (
        "Premier Jo Baird pledged to build two hospitals by 2027. "
        "Later, he said the rail line will open next year."
    )
    brief = build_briefing([Article("a", text)])
    everything = brief.commitments + brief.more_commitments
    assert everything and all(0 <= c.confidence <= 1 for c in everything)
    assert all(c.confidence >= CONFIDENT for c in brief.commitments)
    assert all(c.confidence < CONFIDENT for c in brief.more_commitments)
    assert any(c.action.startswith("build two hospitals") for c in brief.commitments)
    data = brief.to_dict()
    assert {"confidence"} <= set(data["commitments"][0])


def test_confidence_orders_its_cues():
    assert confidence({"verb"}) > confidence({"future"}) > confidence({"future", "reported"})
    assert confidence({"verb", "short"}) < CONFIDENT


def test_a_quoted_phrase_inside_the_action_is_kept_whole():
    _, found, _ = run(
        'Angela Merkel said she will "rapidly give attention" to curbing violence in the north.'
    )
    (c,) = found.commitments
    assert c.action == "give attention to curbing violence in the north"


def test_a_quote_that_runs_on_keeps_its_speaker_and_opens_no_false_quote():
    # A flattened text keeps the opening mark of each paragraph of one long quote.
    text = (
        '"People should be free to vote," said Emily Lau. "Now all you have is a vote. '
        'It is absurd. "If nothing is changed, we will definitely vote it down." '
        "To become law, the plan must pass the council."
    )
    _, found, _ = run(text)
    assert [(c.actor, c.action) for c in found.commitments] == [("Emily Lau", "vote it down")]
    assert all(q.speaker == "Emily Lau" for q in found.quotes)


def test_a_participle_speech_verb_gives_the_quote_to_the_clause_subject():
    text = (
        'Tony Abbott said the move was "a dark moment". Joko Widodo appeared to shrug off '
        'the recall, telling reporters that "our sovereignty must be respected."'
    )
    _, found, _ = run(text)
    (quote,) = [q for q in found.quotes if q.text.startswith("our sovereignty")]
    assert quote.speaker == "Joko Widodo"


def test_a_few_quoted_words_inside_a_reported_sentence_keep_it_the_reporters():
    _, found, _ = run('Muhammadu Buhari said he will "rapidly give attention" to the army.')
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Muhammadu Buhari", "give attention to the army")
    ]


def test_shareholders_of_a_company_are_not_the_company():
    _, found, _ = run("BP shareholders have rejected a pay package for chief executive Bob Dudley.")
    assert [c.actor for c in found.commitments] == ["BP shareholders"]
    assert found.commitments[0].confidence < CONFIDENT  # unnamed: not on the page


def test_we_must_is_the_speakers_own_aim_not_a_demand_on_themselves():
    _, found, _ = run('"We must defend our borders," Donald Trump said at his rally.')
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Donald Trump", "intention", "")
    ]


def test_no_parse_runs_from_a_caption_into_the_next_paragraph():
    from briefing.nlp.model import load_model, parse

    text = (
        "Image caption Bob Dudley took over as chief executive after the oil spill\n\n"
        '"BP shareholders have rejected a pay package for Bob Dudley," the board said.'
    )
    for _, doc in parse(load_model(None, "full"), text):
        assert all("\n\n" not in s.text.strip() for s in doc.sents)
    _, found, _ = run(text)
    assert all(c.actor != "Bob Dudley" for c in found.commitments)


@pytest.mark.parametrize(
    ("text", "kind", "action"),
    [
        ('"It is important for them to support us," said Ali Haddad.', "demand", "support us"),
        ('"It is vital that Europe acts now," Federica Mogherini said.', "demand", "act now"),
        ('"It is essential for us to rebuild the port," said Ali Haddad.', "intention", None),
    ],
)
def test_it_is_important_for_them_to_is_a_demand_in_a_quote(text, kind, action):
    _, found, _ = run(text)
    (c,) = found.commitments
    assert c.type == kind and (action is None or c.action == action)


def test_a_clause_of_time_inside_a_question_states_its_commitment():
    _, found, _ = run(
        "Now, as Halden Motors announces plans to create 1,700 jobs at its plant, is the town "
        "becoming a company town?"
    )
    _, asked, _ = run("Will Halden Motors create 1,700 jobs at its plant?")
    assert [(c.actor, c.type) for c in found.commitments] == [("Halden Motors", "intention")]
    assert asked.commitments == []


def test_an_expectation_is_not_a_demand():
    _, found, _ = run("Apple said it expects Samsung to appeal the ruling.")
    assert [c for c in found.commitments if c.type == "demand"] == []


@pytest.mark.parametrize(
    "history",
    [
        "In 2008, Prime Minister Aldo Ferri and Gadhafi signed an agreement in which Italy "
        "promised to invest $5 billion in Libyan roads.",
        "During a state visit to Rome in August 2010, Italy promised to invest $5 billion in "
        "Libyan roads.",
        "On March 3, 2009, Italy promised to invest $5 billion in Libyan roads.",
    ],
)
def test_a_promise_dated_years_before_the_article_is_history_not_for_the_page(history):
    _, old, _ = run("Arrivals rose again in 2015. " + history)
    _, new, _ = run("Italy promised on Monday to invest $5 billion in Libyan roads.")
    assert [c.type for c in old.commitments] == ["promise"]
    assert old.commitments[0].confidence < CONFIDENT <= new.commitments[0].confidence


def test_a_promise_dated_weeks_before_the_day_it_was_published_is_history():
    import datetime as dt

    from briefing.analysis.core import analyze
    from briefing.nlp.model import load_model, parse

    text = "On October 13, Norland promised to open the border to aid convoys."
    scores = []
    for published in (dt.datetime(2026, 11, 8, 12), dt.datetime(2026, 10, 14, 12), None):
        article = Article("a", text, published_at=published)
        found = analyze(article, list(parse(load_model(None, "full"), text)))
        scores.append([c.confidence >= CONFIDENT for c in found.commitments])
    assert scores == [[False], [True], [True]]  # weeks before; the day before; no date


@pytest.mark.parametrize(
    "current",
    [
        "In a report on the 2008 crisis, Italy promised to invest $5 billion in Libyan roads.",
        "Italy promised to return the land seized in 1967.",
    ],
)
def test_a_year_that_does_not_date_the_promise_leaves_it_current(current):
    _, found, _ = run("Arrivals rose again in 2015. " + current)
    assert [c.confidence >= CONFIDENT for c in found.commitments] == [True]


def test_expecting_what_is_owed_is_a_demand_on_the_one_who_owes_it():
    _, found, _ = run(
        "Club owner Rita Holm said she expects the league to apologize if the inquiry finds "
        "nothing."
    )
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Rita Holm", "demand", "league")
    ]


@pytest.mark.parametrize(
    ("text", "pledged"),
    [
        ("Build a new hospital in every county.", True),  # a manifesto's pledge
        ("Give me a break.", False),
        ("Wish the forecasters were wrong all the time.", False),
    ],
)
def test_an_imperative_in_a_partys_own_words_is_a_pledge_unless_it_pledges_nothing(text, pledged):
    from briefing.analysis.commitments import find_commitments
    from briefing.analysis.quotes import QuoteSpan
    from briefing.analysis.resolve import Resolver
    from briefing.models import Actor
    from briefing.nlp.model import load_model

    doc = load_model(None, "full")(text)
    resolver = Resolver([Actor("Reform Party", "organisation")], [])
    spans = [QuoteSpan(0, len(text), speaker="Reform Party")]
    found = find_commitments(doc, 0, "m", spans, resolver)
    assert [(c.actor, c.type) for c in found] == ([("Reform Party", "pledge")] if pledged else [])


def test_the_purpose_of_an_act_is_part_of_it_and_its_condition_is_the_condition():
    _, loan, _ = run("Norland agreed to loan Vessia the money to buy the port.")
    _, troops, _ = run("Norland will send troops to protect civilians if the talks fail.")
    assert [c.action for c in loan.commitments] == ["loan Vessia the money to buy the port"]
    assert [(c.action, c.condition) for c in troops.commitments] == [
        ("send troops to protect civilians", "if the talks fail")
    ]


def test_a_promise_of_an_act_done_by_another_scores_lower_than_ones_own():
    agency = "The Halden Atomic Agency inspects plants. "
    _, other, _ = run(
        agency + '"Compliance will be certified by the Halden Atomic Agency," Tom Reed promised.'
    )
    _, own, _ = run(agency + '"Compliance will be certified by my office," Tom Reed promised.')
    assert len(other.commitments) == len(own.commitments) == 1
    assert other.commitments[0].confidence < own.commitments[0].confidence


def test_a_document_a_party_issues_speaks_for_it():
    _, posted, _ = run("Acme Corp posted a video promising to refund every customer.")
    assert [(c.actor, c.type, c.action) for c in posted.commitments] == [
        ("Acme", "promise", "refund every customer")  # "Corp" is no part of the name
    ]


def test_a_document_hung_on_the_object_before_the_verb_still_speaks():
    # from the BBC sample of seed 89: "..., Ambuja Cement Eastern and the holding firm, a
    # Holcim statement said" gave the plan to a firm being bought
    opening = "Vessia cement firm Norvik has bid $800m to buy two cement firms. "
    for plan in (
        "It plans to buy Harbour Cement Companies (HCC), Tarn Cement Eastern and the holding "
        "firm, Tarn Cement Vessia Ltd, a Norvik statement said.",
        "It plans to buy Harbour Cement Companies, a Norvik statement said.",
    ):
        _, found, _ = run(opening + plan)
        assert [(c.actor, c.type, c.speaker) for c in found.commitments] == [
            ("Norvik", "intention", "Norvik")
        ]


def test_a_name_the_parser_hung_on_an_opening_phrase_is_the_verbs_subject():
    # from the BBC cue misses of seed 89: "In a sign that Voip is seeping into the
    # mainstream, giant ISP AOL announced ..." left "announced" with no subject
    _, found, _ = run(
        "In a sign that Voip is seeping into the mainstream, internet giant Harbour Telecom "
        "announced on Tuesday that it had plans to launch a net-based phone service within "
        "the month."
    )
    assert [(c.actor, c.type, c.action) for c in found.commitments] == [
        ("Harbour Telecom", "intention", "launch a net-based phone service")
    ]


def test_a_clause_after_a_thing_called_for_says_what_it_is_for():
    # from the Multi-News sample of seed 89: the action was "replace the automatic ones"
    _, found, _ = run(
        "President Tom Reed is touring the country, calling for tax increases and spending "
        "cuts to replace the automatic ones."
    )
    assert [c.action for c in found.commitments] == [
        "call for tax increases and spending cuts to replace the automatic ones"
    ]
    _, found, _ = run("Tom Reed called for the ban to be lifted.")
    assert [c.action for c in found.commitments] == ["the ban to be lifted"]


def test_in_a_quote_he_or_they_is_someone_else_and_only_the_speakers_word_for_it():
    # "they" are the party named before: the speaker's claim about them, not their word
    _, theirs, _ = run(
        'The Liberal Party met on Monday. "They refuse to fund the road," Governor Alan Pike said.'
    )
    _, ours, _ = run(
        "The Liberal Party met on Monday. "
        '"We refuse to fund the road," Liberal Party leader Alan Pike said.'
    )
    _, his, _ = run('Tom Hale spoke on Monday. "He refuses to fund the road," Alan Pike said.')
    assert [(c.actor, c.type) for c in theirs.commitments] == [("Liberal Party", "refusal")]
    assert [(c.actor, c.type) for c in ours.commitments] == [("Liberal Party", "refusal")]
    assert [c.actor for c in his.commitments] == ["Tom Hale"]  # never the speaker
    assert max(theirs.commitments[0].confidence, his.commitments[0].confidence) < CONFIDENT
    assert ours.commitments[0].confidence >= CONFIDENT


def test_a_few_quoted_words_after_is_keep_the_sentence_the_reporters():
    _, found, _ = run(
        'President Mara Holt says she is "absolutely committed to making sure" the port stays open.'
    )
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Mara Holt", "make sure the port stays open")
    ]


def test_a_condition_ends_where_the_parser_hangs_a_stray_word_on_it():
    _, found, _ = run(
        '"I am willing to send the army to defend our northern border if necessary all because '
        'of the smuggling," Governor Alan Pike said.'
    )
    assert [(c.action, c.condition) for c in found.commitments] == [
        ("send the army to defend our northern border", "if necessary")
    ]


def test_what_has_yet_to_happen_or_is_refused_only_to_stay_anonymous_commits_no_one():
    _, found, _ = run(
        "Norland has said it is ready to restart the talks, but has yet to agree a date. "
        "The guards were in the uniformed division, according to a person familiar with "
        "Acme Corp who refused to be identified because he was not authorized to speak."
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Norland", "offer")]


def test_a_machine_acts_as_built_and_no_one_is_asked_of_themselves():
    _, probe, _ = run(
        "The Halden Solar Probe will make a flyby of Venus before it reaches the sun. "
        "The Halden Solar Probe's shield is thick. The Halden Solar Probe will perform a "
        "number of tasks."
    )
    _, asked, _ = run("They were adversaries; at one point Tom Reed asked them to fire Ross.")
    assert probe.commitments == []
    assert [(c.actor, c.target) for c in asked.commitments] == [("Tom Reed", "")]


def test_the_vice_president_is_not_the_president_and_a_described_group_not_any_company():
    both = "President Tom Reed and Vice President Ann Holt spoke in Ohio on Monday. "
    _, vice, _ = run(both + "The vice president also plans to visit the flooded towns.")
    _, president, _ = run(both + "The president also plans to veto the budget.")
    _, rebels, _ = run(
        "Tom Reed sat in his old Acme Corp car. A former minister said the main rebel group "
        "is willing to hold talks on the future of the country."
    )
    _, agency, _ = run(
        "Normally, Halden Space waits to rename its missions, but the space agency decided "
        "to break protocol this time."
    )
    assert [c.actor for c in vice.commitments] == ["Ann Holt"]
    assert [c.actor for c in president.commitments] == ["Tom Reed"]
    assert [c.actor for c in rebels.commitments] == ["main rebel group"]  # never Acme
    assert [c.actor for c in agency.commitments] == ["Halden Space"]


def test_what_police_say_a_person_would_do_is_their_account_not_the_persons_word():
    _, police, _ = run("Tom Reed would then contact the buyers, police said.")
    _, lawyer, _ = run("Tom Reed will appeal the ruling, his lawyer said.")
    _, own, _ = run("Tom Reed will appeal the ruling, he said.")
    assert police.commitments[0].confidence < CONFIDENT
    assert lawyer.commitments[0].confidence >= CONFIDENT
    assert own.commitments[0].confidence >= CONFIDENT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norland rejected the offer of talks.", "refusal"),
        ("Tom Reed ruled out any idea of a second vote.", "refusal"),
        ("Norland threatened to impose sanctions.", "threat"),
        ("Norland refused to leave the talks.", "refusal"),
        ("The Transport Workers Union renewed its demand for a pay rise.", "demand"),
        ("Norland and Vessia agreed that they would withdraw their troops by May.", "agreement"),
        ('"We need Europe to act now," Ann Holt said.', "demand"),
        ("Chancellor Ann Holt announced her plan to cut tax credits.", "intention"),
    ],
)
def test_look_alikes_of_a_denial_a_risk_and_a_plan_given_up_still_commit(text, kind):
    _, found, _ = run(text)
    assert [c.type for c in found.commitments] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named owner's pledge is the owner's, whoever criticised, stressed or matched it
        ("Ann Holt criticised Tom Reed's pledge to hold a referendum.", [("Tom Reed", "pledge")]),
        (
            "Norland Oil was fined. Activists protested the company's plans to drill at sea.",
            [("Norland Oil", "intention")],
        ),
        (
            "Tom Reed asked whether Vessia would match Norland's offer to pay.",
            [("Norland", "offer")],
        ),
        # the subject answers a plan that is not its own, or puts it off
        ("A Vessian court approved plans to restart two reactors.", []),
        # a parliament that approves a plan adopts it
        (
            "The House voted on Sunday to approve a plan to fund federal agencies.",
            [("House", "intention")],
        ),
        ("The Tories backed plans to introduce ID cards.", []),
        ("The government postponed plans to remove the peers.", []),
        # "the firm" with no firm named is no actor, and never the last party named
        ("The firm will cut 500 jobs.", []),
        ("The Tories met on Monday. The firm announced plans to cut 500 jobs.", []),
        ("The chancellor will cut taxes.", []),
    ],
)
def test_a_commitment_noun_belongs_to_its_named_owner_not_to_who_answers_it(text, expected):
    assert _who_and_what(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # others' act on the subject is not the subject's refusal
        ("Tom Reed will not be prosecuted.", []),
        ("Tom Reed and Ann Holt will also not be charged over the leak.", []),
        # pressure withstood is
        ("Tom Reed said he would not be silenced.", [("Tom Reed", "refusal")]),
        ('"We will not be intimidated," Tom Reed said.', [("Tom Reed", "refusal")]),
        # a body's word on what will not happen to something is its own
        ("The Home Office said the tax would not be abolished.", [("Home Office", "refusal")]),
    ],
)
def test_a_negated_passive_is_a_refusal_only_of_pressure_withstood(text, expected):
    assert _who_and_what(text) == expected


def test_a_first_name_the_tagger_missed_keeps_a_namesake_apart():
    text = (
        "Pete Saunders, chief executive of the charity, was angry. But Director of Public "
        "Prosecutions Alison Saunders said he would not be prosecuted. Saunders said she "
        "would fight the decision."
    )
    _, found, _ = run(text)
    assert "Pete Saunders" not in [c.speaker for c in found.commitments[:1]]
    assert [c.speaker for c in found.commitments][:1] == ["Alison Saunders"]


def test_an_appositive_after_a_things_object_names_the_object_not_the_thing():
    _, found, _ = run(
        "It is clear that Tom Reed's love for his wife, model Ann Holt, will never go out of fashion."
    )
    _, head, _ = run("The head of the agency, Ann Holt, will resign in May.")
    assert found.commitments == []
    assert [c.actor for c in head.commitments] == ["Ann Holt"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand on an unnamed "the prime minister" is still the speaker's demand
        (
            '"The prime minister should make a statement," Tom Reed said.',
            [("Tom Reed", "demand")],
        ),
        # "the two presidents" were both named; the pair is shown as said
        ("The two presidents agreed to create a network.", [("two presidents", "agreement")]),
        # a title before a surname is no first name: "Chancellor Reed" is Tom Reed
        (
            "Tom Reed spoke in Vessia. Chancellor Reed said he would cut taxes.",
            [("Tom Reed", "intention")],
        ),
        # almost no one is no one's word
        ("Hardly any officials would agree to sit down.", []),
        ("Few firms will agree to pay.", []),
        # "an injunction halting plans to": the tagger took the gerund for a noun
        ("A Vessian court issued an injunction halting plans to restart two reactors.", []),
        # but "blockade" is no gerund of "block"
        (
            "The navy unveiled blockade plans to close the strait on Friday.",
            [("navy", "intention")],
        ),
    ],
)
def test_references_and_owners_that_stay_as_they_were_meant(text, expected):
    assert _who_and_what(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" the sentence after an unnamed spokesman spoke is the spokesman, not a name before
        (
            "In 1580, King Tom Reed gifted the landlord a snuff box. A pub spokesman said: "
            '"I can confirm the Queen was here." He refused to give details of her meal.',
            [],
        ),
        # read on a CNN report: "she" after an elderly woman quoted without a name is that
        # woman, not the official named before her
        (
            "Pierre Lind, the head of the relief agency, visited the camp. "
            '"We have to call on the world to act," Lind said. '
            '"This is our camp and we are not leaving our homes," one man said. '
            "An elderly woman recalled her life as a refugee. "
            '"I fled my village when I was seven years old," she said. '
            '"But I will not leave the camp even if I am 75 or 76 years old."',
            [("Pierre Lind", "demand")],
        ),
        # in the spokesman's own sentence, "he" is as often whom he speaks for
        ("Tom Reed met the press. A spokesman said he would resign.", [("Tom Reed", "intention")]),
        # a first name says who "she" can be
        (
            "Gordon Reed met Ann Holt. Reed spoke first. She said she would resign.",
            [("Ann Holt", "intention")],
        ),
        # an academic's "it needs to" is comment, not her university's demand
        (
            "I spoke to Ann Holt, of Norland University. She told me: "
            '"Ultimately, Vessia needs to provide a set of assurances."',
            [],
        ),
    ],
)
def test_who_he_or_she_is_and_whose_words_commit(text, expected):
    assert _who_and_what(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another's act judged with a feeling is not that one's intention
        ('"We are shocked that Tom Reed would seek to mislead voters," Ann Holt said.', []),
        # a decision one is glad of is still the deciders'
        (
            '"I am pleased that Tom Reed has decided to take this step," Ann Holt said.',
            [("Tom Reed", "intention")],
        ),
        # a view agreed with is no agreement to act
        ('Tom Reed agrees: "It would still be hard for a firm to grow here."', []),
        # an agreement on what will be done stays, and on what its parties will be
        (
            "Tom Reed said: 'We agreed that we would all be signatories on the contract.'",
            [("Tom Reed", "agreement")],
        ),
        (
            "Norland and Vessia agreed that the talks would be held in Geneva.",
            [("Norland", "agreement")],
        ),
    ],
)
def test_feelings_and_views_about_an_act_are_not_commitments(text, expected):
    assert _who_and_what(text) == expected


def test_a_capital_that_acts_is_its_country_and_a_bare_passive_is_not_shown():
    _, capital, _ = run("Ethiopia and Eritrea fought. Addis Ababa refused to abide by the accords.")
    _, bare, _ = run('"Changes need to be made," Tom Reed said.')
    _, whole, _ = run("Tom Reed said he would not be silenced.")
    assert [c.actor for c in capital.commitments] == ["Ethiopia"]
    assert [c.action for c in bare.commitments] == ["be made"]
    assert bare.commitments[0].confidence < CONFIDENT  # made what, by whom?
    assert whole.commitments[0].confidence >= CONFIDENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Many economists have urged the government to cut taxes.", []),
        ("Critics vowed to fight the plan.", [("Critics", "pledge")]),
    ],
)
def test_what_economists_urge_is_a_view_while_critics_can_still_vow(text, expected):
    assert _who_and_what(text) == expected


def test_a_time_in_a_clause_on_the_object_is_the_things_not_the_acts():
    _, found, _ = run(
        "Congress is working through the weekend to resolve a standoff that could prompt a "
        "government shutdown next week."
    )
    assert [(c.actor, c.time) for c in found.commitments] == [("Congress", "")]
    assert found.commitments[0].action.endswith("shutdown next week")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # read on the dev days of the session after 2fdbf5a: a date inside a clause of purpose
        # or a whether-clause, or "the first in years", is not the act's time
        (
            "In an effort to force out the soldiers that seized control of the country on "
            "March 21, Vessia's neighbours decided at an emergency summit to impose an embargo. "
            "The council will impose a ban — the first in years — on exports of coal.",
            [("impose an embargo", ""), ("impose a ban on exports of coal", "")],
        ),
        (
            "The Vessia Environment Agency said it is working with local agencies to "
            "investigate whether the family was made ill after a fumigation at the resort on "
            "March 18.",
            [
                (
                    "investigate whether the family was made ill after a fumigation at the "
                    "resort on March 18",
                    "",
                )
            ],
        ),
        # an aside between dashes is left out, or kept when it continues the phrase
        (
            "The Harbour Party says it will make sure neither it — nor the council — will bend.",
            [("make sure neither it nor the council will bend", "")],
        ),
        # the act set aside is neither the action nor a second commitment
        (
            "The Harbour Party promised to cut taxes rather than raise spending. Tom Reed "
            "requested an extension of his leave of absence instead of offering to stand down "
            "in a letter sent to the council 12 days ago.",
            [("cut taxes", ""), ("request an extension of his leave of absence", "")],
        ),
        # whom a relative clause promises to act on is its noun
        (
            "Tom Reed courted an issue with growing support, especially with the younger voters "
            "who Tom Reed is promising to bring into a potential campaign.",
            [("bring the younger voters into a potential campaign", "")],
        ),
        # the noun a relative clause hangs on by a preposition keeps the preposition
        (
            "The wedding will be followed by a service in Vessia Chapel at which the "
            "Archbishop of Norland, Dr Tom Reed, will preside.",
            [("preside at Vessia Chapel", "")],
        ),
        # a clause with a subject of its own has its own time: Sarah's leaving, not his act
        (
            "Tom Reed will coach the keepers, with Sarah Jones leaving the role after more than "
            "nine years at the club.",
            [("coach the keepers", "")],
        ),
        # a participle right after the act says how it is done
        (
            "Weeks ago, Norvik Foods announced plans to kill chickens using carbon dioxide or "
            "argon gas.",
            [("kill chickens using carbon dioxide or argon gas", "")],
        ),
        # but a participle of a state of mind is a mood, not the way it is done
        (
            "Tom Reed will head to Dubai knowing that many parts of his team are in good "
            "working order.",
            [("head to Dubai", "")],
        ),
        # a word in quote marks breaks the parse: the act goes on after the closing mark
        (
            'Tom Reed says he will not let "gossip" distract him from helping the campaign.',
            [('let "gossip" distract him from helping the campaign', "")],
        ),
        (
            "Tom Reed urged people to follow his lead and 'dump' brands linked to companies "
            "such as Norvik.",
            [("follow his lead and 'dump' brands linked to companies such as Norvik", "")],
        ),
        # a parse whose branches cross gives words out of order: the act stays whole
        (
            '"It would be reworked from the shoulders up -- the entire head, neck and '
            'shoulders, not just the face," Tom Reed said in a news release Tuesday.',
            [("be reworked from the shoulders up", "")],
        ),
        # a clause mid-way is not dropped to fit (the act would end where it was)
        (
            "Norvik said it is to set up a new Harbour Services division - with a separate "
            "board which would include independent members - to ensure equal access for "
            'rivals to the "local loop", the copper wires that run between exchanges and homes.',
            [
                (
                    "set up a new Harbour Services division - with a separate board which "
                    "would include independent members - to ensure equal access for rivals",
                    "",
                )
            ],
        ),
        # an aside after a relative clause's last word does not cut the clause short
        (
            "The Harbour Party says Mr Reed should use the fact he is new to the job to take "
            "issue with a law passed by his predecessor, Sarah Jones.",
            [
                (
                    "use the fact he is new to the job to take issue with a law passed by his predecessor",
                    "",
                )
            ],
        ),
        # a date of another event the act is timed by: the time is the whole phrase
        (
            "Norvik TV channels are refusing to run the promotional material for the film "
            "ahead of its release on Friday.",
            [("run the promotional material for the film", "ahead of its release on Friday")],
        ),
        # what is done to others keeps who they are, even when they are a people's or a
        # firm's: not "Tom Reed: be sent home"
        (
            "Tom Reed said Vessia's staff would be sent home.",
            [("Vessia's staff to be sent home", "")],
        ),
        (
            "Tom Reed said British troops would be withdrawn next month.",
            [("British troops to be withdrawn", "next month")],
        ),
        # where one is sent, and how long a show runs, are not when
        (
            "Harbour staff will be sent on early holiday with full pay, Norvik's chief "
            "executive Tom Reed said.",
            [("Harbour staff to be sent on early holiday with full pay", "")],
        ),
        (
            "Norvik will encourage viewer donations during an hour-long show.",
            [("encourage viewer donations during an hour-long show", "")],
        ),
        # too long to read: the last joined or relative clauses go, not words mid-phrase
        (
            '"Our goal now is to go on and try to fix our black eye and hope that people are '
            "reasonable and understand that those actions don't anyway portray what we're for "
            'here at Halden Animal Clinic," said Dr. Tom Reed.',
            [("go on and try to fix our black eye and hope that people are reasonable", "")],
        ),
        (
            "The Halden Reserve Bank said it would move in a measured way to combat price "
            "growth and lift interest rates from their 40-year lows that were prompted by "
            "sluggish US and global growth.",
            [
                (
                    "move in a measured way to combat price growth and lift interest rates "
                    "from their 40-year lows",
                    "",
                )
            ],
        ),
        # the comma that closes a listed aside does not end the act (read on a CNN brief)
        (
            "Vessia has also offered 20 million shillings, or about $215,000, for information "
            "on the whereabouts of Tom Reed.",
            [
                (
                    "offer 20 million shillings, or about $215,000, for information on the "
                    "whereabouts of Tom Reed",
                    "",
                )
            ],
        ),
        # "later in the day" is the time, all of it: not "continue the search later"
        (
            "Tom Reed plans to continue the search later in the day.",
            [("continue the search", "later in the day")],
        ),
    ],
)
def test_what_an_action_and_its_time_leave_out(text, expected):
    _, found, _ = run(text)
    assert [(c.action, c.time) for c in found.commitments] == expected


def test_talks_between_parties_agree_for_the_parties_and_up_on_a_year_is_no_time():
    _, found, _ = run(
        "Talks between Norland and Vessia agreed the total allowable catch for cod would be "
        "29,189 tonnes, "
        "5% up on 2014."
    )
    assert [(c.actor, c.type, c.time) for c in found.commitments] == [("Norland", "agreement", "")]


def _who_and_what(text: str) -> list[tuple[str, str]]:
    """Every commitment found in ``text`` (on the page or not), as (actor, type)."""
    _, found, _ = run(text)
    return [(c.actor, c.type) for c in found.commitments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from Ivan Kovar, who has been collecting": he acted, so "He" next is him
        (
            "Tom Reed issued an order on Monday. Officials said the order was routine, but it "
            "has sparked a fiery response from Ivan Kovar, who has been collecting signatures "
            "against it. He also vowed to take the case to court.",
            [("Ivan Kovar", "pledge")],
        ),
        # a scene set ("the summit, where they would meet"), not anyone's word
        (
            "All eyes turned to the summit in Geneva, where Tom Reed and Ivan Kovar would meet "
            "for the first time.",
            [],
        ),
        ("All eyes turned to the summit in Geneva, where Tom Reed will meet Ivan Kovar.", []),
        # his own word about the place stays
        (
            "Tom Reed said he would go to Geneva, where he will meet Ivan Kovar.",
            [("Tom Reed", "intention")],
        ),
    ],
)
def test_relative_clauses_name_who_acted_and_set_scenes(text, expected):
    assert _who_and_what(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office of a named body speaks for the body; "the son of" holds no office
        ("The president of Vessia will visit the camp on Saturday.", [("Vessia", "intention")]),
        (
            "The chief executive of Halden Power will visit the plant on Saturday.",
            [("Halden Power", "intention")],
        ),
        ("The son of Tom Reed will visit the camp on Saturday.", []),
        # an owner of a firm is not the firm's office
        (
            "As part of the deal, Federated - owner of Macy's and Bloomingdale's - will "
            "assume $6bn of May's debt.",
            [("Federated", "intention")],
        ),
        # a surname the tagger missed, known in full from before
        (
            "Commissioner-General Pierre Lavoie will assess the situation. Lavoie will meet "
            "with senior Vessian officials.",
            [("Pierre Lavoie", "intention"), ("Pierre Lavoie", "intention")],
        ),
        # "seemed to aim a headbutt": the "to" is the verb's own, no plan
        ("Tom Reed later seemed to aim a headbutt at a steward.", []),
        # "amid claims senior figures are planning to": hearsay, though parsed as relative
        (
            "Tom Reed's remarks come amid claims senior Vessian figures are already planning to "
            "make Ann Holt the next leader.",
            [],
        ),
        # "so-called for their prominence" calls for nothing
        (
            "Mainline Protestants -- so-called for their prominence in American life -- saw a shift.",
            [],
        ),
    ],
)
def test_offices_missed_surnames_and_words_that_only_look_like_cues(text, expected):
    assert _who_and_what(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we" of a party's chairwoman is her party's, not the place the party is named for
        (
            "Hong Kong has become polarized. Hong Kong Democratic Party chairwoman Maria Lopez "
            'told reporters the plan was an insult. "If nothing is changed, we will vote it '
            'down," said Lopez.',
            [("Maria Lopez", "intention", "")],
        ),
        # "Should people decide to ...": a condition, no one's intention
        (
            '"Should people decide to resort to civil disobedience again, it is up to them," '
            "Tom Reed said.",
            [],
        ),
        # what another should agree or promise to do is asked of them, by the speaker
        ('"Iran should agree to talks," Tom Reed said.', [("Tom Reed", "demand", "Iran")]),
        ('"Iran should promise to stop," Tom Reed said.', [("Tom Reed", "demand", "Iran")]),
        ("Iran should agree to talks.", []),
        ('"We must agree to talks," Tom Reed said.', [("Tom Reed", "agreement", "")]),
        # read on a Multi-News day: "must" joined to a clause with "we" is the firm's own aim
        (
            'Tyson Foods said: "We have not gone far enough and must do more to stop this."',
            [("Tyson Foods", "intention", "")],
        ),
        # ready for a punitive act is a threat; a subject whose first part is no one known is
        # the known part's; "a Tyson worker" is some worker, and one warns whom, not what
        (
            "Both the union and Greenpeace are investigating the claims and are prepared to "
            "take disciplinary action if they are true.",
            [("Greenpeace", "threat", "")],
        ),
        (
            "Tyson Foods fired ten workers. A Tyson manager vowed to quit.",
            [("Tyson manager", "pledge", "")],
        ),
        ("Tom Reed is seen warning the investigator as he stepped on a chicken.", []),
        # read on an XSum sample: warned as a passive joined to one; a hypothetical asker
        ("Tom Reed said he was given a gun and warned not to shoot the tank.", []),
        # read on a CNN/DM sample: a threat joined to a passive whose doer is named is theirs
        # too; with no doer named it stays his own
        ("Tom Reed said he was followed by two men and threatened to keep quiet.", []),
        (
            "Tom Reed was arrested and threatened to sue the police.",
            [("Tom Reed", "threat", "")],
        ),
        ('Tom Reed said "it would have to be the leader" asking him to quit.', []),
        # read on a CNN/DM sample: the sentence before says whom an opening "they" means (and
        # a score is no part of a name); a former aide speaks for no one he once served
        (
            "The Young Lions beat Norway 2-0 in a friendly on Friday. They will open their "
            "campaign against Italy on May 7.",
            [("Young Lions", "intention", "")],
        ),
        (
            "Tom Reed spoke on Monday. Bill Daley, a Jones ally and former Reed chief of "
            "staff, said Sarah Jones has to reintroduce herself to the party.",
            [("Bill Daley", "demand", "Sarah Jones")],
        ),
        # an opening "they" after a list of people is theirs (the first named stands for them)
        (
            "Former Maryland Gov. Tom Reed, former Virginia Sen. Bill Daley and Vermont Sen. "
            "Sarah Jones are all testing the waters. They have made economic populism central, "
            "proposing to crack down on the banking sector.",
            [("Tom Reed", "offer", "")],
        ),
        (
            "Pop band Wildfire have confirmed that they plan to take a break.",
            [("Wildfire", "intention", "")],
        ),
        # read on CNN/DM and Multi-News: a plural subject asked to act reads as "they pay"
        (
            "The Harbour Party has destroyed churches in the country. They also demanded that "
            "Christians pay a special tax.",
            [("Harbour Party", "demand", "Christians")],
        ),
        (
            "The Westfield Council recommended that shareholders reject the pay package.",
            [("Westfield Council", "demand", "")],
        ),
        # read on a BBC day: the parse hangs "by" on the thing promised
        (
            "Pensioners are being promised energy savings by the Harbour Party, as snow continues.",
            [("Harbour Party", "promise", "Pensioners")],
        ),
        # read on an XSum day: a clause's "if" read into the name before it
        (
            "Harbour boss Tom Reed says he will go to the Court of Arbitration for Sport if "
            "Marden does not withdraw by Thursday.",
            [("Tom Reed", "threat", "")],  # (where he goes, not whom he threatens)
        ),
        # ... and a policy's content is the policy's, "under which"
        (
            "Sarah Jones is expected to propose a new policy under which Vessia would stop "
            "issuing visas.",
            [("Vessia", "intention", "")],
        ),
    ],
)
def test_whose_word_a_party_chair_a_condition_and_a_call_on_others_are(text, expected):
    _, found, _ = run(text)
    assert [(c.actor, c.type, c.target) for c in found.commitments] == expected


def test_the_teller_of_a_passive_future_is_not_in_its_subject():
    _, found, _ = run(
        'Makers Tom Reed Games said they "unreservedly apologise" and added replacement cards '
        "would be issued."
    )
    assert [c.action for c in found.commitments] == ["replacement cards to be issued"]


def test_what_a_passive_promises_leaves_out_who_promised_it():
    _, found, _ = run("Pensioners are being promised energy savings by the Harbour Party.")
    assert [c.action for c in found.commitments] == ["energy savings"]


def test_a_blessing_quoted_after_a_request_is_not_what_was_requested():
    _, found, _ = run(
        'Tom Reed requested a minute to speak, closing with his sign-off: "God bless our '
        'troops, and we will never forget."'
    )
    assert [c.action for c in found.commitments if "bless" in c.action] == []


def test_who_should_hold_a_post_is_a_question_not_a_demand():
    _, found, _ = run(
        "In a letter to current leader Sarah Jones, donor Bill Daley criticised the Harbour "
        "Party's tactics. In response, Tom Reed, an MEP and Ms Jones's adviser, told the BBC "
        'that his advice would be: "Donate and don\'t seek to dictate." "I\'m always happy if '
        "people who want to give money to our party want to stay in the party but I think "
        'the best donors donate and don\'t seek to dictate," he said. "Of course if they are '
        "expert in certain fields people should listen to their views, but to have a donor "
        "telling the party leader who should be party chairman, that's a non-starter.\""
    )
    assert [c for c in found.commitments if c.type == "demand"] == []


def test_the_head_of_a_countrys_army_saying_the_country_is_open_is_its_own_word():
    _, found, _ = run(
        "The head of the Iranian Army has rejected the EU plan. Iranian army head Gen. Tom "
        "Reed said Iran had not been consulted. But he said Iran is open to other kinds of "
        "cooperation on the issue of migration."
    )
    offers = [c for c in found.commitments if c.type == "offer"]
    assert [c.actor for c in offers] == ["Iran"] and offers[0].confidence >= CONFIDENT
    # others saying so is still their word on it
    _, found, _ = run(
        "Police said Tom Reed would contact the woman. Officials said Iran is open to talks."
    )
    assert all(c.confidence < CONFIDENT for c in found.commitments)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a name after the noun is not whose the noun is
        (
            "Kent County Council met on Friday. Officials at the summit at the minister's "
            "official Kent house will plan a new forum on the island's future.",
            "Kent County Council",
        ),
        (
            "RFID is spreading. The firm works on behalf of more than 30 firms who are seeking "
            "to promote the growth of RFID technology.",
            "RFID",
        ),
        # a count of a party's MPs is some of them, not the party
        (
            "Ten ministers were among 47 Labour MPs who rejected party orders to back the bill. "
            "Labour said it would act.",
            "no one",
        ),
        # former directors no longer speak for the firm
        (
            "Enron collapsed in 2001. Eighteen former Enron directors have agreed a $168m "
            "settlement deal.",
            "Enron",
        ),
    ],
)
def test_a_name_beside_the_subject_is_not_the_committer(text, wrong):
    _, found, _ = run(text)
    assert all(c.actor != wrong for c in found.commitments)
    if wrong == "no one":  # only Labour's own word is left
        assert [(c.actor, c.action) for c in found.commitments] == [("Labour", "act")]


def test_one_member_of_a_body_speaks_for_it():
    text = (
        'The Basij is a militia in Iran. "We all are prepared to go and destroy them totally," '
        "one Basij commander told CNN."
    )
    assert _who_and_what(text) == [("Basij", "offer")]


def test_the_main_clause_after_now_that_is_the_speakers_word():
    # the parser hangs "he will turn" on "now that he has been elected"
    _, found, _ = run(
        "Tom Reed won the election on Tuesday. He said now that he has been elected he will "
        "turn his focus to the economy."
    )
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Tom Reed", "turn his focus to the economy")
    ]
    assert found.commitments[0].confidence >= CONFIDENT  # he says it of himself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's own "where I will be representing" is no scene
        (
            'Tom Reed spoke on Monday. "This is great news ahead of vital talks next month where '
            'I will be representing our fishermen," Reed said.',
            [("Tom Reed", "intention")],
        ),
        # a preference is no commitment
        ("Leaders of the House of Representatives would prefer to pass a bill to end it.", []),
        # "France" inside "Stade de France" is the stadium's name, not the country
        (
            "The Stade de France, which was targeted by bombers, will host the opening match "
            "of Euro 2016 and the final. France will play Romania.",
            [("France", "intention")],
        ),
    ],
)
def test_own_scenes_preferences_and_names_inside_names(text, expected):
    assert _who_and_what(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "up to the bidders to propose how it will operate": theirs, and no act named
        "The Halden Council has set out its ambitions for the metro but it will be up to the "
        "bidders to propose how it will operate, as well as drawing up plans to build a new "
        "tram system.",
        "Tom Reed said it was up to Ann Holt to decide whether to cut taxes.",
    ],
)
def test_what_is_up_to_others_or_left_open_is_no_ones_commitment(text):
    _, found, _ = run(text)
    assert found.commitments == []


def test_a_low_quote_used_as_a_comma_does_not_end_an_action():
    from briefing.analysis.cutting import readable_cut

    assert readable_cut("not allow public money to be spent on luxury cars‚") == (
        "not allow public money to be spent on luxury cars"
    )


def test_a_commitment_months_or_years_ago_is_not_confident():
    (old,) = run("Twelve months ago, Tom Reed was not prepared to join Manchester United.")[
        1
    ].commitments
    assert old.confidence < CONFIDENT
    (recent,) = run("Two weeks ago, Shell said it would cut 1,000 jobs.")[1].commitments
    assert recent.confidence >= CONFIDENT


def test_it_after_a_nearer_subject_is_no_one_and_not_agreeing_refuses():
    text = (
        "In August, the SEC announced a settlement with WL Ross after investigating the firm. "
        "WL Ross agreed to pay a $2.3 million fine. It also agreed to refund $11.8 million."
    )
    assert "SEC" not in {c.actor for c in run(text)[1].commitments}
    quote = '"I won\'t agree to any proposal that ends the mission," said Benjamin Netanyahu.'
    assert [c.type for c in run(quote)[1].commitments] == ["refusal"]
    (asked,) = run("Republicans will demand even bigger concessions to avoid a default.")[
        1
    ].commitments
    assert (asked.target, asked.action) == ("", "demand even bigger concessions to avoid a default")


def test_one_leaving_saying_another_would_reports_the_others_act():
    (item,) = run("Nigel Farage also left UKIP saying Paul Nuttall would lead it better.")[
        1
    ].commitments
    assert (item.actor, item.speaker) == ("Paul Nuttall", "Nigel Farage")
    assert item.confidence < CONFIDENT


def test_a_deputy_to_a_named_person_speaks_for_himself_not_for_that_person():
    _, found, _ = run(
        "Sarah Jones, now effectively Tom Reed's deputy at fly-half, wins her 65th cap. "
        '"We will treat them with the respect they deserve," said Jones.'
    )
    assert [(c.actor, c.speaker) for c in found.commitments] == [("Sarah Jones", "Sarah Jones")]


def test_a_penalty_named_before_the_verb_does_not_make_its_act_a_warning():
    _, found, _ = run(
        "In addition to the fine, Norvik Homes will pay to produce some lead-awareness "
        "content for its web site."
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Norvik Homes", "intention")]


def _resolving(text: str, name: str, kind: str, tagged: bool = True):
    """A parse of ``text`` (its names untagged unless ``tagged``) and a resolver that knows
    one actor."""
    from briefing.analysis.resolve import Resolver
    from briefing.models import Actor
    from briefing.nlp.model import load_model

    doc = load_model(None, "full")(text)
    if not tagged:
        doc.ents = []
    return doc, Resolver([Actor(name, kind)], [])


def test_a_name_the_tagger_missed_after_its_title_is_the_person_it_names():
    # read on CNN/DM: "Scottish First Minister Nicola Sturgeon ... refused", untagged there
    text = "Vessian First Minister Sarah Jones refused to resign."
    doc, resolver = _resolving(text, "Sarah Jones", "person", tagged=False)
    assert resolver.token(next(t for t in doc if t.dep_ == "nsubj"), 0) == "Sarah Jones"
    doc, resolver = _resolving("Stade de France will host the final.", "France", "country", False)
    assert resolver.token(next(t for t in doc if t.dep_ == "nsubj"), 0) != "France"


def test_a_name_in_a_relative_clause_is_not_the_speaker_it_is_hung_on():
    # read on BBC (seed 81): "The actor, whose films include ... The Phantom Menace, said"
    text = (
        "The Oscar-nominated actor, whose films include Harbour's List, Sam Collins and "
        'Sea Wars: The Phantom Menace, said: "The Lyric matters."'
    )
    doc, resolver = _resolving(text, "Phantom Menace", "person")
    menace = next(t for t in doc if t.text == "Menace")
    assert menace.dep_ == "appos" and menace.head.text == "actor"  # the misparse met
    assert resolver.speaker(menace.head, 0) != "Phantom Menace"


def test_too_important_for_someone_to_act_asks_that_they_do_not():
    _, found, _ = run(
        'Tom Reed spoke in Norvik on Monday. He said: "The theatre is too important for '
        'the council to close it."'
    )
    assert found.commitments == []
    _, found, _ = run(
        'Tom Reed spoke in Norvik on Monday. He said: "It is important for the council to '
        'keep the theatre open."'
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "demand")]


def test_he_wants_him_to_asks_the_other_man_named_before():
    _, found, _ = run(
        "Dr Tom Reed studied with Sam Holt. He told reporters he has no quarrel with Holt. "
        "He said he just wants him to follow the basic rules of science."
    )
    got = [(c.actor, c.type, c.target) for c in found.commitments if "rules" in c.action]
    assert got == [("Tom Reed", "demand", "Sam Holt")]
    _, found, _ = run("Tom Reed spoke on Monday. He said he wants him to follow the rules.")
    assert found.commitments == []  # no other man named: asks no one we know


def test_the_tellers_own_aim_told_is_an_intention_and_others_reading_of_it_is_not():
    _, found, _ = run(
        "The Norvik hospital was put in special measures in May. Mr Tom Reed said his "
        'intention is to "focus entirely on getting out of special measures this year".'
    )
    got = [(c.actor, c.type, c.action, c.time) for c in found.commitments]
    assert got == [
        ("Tom Reed", "intention", "focus entirely on getting out of special measures", "this year")
    ]
    _, found, _ = run("The Harbour Party said its aim is to cut fees by half.")
    assert [(c.actor, c.type) for c in found.commitments] == [("Harbour Party", "intention")]
    _, found, _ = run("Sam Holt met Tom Reed. Critics said his goal was to destroy the party.")
    assert found.commitments == []  # the critics' reading of someone's aim


def test_a_subject_relative_adds_no_object_to_a_one_word_act():
    # read on a real AP page: 'said Hill, who will testify Thursday' had read "testify Hill"
    _, found, _ = run('"On whose authority?" said Sarah Jones, who will testify Thursday.')
    assert [(c.actor, c.action, c.time) for c in found.commitments] == [
        ("Sarah Jones", "testify", "Thursday")
    ]
    _, found, _ = run("The Harbour Party opposes the bill, which Tom Reed has vowed to veto.")
    assert [(c.actor, c.action) for c in found.commitments] == [("Tom Reed", "veto the bill")]


def test_pressing_the_boundaries_asks_no_one():
    # read on a real AP page: "campaigns ... pressing the boundaries to get attention"
    _, found, _ = run("The Harbour Party has been pressing the boundaries to get attention.")
    assert found.commitments == []
    _, found, _ = run("The Harbour Party pressed the ministers to release the report.")
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Harbour Party", "demand", "ministers")
    ]


def test_it_said_by_an_unnamed_body_is_that_body():
    # from an XSum dev sample: "the Syrian opposition delegation in Geneva said it intended"
    _, found, _ = run(
        "Talks resumed in Norvik on Monday. The Vessian opposition delegation in Norvik said "
        "it intended to suspend the talks."
    )
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Vessian opposition delegation", "suspend the talks")
    ]
    _, found, _ = run("Talks resumed on Monday. The company said it would cut 200 jobs.")
    assert found.commitments == []  # "the company", with none named: not a guess


def test_be_and_a_noun_read_as_a_passive_is_no_act():
    # from an XSum dev sample: "the effect of it will be reduced choice for the consumer"
    _, found, _ = run(
        'Tom Reed spoke in Norvik on Monday. "The effect of it will be reduced choice for '
        'the consumer," Mr Reed said.'
    )
    assert found.commitments == []
    _, found, _ = run(
        'Tom Reed spoke in Norvik on Monday. "Any crossing of the border will be met with a '
        'swift and firm response," Mr Reed said.'
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "warning")]


def test_an_office_described_by_its_place_is_held_by_the_name_after_it():
    # from an XSum dev sample: "The Liberal Premier of ..., New South Wales, Mike Baird,"
    _, found, _ = run(
        "The Liberal Premier of Australia's most populous state, New South Wales, Sarah Jones, on "
        "Saturday challenged Mr Tom Reed to do more for the homeless."
    )
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Sarah Jones", "demand", "Tom Reed")
    ]
    # the tagger takes "The Liberal Premier" for a name, and the parser hangs the holder on
    # the state's name
    _, found, actors = run(
        "Mr Reed spoke on Friday. The Liberal Premier of Vessia's most populous state, New "
        "South Wales, Tom Baird, on Saturday challenged Mr Reed to do more for refugees."
    )
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Tom Baird", "demand", "Reed")
    ]
    assert "Liberal Premier" not in actors and "The Liberal Premier" not in actors


def test_a_counted_sample_asked_to_do_something_is_a_study_not_a_demand():
    # from a CNN/DM dev sample: a professor "then asked another 100 to rate their
    # attractiveness"
    _, found, _ = run(
        "A professor at Norvik University asked students to draw a face and then asked "
        "another 100 to rate it."
    )
    assert [c for c in found.commitments if "rate" in c.action] == []
    _, found, _ = run("The Harbour Party asked the ministers to rate the schools.")
    assert [(c.actor, c.type) for c in found.commitments] == [("Harbour Party", "demand")]


def test_a_places_hours_and_a_clubs_fixture_are_whats_next_not_commitments():
    # from CNN/DM and XSum dev samples: "the Statue of Liberty ... will reopen to the public
    # Saturday", "Forest Green will host MK Dons"
    for text in (
        "Talks went on. The Norvik Museum will reopen to the public on Saturday, officials said.",
        "Talks went on. Forest Green will host Norvik Rovers in the first round.",
    ):
        _, found, _ = run(text)
        assert found.commitments == [], text
    _, found, _ = run("Talks went on. The Harbour Party said it will close 40 offices next year.")
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Harbour Party", "close 40 offices")
    ]
    _, found, _ = run("Talks went on. President Tom Reed will host Sarah Jones at the palace.")
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "intention")]


def test_a_goal_that_another_act_is_a_demand_of_them():
    # from a labelled dev article: the group's goal is "for Dr. Oz to resign from the
    # Columbia faculty"
    _, found, _ = run(
        "The Harbour Party wrote to the council on Monday. Its leader Sarah Jones said the "
        "party's goal is for Dr. Tom Reed to resign from the Norvik faculty."
    )
    got = [(c.type, c.action, c.target) for c in found.commitments]
    assert ("demand", "resign from the Norvik faculty", "Tom Reed") in got
    _, found, _ = run("The Harbour Party said its goal is to close the incinerator.")
    assert [(c.type, c.action) for c in found.commitments] == [
        ("intention", "close the incinerator")
    ]


def test_typographic_apostrophes_are_read_as_straight_ones_and_shown_as_written():
    # read on a real Detroit News page: McCormick "told cheering teachers that they weren’t
    # “asking for the moon.”" had read as her demand, the "n’t" lost
    _, found, _ = run(
        "Sarah Jones spoke in Norvik. Jones told cheering teachers that they weren’t "
        "“asking for the moon.”"
    )
    assert found.commitments == []
    article, found, _ = run(
        "Talks went on. Tom Reed said: “We won’t back down unless they don’t pay, and we’ll "
        "keep fighting.”"
    )
    got = [(c.type, c.action, c.condition) for c in found.commitments]
    assert ("refusal", "back down", "unless they don’t pay") in got
    assert all(article.text[c.start : c.end] == c.text for c in found.commitments)


def test_a_speaker_called_only_by_title_is_the_person_so_titled_or_no_one():
    # read on a real Evening Standard page: "Chris Grayling warned ... the Conservative MP
    # said" had given the page an actor called "MP"; an XSum one, "The Streatham MP said"
    for text in (
        "Tom Reed warned on Monday of job cuts. Speaking in the Commons, the Harbour MP said: "
        "“I’d call on ministers to work with the industry.”",
        "Norvik is in the south. The Norvik MP said the council should not raise taxes.",
    ):
        _, found, _ = run(text)
        assert found.commitments == [], text
    _, found, _ = run(
        "Prime Minister Sarah Jones visited Norvik. The Prime Minister said: “We will build "
        "40 new hospitals.”"
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Sarah Jones", "intention")]


def test_a_commitment_told_in_a_sentence_dated_years_back_is_past():
    # read on a real Telegraph page: papers show Mrs Thatcher "warned six months before
    # GCSEs replaced O-levels in 1986 ... and asked for its introduction to be delayed"
    import datetime as dt

    from briefing.analysis.core import analyze
    from briefing.nlp.model import load_model, parse

    def scores(text):
        article = Article("t", text, published_at=dt.datetime(2016, 12, 30))
        found = analyze(article, list(parse(load_model(None, "full"), article.text)))
        return [(c.action, c.confidence >= CONFIDENT) for c in found.commitments]

    old = scores(
        "Talks went on. Previously unseen papers show Mrs Sarah Jones warned six months "
        "before GCSEs replaced O-levels in 1986 that she did not “like the sound of the new "
        "exam”, and asked for its introduction to be delayed."
    )
    assert old and not any(shown for _, shown in old)
    back = scores("Talks went on. Sarah Jones first proposed a ceasefire back in 2010.")
    assert back and not any(shown for _, shown in back)  # the parser hangs it on the object
    assert scores(
        "Talks went on. Sarah Jones vowed on Tuesday to repeal a law passed in 1986."
    ) == [("repeal a law passed in 1986", True)]


def test_an_idea_put_forward_is_no_offer():
    # read on a real Wired page: "Satoshi Nakamoto first proposed the idea of bitcoin back in
    # 2008" ("what a range will include" was tried as no act too: manifesto pledges of
    # "we will include" lost precision, so it is not kept)
    _, found, _ = run(
        "Talks went on. Tom Reed first proposed the idea of a harbour tax in a blog post."
    )
    assert found.commitments == []
    _, found, _ = run("Talks went on. Tom Reed proposed a ceasefire on Tuesday.")
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "offer")]


def test_a_cabinet_or_an_assembly_is_a_body_that_can_commit():
    # from an XSum dev cue sample ("The cabinet considered an urgent report on Tuesday and
    # voted to remove the section"): a cabinet is no thing that cannot act
    _, found, _ = run("Talks went on. The cabinet agreed to remove the section from the pier.")
    assert [(c.actor, c.type, c.action) for c in found.commitments] == [
        ("cabinet", "agreement", "remove the section from the pier")
    ]


def test_a_company_head_named_by_the_short_name_speaks_for_the_company():
    # read on a real CNBC page: "Emirates President Tim Clark told reporters that the airline
    # will recommence its expansion" had been scored as his word on another (0.27)
    from briefing import Settings

    text = (
        "Harbour Airline finalized a deal to buy 30 jets. Harbour President Sarah Jones told "
        "reporters that the airline will recommence its expansion next year."
    )
    brief = build_briefing([Article("p", text)], Settings(fit_page=False))
    got = [(c.actor, c.action, c.speaker) for c in brief.commitments]
    assert got == [("Harbour Airline", "recommence its expansion", "Sarah Jones")]


def test_an_experts_advice_to_the_public_is_no_demand_but_a_call_on_a_party_is():
    # read on a real Newsweek page: "Hamilton urged people to be cautious of believing
    # assertions made by suppliers" led the brief's commitments as a demand
    text = (
        "Sarah Jones, an expert in drug policy at the University of Vessia, said the findings "
        "were worrying. Jones urged people to be cautious of claims made by suppliers. She "
        "also urged the Harbour Party to ban the pills."
    )
    _, found, _ = run(text)
    got = [(c.actor, c.type, c.action, c.target) for c in found.commitments]
    assert got == [("Sarah Jones", "demand", "ban the pills", "Harbour Party")]


def test_how_long_since_a_record_is_no_time_of_the_act():
    # read on a real Rolling Stone page ("will tour together for the first time in nearly 25
    # years") and on a Multi-News day ("for the first time in 13 years"): time "in 13 years"
    text = (
        "Sarah Jones will tour for the first time in 25 years. The Harbour Party will hold "
        "its biggest rally in a decade next week. Vessia will hold the first vote in March."
    )
    _, found, _ = run(text)
    assert [(c.actor, c.time) for c in found.commitments] == [
        ("Sarah Jones", ""),
        ("Harbour Party", "next week"),
        ("Vessia", "in March"),
    ]


def test_a_described_person_is_no_actor_and_a_grid_place_no_intention():
    # from a CNN/DM sample (seed 86): "the 40-year-old Ulsterman ... announced he would
    # retire" went to an actor "Ulsterman"; "will only start 17th for McLaren" was an intention
    _, found, actors = run(
        "Tom Reed rode his 4,000th winner on Sunday. Last week the 40-year-old Ulsterman "
        "announced he would retire if he won the race again. Ann Lee will only start 17th "
        "for Norvik."
    )
    assert [(c.actor, c.action) for c in found.commitments] == [("Tom Reed", "retire")]
    assert "Ulsterman" not in actors


def test_outcomes_kept_on_and_appeals_to_a_whole_people_are_not_commitments():
    # from the Multi-News sample of seed 86: "Trump will continue receiving an executive
    # producer credit" (an outcome) and "All Americans should recoil from" (an appeal)
    _, found, _ = run(
        "Sarah Jones will continue receiving a producer credit on the show. Norvik will "
        "continue to face pressure. Vessia will continue to fund the schools. Tom Reed "
        'wrote: "All Vessians should recoil from this. All parties must return to talks."'
    )
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Vessia", "continue to fund the schools"),
        ("Tom Reed", "return to talks"),
    ]


def test_a_verb_after_a_misplaced_subject_does_not_take_the_first_verbs_subject():
    # from the Multi-News sample of seed 86: the parser hung "the White House and
    # congressional Democrats" on "after" and joined "declared" to "is bracing", so "they
    # would reject a bill" became the United States' refusal, shown at 0.60
    text = (
        "The United States is bracing for a shutdown after the White House and congressional "
        "Democrats declared that they would reject a budget passed by the House."
    )
    _, found, _ = run(text)
    assert all(c.confidence < CONFIDENT for c in found.commitments)


def test_an_inverted_not_only_am_i_committed_is_a_pledge():
    # from a CNN/DM cue sample (seed 86): "not only am I absolutely committed to making sure
    # they maintain their ... edge" put the subject on "committed", and nothing was found
    _, found, _ = run(
        'Sarah Jones met the Vessia delegation. "Not only am I absolutely committed to making '
        'sure they keep their edge, but I will sell them ships," Jones said.'
    )
    assert [(c.actor, c.type, c.action) for c in found.commitments] == [
        ("Sarah Jones", "pledge", "make sure they keep their edge"),
        ("Sarah Jones", "intention", "sell them ships"),
    ]


def test_there_is_no_room_for_an_act_rules_it_out():
    # "there is no room for compromise" (an XSum dev day); not "no room for more cars"
    _, found, _ = run(
        '"There is no room for compromise on the budget," Sarah Jones said. "There is no '
        'room for more cars in the square," Tom Reed said.'
    )
    assert [(c.actor, c.type, c.action, c.negated) for c in found.commitments] == [
        ("Sarah Jones", "refusal", "compromise on the budget", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # all read in a brief of the 40 real pages of ../shared/eval/pages
        # a study's senior author advises the public (Newsweek)
        'Sarah Jones, senior author of the study, works at Vessia. "The general public should '
        'be informed about the harms of these products," Jones said.',
        # an interview's trivial refusal (NJ.com)
        "Asked about it by reporters, Tom Reed declined to repeat that exact word.",
        # an infinitive that is the instruments' purpose, not the agency's plan (SpaceNews)
        "The Vessia agency is working on a call for proposals for science instruments to fly "
        "on those missions.",
    ],
)
def test_more_real_page_forms_that_commit_no_one(text):
    _, found, _ = run(text)
    assert found.commitments == []


def test_what_was_asked_for_is_the_demand_not_the_purpose_after_a_comma():
    # a Telegraph page: "She asked for implementation of the exam to be postponed for at
    # least a year, in line with the demands of many teachers, to help ensure ..." was shown
    # as a demand to "help ensure the syllabuses were sufficiently rigorous"
    _, found, _ = run(
        "Sarah Jones asked for implementation of the rules to be postponed for at least a year, "
        "in line with the demands of many teachers, to help ensure the tests were fair."
    )
    assert [c.action for c in found.commitments] == [
        "ask for implementation of the rules to be postponed for at least a year"
    ]


def test_why_after_a_comma_is_no_second_intention_and_an_untagged_name_after_a_title_acts():
    # read on Multi-News (seed 96): "intends to form a coalition ..., in part to avoid
    # unnerving" gave a second intention; "Minority Whip Steny Hoyer (D-Md.) pleaded" was
    # the Minority Whip's
    _, found, _ = run(
        "The Harbour Party has said repeatedly that it intends to form a coalition or unity "
        "government, in part to avoid unnerving liberals who may fear a takeover."
    )
    assert [c.action for c in found.commitments] == ["form a coalition or unity government"]
    _, found, _ = run(
        "Next, Minority Whip Steny Hoyer (D-Md.) pleaded for the House to abandon this "
        "reckless policy of sequestration."
    )
    assert [c.actor for c in found.commitments] == ["Steny Hoyer"]


def test_relaxing_rules_is_a_plan_and_sitting_down_with_the_unions_is_talks():
    # an evening at home is no plan (test_what_only_looks_like_a_commitment); these are
    for text, action in [
        ("Vessia's central bank is to relax restrictions on foreign ownership.", "relax"),
        ('"We will sit down with the unions next week," said Tom Reed.', "sit down with"),
        ('"We will go into talks with Norvik next week," said Tom Reed.', "go into talks"),
    ]:
        _, found, _ = run(text)
        assert [c.action.startswith(action) for c in found.commitments] == [True], text


def test_a_pronoun_of_the_other_gender_is_not_the_one_who_speaks():
    # read on XSum (seed 98): "Minichiello told the BBC she should take two or three months"
    # was the coach's own intention; "she" is the athlete
    _, found, _ = run("Sarah Jones arrived late. Tom Reed said she would resign.")
    assert [c.actor for c in found.commitments] == ["Sarah Jones"]
    _, found, _ = run("Sarah Jones arrived late. Tom Reed said he would resign.")
    assert [c.actor for c in found.commitments] == ["Tom Reed"]
    # read on Multi-News: "she" is the relative, whom the text does not name
    _, found, _ = run(
        "Kim Tran ran the unit. Calls to David Chaney's home were not returned. A relative of "
        "Chaney said she would relay a message to him."
    )
    assert found.commitments == []
    # "he warned she should": she is warned, by him
    _, found, _ = run("Tom Reed met Sarah Jones in 2012. But he warned she should stay away.")
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Tom Reed", "warning", "Sarah Jones")
    ]
    # nor is "she" the party or the firm whose voice reports it
    _, found, _ = run("A spokesman for the Harbour Party said she would resign.")
    assert found.commitments == []
    _, found, _ = run("Sarah Jones runs Norvik Foods. The company said she would step down.")
    assert [c.actor for c in found.commitments] != ["Norvik Foods"]


def test_what_one_says_one_should_do_is_a_view():
    _, found, _ = run("Tom Reed said he should lead the party.")
    assert found.commitments == []
    _, found, _ = run("Tom Reed said he must act now.")
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "intention")]


@pytest.mark.parametrize(
    "text",
    [
        "Norvik reiterated its call for the Harbour Party to withdraw its troops.",
        "Norvik issued a call for the Harbour Party to withdraw its troops.",
        "Norvik repeated its demand that the Harbour Party withdraw its troops.",
    ],
)
def test_a_call_or_demand_hung_on_its_noun_asks_the_one_named_to_act(text):
    # tried in common news forms: the action read "the Harbour Party", or nothing was found
    _, found, _ = run(text)
    assert [(c.actor, c.type, c.action, c.target) for c in found.commitments] == [
        ("Norvik", "demand", "withdraw its troops", "Harbour Party")
    ]


def test_what_some_of_a_group_did_is_kept():
    _, found, _ = run("Some Harbour lawmakers refused to back the bill on Tuesday.")
    assert [c.type for c in found.commitments] == ["refusal"]


def test_a_harm_promised_on_a_condition_is_a_threat():
    # read on Multi-News (seed 100): it was an intention
    _, found, _ = run(
        '"Wherever they are, if Norvik provokes, we will immediately destroy and bury them at '
        'sea," the Harbour Navy said in a statement.'
    )
    assert [(c.actor, c.type, c.condition) for c in found.commitments] == [
        ("Harbour Navy", "threat", "if Norvik provokes")
    ]


@pytest.mark.parametrize(
    ("text", "kind", "action"),
    [
        # read on BBC (a cue sample, seed 98): "I made a vow to Costacurta that ... I will"
        (
            '"I made a promise to the voters that I will cut taxes," said Tom Reed.',
            "promise",
            "cut taxes",
        ),
        ("Tom Reed made a promise that he would cut taxes.", "promise", "cut taxes"),
    ],
)
def test_a_word_given_that_one_will_act_is_that_word(text, kind, action):
    _, found, _ = run(text)
    assert [(c.actor, c.type, c.action) for c in found.commitments] == [("Tom Reed", kind, action)]


def test_a_broken_promise_or_the_promise_of_others_is_no_word_given():
    for text in (
        "Tom Reed broke his promise to cut taxes.",
        "Tom Reed said the promise that taxes would fall was a lie.",
    ):
        _, found, _ = run(text)
        assert found.commitments == [], text


def test_a_confession_made_is_a_way_of_speaking():
    # from the BBC sample of seed 86 ("I'll make a little confession to you")
    text = "\"I'll make a little confession to you - it's here I feel at home,\" Tom Reed said."
    _, found, _ = run(text)
    assert found.commitments == []


def test_a_name_in_brackets_before_the_verb_is_not_its_subject():
    # from the CNN sample of seed 87: a fixture line "(SUNDAY: Ricoh Arena, 2pm) Nathan
    # Hughes will wear No 8" gave the intention to the stadium
    _, found, _ = run(
        "HARBOUR v NORVIK (SUNDAY: Vessia Park, 2pm) Tom Reed will wear No 8 for Harbour after "
        "having a suspension overturned."
    )
    assert [c.actor for c in found.commitments] in ([], ["Tom Reed"])
    _, found, _ = run("Sarah Jones (left) will lead the talks for the Harbour Party next week.")
    assert [c.actor for c in found.commitments] == ["Sarah Jones"]


@pytest.mark.parametrize(
    "text",
    [
        # from the CNN sample of seed 87, in a manager's quote
        '"I love seeing players take control and Tom was happy to give him that job," Sarah '
        "Jones said.",
        '"Last year I was ready to leave the Harbour club," Tom Reed said.',
    ],
)
def test_a_readiness_told_in_the_past_offers_nothing_now(text):
    _, found, _ = run(text)
    assert found.commitments == []


def test_a_readiness_reported_in_the_past_is_still_an_offer():
    _, found, _ = run("Tom Reed said he was ready to meet the Harbour Party next week.")
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "offer")]


def test_an_object_that_is_the_subject_of_a_missed_that_clause_is_no_agreement():
    # from the BBC sample of seed 87: "Lord Falconer agreed the 1701 Act of Settlement, which
    # governs the succession, was discriminatory" was an agreement to "the Act"
    _, found, _ = run(
        "Tom Reed agreed the 1990 Harbour Act, which governs the port, was unfair but added "
        "that its effects were small."
    )
    assert found.commitments == []
    _, found, _ = run("Tom Reed agreed a deal with the Harbour Party and was pleased.")
    assert [c.type for c in found.commitments] == ["agreement"]


def test_a_verb_joined_by_or_to_a_negated_one_is_negated_too():
    # from the BBC sample of seed 87: "we shall not be picketing concerts or calling for
    # prosecutions to give the industry the space" was a demand to "give the industry..."
    _, found, _ = run(
        '"We shall not be picketing concerts or calling for prosecutions to give the industry '
        'the space to reform itself," said Tom Reed.'
    )
    assert all(c.type != "demand" for c in found.commitments)
    assert [(c.type, c.negated) for c in found.commitments] == [("refusal", True)]


def test_those_who_will_not_be_affected_are_assured_not_refusing():
    # from the XSum sample of seed 87: a minister's "Those who meet the general criteria for
    # detention will not be directly affected" was his refusal
    _, found, _ = run(
        'Tom Reed added: "Those who meet the general criteria for housing will not be directly '
        'affected by the decision."'
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "assurance")]


def test_a_statement_speaks_for_whoever_issued_it_not_the_one_before_it():
    # from the CNN sample of seed 88: a company's statement that a blogger posted ('"... we
    # intend to act upon your message," the statement read') was the blogger's intention
    text = (
        "Sarah Jones said she got a call from the company, asking her to post a statement "
        'from Norvik Textiles on her site. "The message was clear and we intend to act upon '
        'your message," the statement read.'
    )
    _, found, _ = run(text)
    assert [(c.actor, c.speaker) for c in found.commitments] == [
        ("Norvik Textiles", "Norvik Textiles")
    ]
    _, found, _ = run(text.replace("from Norvik Textiles ", ""))
    assert found.commitments == []  # whose statement is not said: no one's, not Sarah Jones's


def test_a_named_bodys_report_that_calls_for_an_act_is_its_demand():
    # from the CNN sample of seed 88: "An Amnesty International report is calling for
    # authorities to address the number of attacks" was found to commit no one
    _, found, _ = run(
        "A Harbour Party report is calling for ministers to address the number of closures."
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Harbour Party", "demand")]
    _, found, _ = run("The report is calling for ministers to address the number of closures.")
    assert found.commitments == []  # whose report is not said


def test_an_amount_in_brackets_does_not_cut_the_action():
    # from the BBC sample of seed 88: "rejected a £1.3bn ($2.5bn) takeover offer" read
    # "rejected a £1.3bn"
    _, found, _ = run(
        "Tom Reed said the Harbour Party would introduce a flat £20 ($38) monthly fee for "
        "people using its ferries."
    )
    assert [c.action for c in found.commitments] == [
        "introduce a flat £20 ($38) monthly fee for people using its ferries"
    ]


def test_what_is_needed_in_the_passive_is_asked_of_no_one():
    # from the BBC sample of seed 88: a banker's "a lot of time is needed to clean up the
    # mess" was his demand
    _, found, _ = run(
        '"Obviously with a lot of loss of life, a lot of time is needed to clean up the mess, '
        'bury the people and find the missing," said Tom Reed.'
    )
    assert found.commitments == []
    _, found, _ = run('"Vessia needs to clean up the mess," said Tom Reed.')
    assert [c.type for c in found.commitments] == ["demand"]


def test_go_ahead_and_act_keeps_the_act():
    # from the Multi-News sample of seed 88: the action read "go ahead"
    _, found, _ = run(
        '"We have got plenty of water, so we will go ahead and take the safest course," said '
        "Tom Reed."
    )
    assert [c.action for c in found.commitments] == ["go ahead and take the safest course"]


def test_where_one_goes_is_not_to_whom():
    # from the BBC sample of seed 88: "we'll go to Ireland to win" had Ireland as target
    # (a contest's result is no commitment at all: test_what_only_looks_like_a_commitment)
    _, found, _ = run('"We will go to Vessia to sign the treaty," said Tom Reed.')
    assert [(c.actor, c.target) for c in found.commitments] == [("Tom Reed", "")]
    _, found, _ = run('"We will hand the papers to Vessia," said Tom Reed.')
    assert [c.target for c in found.commitments] == ["Vessia"]


def test_him_after_an_unnamed_official_is_not_the_last_man_named():
    # from the Multi-News sample of seed 88: "wrote a letter to the top ethics official ...,
    # asking him to figure out what was going on with Ross' finances" targeted Ross
    _, found, _ = run(
        "Tom Reed was in the news. Sarah Jones wrote a letter to the top ethics official in "
        "the government, asking him to examine Reed's finances."
    )
    assert [(c.actor, c.target) for c in found.commitments] == [("Sarah Jones", "")]
    _, found, _ = run("Tom Reed was in the news. Sarah Jones wrote to him, asking him to resign.")
    assert [(c.actor, c.target) for c in found.commitments] == [("Sarah Jones", "Tom Reed")]
    # one described by an apposition is named: "Victoria, a lobbyist, ... calls for him to"
    _, found, _ = run(
        "Tom Reed was in the news. Sarah Jones, a lobbyist for the Harbour Party, asked him "
        "to resign."
    )
    assert [(c.actor, c.target) for c in found.commitments] == [("Sarah Jones", "Tom Reed")]


def test_she_after_an_unnamed_woman_is_brought_in_is_not_the_last_woman_named():
    # read on a CNN/DM day (seed 202): after the defender Tamara Brady spoke, "a fellow
    # graduate student, a woman" came in, and "he warned she should stay away from him"
    # was a warning to Brady
    _, found, _ = run(
        "Defence lawyer Ann Holt said he kept to himself. Tom Reed sent a text message to a "
        "fellow student, a woman, two weeks before. She asked if he had left. But he warned "
        "she should stay away from him."
    )
    assert not [c for c in found.commitments if c.target == "Ann Holt"]
    # one described in the sentence that names her, or told what he is, is no newcomer
    _, found, _ = run(
        "Ann Holt, a mother of two, spoke on Monday. She said she would sue the harbour board."
    )
    assert [c.actor for c in found.commitments] == ["Ann Holt"]
    _, found, _ = run(
        "Tom Reed ran the quay for years. He was a kind man, his sister said. He refused to "
        "sell the quay."
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "refusal")]


def test_an_invisible_character_does_not_join_a_word_to_a_name():
    # from the Multi-News sample of seed 88: "State Sen. Diane Savino \u200b(D-SI)" became
    # the actor "State Sen. Diane Savino \u200b(D SI"
    _, found, _ = run(
        "State Sen. Sarah Jones \u200b(D-NY) \u200bpraised the deal and called for the Harbour "
        "Party to reopen the quay."
    )
    assert [c.actor for c in found.commitments] == ["Sarah Jones"]


def test_a_call_for_someone_to_act_parsed_on_the_one_asked_is_a_demand():
    # from the BBC cue misses of seed 88: "Mr Goldman is calling for the authority to pay to
    # move the building" was found to commit no one
    _, found, _ = run("Tom Reed is calling for the authority to pay to move the building.")
    assert [(c.actor, c.type, c.action, c.target) for c in found.commitments] == [
        ("Tom Reed", "demand", "pay to move the building", "authority")
    ]


def test_a_call_for_a_gerund_is_a_demand():
    # from the BBC cue misses of seed 88: 'welcomed the report and called for a "slimming
    # down"'
    _, found, _ = run('Tom Reed welcomed the report and called for a "slimming down".')
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "demand")]
    _, found, _ = run("Tom Reed called for years without an answer.")
    assert found.commitments == []


def test_before_calling_on_someone_is_the_same_speakers_demand():
    # from the XSum cue misses of seed 88: '"...," Mr Vallenilla said ..., before calling on
    # the leader to make it clear' was found to commit no one
    _, found, _ = run(
        'Tom Reed spoke to reporters. "Please, my friend," Mr Reed said with tears in his '
        "eyes, before calling on the mayor to make it clear that his son was innocent."
    )
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Tom Reed", "demand", "mayor")
    ]


def test_a_demand_that_people_are_treated_so_is_a_demand_but_not_of_a_thing():
    # from the XSum cue misses of seed 88: "demanding that staff ... are put at the heart of
    # considerations", a present tense in British usage
    _, found, _ = run("Tom Reed demanded that workers are paid on time.")
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "demand")]
    _, found, _ = run("Vessia recommends that the tool is used before people publish a file.")
    assert found.commitments == []


def test_a_day_inside_a_papers_name_is_no_time_of_the_act():
    # from the XSum cue misses of seed 89: "In his Sunday Express article" was the time
    _, found, _ = run(
        "In his Sunday Harbour Express article, Tom Reed called for senior figures to be expelled."
    )
    _, dated, _ = run("Tom Reed promised to cut taxes on Sunday.")
    assert [(c.actor, c.time) for c in found.commitments] == [("Tom Reed", "")]
    assert [c.time for c in dated.commitments] == ["on Sunday"]


def test_a_quotes_ellipsis_does_not_cut_the_act_short():
    _, found, _ = run(
        'A spokesman for Norvik Pest Control wrote that the company is "committed to '
        'performing all work ... in a manner that is safe for our customers and the public" '
        "and is cooperating with the police."
    )
    assert [c.action for c in found.commitments] == [
        "perform all work ... in a manner that is safe for our customers and the public"
    ]


def test_the_combined_firm_is_neither_of_the_two():
    # from a BBC dev day: "The combined firm will operate about 1,000 stores" was the
    # bought firm's intention
    _, found, _ = run(
        "Norvik Stores agreed to buy Halden Mart for £11bn. The combined firm will operate "
        "about 1,000 stores across the country."
    )
    assert [c.actor for c in found.commitments] == ["Norvik Stores"]


@pytest.mark.parametrize(
    ("verb", "lemma", "joined"), [("said", "say", True), ("left", "leave", False)]
)
def test_a_teller_the_parser_joined_to_the_last_name_is_not_in_the_act(verb, lemma, joined):
    # from a Multi-News day: "return the tail of the helicopter ... that killed Osama bin
    # Laden, Sen. John F. Kerry (D-Mass.) said": the small parser made Kerry a second victim
    from spacy.tokens import Doc

    from briefing.analysis.cutting import teller_joined
    from briefing.nlp.model import load_model

    doc = Doc(
        load_model(None, "full").vocab,
        words=["raid", "killed", "Tom", "Reed", ",", "Sarah", "Jones", verb],
        pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"],
        lemmas=["raid", "kill", "Tom", "Reed", ",", "Sarah", "Jones", lemma],
        heads=[1, 1, 3, 1, 3, 6, 3, 1],
        deps=["nsubj", "ROOT", "compound", "dobj", "punct", "compound", "conj", "conj"],
    )
    assert teller_joined(doc[6]) is joined
    assert not teller_joined(doc[3])


def test_a_thing_that_threatens_is_not_the_teller():
    # the parse joins "threatened" to what Tom Reed said, as for "refused" above; but a storm
    # can threaten, so its act is not made his
    _, found, _ = run("Tom Reed said the storm was coming and threatened to flood the town.")
    assert "Tom Reed" not in [c.actor for c in found.commitments]


def test_she_opening_a_sentence_says_the_gender_a_first_name_does_not():
    # from a Multi-News document: "He was non-violent, refusing to carry a gun" went to his
    # sister, the last person named, whose first name says no gender
    text = (
        "Vikki Halden isn't satisfied. She describes herself as in a bind. Although Jeff "
        "Halden was first listed as missing, Vikki Halden doesn't believe her brother left "
        "on purpose. He was non-violent, refusing to carry a gun."
    )
    _, found, _ = run(text)
    assert [c.actor for c in found.commitments] == ["Jeff Halden"]
    # a "he" inside a quote opening the sentence is someone else, in her words
    _, found, _ = run('Kim Reed was angry. "He lied to me," she said. She vowed to sue Norvik.')
    assert [c.actor for c in found.commitments] == ["Kim Reed"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # read on a BBC recall sample (seed 126): "Plans to abolish 162 quangos have been
        # unveiled by the Conservatives"
        (
            "Plans to abolish 162 quangos have been unveiled by the Harbour Party.",
            [("intention", "Harbour Party", "abolish 162 quangos")],
        ),
        (
            "Plans to close the plant were announced by Norvik Motors.",
            [("intention", "Norvik Motors", "close the plant")],
        ),
        # a decision on them, or a view of them, makes them no one's plans
        ("Plans to close the plant were approved by Norvik Council.", []),
        ("Plans to close the plant were criticised by Norvik Motors.", []),
    ],
)
def test_plans_announced_in_the_passive_are_the_announcers(text, found):
    _, result, _ = run(text)
    assert [(c.type, c.actor, c.action) for c in result.commitments] == found


def test_an_order_to_halt_is_a_demand_and_its_grounds_no_target():
    # read on a BBC recall sample (seed 126): "China has ordered a halt to construction work
    # on 26 big power stations ... on environmental grounds"
    _, found, _ = run(
        "Norland has ordered a halt to construction work on 26 big power stations, including "
        "two at the Calder Dam, on environmental grounds."
    )
    assert [(c.type, c.actor, c.target) for c in found.commitments] == [("demand", "Norland", "")]
    assert "halt to construction work" in found.commitments[0].action
    _, found, _ = run("Tom Reed ordered a pizza for the team on Monday.")
    assert found.commitments == []


def test_when_a_commitment_was_made_is_not_when_its_act_is_to_happen():
    from test_entities import find, run

    _, found, _ = run(
        "In June last year, Mr Dorran announced proposals to raise tuition fees for students "
        "from abroad. The council on Monday called on the ministry to reopen the bridge. The "
        "minister will announce on Friday a plan to cut fees. The union pledged to strike "
        "from next week."
    )
    assert find(found, "raise tuition fees").time == ""
    assert find(found, "reopen the bridge").time == ""
    assert find(found, "cut fees").time == "on Friday"  # the announcing is the act ahead
    assert find(found, "strike").time == "from next week"


def test_plans_in_a_critics_list_of_objects_are_not_the_critics_intention():
    from test_entities import run

    _, found, _ = run(
        "Mr Varley said the government was using fear. He also criticised attempts to bring "
        "in trial without jury, plans to lower the burden of proof in some trials, and ID "
        "card plans. Mr Varley criticised the law and plans to repeal it."
    )
    assert [c.action for c in found.commitments] == ["repeal it"]


def test_what_a_firm_is_offering_for_sale_and_what_was_sent_are_no_commitments():
    from test_entities import run

    _, found, _ = run(
        "In addition, the cable firm Telwest is offering children's programmes, adult "
        "content, music video and concerts. Norland is offering talks to end the crisis. A "
        'Downing Street spokesman said: "This is in addition to the ships and aircraft we '
        'have already committed to the relief operation." The council has committed to '
        "building homes."
    )
    assert sorted(c.action for c in found.commitments) == [
        "building homes",
        "offer talks to end the crisis",
    ]


def test_a_negated_passive_reads_whole_when_it_cannot_turn_active():
    from test_entities import find, run

    _, found, _ = run(
        "The Ministry of Works said the old toll rules would not be abolished and argued "
        'drivers already had a choice. Mr Pellow added: "Those who pay by card will not be '
        'directly affected by the decision to close the booths." Mr Arden said: "I am not '
        'going to be diverted or distracted by rumours."'
    )
    toll = find(found, "abolish")
    assert (toll.type, toll.action) == ("refusal", "abolish the old toll rules")
    booths = find(found, "affected")
    assert booths.action == (
        "those who pay by card will not be directly affected by the decision to close the booths"
    )
    assert not booths.negated  # its words say "not"; the page must not say it twice
    assert find(found, "distracted").action.startswith("be diverted or distracted")
    assert find(found, "distracted").negated


def test_a_thing_committed_to_reads_as_committed_to_it_and_an_act_comes_first():
    from test_entities import find, run

    _, found, _ = run(
        "Mr Corvan said he was committed to the harbour plan. The Branley Trust said "
        "it is committed to the principle of open access and to publishing every finding. "
        "Mr Lusk said he was committed to Europe."
    )
    assert sorted(c.action for c in found.commitments) == [
        "committed to Europe",
        "committed to the harbour plan",
        "publish every finding",
    ]
    # one word is too little to show, however it is worded
    assert find(found, "Europe").confidence < CONFIDENT


def test_a_clause_that_says_when_is_the_acts_time():
    from test_entities import find, run

    _, found, _ = run(
        'A Norland spokesman said: "We are not making any comment and will respond when the '
        'report is published." Mr Lusk said he would resign before the vote takes place. '
        "Ms Arden said she would stay on when she was younger."
    )
    assert find(found, "respond").time == "when the report is published"
    assert find(found, "resign").time == "before the vote takes place"
    assert all("younger" not in c.time for c in found.commitments)  # told in the past


def test_an_offence_told_in_court_is_no_commitment_but_help_for_victims_is():
    from test_entities import run

    _, found, _ = run(
        "In May 2014, Dale Wrexley offered to give his victim a massage after she suffered "
        "cramp. Ross Keel also taunted the victim on Facebook, telling her: 'I am going to "
        "send some more pictures too.' Mayor Anne Loder vowed to help the victims of the fire."
    )
    assert [c.action for c in found.commitments] == ["help the victims of the fire"]


def test_a_joined_verb_with_a_tense_of_its_own_is_the_tellers_next_clause():
    from test_entities import find, run

    _, found, _ = run(
        "Mr Lusk has said more families would be housed but has stopped short of boosting "
        "overall numbers."
    )
    assert "stopped" not in find(found, "housed").action


def test_a_clauses_subject_parsed_as_the_pledges_object_stays_with_the_act():
    from test_entities import run

    _, found, _ = run(
        'Mr Lusk spoke in Leeds. And he pledged childcare would be a "centrepiece" of the '
        "party's manifesto."
    )
    assert [c.action for c in found.commitments] == [
        'childcare to be a "centrepiece" of the party\'s manifesto'
    ]


def test_a_partner_in_the_act_is_not_whom_it_is_promised_to():
    from test_entities import find, run

    _, found, _ = run(
        "President Anton Varga is working with the Vessians and other allies to return to "
        "Norland. Marenia agreed with Vessia to cut tariffs."
    )
    assert find(found, "return to Norland").target == ""  # it read "(to Vessia)"
    assert find(found, "cut tariffs").target == "Vessia"


def test_another_named_persons_act_vouched_for_reads_with_its_subject():
    # read on a CNN/Daily Mail day: "Inter Milan assurance: not leaving the club" (it was
    # Shaqiri who would not leave, his manager who said so)
    from test_entities import find, run

    _, found, _ = run(
        "Dario Vance insists Malik will not be leaving the club despite reports to the "
        "contrary. Harbour Foods insisted it would not add to costs."
    )
    leaving = find(found, "leaving")
    assert (leaving.actor, leaving.type) == ("Dario Vance", "assurance")
    assert leaving.action.startswith("Malik will not be leaving the club")
    assert not leaving.negated  # its words say "not"
    costs = find(found, "add")
    assert (costs.action, costs.negated) == ("add to costs", True)  # its own side's act


def test_who_should_act_in_common_words_reads_in_the_demand():
    # read on a BBC day: "Muslim Council demand: receive counselling and medical help" (it
    # was the freed men who should receive it)
    from test_entities import find, run

    _, found, _ = run(
        "The Harbour Council urged that the men should receive counselling and medical help. "
        '"The broadcasters should make the decision to go ahead," Lord Tarrant said. '
        "Amnesty said Marenia must withdraw its troops."
    )
    assert find(found, "receive").action == "the men to receive counselling and medical help"
    assert find(found, "decision").action.startswith("the broadcasters to make the decision")
    troops = find(found, "withdraw")
    assert (troops.action, troops.target) == ("withdraw its troops", "Marenia")  # named: whom


def test_insisting_that_something_be_done_demands_it_also_in_a_second_that_clause():
    # read in a CNN/Daily Mail dev article: "insisting it's a country ruled by law and that
    # its judicial sovereignty be respected" gave nothing
    from test_entities import find, run

    _, found, _ = run(
        "Marenia had rejected all criticism, insisting it's a country ruled by law and that "
        "its judicial sovereignty be respected. Harbour Foods insisted that prices are fair."
    )
    respected = find(found, "respected")
    assert (respected.actor, respected.type) == ("Marenia", "demand")
    assert respected.action == "its judicial sovereignty to be respected"
    assert [c for c in found.commitments if c.actor == "Harbour Foods"] == []  # a claim


def test_a_place_named_in_parts_and_a_bracketed_short_name_stay_in_the_action():
    # read on CNN/DM and XSum: the action had stopped at "Broken Arrow" and at "Fast Track"
    _, found, _ = run(
        "Health officials warned consumers not to eat any products made at the company's "
        "Broken Arrow, Oklahoma, plant."
    )
    assert [c.action for c in found.commitments] == [
        "eat any products made at the company's Broken Arrow, Oklahoma, plant"
    ]
    _, found, _ = run(
        "The Home Office decided to halt the Detained Fast Track (DFT) system last week."
    )
    assert [c.action for c in found.commitments] == ["halt the Detained Fast Track (DFT) system"]


def test_a_passive_done_to_him_is_not_the_bodys_own_fate():
    # read on XSum (seed 148): "The French Football Federation said he would not be picked"
    # was shown as the federation's "not be picked"
    _, found, _ = run(
        "Paul Durand has been left out of the squad. The Ruritanian Football Federation said he "
        "would not be picked after being investigated for his part in an alleged plot."
    )
    assert not [c for c in found.commitments if c.confidence >= CONFIDENT]
    # a person's "he" and "she" are their own
    for text in (
        "Nora Quist issued a statement, saying she was not going to be bullied into silence.",
        "Alan Reed was asked about the book. The chancellor would not comment on the reports, "
        'but insisted he would not be "diverted or distracted" from tackling the challenges.',
    ):
        _, found, _ = run(text)
        assert [c.confidence >= CONFIDENT for c in found.commitments] == [True], text


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Bell gave the Harbour Board until Friday to reopen the north quay.",
        "Mayor Ana Bell set a deadline of Friday for the Harbour Board to reopen the quay.",
    ],
)
def test_a_deadline_is_a_demand_on_whom_it_is_set_for(text):
    _, found, _ = run(text)
    assert [(c.actor, c.type, c.target) for c in found.commitments] == [
        ("Ana Bell", "demand", "Harbour Board")
    ]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Mayor Ana Bell urged ministers to step in.", "step in"),
        ("Mayor Ana Bell pledged to clean the harbour up.", "clean the harbour up"),
    ],
)
def test_a_verbs_particle_ends_the_act(text, action):
    # forms written for this test: "step in" was shown as "step", a bare verb
    _, found, _ = run(text)
    assert [(c.action, c.confidence >= CONFIDENT) for c in found.commitments] == [(action, True)]


def test_a_function_word_cut_off_or_a_particle_cut_short_still_goes():
    assert readable_cut("reopen the quay including the") == "reopen the quay"
    long = " ".join(["word"] * 30) + " in"
    assert not readable_cut(long, particle=True).endswith(" in")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            '"I can guarantee that nobody will lose their job," Harbour Board chairman Tom Reed '
            "said.",
            "nobody to lose their job",
        ),
        (
            "Harbour Board chairman Tom Reed promised that nothing would change for residents.",
            "nothing to change for residents",
        ),
    ],
)
def test_nobody_as_the_subject_keeps_the_not_of_the_act(text, action):
    # "nobody will lose their job" had been shown as "lose their job": the opposite
    _, found, _ = run(text)
    assert [(c.actor, c.action) for c in found.commitments] == [("Tom Reed", action)]


def test_met_with_a_legal_challenge_is_a_warning():
    _, found, _ = run(
        "Any attempt to close the quay will be met with a legal challenge, Mayor Ana Bell said."
    )
    assert [(c.actor, c.type) for c in found.commitments] == [("Ana Bell", "warning")]


def test_a_threat_told_with_the_words_of_a_quote_is_a_threat():
    # read on XSum (seed 158): an officer "threatening him with the words: 'I will light you
    # up!'" was typed an intention (the parser hangs "threatened" under the quoted act)
    _, found, _ = run('Officer Tom Reed threatened Ana Bell with the words: "I will arrest you!"')
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "threat")]
    _, found, _ = run('Tom Reed said: "I will arrest you."')
    assert [(c.actor, c.type) for c in found.commitments] == [("Tom Reed", "intention")]


def test_the_same_work_named_is_an_act_a_reader_can_take_in():
    # "do the same" alone is a look-alike (above); with its noun it says what
    _, found, _ = run("Mayor Ana Bell urged the Harbour Board to do the same work on the quay.")
    assert [c.action for c in found.commitments] == ["do the same work on the quay"]


def test_a_call_on_the_public_or_customers_is_advice_kept_off_the_page():
    # read on a Multi-News day (seed 171): "Pepco demand: review emergency plans (to
    # customers)" was a storm story's commitment; an order is still a demand
    text = (
        "Harbour Power said the storm would reach Vessia on Friday. Harbour Power urged "
        "customers to review emergency plans. Police urged people to avoid driving. Police "
        "ordered residents to leave the coast. Sarah Jones urged the Harbour Party to ban "
        "the pills."
    )
    _, found, _ = run(text)
    shown = [(c.actor, c.action) for c in found.commitments if c.confidence >= CONFIDENT]
    kept = [(c.actor, c.action) for c in found.commitments if c.confidence < CONFIDENT]
    assert shown == [("Police", "leave the coast"), ("Sarah Jones", "ban the pills")]
    assert kept == [("Harbour Power", "review emergency plans"), ("Police", "avoid driving")]
    # the customers named before a relative "who" (a BBC day, seed 201)
    _, found, _ = run(
        '"We want stronger safeguards for our customers, who we would urge to make use of '
        'these new options," said Tom Reed.'
    )
    assert [c.confidence < CONFIDENT for c in found.commitments] == [True]


def test_the_government_of_the_country_a_sentence_is_set_in():
    # read on a CNN/DM day (seed 172): "In Pakistan, the government lifted a moratorium ...
    # the government has threatened to send more prisoners to the gallows" showed the
    # actor "government"; a country named otherwise leaves it unnamed
    text = (
        "In Chile, the government lifted a ban on protests last year. Many marches have "
        "been held since, and the government has threatened to jail their leaders. After "
        "talks with Peru, the government promised to cut taxes."
    )
    _, found, _ = run(text)
    assert [(c.actor, c.type) for c in found.commitments] == [
        ("Chile", "threat"),
        ("government", "promise"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking up seats won is one's own act (not the seats the voters give)
        (
            "The Harbour Party said it will not take its seats in the assembly.",
            [("Harbour Party", "refusal", "take its seats in the assembly")],
        ),
        # one's own "to be chosen" is an aim; a manifesto's "promising pupils will be
        # selected" (pledges dev set) is what the party will do
        (
            "The three men are seeking to be named as the Harbour Party's candidate in May. "
            "The Harbour Party said promising pupils will be selected for special training.",
            [("Harbour Party", "intention", "pupils to be selected for special training")],
        ),
    ],
)
def test_the_other_side_of_what_voters_and_others_decide(text, expected):
    _, found, _ = run(text)
    assert [(c.actor, c.type, c.action) for c in found.commitments] == expected


def test_an_act_committed_to_as_a_gerund_reads_in_the_plain_form():
    # read on an XSum day (seed 179): "Sally-Ann Hart pledge: investing in our beach patrol";
    # over the dev dumps 54 confident actions read so ("halving the budget deficit")
    _, found, _ = run(
        'Councillor Ann Holt said: "We are committed to investing in our beach patrol." '
        "Tom Reed, the mayor, has ruled out retiring."
    )
    actions = {c.action for c in found.commitments}
    assert "invest in our beach patrol" in actions
    assert not [a for a in actions if a.split()[0].endswith("ing")]


def test_they_of_officials_for_a_body_the_text_named_is_that_body():
    _, found, _ = run(
        "The Norvik Housing Agency took over the estate in May. Officials at the agency "
        "said they would rebuild the school by the end of the year."
    )
    assert [(c.actor, c.action) for c in found.commitments] == [
        ("Norvik Housing Agency", "rebuild the school")
    ]
    _, found, _ = run(
        "The Norvik Housing Agency took over the estate in May. Officials at a company "
        "said they would rebuild the school by the end of the year."
    )
    assert [c.actor for c in found.commitments] != ["Norvik Housing Agency"]


def test_withdrawing_a_claim_on_a_condition_is_no_threat():
    _, found, _ = run(
        "The Norvik Housing Agency took over the estate in May. The agency said it will "
        "withdraw its petition once the school reopens."
    )
    assert [c.type for c in found.commitments] == ["intention"]
    _, found, _ = run("Vessia will withdraw its ambassador if the talks fail, Tom Reed said.")
    assert [c.type for c in found.commitments] == ["threat"]


@pytest.mark.parametrize(
    "text",
    [
        # a real BBC report's "The media giant ... has agreed to refrain from ..." showed
        # "media giant" as the actor on the page
        "Vessia Media Group was accused of hiding payments to its directors. The media giant "
        "was not fined by the regulator, but has agreed to refrain from any future violations.",
        # a real BBC report's "The board of Lufthansa has recommended paying a dividend" was
        # the unnamed "board"'s, as "Lufthansa's board" is Lufthansa's
        "Vessia Media Group was hit by tough competition last year. The board of Vessia Media "
        "Group has agreed to pay a dividend of 30 cents per share.",
    ],
)
def test_a_company_called_the_giant_or_its_board_is_that_company(text):
    _, found, _ = run(text)
    assert [c.actor for c in found.commitments] == ["Vessia Media Group"]


def test_an_act_reads_across_its_time_right_after_the_verb():
    # "called on Thursday for ..." had given the bare act "call", too short to show
    _, found, _ = run(
        "Tom Reed, the Harbour Party leader, called on Thursday for an independent inquiry "
        "into the deaths."
    )
    assert [(c.action, c.time) for c in found.commitments] == [
        ("call for an independent inquiry into the deaths", "on Thursday")
    ]
    # the time is the date alone, not a manner tagged onto it ("hard tomorrow")
    _, found, _ = run('Tom Reed said: "We need to concentrate hard tomorrow to win the match."')
    assert [(c.action, c.time) for c in found.commitments] == [
        ("concentrate to win the match", "tomorrow")
    ]
    # nor a linking word before it ("Also on Christmas Day")
    _, found, _ = run(
        "Also on Christmas Day, Tom Reed will return in a one-off edition of the show."
    )
    assert [c.time for c in found.commitments] == ["on Christmas Day"]


def test_a_date_inside_a_place_phrase_is_the_time_and_the_place_the_acts():
    # read on a BBC day: "join ... in a visit to Sheffield on Thursday" had the whole phrase
    # as its time
    _, found, _ = run("Tom Reed is to join Ann Holt in a visit to Norvik on Thursday.")
    assert [(c.action, c.time) for c in found.commitments] == [
        ("join Ann Holt in a visit to Norvik", "on Thursday")
    ]


def test_a_peoples_leaders_speak_for_its_state_but_rebels_or_two_leaders_do_not():
    # from the dev half of the labelled set: "Hong Kong and Chinese leaders have repeatedly
    # said there is no room for the proposal to change" had no one to refuse it
    assert shown("Chinese leaders have said there is no room for the plan to change.") == [
        ("China", "refusal", "the plan to change")
    ]
    assert "Syria" not in [a for a, _, _ in shown("Syrian rebels have vowed to take the city.")]
    assert "China" not in [a for a, _, _ in shown("Two Chinese leaders vowed to take the city.")]


def test_a_that_clause_of_ones_own_announcement_is_ones_own_word():
    # from a CNN/DM sample of hidden commitments: "Sen. Rand Paul made the not-so-surprising
    # announcement that he will run for president" had no speaker, so stayed off the page
    assert shown("Sen. Tom Reed made the announcement that he will run for president.") == [
        ("Tom Reed", "intention", "run for president")
    ]
    assert shown("Tom Reed made the announcement that Ann Holt will resign.") == []


def test_someone_called_by_age_is_the_one_just_named_or_no_one():
    # read on a BBC day: "the 22-year-old told BBC Sport" made "22-year-old" an actor (the
    # text had lost her name; the last subject named, paragraphs before, was a man)
    quote = '"I will do my best to break the record soon," the 22-year-old told BBC Sport.'
    assert shown(f"Tom Reed won again on Sunday. {quote}") == [
        ("Tom Reed", "intention", "do my best to break the record soon")
    ]
    far = "Tom Reed came fifth and was disappointed. " + "The race went on. " * 25
    assert shown(far + "The champion set a new mark. " + quote) == []


def test_a_saying_participle_on_the_object_is_no_part_of_the_act():
    # read on an XSum day: "rejected a call ... for a cross-border inquiry saying it was
    # 'not appropriate'" kept the reason in the action
    _, found, _ = run(
        "First Minister Ann Holt rejected a call by Tom Reed for a cross-border inquiry "
        'saying it was "not appropriate".'
    )
    assert [c.action for c in found.commitments] == [
        "reject a call by Tom Reed for a cross-border inquiry"
    ]


def test_the_government_is_the_one_country_a_report_names_more_than_in_passing():
    # from a CNN/DM sample of hidden commitments: "The government had no intention to change
    # course on its planned nuclear restart, he said" had "government" as its committer
    text = (
        "Japan will appeal against a court ruling that blocked two reactors in the west of "
        "Japan. Tom Reed, a minister, said the ruling was disappointing. The government had "
        "no intention to change course on its planned restart, he said."
    )
    assert ("Japan", "refusal", "change course on its planned restart") in shown(text)
    # read on an XSum day: "US-based cleric" is the only country named, once, and the
    # government that purges the army is another (Turkey's, never named)
    text = (
        "The coup was blamed on a US-based cleric. Tom Reed was dismissed. On Saturday the "
        "government announced plans to close all military academies."
    )
    assert "United States" not in [actor for actor, _, _ in shown(text)]


def test_ready_to_come_home_is_a_state_ready_to_go_back_to_talks_an_offer():
    # from the Multi-News sample of seed 203: a crash survivor "ready to come home" had been
    # her offer
    assert shown("Ann Holt, who survived the crash, is ready to come home, her father said.") == []
    assert shown("Tom Reed said he is ready to go back to the negotiating table.") == [
        ("Tom Reed", "offer", "go back to the negotiating table")
    ]


def test_a_clause_set_off_after_the_time_is_no_part_of_it():
    from test_entities import find, run

    _, found, _ = run(
        "Singer Lena Vossberg will not play any new songs at next month's concert, which will "
        "feature Ann Holt singing with a string quartet. Tom Reed will resign on the day the "
        "deal closes."
    )
    assert find(found, "new songs").time == "at next month's concert"
    assert find(found, "resign").time == "on the day the deal closes"  # no comma: it says when


def test_the_billionaire_after_a_quote_is_whom_the_sentence_before_was_about():
    # from an XSum cue sample: '"...," the billionaire wrote. "... I will never let the club
    # down"' had no speaker, so the owner's assurance was lost
    quote = '"We will never let the club down," the billionaire wrote.'
    before = "Norvik owner Tom Reed used a letter to explain why he sacked Ann Holt. "
    assert shown(before + quote) == [("Tom Reed", "assurance", "let the club down")]
    # the detective is no one named before: the man arrested
    assert shown('Police arrested Tom Reed. "We will find the truth," the detective said.') == []
    # two named, neither the subject before: no one
    two = "The vote went to Tom Reed and Ann Holt. "
    assert shown(two + "It was close. " + quote) == []


def test_a_thing_not_undone_by_some_means_is_no_ones_act():
    # from a dump of BBC dev texts: "it would not be defeated by 'military might alone'"
    # (terrorism) was Tony Blair's refusal to be defeated
    before = "Mr Tom Reed said states had to work with Vessia to fight global terrorism. "
    assert shown(before + "He said it would not be defeated by military might alone.") == []
    # people spared by a decision are still assured
    spared = (
        'Minister Tom Reed added: "Those who meet the criteria will not be directly affected '
        'by the decision to suspend the scheme."'
    )
    assert [kind for _, kind, _ in shown(spared)] == ["assurance"]


def test_the_one_a_must_asks_is_named_as_the_text_names_it():
    # from a dump of dev texts: "the prime minister should make a statement" and "the
    # government must guarantee" were demands to no one
    _, found, _ = run("Ann Holt said the government should apologise to the families.")
    assert [(c.actor, c.target) for c in found.commitments] == [("Ann Holt", "government")]
    # a thing done is asked of no one
    _, found, _ = run("Ann Holt said the money should be spent on schools.")
    assert all(c.target == "" for c in found.commitments)


def test_the_group_is_the_body_the_text_named_with_that_word():
    # read in the brief of the real pages: "The group, WeWorkers Coalition, formed ..." and
    # later "the group ... demanded a deadline extension" was given to a firm named between
    text = (
        "The group, Port Alder Workers Coalition, formed in recent weeks. The group announced "
        "that Norvik Steel had reached an agreement with Vessia Energy. The group said the "
        "contract has confused employees, and demanded a deadline extension."
    )
    assert shown(text) == [
        ("Port Alder Workers Coalition", "demand", "demand a deadline extension")
    ]


def test_taking_someone_to_court_warns_and_the_court_is_not_whom():
    # read on Multi-News (seed 224): "Frances Bean is ready to take the matter in front of
    # a judge" was shown as an offer
    _, found, _ = run(
        "Ann Holt is ready to take the matter in front of a judge. Tom Reed will go to court "
        "if the council refuses. Lena Vossberg said she will take the case to the European "
        "Court. Ann Holt will appear in court on Monday."
    )
    got = {(c.actor, c.type, c.target) for c in found.commitments}
    assert ("Ann Holt", "warning", "") in got
    assert ("Tom Reed", "threat", "") in got
    assert ("Lena Vossberg", "warning", "") in got
    assert not any("appear" in c.action for c in found.commitments)


def test_taking_ones_own_case_to_a_higher_court_is_an_intention():
    # read on XSum: a campaigner who lost "will take his case to the Supreme Court"
    _, found, _ = run("Tom Reed said he will take his case to the Supreme Court.")
    assert [(c.type, c.target) for c in found.commitments] == [("intention", "")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # read on BBC (cue_misses, seed 225): three commitments the page did not show
        (
            "A judge should look into the controversy as key questions remain unanswered, "
            "the Lib Dems say.",
            ("Lib Dems", "demand", "look into the controversy"),
        ),
        (
            "The Norvik Rowing Federation insisted it would take disciplinary action unless "
            "she could prove she was injured.",
            ("Norvik Rowing Federation", "threat", "take disciplinary action"),
        ),
        (
            "Tom Reed insisted he would take disciplinary action unless she could prove she "
            "was injured.",
            ("Tom Reed", "threat", "take disciplinary action"),
        ),
    ],
)
def test_asked_of_an_official_or_insisted_on_a_condition_is_shown(text, expected):
    assert expected in shown(text)


def test_what_it_will_take_is_still_no_act():
    assert shown("It will take years to rebuild the town, Tom Reed said.") == []


def test_a_demand_told_in_the_past_perfect_is_not_shown():
    # read on BBC: "It had suggested judges should reduce sentences by a third", a proposal
    # the article goes on to say was changed
    text = "The Norvik Sentencing Council {} judges should reduce sentences by a third."
    assert shown(text.format("had suggested")) == []
    assert shown(text.format("suggested"))


def test_an_order_by_some_unnamed_one_is_not_shown():
    # read on Multi-News (seed 227): "judge demand: pay Silva $15,000 a month" from "a
    # judge ordered Frances Bean to pay Silva ..."
    assert shown("In May, a judge ordered Ann Holt to pay Tom Reed $1,500 a month.") == []
    assert shown("Doctors demanded that Columbia University sever all ties with Oz.")


def test_it_after_another_body_named_in_the_told_clause_is_not_surely_the_teller():
    # read on a real page (WeWork layoffs): "the group said employees were told by WeWork
    # to sign ..., otherwise it would consider their resignations voluntary" was shown as
    # the group's intention
    text = (
        "Norvik Bank is cutting 300 jobs. The Harbour Staff Union said that employees were "
        "told by Norvik Bank to sign the contract by Monday, otherwise it would consider "
        "their resignations voluntary. The Harbour Staff Union said it would appeal."
    )
    got = shown(text)
    assert not any("resignations" in action for _, _, action in got), got
    assert ("Harbour Staff Union", "intention", "appeal") in got


def test_they_in_a_sentence_where_they_say_so_is_their_own_word():
    # the form of a labelled dev article (Basij): "they will go to any lengths necessary,
    # including -- they say -- taking on ISIS"
    text = (
        "The Norvik Guard is a militia. To do that, they will go to any lengths necessary, "
        "including -- they say -- taking on the rebels."
    )
    assert ("Norvik Guard", "intention", "go to any lengths necessary") in shown(text)
    assert shown("Tom Reed is the mayor. He will take office in May.") == []


def test_people_of_a_body_leaving_it_is_not_the_bodys_intention():
    # found while trying "is set to" (not kept): "Three senior executives of [a state-owned
    # airline] are set to leave early" was read as the airline's intention
    text = (
        "Two directors of Norvik Steel will step down next month. Norvik Steel will leave "
        "the Vessia market next year. Ann Holt is the prime minister. The prime minister "
        "will step down in June."
    )
    got = {(a, t, w) for a, t, w in shown(text)}
    assert ("Norvik Steel", "intention", "step down") not in got, got
    assert ("Norvik Steel", "intention", "leave the Vessia market") in got
    assert ("Ann Holt", "intention", "step down") in got


def test_a_sanction_foretold_in_a_speakers_quote_is_a_confident_warning():
    _, found, _ = run('"Any attack on the bridge will be met with a firm response," Tom Reed said.')
    assert [(c.actor, c.type) for c in found.commitments if c.confidence >= CONFIDENT] == [
        ("Tom Reed", "warning")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # asked for or won from another: not the seeker's own word
        "Vessia sought a promise that Norvik would withdraw its troops.",
        "Vessia won a promise to withdraw the troops.",
        "Tom Reed secured a promise from the council to reopen the pool.",
        # what a deal holds is no one's assurance (XSum dev: "agreement assurance: a conductor")
        "The company said the agreement included a guarantee that a conductor would be retained.",
    ],
)
def test_a_promise_sought_or_contained_is_not_the_subjects(text):
    _, found, _ = run(text)
    assert [(c.actor, c.type) for c in found.commitments if c.confidence >= CONFIDENT] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tom Reed has made it clear that he will not back down.", "refusal"),
        ("Ann Holt has made it clear she will stand again.", "intention"),
    ],
)
def test_made_clear_tells_as_said_does(text, kind):
    _, found, _ = run(text)
    shown = [(c.actor, c.type, c.speaker) for c in found.commitments if c.confidence >= CONFIDENT]
    assert shown == [(text.split(" has")[0], kind, text.split(" has")[0])]


def test_her_after_her_mother_and_her_daughter_is_neither_named_parent():
    _, found, _ = run(
        "Emma Vale drowned on Monday. Her parents Ana Vale and Tom Vale paid tribute. Her "
        "mother said she had no worries about her daughter joining the trip, but Mr Vale "
        "added that he had warned her to stay out of the sea."
    )
    got = [(c.actor, c.type, c.target) for c in found.commitments if "sea" in c.action]
    assert got == [("Tom Vale", "warning", "")]


def test_giving_the_word_to_attack_is_an_order_not_a_pledge():
    _, found, _ = run("The general, Tom Reed, gave the word to attack.")
    assert [c for c in found.commitments if c.type == "pledge"] == []


def test_a_promise_that_there_will_be_none_reads_without_the_be():
    assert shown("Ann Holt promised there would be no cuts to the police.") == [
        ("Ann Holt", "promise", "no cuts to the police")
    ]


def test_a_sanction_named_in_the_condition_does_not_make_the_act_a_threat():
    _, found, _ = run("Tom Reed will only sign the deal if Norvik lifts its tariffs.")
    assert [(c.type, c.action, c.condition) for c in found.commitments] == [
        ("intention", "sign the deal", "if Norvik lifts its tariffs")
    ]


@pytest.mark.parametrize(
    "text, condition",
    [
        (
            "Tom Reed said he would support the bill as long as it protects farmers.",
            "as long as it protects farmers",
        ),
        (
            "Tom Reed said he would support the bill on condition that it protects farmers.",
            "on condition that it protects farmers",
        ),
    ],
)
def test_as_long_as_and_on_condition_that_are_conditions_not_part_of_the_act(text, condition):
    _, found, _ = run(text)
    assert [(c.action, c.condition) for c in found.commitments] == [("support the bill", condition)]


@pytest.mark.parametrize(
    "text",
    [
        "Police are seeking a man in his forties.",
        "Tom Reed is seeking re-election in May.",
        "Tom Reed challenged the ruling in court.",
    ],
)
def test_seeking_a_person_or_an_office_and_challenging_a_ruling_ask_nothing(text):
    _, found, _ = run(text)
    assert found.commitments == []


def test_who_is_challenged_to_a_contest_is_the_target():
    _, found, _ = run("Tom Reed challenged Ann Holt to a televised debate.")
    assert [(c.actor, c.target) for c in found.commitments] == [("Tom Reed", "Ann Holt")]


def test_a_present_tense_act_is_shown_in_its_plain_form():
    _, found, _ = run("Tom Reed demands an apology from the club.")
    assert [c.action for c in found.commitments] == ["demand an apology from the club"]


def test_a_warning_that_the_warners_own_side_will_act_is_that_sides_threat():
    _, found, _ = run(
        "Iowa governor Tom Reed warned that Iowa would retaliate if the tariffs were imposed."
    )
    got = [(c.actor, c.type, c.action, c.target) for c in found.commitments]
    assert got == [("Iowa", "threat", "retaliate", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed turned down an offer to join the cabinet.",
        "Tom Reed rebuffed an offer to join the cabinet.",
    ],
)
def test_an_offer_turned_down_is_not_the_offer_of_the_one_who_turns_it_down(text):
    _, found, _ = run(text)
    assert [(c.actor, c.type) for c in found.commitments if c.type == "offer"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tom Reed warned that Russia would face serious consequences.",
            [("Tom Reed", "warning", "face serious consequences", "Russia")],
        ),
        (
            "Tom Reed warned Russia would face sanctions if it crossed the border.",
            [("Tom Reed", "warning", "face sanctions", "Russia")],
        ),
        ("Tom Reed warned that farmers would face higher costs.", []),
    ],
)
def test_facing_a_penalty_one_is_warned_of_is_a_warning_to_whoever_faces_it(text, expected):
    _, found, _ = run(text)
    assert [(c.actor, c.type, c.action, c.target) for c in found.commitments] == expected


def test_more_time_asked_for_is_the_thing_asked_not_what_it_is_for():
    _, found, _ = run("Tom Reed asked the court for more time to prepare his defence.")
    assert [c.action for c in found.commitments if c.action == "prepare his defence"] == []


def test_no_way_we_are_going_to_accept_is_a_refusal():
    _, found, _ = run('"There is no way we are going to accept this deal," Tom Reed said.')
    assert [(c.type, c.negated) for c in found.commitments] == [("refusal", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed denied that he had promised to cut taxes.",
        "Tom Reed denied he promised to cut taxes.",
    ],
)
def test_a_promise_denied_was_not_made(text):
    _, found, _ = run(text)
    assert found.commitments == []


@pytest.mark.parametrize(
    "text",
    [
        "Iowa Steel said no jobs would be cut at the plant.",
        "Iowa Steel said jobs would not be cut at the plant.",
    ],
)
def test_a_harm_told_spared_is_the_tellers_assurance(text):
    _, found, _ = run(text)
    got = [(c.actor, c.type, c.action, c.negated) for c in found.commitments]
    assert got == [("Iowa Steel", "assurance", "cut jobs at the plant", True)]


def test_no_decision_before_a_date_is_no_ones_refusal():
    _, found, _ = run("Tom Reed said no decision would be made before March.")
    assert found.commitments == []
