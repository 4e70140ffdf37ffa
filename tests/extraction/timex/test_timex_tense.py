"""The light tense reading: the clause's tense around an expression marked [like this]."""
from __future__ import annotations

import pytest

from services.worker.extraction.timex.tense import parse_cues, read_tense

CASES = [
    # a future cue that is also a noun tells what is to come only as a verb
    ("Mubarak criticised the Israeli peace plan on [Monday].", "past"),
    ("Mubarak criticised Olmert's plan and met him on [Monday].", "past"),
    # ... but what it is for lies later than the clause's time
    ("The ministers discussed plans for a summit on [Monday].", "prospective"),
    ("Jaafari spoke before expressing hopes for a peaceful election on [Thursday].",
     "prospective"),
    ("Abbas voiced cautious hope on [Monday].", "past"),
    ("Israel plans to reopen the crossing on [Monday].", "future"),
    ("The army plans an offensive [Monday].", "future"),
    ("We hope the talks [Monday] succeed.", "future"),
    ("The summit will open [Monday].", "future"),
    # a date set for something, right after its present copula, lies ahead
    ("The deadline is [Friday].", "future"),
    ("The vote is on [Monday].", "future"),
    ("[Friday] is the last day.", "present"),
    # plural and third-person verbs of timetables tell what is to come
    ("Francis celebrates his first Mass as pope [Thursday].", "future"),
    ("Talks begin [Monday] in Geneva.", "future"),
    # "opening" before the expression opens a period, unless it is a noun: an "on" after it,
    # or its clause going on in the past
    ("Kibaki is in Beijing for a two-day summit opening here [Saturday].", "future"),
    ("Leaders arrived for the summit opening [Saturday].", "future"),
    ("The process began with a brief opening on [October 19], followed by a delay.", "past"),
    ("The grand opening [Saturday] drew crowds.", "past"),
    ("Officials said [Friday] that talks had failed.", "past"),
    ("Talks are set to resume [Monday] in Belfast.", "future"),
    ("The treaty is to be signed on [Tuesday].", "future"),
    ("The vote will be held in [March].", "future"),
    ("He resigned in [March].", "past_verb"),
    # a present passive before an infinitive tells what is to come, not a perfect one
    ("Williams is sentenced to die by lethal injection at 00:01 [Tuesday].", "future"),
    ("He is believed to have left [Friday].", "past"),
    # an expression opening the sentence reads on to its verb; "vs." ends no sentence
    ("In [January], a week after the 25th anniversary of the Roe vs. Wade Supreme Court "
     "decision, a clinic bombing in Birmingham, Ala., killed a security guard.", "past"),
    ("On [Friday], Gen. Schwarzkopf and the allied commanders in the Gulf will meet.",
     "future"),
    # a past verb right before "in"/"on" is firm; a present passive or "if" is not
    ("He was elected in [April].", "past_verb"),
    ("The AU council held on [January 9] a summit.", "past_verb"),
    ("The APEC meeting is held on [Nov. 18].", "past"),
    ("If the government fell on [Dec. 8], a vote would follow.", "past"),
    ("Officials said in [April] that talks had failed.", "past"),
    ("Mr. Schwarz will succeed Daniel P. Davison [Feb. 1].", "future"),
    ("It would be paid on a still unspecified date in [January].", "future"),
    ("The relatives may come as soon as [Tuesday].", "future"),
    ("Blasts next to the embassies on [Friday] killed 200.", "past"),
    ("[On Tuesday], the league will screen an advertisement.", "future"),
    ("Shares rose 5% in [March].", "past_verb"),  # numbers are no tokens
    ("Prices in [March].", None),
    # auxiliaries with adverbs between, beyond the word window
    ("Collins will be named commander of the Space Shuttle Columbia for a mission in "
     "[December].", "future"),
    ("A ceremonial accession would still be held at the summit on [April 24].", "future"),
    ("It had been due to expire [Friday evening].", "pluperfect"),
    ("The offer previously had been scheduled to expire at [midnight Friday].", "pluperfect"),
    ("Sunni Arabs who had snubbed an election in [January] voted.", "pluperfect"),
    ("He could not be located [Wednesday] in his hometown.", "past"),
    # "until" with a plainly past clause
    ("Until [Thursday], they had not called Kopp a suspect.", "past"),
    ("Officials postponed until [Tuesday] any action.", "future"),
    # a future in its own clause outweighs a report after it
    ("Banks will remain closed until [Tuesday], the central bank said.", "future"),
    ("Banks will stay shut until [Tuesday], officials said.", "future"),
    # timetables in the present, plans, preparations
    ("He and Arafat meet separately [Monday] with Albright.", "future"),
    ("Italians go to the polls [Sunday] and Monday.", "future"),
    ("Kenya holds its presidential election on [Monday].", "future"),
    ("The new law takes effect on [Monday].", "future"),
    # ... but "vote" is as often a noun
    ("Layton propped up the Liberals in a budget vote in [May].", "past"),
    # ... but not after do-support, nor as a bare infinitive after its object
    ("He did not go to work on [Monday].", "past"),
    ("Police let him go on [Thursday].", "past"),
    # before "of" a schedule verb is a noun
    ("The forum was created to further cooperation, following the first heads of government "
     "summit in [September].", "past"),
    ("The visit comes ahead of a summit meeting between South Korean President Roh Moo-hyun "
     "and Koizumi on [Friday].", "future"),
    ("Officials are gearing up for the conference on [Friday].", "future"),
    ("It was hard for Sun to meet demand well into [the summer].", "past"),
    ("talks that are supposed to conclude by [May]", "future"),
    ("The storm is threatening to reach Manila by [Friday].", "future"),
    ("The festival runs through [Sunday].", "future"),
    ("The festival ran through [Sunday].", "past"),
    # a past form after "to" is an infinitive
    ("The storm is expected to hit on [Saturday night].", "future"),
    ("The talks are due to last until [Friday].", "future"),
    ("The storm hit the coast on [Saturday night].", "past"),
    ("It will reach the coast by Wednesday and Catanduanes by [Thursday morning].", "future"),
    # the expression's own clause first
    ("Just ahead of the trip, the State Department on [Sunday] issued a warning.", "past"),
    ("It would become a two-way fight because most observers [late Wednesday night] were "
     "predicting a defeat.", "past"),
    ("Sassou Nguesso was elected AU chairman at the AU summit in [January].", "past"),
    ("Three days later, as of [Friday]'s close, the index was down 6%.", "past"),
    # a word of planning as a finite verb: past before its object, prospective after it
    ("On a visit to the region in [July], Koizumi proposed building a corridor.", "past"),
    ("Protesters planned a large demonstration on [Saturday].", "prospective"),
    # a present progressive of arrangements, close before the expression
    ("A UN envoy is traveling to Somalia on [Tuesday] for a meeting.", "future"),
    ("Asada is heading to Russia to defend the Grand Prix Final after winning the NHK "
     "Trophy [Friday].", "present"),
    ("At [Wednesday]'s meeting, the delegation raised the food crisis.", "past"),
    # intention before "to": what follows is later than a past time
    ("Hashimoto had hoped to enact the bill before leaving on [April 24] for talks.",
     "prospective"),
    ("Thermo, which agreed to purchase the line for $22 million in [February].",
     "prospective"),
    ("The company announced an agreement to acquire the bank in [January].", "prospective"),
    ("He plans to visit Moscow on [Tuesday].", "future"),
    ("Baker launches an initiative beginning [Tuesday], in a bid to revive plans.", "future"),
    # planned in the past: later than a past time, either side of now
    ("Refugees were supposed to be airlifted out of Kisangani on [Friday], but rebels "
     "blocked the move.", "prospective"),
    ("The last stay was to end on [November 21] but the chamber extended it.", "prospective"),
    ("The talks were scheduled for [Friday].", "prospective"),
    ("The talks are scheduled for [Friday].", "future"),
    # modals before the expression look ahead; after it they are about it
    ("Schalke can reclaim top spot with victory over Nuremberg on [Sunday].", "future"),
    ("A fall in factory gate prices in [March] may mask inflationary pressures.", None),
    ("Tueni became an MP after elections in May and [June].", "past"),
    # a perfect after a modal other than "will" is past
    ("Campaigns should have ended on [Saturday].", "past"),
    ("Core inflation would have risen by 0.1 percent in [October].", "past"),
    ("He is believed to have left on [Friday].", "past"),
    ("By then he will have left on [Friday].", "future"),
    # "now" after a modal is no cue: the modal tells
    ("He would now not attend the summit in Barcelona on [Sunday] as planned.", "future"),
    ("The Poets' Day, which is falling on [Monday], has been observed since 1944.", "future"),
    # a participle that opens a period, right before the expression
    ("Talks were adjourned to allow for a meeting of the Council beginning [Thursday].",
     "future"),
    ("He was ordered to attend a hearing beginning [August 19].", "future"),
    ("The trial had a slow beginning with a brief session on [October 19].", "past"),
    # a plan dated before now; adverbs in "-ly" between auxiliary and verb
    ("The elections originally scheduled for [October 30] were postponed.", "prospective"),
    ("The government had been initially scheduled for [January 25], but was delayed.",
     "prospective"),
    ("The deal had been widely expected in [March].", "pluperfect"),
    # a colon bounds a clause, not the sentence
    ("The pope will hold two other ceremonies: a mass [Saturday] in front of young people.",
     "future"),
    # a past word after a determiner is an adjective
    ("China is to compete with its last rival Hong Kong on [Thursday].", "future"),
    # a plan word as a noun with no "to" is no cue
    ("The thrift announced the plan [Aug. 21].", "past"),
    # irregular simple past forms ("underwent", "withdrew") are past cues; a participle after
    # "is" is no past
    ("Michalak, who underwent knee surgery in [November], will not be among the group.",
     "past"),
    ("The army withdrew from the town on [Friday] and will return later.", "past"),
    ("The case is heard in [May] in the appeals court.", "present"),
    # a past in a clause of time under a future takes the future's time (sequence of tenses)
    ("Ling said the signing would take place after he attended the meeting of transport "
     "ministers from the APEC forum from [June 22-24] in Victoria, Canada.", "future"),
    ("The firm will sign the deal once the board approved it in [May].", "future"),
    ("The firm signed the deal after the board approved it in [May].", "past"),
    ("The firm would not comment, and the board approved it in [May].", "past"),
]


@pytest.mark.parametrize(("marked", "expected"), CASES)
def test_read_tense(marked: str, expected: str | None) -> None:
    start = marked.index("[")
    text = marked.replace("[", "").replace("]", "")
    end = marked.index("]") - 1
    assert read_tense(text, start, end) == expected


def test_the_cue_file_is_checked() -> None:
    good = {"future": ["will", "plans"], "future_bigrams": ["is to"],
            "future_auxiliaries": ["will"],
            "plan_words": ["scheduled"], "schedule_verbs": ["meets"], "adverbs": ["still"],
            "past": ["was"], "present": ["is"], "not_past_ed": ["need"],
            "adjective_markers": ["a"], "not_cues": ["next to"], "object_starts": ["a"],
            "progressive_plans": ["traveling"], "prospective": ["hoped"],
            "determiners": ["the"], "modals": ["may"], "schedule_participles": ["starting"],
            "schedule_nouns": ["opening"], "earlier_plans": ["originally"],
            "clause_openers": ["because"], "past_not_verbs": ["said"],
            "noun_cues": ["plans"], "verb_subjects": ["we"]}
    parse_cues(good)
    with pytest.raises(ValueError, match="keys"):
        parse_cues({**good, "extra": []})
    with pytest.raises(ValueError, match="two words"):
        parse_cues({**good, "future_bigrams": ["is"]})
    with pytest.raises(ValueError, match="conflicting"):
        parse_cues({**good, "past": ["will"]})
    with pytest.raises(ValueError, match="conflicting"):
        parse_cues({**good, "adverbs": ["was"]})
    with pytest.raises(ValueError, match="list of words"):
        parse_cues({**good, "schedule_verbs": "meets"})
    with pytest.raises(ValueError, match="conflicting"):
        parse_cues({**good, "prospective": ["scheduled"]})
    with pytest.raises(ValueError, match="noun_cues"):
        parse_cues({**good, "noun_cues": ["agreement"]})
    with pytest.raises(ValueError, match="-ing"):
        parse_cues({**good, "progressive_plans": ["travel"]})
