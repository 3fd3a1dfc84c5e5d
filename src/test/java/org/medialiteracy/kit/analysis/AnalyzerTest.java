package org.medialiteracy.kit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzerTest {

    private final Analyzer analyzer = new Analyzer();

    private List<LabelledSentence> analyze(String text) {
        return analyzer.analyze(text).sentences();
    }

    private Label labelOf(String text) {
        return analyzer.analyzeLines(text).sentences().getFirst().label();
    }

    private List<Label> labels(String article) {
        return analyze(article).stream().map(LabelledSentence::label).toList();
    }

    @Test
    void quotation_speaker_carries_to_every_sentence_of_the_quote() {
        List<LabelledSentence> sentences = analyze(
                "At a press doorway, a Finnish minister was blunt: “We must not be intimidated. Europe has capability. "
                        + "Europe is ramping up.”");
        assertThat(sentences).extracting(LabelledSentence::label).containsOnly(Label.ANONYMOUS_SOURCE);
        assertThat(sentences.get(2).explanation()).contains("a Finnish minister");
    }

    @Test
    void a_plural_speaker_after_an_opening_phrase_is_found() {
        List<LabelledSentence> sentences = analyze(
                "At this NATO gathering, delegates said that coordination with Washington remains tight.");
        assertThat(sentences.getFirst().label()).isEqualTo(Label.ANONYMOUS_SOURCE);
        assertThat(sentences.getFirst().explanation()).contains("delegates");
    }

    @Test
    void a_following_quotation_continues_the_same_speaker() {
        List<LabelledSentence> sentences = analyze(
                "“Rhetoric is cheap,” said a British official. “What we need are guarantees.”");
        assertThat(sentences.get(1).label()).isEqualTo(Label.ANONYMOUS_SOURCE);
    }

    @Test
    void named_speaker_makes_a_reported_fact_even_for_an_opinion() {
        List<LabelledSentence> sentences = analyze(
                "“It’s really important that the U.S. is leading,” NATO chief Mark Rutte said Tuesday. "
                        + "“Peace must be something we can live in.”");
        assertThat(sentences).extracting(LabelledSentence::label)
                .containsExactly(Label.REPORTED_FACT, Label.REPORTED_FACT);
        assertThat(sentences.getFirst().explanation()).contains("Mark Rutte");
    }

    @Test
    void pronoun_after_a_named_person_is_a_named_source() {
        List<LabelledSentence> sentences = analyze(
                "Putin invoked those fears again on Tuesday. “We are ready to do so right now,” he said.");
        assertThat(sentences.get(1).label()).isEqualTo(Label.REPORTED_FACT);
        assertThat(sentences.get(1).explanation()).contains("Putin");
    }

    @Test
    void definite_role_of_a_named_speaker_stays_named_but_of_an_unnamed_one_stays_anonymous() {
        assertThat(labels("""
                Finnish Foreign Minister Elina Valtonen said talks would continue. "We are patient," the minister said.
                "It is cheap talk," said a Dutch official. "Nothing has changed," the Dutch official said."""))
                .containsExactly(Label.REPORTED_FACT,
                Label.REPORTED_FACT, Label.ANONYMOUS_SOURCE, Label.ANONYMOUS_SOURCE);
    }

    @Test
    void a_view_the_writer_only_wonders_about_is_credited_to_no_one() {
        assertThat(labelOf("The elections will test whether voters blame the town hall or the Treasury."))
                .isNotEqualTo(Label.ANONYMOUS_SOURCE);
    }

    @Test
    void he_refers_back_to_the_unnamed_person_the_writer_just_described() {
        List<LabelledSentence> sentences = analyze("""
                Lt. Marisol Dacanay pointed to the cutters. “They come closer every year,” she said.

                A Japanese naval officer aboard the same ship was more guarded. “Exercises send a message,” he said.                 “The question is who is reading.”""");
        assertThat(List.of(sentences.get(1), sentences.get(3), sentences.get(4))).extracting(LabelledSentence::label)
                .containsExactly(Label.REPORTED_FACT, Label.ANONYMOUS_SOURCE, Label.ANONYMOUS_SOURCE);
    }

    @Test
    void a_quotation_right_after_a_reported_statement_is_the_same_speakers() {
        assertThat(labels("At a compound near the old mosque, a 24-year-old who gave his name only as Ibrahim said he "
                + "had tried the road twice before. “The first time, the car broke down. This time, I will see the sea.”"))
                .containsOnly(Label.REPORTED_FACT).hasSize(3);
    }

    @Test
    void pronoun_after_an_unnamed_source_stays_anonymous() {
        List<LabelledSentence> sentences = analyze(
                "Critics argue the plan favours Moscow. They suggest that the speech was a calculated move.");
        assertThat(sentences.get(1).label()).isEqualTo(Label.ANONYMOUS_SOURCE);
        assertThat(sentences.get(1).cues()).extracting(Cue::kind).contains(CueKind.ANONYMOUS_SOURCE);
    }

    @Test
    void a_sentence_that_refers_back_continues_the_unnamed_account() {
        assertThat(labels("Some allies have red lines, according to four NATO diplomats. "
                + "Those concern the placement of troops on allied soil.\nThe summit opened in Brussels on Wednesday."))
                .containsExactly(Label.ANONYMOUS_SOURCE, Label.ANONYMOUS_SOURCE, Label.REPORTED_FACT);
    }

    @Test
    void the_writer_judging_the_unnamed_speaker_does_not_continue_the_account() {
        assertThat(labels("I remember a senior colleague in Whitehall telling me, in 2014, "
                + "that engagement had run its course. He was wrong then, and his successors are wrong now."))
                .containsExactly(Label.ANONYMOUS_SOURCE, Label.OPINION);
        assertThat(labels("Ministers are considering a ban, according to two officials. "
                + "Whatever they decide, the debate is unlikely to go away."))
                .containsExactly(Label.ANONYMOUS_SOURCE, Label.OPINION);
        assertThat(labels("Several European capitals say the bans worked. "
                + "Paris removed its roughly 15,000 rental e-scooters in September 2023."))
                .containsExactly(Label.ANONYMOUS_SOURCE, Label.REPORTED_FACT);
    }

    @Test
    void he_and_she_refer_to_a_person_the_writer_describes_then_names() {
        assertThat(labels("The man with the flour is Darnell Pruitt, 52. “I used to do this street at nine,” he says."))
                .containsExactly(Label.REPORTED_FACT, Label.REPORTED_FACT);
        assertThat(labels("A conservator, Ruth Adeyemi-Clarke, lifts a plaque. “This one was in a drawer,” she says."))
                .containsExactly(Label.REPORTED_FACT, Label.REPORTED_FACT);
    }

    @Test
    void a_group_simply_hoping_and_a_court_that_might_speak_credit_no_one() {
        assertThat(List.of("Most of them simply hope the bill will land on someone else’s watch.",
                "We cannot wait for a court to tell us whose fault this was."))
                .allSatisfy(line -> assertThat(labelOf(line)).isIn(Label.OPINION, Label.UNSUPPORTED_ASSERTION));
    }

    @Test
    void she_goes_on_with_an_unnamed_womans_account_but_i_am_the_writer() {
        assertThat(labels("One mother, who asked not to be named, said her son ran out in September. "
                + "She has since driven to Toledo twice to buy inhalers."))
                .containsExactly(Label.ANONYMOUS_SOURCE, Label.ANONYMOUS_SOURCE);
        assertThat(labels("The findings were reportedly shared with the board. I suspect their report will find "
                + "exactly what they are paying it to find.")).element(1).isEqualTo(Label.OPINION);
    }

    @Test
    void in_this_telling_goes_on_with_the_account_before() {
        assertThat(labels("A curator at another museum put it bluntly. “They waited to be asked.”\n"
                + "In this telling, the museum has shifted the burden onto the people it wronged."))
                .containsExactly(Label.ANONYMOUS_SOURCE, Label.ANONYMOUS_SOURCE, Label.ANONYMOUS_SOURCE);
    }

    @Test
    void she_refers_to_the_person_named_after_a_scene_setting_phrase() {
        assertThat(labels("One fund manager said the fine was priced in. Back on the riverbank, "
                + "Julie Hadley runs the Otter's Rest café. “People used to come out for the day,” she says."))
                .containsExactly(Label.ANONYMOUS_SOURCE, Label.REPORTED_FACT, Label.REPORTED_FACT);
    }

    @Test
    void agentless_report_is_anonymous_and_explained_with_its_words() {
        LabelledSentence sentence = analyzer.analyzeLines(
                "Over the weekend, reports surfaced that Ukraine is ready to drop its bid.").sentences().getFirst();
        assertThat(sentence.label()).isEqualTo(Label.ANONYMOUS_SOURCE);
        assertThat(sentence.explanation()).contains("'reports surfaced'");
    }

    @Test
    void first_person_judgment_is_an_opinion() {
        LabelledSentence sentence = analyzer.analyzeLines("Personally, I think this moment underscores how "
                + "interconnected our world has become.").sentences().getFirst();
        assertThat(sentence.label()).isEqualTo(Label.OPINION);
        assertThat(sentence.explanation()).contains("'Personally'");
    }

    @Test
    void first_person_view_is_one_cue_and_named_once_in_the_explanation() {
        LabelledSentence sentence = analyzer.analyzeLines("In my view, the plan is flawed.").sentences().getFirst();
        assertThat(sentence.label()).isEqualTo(Label.OPINION);
        assertThat(sentence.cues()).filteredOn(cue -> cue.kind() == CueKind.FIRST_PERSON).hasSize(1);
        assertThat(sentence.explanation()).contains("'In my view'").doesNotContain("'my'");
    }

    @Test
    void first_person_telling_what_happened_is_not_an_opinion_by_itself() {
        Analyzer lowScorer = new Analyzer(sentences -> sentences.stream().mapToDouble(s -> 0.1).toArray());
        String narration = "I went to a restaurant that I knew and asked for the lamb.";
        assertThat(lowScorer.analyzeLines(narration).sentences().getFirst().label()).isNotEqualTo(Label.OPINION);
        Analyzer highScorer = new Analyzer(sentences -> sentences.stream().mapToDouble(s -> 0.9).toArray());
        assertThat(highScorer.analyzeLines(narration).sentences().getFirst().label()).isEqualTo(Label.OPINION);
    }

    @Test
    void he_refers_to_a_person_not_to_reports() {
        List<LabelledSentence> sentences = analyze("Reports surfaced that the mine would open. Defence Minister "
                + "Anna Berg visited the site on Monday. “This is not about one mine,” she told reporters.");
        assertThat(sentences.get(2).label()).isEqualTo(Label.REPORTED_FACT);
        assertThat(sentences.get(2).explanation()).contains("Anna Berg");
    }

    @Test
    void page_and_generator_leftovers_are_not_claims() {
        List<LabelledSentence> sentences = analyze("""
                Ministers met on Tuesday.
                Please use Chrome browser for a more accessible video player
                Would you like me to tailor this piece to a specific audience?
                Добавить комментарий
                Leave a comment""");
        assertThat(sentences.subList(1, 5)).allSatisfy(s -> {
            assertThat(s.label()).isEqualTo(Label.NOT_A_CLAIM);
            assertThat(s.cues()).extracting(Cue::kind).containsOnly(CueKind.RESIDUE);
        });
    }

    @Test
    void a_call_to_act_that_ends_in_the_question_to_ask_is_not_a_claim() {
        assertThat(labelOf("If you are a parent or a governor, write to your MP and ask one question: why is the lottery "
                + "different?")).isEqualTo(Label.NOT_A_CLAIM);
        assertThat(labelOf("Consider this: the plan failed twice.")).isNotEqualTo(Label.NOT_A_CLAIM);
    }

    @Test
    void questions_to_the_reader_and_headings_are_not_claims() {
        assertThat(labels("Questions to Carry With You\nDo you trust deals struck in private rooms?"))
                .containsOnly(Label.NOT_A_CLAIM);
    }

    /** Who is credited, found in one sentence read alone. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sources in Brussels say a broader plan is being drafted. | ANONYMOUS_SOURCE
            Western diplomats in Vienna said the figure was higher. | ANONYMOUS_SOURCE
            Hardliners in Seoul say that every contact rewards Kim. | ANONYMOUS_SOURCE
            Critics in Rome and Madrid argue that the money is wasted. | ANONYMOUS_SOURCE
            An official at the Interior Ministry said the border would stay closed. | ANONYMOUS_SOURCE
            Jens Stoltenberg in Brussels said the alliance was united. | REPORTED_FACT
            A spokesperson at the Interior Ministry said the border would stay closed. | REPORTED_FACT
            A Western diplomat posted in the capital put it less delicately. | ANONYMOUS_SOURCE
            Former colleagues have privately disputed several of these accounts. | ANONYMOUS_SOURCE
            Brussels has changed since then; Brandt, by most accounts, has not. | ANONYMOUS_SOURCE
            The minister put it on the agenda for Monday. | REPORTED_FACT
            Exports declined 5 percent in March. | REPORTED_FACT
            The United Nations human rights office said in a report that the actions may be crimes. | REPORTED_FACT
            Hearings are scheduled to begin in May, according to the parliamentary calendar. | REPORTED_FACT
            The fleet has shrunk to nine boats, according to the harbour master’s register. | REPORTED_FACT
            Marek Zieliński, a Polish member of the European Parliament who questioned her in January, said he had come away reassured. | REPORTED_FACT
            Coordinating Minister for Economic Affairs Hendra Wibowo said on Tuesday the government would not be rushed. | REPORTED_FACT
            Roughly 1 in 5 of the extra strokes occurred after a hot night, which the authors said could point to a delayed effect. | REPORTED_FACT
            Spain’s government said last month that it would meet its obligations. | REPORTED_FACT
            Two congressional aides familiar with the negotiations said the package would pass. | ANONYMOUS_SOURCE
            Officials involved in the case said member states had been split. | ANONYMOUS_SOURCE
            Two officials involved in drafting the text said references to Beijing were dropped. | ANONYMOUS_SOURCE
            Military planners fear that Russian forces could seal it in hours. | ANONYMOUS_SOURCE
            Some researchers agree. | ANONYMOUS_SOURCE
            Opposition parties accused the government of stalling. | ANONYMOUS_SOURCE
            Rubio told reporters that the United States remains committed but expects Europe to take the lead. | REPORTED_FACT
            Monitors would report violations to a joint commission within 48 hours. | REPORTED_FACT
            Troops have faced each other across a disputed mountain ridge for eleven days. | REPORTED_FACT
            “I don’t read absences as abandonment,” the Dutch official shrugged. | ANONYMOUS_SOURCE
            # named and anonymous source in one sentence is anonymous
            On Monday, U.S. Ambassador Matthew Whitaker briefed envoys, according to two NATO diplomats. | ANONYMOUS_SOURCE
            # spokesperson for a named organisation is on the record
            “We remain committed,” a NATO spokesperson said. | REPORTED_FACT
            # vague collective is anonymous
            Behind closed doors, some allies feel Washington could have consulted them more. | ANONYMOUS_SOURCE
            # speaker with a relative clause is the phrase before it
            Two diplomats from countries that signed the deal said the damage was deliberate. | ANONYMOUS_SOURCE
            One councillor who voted for the plan admitted to me that the timing was awful. | ANONYMOUS_SOURCE
            # agreeing to act is a decision not a vague source
            Eight countries agreed on Sunday to pool ships and $2.6 million in funding. | REPORTED_FACT
            The summit follows a deal allies agreed in The Hague in June 2025 to raise defence spending to 3.5%. | REPORTED_FACT
            NATO allies agreed at their summit in The Hague in June 2025 to aim for 3.5 percent of GDP. | REPORTED_FACT
            # bodies named just before, counted back; a name whose relative clause has its own verb
            The two governments said the cost, estimated at 140 million euros a year, would be shared equally. | REPORTED_FACT
            African Union envoy Joseph Mwangale, who co-chairs the talks, said a monitoring mechanism was ready. | REPORTED_FACT
            # a habit of a whole group, or the writer's reading of a named state, is nobody's statement
            Politicians rarely admit mistakes in procurement until an auditor forces them to. | UNSUPPORTED_ASSERTION
            # a capitalised word inside a name, and a document credited by its publisher
            A Kestrel Learning Trust spokesperson said in a statement that the trust accepts the findings. | REPORTED_FACT
            Members voted 91.2% in favour, according to results certified by the union’s elections committee. | REPORTED_FACT
            # unnamed groups credited with views are anonymous
            Rail operators, for their part, say they are ready to add capacity. | ANONYMOUS_SOURCE
            Several senior players are understood to be waiting on new contracts. | ANONYMOUS_SOURCE
            Others point out that many patients already had high blood pressure. | ANONYMOUS_SOURCE
            Some doctors are less convinced. | ANONYMOUS_SOURCE
            # the tagger's slips around unnamed speakers: a role read as an adjective, a modifier read as a name,
            # a verb read as a noun, a plural opener read as a name, a list of places, a long aside, "that critics say"
            The official blamed paperwork that was written for lawyers. | ANONYMOUS_SOURCE
            Aid agencies said the response was being slowed by washed-out roads. | ANONYMOUS_SOURCE
            Local officials suspect arson. | ANONYMOUS_SOURCE
            Supermarkets deny this. | ANONYMOUS_SOURCE
            Farmers’ unions in France, Ireland and Poland warn that they will be undercut. | ANONYMOUS_SOURCE
            A second official, from a Gulf state that has mediated previous prisoner exchanges, said Moscow had signalled flexibility. | ANONYMOUS_SOURCE
            Dragan has promised to clean out the judiciary, a pledge that critics say threatens the courts. | ANONYMOUS_SOURCE
            Analysts have long questioned whether mid-sized clubs can earn enough on match days. | ANONYMOUS_SOURCE
            A senior aide to a Republican member of the Senate insurance committee said the bill would fail. | ANONYMOUS_SOURCE
            Secretary of the Interior Doug Burgum said the lease sale would go ahead. | REPORTED_FACT
            Supporters of subsidies see things differently. | ANONYMOUS_SOURCE
            Before the era of fire suppression, foresters estimate, these slopes held 40 trees an acre. | ANONYMOUS_SOURCE
            “It made no difference to them,” Lorna Pruitt, a retired teacher in Cedar Flats, told me. | REPORTED_FACT
            The group asked for a £95m loan, according to a council planning document. | REPORTED_FACT
            # a feeling is not a view anyone gave
            Homeowners in the foothills feel abandoned by a system they paid into for decades. | UNSUPPORTED_ASSERTION
            # a place after the speaker does not name the speaker
            Several diplomats in Lomé said the draft had been shown to Bamako. | ANONYMOUS_SOURCE
            Hardliners say that every contact rewards Kim. | ANONYMOUS_SOURCE
            Foreign Minister Elina Valtonen said in Brussels that talks went well. | REPORTED_FACT
            # a document the reader can look up is a source but rumours are not
            The wage bill was £14.2 million, according to accounts filed in March. | REPORTED_FACT
            The wage bill was £14.2 million, according to sources close to the club. | ANONYMOUS_SOURCE
            The levy would add $12.60 a year to the bill, according to the county assessor’s online calculator. | REPORTED_FACT
            Companies face fines of up to $2.6 million per shipment, according to the notice. | REPORTED_FACT
            The same report said funding stood at 23.4% of the $1.1 billion requested. | REPORTED_FACT
            # on the record for a named body, or the same spokesperson again
            A spokeswoman for the firm said it had invested £2.1m since 2019. | REPORTED_FACT
            The United States “continues to work closely with allies,” the spokesperson said. | REPORTED_FACT
            # speakers after the verb, described only by role or as someone in the crowd
            Talks on similar rules are expected to begin next year, said a person familiar with the planning. | ANONYMOUS_SOURCE
            “Pray for us,” one of them calls out to nobody in particular. | ANONYMOUS_SOURCE
            “We’ll be here next season,” a man in a 1990s home shirt told me. | ANONYMOUS_SOURCE
            “It could go either way, honestly,” the council member said. | ANONYMOUS_SOURCE
            One former director put it more bluntly. | ANONYMOUS_SOURCE
            Critics in the Philippine Senate say the money would be better spent on the fishermen. | ANONYMOUS_SOURCE
            Some analysts in Tokyo go further, arguing that the drills work as an alliance in all but name. | ANONYMOUS_SOURCE
            Some officials in Brussels privately concede that the clauses are barely enforced. | ANONYMOUS_SOURCE
            # names that look like roles
            Divers found a groove on the seabed, the Finnish Border Guard said. | REPORTED_FACT
            AFSCME Local 2290 had warned in a public letter on Oct. 9 that members could miss their paychecks. | REPORTED_FACT
            Dr. Priya Raman, who runs the policy programme at the Lantau Institute, put it to me more politely. | REPORTED_FACT
            A 24-year-old from Kano who gave his name only as Ibrahim said he had tried the road twice. | REPORTED_FACT
            # what the writer advises or wonders is nobody's statement
            The European Parliament must insist on publishing the full texts of these agreements. | OPINION
            # a title before a name, a city's spokesperson, a role with a relative clause, "some" of a named body
            Councillor Hamid Qureshi, the borough’s cabinet member for housing, said the notice was served. | REPORTED_FACT
            A city spokesperson said in an emailed statement that the mayor supports the plan. | REPORTED_FACT
            A senior City Hall aide who was in the room said the deal nearly collapsed twice. | ANONYMOUS_SOURCE
            Some lawmakers on the Senate Agriculture Committee have also questioned whether the agency has the staff. | ANONYMOUS_SOURCE
            Growers’ associations in other states, for their part, have been telling lawmakers that the cost would be higher. | ANONYMOUS_SOURCE
            # a figure put by an estimate with no author, or by a named body
            One industry estimate puts the cost to British producers at about £1.2m a year. | ANONYMOUS_SOURCE
            The ministry puts the cost of the repairs at $2.6 million. | REPORTED_FACT
            # words inside a named speaker's quotation are hers; a guess at a view and a belief's object are nobody's statement
            “It lags because that illness is reported to us late,” Dr. Miriam Okafor said. | REPORTED_FACT
            He may even agree with it in private. | OPINION
            Parents, for their part, have stopped believing anything the company says. | UNSUPPORTED_ASSERTION
            # a role that opens the sentence, a body "of" something after "at", a whole trade, a warning in progress
            Neighbours in Altnabreck say they want the corridor moved out to sea. | ANONYMOUS_SOURCE
            A senior official at the state Department of Health said the department was monitoring the dispute. | ANONYMOUS_SOURCE
            The industry will tell you that scratchcards are sold only to adults. | ANONYMOUS_SOURCE
            The usual chorus is already warning that a walkout would put lives at risk. | ANONYMOUS_SOURCE
            In London and Brussels, officials have begun quietly asking whether inland corridors should be allowed. | ANONYMOUS_SOURCE
            Clubs and teams in England are asking governments to help pay for new arenas. | REPORTED_FACT
            # a named speaker before a colon, a body's spokesperson after "and", a map by its publisher
            Hamish Ross, whose land took some of the heaviest debris, put it more bluntly: “They used us.” | REPORTED_FACT
            Halcyon has promised to raise returns to 26.4% of revenue, and its spokesperson says the firm will go further. | REPORTED_FACT
            The debris field stretches 14 kilometres, according to a map published by Highland Council. | REPORTED_FACT
            The company says hospital delays and staffing shortages explain most of the decline. | REPORTED_FACT
            # advice about speaking, and a feeling, are nobody's statement
            She should not have to say it twice. | OPINION
            Residents of the eastern valleys already feel forgotten by a system built around the cities. | UNSUPPORTED_ASSERTION
            # one of the people just described, a habit of saying, a view after "remain", a label the writer borrows
            One told me the fund was “a laundromat with a crest on it.” | ANONYMOUS_SOURCE
            Officials at City Hall like to say that Castlebridge is a cycling city. | ANONYMOUS_SOURCE
            However, many observers remain skeptical. | ANONYMOUS_SOURCE
            Keystone Pathways once held what former clients called “strategy dinners” for parents. | ANONYMOUS_SOURCE
            Campaigners hope it will lead to national rules on where shared scooters can be left. | ANONYMOUS_SOURCE
            In Westminster, the view is that this is a private dispute in which ministers should not meddle. | ANONYMOUS_SOURCE
            # a recording by its publisher; owning up to an act; a guess, a comparison and the writer's reading of a group
            “I want to pay that back,” Ashcombe said, according to a recording posted by the university. | REPORTED_FACT
            More than 50 people were charged, and its organiser admitted channelling about $25 million through a charity. | REPORTED_FACT
            Republicans can hope for big victories if they oppose it. | UNSUPPORTED_ASSERTION
            Wealthy donors always have more influence over universities than they admit. | UNSUPPORTED_ASSERTION
            Their executives see a dock as a line on a spreadsheet and nothing more. | UNSUPPORTED_ASSERTION
            Her critics dismiss the plan as theatre. | ANONYMOUS_SOURCE
            # a name after an "according to" role, a member of a named body, a body before its relative clause,
            # a spokesperson after the body the sentence named, a cooperative, a record of decision
            The group has raised $84,000 for legal costs, according to its treasurer, Gordon Pike. | REPORTED_FACT
            Tom Whitcombe of River Lusk Action, whose volunteers test the water, put it bluntly: “They spent it.” | REPORTED_FACT
            Wyvern, which supplies water to about 1.9 million people across the West Midlands and the Welsh borders, said it would not appeal. | REPORTED_FACT
            Wyvern disputes that comparison, and a spokesperson says the company spent £4.2 million on monitors. | REPORTED_FACT
            The cooperative has said it will ask a federal appeals court to review the decision. | REPORTED_FACT
            Construction is scheduled to begin in the spring, according to the record of decision. | REPORTED_FACT
            # people described by where they live, by what they know or by a focus; a former regulator is a person
            People living in Orchard Hill and Mill Race say late-night cargo flights are waking children. | ANONYMOUS_SOURCE
            A person with knowledge of that inquiry said investigators were examining the monitors. | ANONYMOUS_SOURCE
            Commercial fishermen in the region, especially scallopers from Gannet Harbor, say the turbines will cut them off. | ANONYMOUS_SOURCE
            One former regulator told me that penalties are “priced in from the day the investigation starts.” | ANONYMOUS_SOURCE
            It is widely assumed in the industry that more fines will follow. | ANONYMOUS_SOURCE
            # a plural role the tagger calls a verb; "reportedly"; a trailing "fearing"; a curator; a place after a role
            Officials familiar with the discussions say a weekly cap for couriers is the leading option. | ANONYMOUS_SOURCE
            - Officials in Port Verin reportedly want the objects home before the March elections. | ANONYMOUS_SOURCE
            Western capitals have watched the row with unease, fearing that a messy handover will follow. | ANONYMOUS_SOURCE
            A curator at another London museum, who has followed the case closely, put it more bluntly. | ANONYMOUS_SOURCE
            A senior diplomat in the Talenian capital, Port Verin, said the dispute had become a proxy. | ANONYMOUS_SOURCE
            A second official, from a Gulf state that has mediated previous exchanges, said Moscow had signalled flexibility. | ANONYMOUS_SOURCE
            # what a named speaker says "that" others did is still her report; a museum and its proposal speak on the record
            Dr. Naomi Achterberg, a transport economist, points out that retailers in London also complained. | REPORTED_FACT
            A museum spokeswoman said no recipient had been chosen. | REPORTED_FACT
            The trust has pledged $2.6 million toward the shared museum, the proposal says. | REPORTED_FACT
            The agency notes that children under 5 are more likely to become seriously ill. | REPORTED_FACT
            # an event reported, a document of disclosures, a name the tagger splits, "his mother" after a name
            Pharmacies in 14 states have reported running out of the inhaler, according to the Independent Pharmacy Council. | REPORTED_FACT
            Corvane also spent $2.6 million on lobbying in 2023, according to disclosures filed with the U.S. Senate. | REPORTED_FACT
            Harbourline Consulting, the town’s engineers, have put the cost of rebuilding at $14.8 million. | REPORTED_FACT
            The European Stroke Alliance, a network of clinicians and patient groups, said the findings were new. | REPORTED_FACT
            Mateo returned to school part-time on Monday, his mother said. | REPORTED_FACT
            One pharmacist in Ohio told us the shelves had been empty for weeks. | ANONYMOUS_SOURCE
            Meanwhile, it has been reported that Tidewell offered $1.1 million toward partial repairs. | ANONYMOUS_SOURCE
            # writing a document is an act, not a statement
            Contractors write these clauses precisely so they can walk away when the bill arrives. | UNSUPPORTED_ASSERTION
            # thirteenth round: a description with "and" after the name, a surname after a comma, a lone name opening
            Jessica Moreno, a nurse at Pine Hollow Medical Center and a mother of two, said she expects to pay $180 a month. | REPORTED_FACT
            The forum will be held on Nov. 12 in the high school gymnasium, Reyes said. | REPORTED_FACT
            Pennock denied those reports at the time. | REPORTED_FACT
            - AgeSure, one provider, reported an average error of 1.3 years. | REPORTED_FACT
            The commission has approved two rate requests since 2010, both in reduced form, according to its published orders. | REPORTED_FACT
            The utility cut power after the regional grid operator declared an energy emergency on Oct. 21. | REPORTED_FACT
            A senior figure at another regional lender put it more bluntly. | ANONYMOUS_SOURCE
            A senior supervisor who worked on the Pennock file said colleagues had raised concerns. | ANONYMOUS_SOURCE
            Several European capitals, some analysts note, have begun to rethink deposit insurance. | ANONYMOUS_SOURCE
            Think tanks in Washington have begun to warn that the four-day week is a child-care policy. | ANONYMOUS_SOURCE
            Child-care providers in the area say they are not ready for the extra demand. | ANONYMOUS_SOURCE
            Districts that have made the switch often report that it helps them recruit teachers. | ANONYMOUS_SOURCE
            A second person with knowledge of the program put the figure slightly higher, at 70. | ANONYMOUS_SOURCE
            The option was dropped after an internal estimate showed it would save less than $900,000, two officials said. | ANONYMOUS_SOURCE
            # a state of mind is not a report, however often it is held; a speech verb in a "who" aside describes the person
            Fans of clubs like Harwick have always felt that football belongs to them. | UNSUPPORTED_ASSERTION
            And State Sen. Robert Haines, who has promised a bill in January, should make sure it comes with real money. | OPINION
            """)
    void speaker_of_a_lone_sentence(String sentence, Label expected) {
        assertThat(labelOf(sentence)).isEqualTo(expected);
    }

    /** Opinion, unsupported assertion or plain fact, for a lone sentence that credits no one. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a schedule and a rule are not sweeping claims or the writers demands
            Under the 2023 law, command will rotate every six months, starting with Finland. | REPORTED_FACT
            By 2031, new batteries in the EU will have to contain 16% recycled cobalt. | REPORTED_FACT
            # how a group feels, stated flatly, is unsupported; the writer's own feeling is opinion
            Smaller contributors are quietly resentful of being lectured by larger ones. | UNSUPPORTED_ASSERTION
            Shipping executives, for their part, are nervous. | UNSUPPORTED_ASSERTION
            Frustration is growing among parents as the walkout enters its second week. | UNSUPPORTED_ASSERTION
            We are tired of waiting for a plan. | OPINION
            Most tenants here no longer trust the council, the landlord or the fire service. | UNSUPPORTED_ASSERTION
            I have covered this city for 20 years, and I no longer believe that promise. | OPINION
            # a rule's "must" is the rule's; a claim that ends by posing a question is still the writer's claim
            Under EFL rules, a prospective owner must show proof of funds for two seasons. | REPORTED_FACT
            Under the final contract, images that are not matched must be deleted after 30 days. | REPORTED_FACT
            Under the UK’s Space Industry Act 2018, launch operators must hold insurance. | REPORTED_FACT
            The deal is worth about £40m. | REPORTED_FACT
            Patients, meanwhile, have simply lost faith in the 999 system. | UNSUPPORTED_ASSERTION
            Private e-scooters remain illegal to ride on public roads in England, whatever happens to the rental scheme. | REPORTED_FACT
            Under the 2023 ordinance that created the charge, net revenue must go to bus service and street repairs. | REPORTED_FACT
            Resentment runs deep in towns like Garnet Springs. | UNSUPPORTED_ASSERTION
            It’s understandable that patients feel angry. | OPINION
            We should judge any such scheme by one test: who carries the risk if it goes wrong? | OPINION
            # writer obligation and hedges are opinions
            Abortion should be legal in most cases. | OPINION
            These elements could form the backbone of the new framework. | OPINION
            # specific event stated plainly is a reported fact
            NATO foreign ministers will meet in Brussels on Wednesday. | REPORTED_FACT
            # flat general claim without source is unsupported
            Markets have taken notice too. | UNSUPPORTED_ASSERTION
            # a demand, a price with "well over", a purpose clause's "could"
            It is time the people who were paid to watch this bank explained why they did not. | OPINION
            Had it kept pace with inflation, it would be worth well over £100,000 today. | REPORTED_FACT
            Walt, an 81-year-old widower, sat in his car with the engine running so he could breathe cool air. | REPORTED_FACT
            """)
    void claim_of_a_lone_sentence(String sentence, Label expected) {
        assertThat(labelOf(sentence)).isEqualTo(expected);
    }

    @Test
    void a_quotation_after_a_named_person_is_described_is_theirs_and_a_guess_about_a_speaker_is_the_writers() {
        assertThat(labels("Helen Achterberg, the MP who chairs the inquiry, sat in her office last week. “I keep coming "
                + "back to one question. What exactly is the supervisory process for?”")).containsOnly(Label.REPORTED_FACT);
        assertThat(labels("Graham Tolley collected a £1.2m bonus for 2024. His lawyer says he cooperated fully with the "
                + "regulator. Perhaps he did.").getLast()).isEqualTo(Label.OPINION);
        assertThat(labels("Sources suggest the inquiry will focus on a memo from April 2024. Regulators are often "
                + "reluctant to step in early because they fear triggering a run on the bank.").getLast())
                .isNotEqualTo(Label.ANONYMOUS_SOURCE);
    }

    @Test
    void a_bullet_naming_a_thing_is_a_label() {
        assertThat(labels("What happens next\n\n- Deposit protection scheme\n- Payment timeline"))
                .containsOnly(Label.NOT_A_CLAIM);
    }

    @Test
    void he_does_not_refer_back_to_a_group_and_it_does_not_refer_back_to_an_official() {
        List<LabelledSentence> sentences = analyze("Sources at the club said the deal was close. Coach Maria Lind "
                + "smiled. “I am thinking about the parade,” he told BBC Radio Fenwick.\n\nThe draft was agreed on "
                + "Monday, an official said. It does not say who will pay for it.");
        assertThat(sentences.get(2).label()).isEqualTo(Label.REPORTED_FACT);
        assertThat(sentences.get(4).label()).isNotEqualTo(Label.ANONYMOUS_SOURCE);
    }

    @Test
    void picture_this_sets_up_a_scene_but_think_about_it_introduces_a_claim() {
        assertThat(labelOf("Picture this: you need to get from Paris to Lyon for a meeting.")).isEqualTo(Label.NOT_A_CLAIM);
        assertThat(labelOf("Think about it: for years, the pact has been seen as the ultimate safeguard."))
                .isNotEqualTo(Label.NOT_A_CLAIM);
    }

    @Test
    void a_question_asked_only_to_make_a_point_is_an_opinion() {
        LabelledSentence sentence = analyzer.analyzeLines("And whatever happened to the council's climate promises?")
                .sentences().getFirst();
        assertThat(sentence.label()).isEqualTo(Label.OPINION);
        assertThat(sentence.explanation()).contains("'whatever happened to'");
    }

    @Test
    void standfirst_byline_and_the_writers_tagline_are_page_furniture() {
        assertThat(labels("""
                Agadez reopens

                Two years after Niger’s military rulers scrapped a law against people smuggling, the desert town is busy again, and Europe is watching

                By Daniel Okoro | Updated Oct. 21, 2025, 4:12 p.m.

                The trucks left Agadez at midnight on Oct. 20.

                Helena Carrow is a freelance journalist who has covered migration in North Africa since 2014."""))
                .containsExactly(Label.NOT_A_CLAIM, Label.NOT_A_CLAIM, Label.NOT_A_CLAIM, Label.REPORTED_FACT,
                        Label.NOT_A_CLAIM);
    }

    @Test
    void a_numbered_title_is_a_heading_but_a_numbered_sentence_is_a_claim() {
        assertThat(labels("1. The Drought Behind It All\n\n2. Export Quotas: When Countries Keep Their Grain at Home\n\n"
                + "3. Wheat prices rose 12% in May."))
                .containsExactly(Label.NOT_A_CLAIM, Label.NOT_A_CLAIM, Label.REPORTED_FACT);
    }

    @Test
    void a_bullet_that_is_a_label_and_a_list_is_not_a_claim() {
        assertThat(labelOf("- Countries covered: Malaysia, Thailand, Vietnam, Indonesia")).isEqualTo(Label.NOT_A_CLAIM);
        assertThat(labelOf("- Note: Indonesia banned exports in 2020.")).isEqualTo(Label.REPORTED_FACT);
    }

    @Test
    void bullet_without_a_verb_is_not_a_claim_but_a_bullet_with_one_is() {
        assertThat(labels(
                "- Bilateral agreements with major powers\n- So far, pledges have totaled about $4 billion."))
                .containsExactly(Label.NOT_A_CLAIM, Label.REPORTED_FACT);
        assertThat(labels("- Crop and livestock losses\n- Fund: Ashcombe Scholars Fund, launched 2018"
                + "\n- More jobs at the airport and nearby warehouses\n- Ofwat's separate inquiry into spill reporting"
                + "\n- Certified athletic trainers at all games"))
                .containsOnly(Label.NOT_A_CLAIM);
    }

    @Test
    void a_bullet_is_a_claim_when_its_verb_follows_a_subject_or_it_reads_as_a_sentence() {
        assertThat(labels("- Mechanisms to prevent renewed hostilities\n"
                + "- Indonesia banned exports of raw nickel ore in January 2020.\n"
                + "- Climate research: Data from Russian monitoring stations covers nearly half of the Arctic coastline.\n"
                + "- Shorter exams in most subjects\n- A new national reading check in Year 8\n"
                + "- Cons: long-term debt, lost tax revenue, few lasting jobs\n- One paved road out of town"))
                .containsExactly(Label.NOT_A_CLAIM,
                Label.REPORTED_FACT, Label.REPORTED_FACT, Label.NOT_A_CLAIM, Label.NOT_A_CLAIM, Label.NOT_A_CLAIM,
                Label.NOT_A_CLAIM);
    }

    @Test
    void credit_line_under_a_statement_attributes_it() {
        List<LabelledSentence> sentences = analyze(
                "This already is a compromise on our part.\n– Ukrainian leadership statement");
        assertThat(sentences.getFirst().label()).isEqualTo(Label.ANONYMOUS_SOURCE);
    }

    @Test
    void scorer_decides_when_the_rules_are_undecided() {
        Analyzer withScorer = new Analyzer(sentences -> sentences.stream().mapToDouble(s -> 0.95).toArray());
        assertThat(withScorer.analyzeLines("Gone are the days when they led the world.").sentences().getFirst().label())
                .isEqualTo(Label.OPINION);
    }

    @Test
    void a_low_scorer_estimate_cannot_overrule_a_judging_word_next_to_a_number() {
        Analyzer withScorer = new Analyzer(sentences -> sentences.stream().mapToDouble(s -> 0.05).toArray());
        String judged = "Cutting the school day to 5 hours is essential for the health of our towns.";
        assertThat(withScorer.analyzeLines(judged).sentences().getFirst().label()).isEqualTo(Label.OPINION);
    }

    @Test
    void the_learned_claim_judge_rejudges_unattributed_claims_only() {
        Analyzer judging = new Analyzer(new SubjectivityScorer() {
            @Override
            public double[] subjectivity(List<String> sentences) {
                return sentences.stream().mapToDouble(s -> 0.1).toArray();
            }

            @Override
            public Label judgeClaim(String sentence, Label proposed, List<Cue> cues) {
                return Label.OPINION;
            }
        });
        List<LabelledSentence> article = judging.analyze("NATO ministers will meet in Brussels on Wednesday. "
                + "NATO chief Mark Rutte said the talks would resume on Wednesday.").sentences();
        assertThat(article.get(0).label()).isEqualTo(Label.OPINION);
        assertThat(article.get(0).explanation()).contains("wording");
        assertThat(article.get(1).label()).isEqualTo(Label.REPORTED_FACT);
        // It learned from sentences in their article: a line given alone keeps the rules' label.
        assertThat(judging.analyzeLines("NATO ministers will meet in Brussels on Wednesday.").sentences().getFirst()
                .label()).isEqualTo(Label.REPORTED_FACT);
    }

    @Test
    void analyze_lines_gives_one_entry_per_line_in_order() {
        List<LabelledSentence> lines = analyzer.analyzeLines("He said it was over. Then he left.\n\nSome say no.\n")
                .sentences();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).label()).isEqualTo(Label.NOT_A_CLAIM);
        assertThat(lines.get(1).text()).isEmpty();
    }

    @Test
    void source_cue_stops_before_the_circumstances_of_speaking() {
        String text = "“Rhetoric is cheap,” said a British official during an evening briefing.";
        Cue source = analyzer.analyze(text).sentences().getFirst().cues().stream()
                .filter(c -> c.kind() == CueKind.ANONYMOUS_SOURCE).findFirst().orElseThrow();
        assertThat(text.substring(source.start(), source.end())).isEqualTo("a British official");
    }

    /** The words an explanation names as the source: the speaker, not a date or a preposition before it. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            In March the European Commission proposed a €150 billion loan instrument. | the European Commission
            In March 2024 the European Commission announced a €7.4 billion package. | the European Commission
            A draft communique seen by Newswire said the parties would resume inspections by 2027. | A draft communique seen by Newswire
            The session is scheduled for Nov. 12, and Lechner said she hoped a bill could be debated. | Lechner
            The inquiry began in March after the Hartford Ledger reported that an officer had been dismissed. | the Hartford Ledger
            State Sen. Laura Brennan, a Democrat whose district includes Millbrook, on Saturday urged both sides to settle. | State Sen. Laura Brennan
            State Sen. Marcus Hale, a Republican whose district includes the city, said on Monday that he would oppose it. | State Sen. Marcus Hale
            A study by the Hartwell Center, published in August, estimated that prices rose 3.4%. | A study by the Hartwell Center
            Ballots close on Nov. 4, said Local 1187 of the Pacific Emergency Workers Union, which represents 640 staff. | Local 1187 of the Pacific Emergency Workers Union
            Four NGOs led by Refugee Rights Flanders have asked the court to suspend the agreement. | Four NGOs led by Refugee Rights Flanders
            """)
    void explanation_names_the_speaker(String sentence, String speaker) {
        LabelledSentence labelled = analyzer.analyze(sentence).sentences().getFirst();
        Cue source = labelled.cues().stream().filter(c -> c.kind() == CueKind.NAMED_SOURCE).findFirst().orElseThrow();
        assertThat(sentence.substring(source.start(), source.end())).isEqualTo(speaker);
        assertThat(labelled.explanation()).contains("'" + speaker + "'");
    }

    @Test
    void agreeing_a_package_is_a_decision_and_a_deadline_in_doubt_is_not_a_doubter() {
        assertThat(analyze("EU ministers failed on Monday to agree a 16th package of sanctions.").getFirst().cues())
                .noneMatch(c -> c.kind() == CueKind.NAMED_SOURCE);
        assertThat(analyze("Negotiators failed to agree on a deal, putting a Nov. 30 deadline in doubt.").getFirst().cues())
                .noneMatch(c -> c.kind() == CueKind.NAMED_SOURCE);
    }

    @Test
    void cue_offsets_point_at_the_cue_words() {
        String text = "Ministers met.\n“It is over,” a senior NATO diplomat said.";
        LabelledSentence sentence = analyzer.analyze(text).sentences().get(1);
        Cue source = sentence.cues().stream().filter(c -> c.kind() == CueKind.ANONYMOUS_SOURCE).findFirst().orElseThrow();
        assertThat(text.substring(source.start(), source.end())).isEqualTo("a senior NATO diplomat");
    }
}
