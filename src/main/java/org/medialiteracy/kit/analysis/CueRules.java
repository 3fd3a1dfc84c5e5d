package org.medialiteracy.kit.analysis;

import static org.medialiteracy.kit.analysis.PatternRule.anywhere;
import static org.medialiteracy.kit.analysis.PatternRule.writer;

import java.util.List;

/** Every registered cue rule. A new rule is added here, with its examples. */
final class CueRules {

    static final String RESIDUE_PREFIX = "RESIDUE_";
    private static final String APOS = "['’]";

    static final List<CueRule> ALL = List.of(
            // Page and generator leftovers.
            anywhere("RESIDUE_PAGE_BUTTON", "a page button or label standing alone: Follow, Share, Subscribe, Advertisement",
                    CueKind.RESIDUE,
                    "(?i)^(?:follow(?: us)?|share(?: this(?: article| story)?)?|subscribe(?: now)?|advertisement|sponsored"
                            + "|read more|related(?: articles| stories)?|comments?|print|email|tweet|listen|sign up|log ?in"
                            + "|skip to (?:main )?content|back to top|watch|menu|close|show more|load more)[.!:]?$",
                    List.of("Follow", "Share this article", "Advertisement"),
                    List.of("Follow the money, investigators said.", "Share prices fell sharply on Monday.")),
            anywhere("RESIDUE_BROWSER_NOTICE", "a notice of the web page's player or browser",
                    CueKind.RESIDUE,
                    "(?i)please use (?:the |a |an )?(?:\\w+ )?browser|enable javascript|your browser does not support"
                            + "|cannot be played in (?:your|this) browser|^please use the latest version of\\b"
                            + "|please (?:switch|update|upgrade) (?:to|your)\\b[^.]*\\b(?:browser|chrome|firefox|safari|edge)\\b"
                            + "|for the best (?:viewing |browsing )?experience, please|your browser is (?:out of date|outdated|not supported)"
                            + "|please (?:update|upgrade) it to view|to view this page correctly"
                            + "|accessible video player|this video is not available|we use cookies|accept (?:all )?cookies",
                    List.of("Please use Chrome browser for a more accessible video player",
                            "For the best viewing experience, please switch to the latest version of Chrome.",
                            "We use cookies to improve your experience.",
                            "For the best experience, please use the latest version of Chrome, Edge or Firefox.",
                            "Your browser is out of date.", "Please update it to view this page correctly.",
                            "This video cannot be played in your browser.", "Please use the latest version of Chrome or Firefox.",
                            "Please use a supported browser such as Chrome, Firefox or Safari for the best viewing experience."),
                    List.of("The browser wars of the 1990s shaped the web.")),
            anywhere("RESIDUE_COMMENT_FORM", "a comment or reply form in any language",
                    CueKind.RESIDUE,
                    "(?iu)leave a (?:comment|reply)|post a comment|comments are closed|cancel reply|your email address will not"
                            + "|required fields are marked|добавить комментарий|ваш адрес email|обязательные поля"
                            + "|deja un comentario|laisser un commentaire|kommentar (?:hinterlassen|schreiben)"
                            + "|lascia un commento|deixe um comentário|zostaw komentarz|save my name, email"
                            // WordPress's form in the languages it most often leaks in
                            + "|il tuo indirizzo email|salva il mio nome|i campi obbligatori|tu direcci[oó]n de correo"
                            + "|guarda mi nombre|los campos obligatorios|votre adresse (?:e-?mail|de messagerie)"
                            + "|enregistrer mon nom|les champs obligatoires|deine e-mail-adresse|ihre e-mail-adresse"
                            + "|meinen namen, (?:meine )?e-mail|erforderliche felder|twój adres e-mail|zapisz moje dane"
                            + "|wymagane pola|o seu endere[cç]o de e-?mail|guardar o meu nome|^komentarze \\(\\d+\\)$"
                            + "|^(?:name|e-?mail|website|comment)\\s*\\*?$|^post comment$",
                    List.of("Leave a comment", "Добавить комментарий", "Il tuo indirizzo email non sarà pubblicato.",
                            "Guarda mi nombre y correo electrónico en este navegador para la próxima vez que comente.",
                            "Ваш адрес email не будет опубликован. Обязательные поля помечены *"),
                    List.of("Critics did not leave the comment unanswered, the minister said.")),
            anywhere("RESIDUE_FOREIGN_SCRIPT", "text mostly in a non-Latin script, left over from a page in another language",
                    CueKind.RESIDUE,
                    "^[^\\p{IsLatin}]*(?:[\\p{IsCyrillic}\\p{IsArabic}\\p{IsHan}\\p{IsGreek}\\p{IsHebrew}]+[^\\p{IsLatin}]*){3,}$",
                    List.of("Подписаться на рассылку новостей"),
                    List.of("The word “мир” means both peace and world, she said.")),
            anywhere("RESIDUE_GENERATOR", "a leftover of the tool that wrote the text: offers, word counts, notes to the user",
                    CueKind.RESIDUE,
                    "(?i)would you like me to|let me know if you(?:'d| would)? like|i hope this (?:helps|article)"
                            + "|as an ai\\b|here(?:'s|’s| is) (?:a|an|the) (?:draft|revised|rewritten|version)"
                            + "|feel free to (?:ask|adjust)|\\(?word count:[^)]*\\)?|tailor this piece"
                            + "|^(?:sure|certainly|absolutely)[,!]\\s+here(?:'s|’s| is)|^(?:title|headline|subheadline|byline):"
                            + "|^note: this (?:article|piece|story) is"
                            + "|^in this (?:article|piece|post|guide|explainer),? we(?:" + APOS + "ll| will)? (?:break down|explore|look at|take a"
                            + "|examine|dive|unpack|walk you)|^good (?:morning|afternoon|evening),? and welcome to",
                    List.of("Would you like me to tailor this piece to a specific audience?",
                            "(Word count: approximately 3450)", "Certainly! Here's a news article on the summit.",
                            "Headline: Allies meet in Brussels",
                            "In this article, we'll break down everything you need to know about the region."),
                    List.of("I would like to see a ceasefire, the minister said.", "The word count fell.")),
            anywhere("RESIDUE_PAGE_FOOTER", "page furniture: copyright, tags, credits, 'you may also like'",
                    CueKind.RESIDUE,
                    "(?i)^(?:©|copyright\\s+(?:©|\\(c\\)|\\d{4})|all rights reserved|tags?:|posted in\\b|filed under\\b|categories:"
                            + "|you may also like|recommended for you|most (?:read|popular)|more from\\b|image (?:caption|source)"
                            + "|(?:photo|image|picture)(?: credit)?:\\s|getty images$)|all rights reserved\\.?$"
                            + "|\\((?:reuters|ap|afp|epa|pa|getty(?: images)?|photo: [^)]*)\\)$"
                            + "|^the views expressed (?:here |in this (?:article|piece|column) )?are (?:his|her|their|the author" + APOS + "s) own"
                            + "|^\\((?:additional )?(?:reporting|writing|editing) by [^)]*\\)\\.?$"
                            + "|^(?:additional )?reporting by [^;]+;\\s*(?:additional reporting|writing|editing) by\\b"
                            + "|(?:todos los derechos reservados|tous droits réservés|alle rechte vorbehalten"
                            + "|tutti i diritti riservati|wszelkie prawa zastrzeżone)\\.?$"
                            + "|^comments are subject to|community guidelines\\.?$|^our standards:"
                            + "|^by (?-i:[A-Z][\\w.’'-]+(?: [A-Z][\\w.’'-]+){0,3})\\s*(?:\\||$)"
                            // the writer's tagline under a column: "Rachel Dunmore writes about local government…"
                            + "|^(?-i:[A-Z][\\w’'-]+(?: [A-Z]\\.)? [A-Z][\\w’'-]+) (?:is an? (?:[\\w-]+ ){0,3}(?:journalist|writer|columnist"
                            + "|reporter|correspondent|contributor|author|novelist|freelancer)\\b|writes (?:about|on|for|a weekly)\\b)",
                    List.of("© 2025 Example News. All rights reserved.", "You may also like", "Photo: Reuters",
                            "A soldier inspects the wreckage of a drone near the border on Oct. 12 (Reuters)",
                            "The views expressed are his own.", "(Reporting by Anna Berger; Editing by Tom Hale)",
                            "Todos los derechos reservados.", "Comments are subject to our community guidelines.",
                            "By Daniel Okoro | Updated Oct. 21, 2025, 4:12 p.m.",
                            "Helena Carrow is a freelance journalist who has covered migration in North Africa since 2014.",
                            "Rachel Dunmore writes about local government and has lived in Ashcombe since 2003."),
                    List.of("Copyright law was changed in 2019, the court said.", "The photo was taken on Monday.",
                            "Reporting by independent outlets was restricted, the group said.",
                            "By Tuesday the talks had stalled.", "Anna Politkovskaya was a journalist who exposed abuses.")),
            anywhere("RESIDUE_SHARE_SUBSCRIBE", "an invitation to share, subscribe or click",
                    CueKind.RESIDUE,
                    "(?i)^(?:share (?:this|on)|subscribe to|sign up for|click here|follow us|read more:|related:"
                            + "|get our newsletter|download our app|(?:follow|watch|read) our live (?:coverage|blog|updates)"
                            + "|we(?:" + APOS + "ll| will) (?:keep (?:this (?:page|story|article|post|guide|list) |you )updated"
                            + "|(?:continue to )?update this (?:page|story|article|post|guide|list))"
                            + "|this (?:page|story|article|post|guide) (?:will be|is being) updated)"
                            + "|\\b(?:on facebook, twitter|share on (?:facebook|x|twitter))",
                    List.of("Sign up for our daily newsletter", "Click here to read the full report.",
                            "Follow our live coverage of the cyclone for the latest updates.",
                            "We’ll keep this page updated as new information becomes available.",
                            "This story will be updated."),
                    List.of("Millions sign up for the service every year.",
                            "We will keep prices frozen until March, the chief executive said.")),
            anywhere("RESIDUE_LINK_HEADLINE", "a link to another story: 'Topic: Headline' on its own line",
                    CueKind.RESIDUE,
                    "^(?:[A-Z][\\w’'-]*|[A-Z][\\w’'-]*\\s(?:[\\w’'-]+\\s){0,2}(?:news|live|war|crisis|latest|analysis|explained|video|watch|opinion|more|related|listen))\\s?:\\s+[A-Z][^.!]*[?]?$",
                    List.of("Ukraine war: At what point should NATO confront Putin?",
                            "Ukraine-Russia news live: NATO to provide four more battle groups"),
                    List.of("Rutte said: The deal is done.", "Two facts stood out: a majority of members agreed.",
                            "Allied Unease: When Washington Leads Alone")),

            // Addressing the reader.
            writer("QUESTION_MARK", "a question in the writer's own words", CueKind.QUESTION,
                    "\\?[)\\]]?$",
                    List.of("Do you trust a handful of deals struck in private rooms?"),
                    List.of("“Is the council still viable?” one diplomat asked.", "Rutte said the deal had moved on.")),
            writer("RHETORICAL_QUESTION", "a question asked only to make a point: 'whatever happened to…?', 'is it any wonder…?'",
                    CueKind.QUESTION,
                    "(?i)\\b(?:whatever happened to|what message does|is it any wonder|is it (?:really )?too much to ask"
                            + "|how (?:can|could) anyone|who (?:can|could) blame|why (?:should|would) anyone|isn" + APOS + "t it time"
                            + "|how much longer|since when (?:do|does|did|is|are|has|have)"
                            + "|why should|why (?:do|does|did) we|how many (?:of us|more)|are we really|is (?:this|that|it) really"
                            + "|would any\\b|surely|who,? in the end|what would it (?:really )?(?:cost|take)|^should (?:a|an|the|we|anyone|parents?|families|people)\\b[^?]*\\bhave to|would we (?:ever )?(?:accept|tolerate|allow|put up with)|(?:who|what|why|how), exactly|a question (?:that|which)"
                            + "|^(?:and |so |but )?(?:do|does|did|are|is|was|were|will|would|can|could) (?:[\\w’'-]+ ){1,12}(?:really|seriously)"
                            + "|why(?:,? then,?)? (?:should|would|is|are|was|were|does|did|has|have|must|can|could|choose|not)"
                            + "|^(?:and |so |but )?(?:isn|aren|wasn|doesn|don|didn|shouldn|wouldn|can|won)" + APOS
                            + "t (?:that|it|this|we|they|there)"
                            + ")\\b(?![^?]*\\byou(?:r|rs)?\\b)(?=[^?]*\\?)",
                    List.of("And whatever happened to the council's big climate promises?",
                            "Is it any wonder that trust has collapsed?",
                            "Why should a bricklayer subsidise the longer retirement of a solicitor?",
                            "How many of us have shared a clip without checking where it came from?",
                            "Who, exactly, benefits from a pricing system that nobody outside the boardroom can see?",
                            "If a deal would be unthinkable on our own soil, why is it acceptable elsewhere?",
                            "Why, then, choose the harshest option available?", "Isn’t that worth £50m?",
                            "Who, in the end, benefits from a world that stops caring?",
                            "Do they really believe families are better off paying later?",
                            "And does anyone seriously believe the board would approve this if its members lived here?",
                            "Are we seriously going to wait years for a court to confirm what everyone can smell?",
                            "Is a museum in London that has profited from these objects really the right body to pick?",
                            "What would it really cost the rest of us to listen?",
                            "Should a parent have to gather 3,100 signatures to get a medic to a children’s game?",
                            "In what other part of a child’s life would we accept that standard?",
                            "At stake is a question that has crept up on Europe: who will guard the sea lanes?"),
                    List.of("Whatever happened next, the talks resumed.", "“How much longer can we wait?” the mayor asked.",
                            "So what’s at stake, and why should you care?",
                            "And what would it take for you to accept higher taxes?", "So why the hesitation?",
                            "So what exactly would these alternative protections look like?")),
            writer("CALL_TO_ACTION", "the writer asks the reader to do something: Let's, Imagine, Think about it",
                    CueKind.QUESTION,
                    "(?i)^(?:(?:and|so|then|now),? )?(?:let" + APOS + "s|let us|imagine|think about it|consider this|ask yourself|picture this|remember(?=:)"
                            + "|take a look|don" + APOS + "t forget|remember this|see also|join us|tell us"
                            + "|come along|come and|come down (?:to|and)|bring your|ask your|write to your|call your|contact your|check out"
                            + "|let me (?:be clear|explain|start|begin|put it this way)"
                            + "|find out more|sign the|vote for|get involved|consider (?:the|this|that|how|what|these)"
                            + "|think about (?:that|this|it)|(?:now )?picture (?:a|an|the|one|this|yourself|your)"
                            + "|(?:now )?imagine|share your|let me know|tell me|have your say|stay tuned|make sure (?:you|your)"
                            + "|go to (?:the|your|a|our)|think about what|write to (?:the|your)|come to (?:the|our))\\b"
                            + "|^(?:and |so |but |now )?(?:if you|(?:the )?next time)\\b[^.!?]{1,80}?, (?:please )?(?:write|call|go"
                            + "|vote|email|contact|join|sign|come|ask|tell|remember|think|look|check|walk|buy|visit|shop|try)\\b|^tell (?:them|him|her) (?:how|what|why|that)\\b"
                            + "|^read (?:that|this|those|these|it)\\b[^.!?]{0,30}\\bagain\\b"
                            // an imperative to the reader: a bare verb opening the sentence or bullet, then its object
                            + "|^(?:[-•*]\\s*)?(?:(?:and|so|then|now|instead|please),? )?(?:(?:write|talk|respond|listen|speak) to"
                            + "|(?:prove|stay|ask|check|shop|delete|tell|buy|compare|call|contact|email|visit|join|sign|share|try"
                            + "|avoid|keep|demand|vote|attend|get|find|look|subscribe|register|apply|book|bring|choose|switch|turn"
                            + "|pick|refuse|insist|return|throw|wash|help|go|show) (?:your|you|them|him|her|it|us|me|the|a|an|whether|if|what|how|up|out|at"
                            + "|informed|this|that|these|those|own|unit|more|less|wrong|right|safe|hands|away|and|asking|for|see"
                            + "|calling|writing)"
                            + "|come out and|(?:do not|don" + APOS + "t) \\w+)\\b(?![^.!]*\\?$)"
                            // a bullet opening with a bare verb is advice: "- Buy seasonal fruit where possible"
                            + "|^[-•*]\\s*(?:please )?(?:buy|avoid|check|keep|ask|call|contact|visit|read|use|try|make|take|plan|learn"
                            + "|bring|stay|wash|return|register|apply|compare|switch|choose|book|remember|consider|look|find|get"
                            + "|tell|write|leave|wear|follow|store|cook|throw|drink|eat|go)\\b(?! (?:of|is|are|was|were|has|have|had"
                            + "|will)\\b)"
                            + "|^here(?:" + APOS + "s| is| are) (?:the |a |some |what |how |our )?[^.!?]{0,40}:$"
                            + "|^here(?:" + APOS + "s| is) (?:everything|what|all) you (?:need|should|want) to know\\b"
                            + "|^(?:key (?:takeaways|points|facts|findings|dates|figures|numbers)(?: at a glance)?|takeaways|in summary"
                            + "|the bottom line|at a glance|quick facts):$|^what [^.!?:]{1,50}:$"
                            + "|^(?:these|they|(?:the )?(?:main|key|biggest) \\w+) (?:include|are):$",
                    List.of("Let’s dive deeper into what’s happening.", "Imagine sitting across from a rival.",
                            "Come along, bring your children, and ask your councillor.", "Here are the key points:",
                            "Key takeaways:", "Consider the numbers.", "Picture a table where eight countries once sat.",
                            "The main changes include:", "Share your view in the comments below.",
                            "Stay tuned for updates as this story develops.", "Make sure your ballot is returned by 7 p.m.",
                            "Go to the council’s budget consultation on Nov. 12 and fill the room.",
                            "If you live in Ashcombe, write to him this week.", "Think about what that means.",
                            "Write to the planning department and tell them what you think.", "Key points at a glance:",
                            "Come to the committee meeting on Oct. 29 and fill the public gallery.",
                            "And if you have waited, or watched someone you love wait, call your state senator.",
                            "Tell them how long it took.", "Read those two numbers again.", "Key findings at a glance:",
                            "Then show up at the hearing on Oct. 27.", "Here’s everything you need to know about the closure.",
                            "What nurses are asking for:", "Respond to it.", "Prove them wrong.",
                            "Stay informed and make your voice heard in your local consultation.",
                            "Then write to Sen. Delacroix and tell her the bill needs teeth.",
                            "- Ask your insurer for a written list of the mitigation steps it recognizes.",
                            "- Check whether your home qualifies under the state's program.", "- Compare unit prices, not pack prices",
                            "Delete an app, or better still, call your representative.",
                            "Talk to your pharmacist before switching any medication.",
                            "- Do not eat the product, even if it looks and smells normal.",
                            "- Return it to the store for a full refund or throw it away.",
                            "- Wash hands, counters and cutting boards that touched the chicken.",
                            "Then come out and help with the count in January.",
                            "Stay safe, and share this guide with anyone who buys frozen chicken!",
                            "Then go and look at the bus shelter outside your nearest school.",
                            "Keep asking until you get a name.",
                            "And the next time you see a gap on the fruit shelf, remember the people at the gate.",
                            "- Buy seasonal, locally grown fruit and vegetables where possible",
                            "Then come to the council’s budget meeting on Dec. 9 and ask it again, in person.",
                            "Then ask for the answer in writing.",
                            "Come down to the Harbridge footbridge on Saturday and look at the river for yourself.",
                            "Let me be clear about what I am not saying.",
                            "If you are a customer, walk in and buy the bread.",
                            "Then go see the wolves, and buy a sweater made from Idaho wool on your way home.",
                            "- Learn the warning signs yourself.", "Remember: when in doubt, sit them out."),
                    List.of("Imagination is the subject of the exhibition.", "Lettuce prices rose 4 percent.",
                            "Here is the problem: nobody paid.", "Considering the cost, the plan was dropped.",
                            "Pictures of the flooding spread online.", "If you ask the minister, the plan is working.",
                            "Go-to experts were unavailable.", "What nurses want is a cap: five patients each.",
                            "If you ask the minister, the plan is working, he said.", "Check fraud rose 4% last year.",
                            "Support for the plan fell.", "Call volumes doubled in March.", "Shop prices rose again.",
                            "Return flights were cancelled.", "Help arrived too late.", "Don’t they know the rules?",
                            "- Use of force rose by 3.4%", "The next time the board meets, it will vote on the plan.")),

            // Who said it.
            new SourceRule("ANON_ROLE_SPEECH", "a speaker described only by a role: 'a Dutch official said'",
                    CueKind.ANONYMOUS_SOURCE, SourceKind.ANONYMOUS,
                    List.of("“Rhetoric is cheap,” said a British official during an evening briefing.",
                            "Deliveries resumed, according to four NATO diplomats.",
                            "“We are trying to thread a needle,” an armaments expert said.",
                            "“You see what you see,” the former inspector said.",
                            "It is the number of days since the ward was fully staffed, a ward sister explains.",
                            "A senior ministry official, speaking on background, told reporters that a deal is close.",
                            "Investigators are focusing on a vessel that crossed the route, the officials added."),
                    List.of("Finnish Foreign Minister Elina Valtonen said the talks went well.",
                            "The primary school will merge two classes in August, the municipality said.",
                            "Whether there will be a bed for her tonight, nobody on Ward 14 can yet say.",
                            "“We are ready,” a NATO spokesperson said.",
                            "Envoys met with senior Russian officials in lengthy sessions.")),
            new SourceRule("VAGUE_COLLECTIVE_SPEECH", "a vague group credited with a view: 'some allies insist', 'Western capitals believe'",
                    CueKind.VAGUE_ATTRIBUTION, SourceKind.VAGUE,
                    List.of("Some allies insist they have red lines.",
                            "In public comments, Ukrainian leadership framed this move as a realistic adjustment.",
                            "Critics argue the plan favours Moscow.",
                            "According to critics, prices fell sharply.",
                            "Some analysts see the incidents as a deliberate campaign to test NATO.",
                            "Some teachers worry that coursework will favour families who can pay for tutors."),
                    List.of("NATO chief Mark Rutte said Tuesday that talks continue.",
                            "Certain members were hesitant.",
                            "Politicians rarely admit mistakes until an auditor forces them to.",
                            "Beijing, meanwhile, sees every Western rule as a plan to contain it.")),
            new SourceRule("NAMED_SOURCE_SPEECH", "a named person or organisation credited with what is said",
                    CueKind.NAMED_SOURCE, SourceKind.NAMED,
                    List.of("“It still stands,” NATO chief Mark Rutte said Tuesday.",
                            "Valtonen, too, insisted that the issues had been carved out.",
                            "“That is not true,” the Kremlin said in a statement.",
                            "“We remain committed,” a Downing Street spokesman said.",
                            "A spokesperson for the ministry said the border would reopen.",
                            "A Kestrel Learning Trust spokesperson said the trust accepts the findings.",
                            "The cable stopped at 03:41 on Oct. 17, according to a timeline released by the company.",
                            "Leaders agreed to set up a fund, according to a communiqué released after the meeting.",
                            "“Nobody says anchor any more,” said the ship’s master, Jari Halme, 58."),
                    List.of("“It is over,” a senior NATO diplomat said.", "The summit ended on Tuesday.")),
            new SourceRule("PRONOUN_SPEECH", "'he said', 'she told': a speaker the article named or described before",
                    CueKind.NAMED_SOURCE, SourceKind.PRONOUN,
                    List.of("“We are ready to do so right now,” he said.", "She told reporters the plan was dead.",
                            "It said the anchor had been lost in rough weather.",
                            "It found no evidence of wrongdoing but said record-keeping had been “inconsistent”."),
                    List.of("I think this moment matters.", "It rained in Brussels all week.")),
            anywhere("AGENTLESS_ATTRIBUTION", "a claim credited to nobody in particular: 'it is believed', 'reports surfaced'",
                    CueKind.VAGUE_ATTRIBUTION,
                    "(?i)\\bit (?:is|has been) (?:widely |generally |now )?(?:believed|said|reported|understood|thought|claimed|rumou?red|alleged|feared"
                            + "|assumed)"
                            + "|\\b(?:is|are|was|were) (?:widely |also )?(?:said|understood|believed|thought|reported|rumou?red|alleged) to\\b"
                            + "|\\b(?<!(?:the|same|this|that|its|their|latest|annual) )reports? (?:have |has )?(?:surfaced|emerged"
                            + "|suggest(?:ed|s)?|say|said|indicate[ds]?)"
                            + "|\\bsome (?:say|said|argue|believe|admit|suggest|fear|worry|claim)\\b"
                            + "|\\bwidely (?:seen|viewed|regarded|considered|believed|reported)"
                            + "|\\bby some (?:observers|critics|analysts|experts|commentators)"
                            + "|\\bby (?:most|many|some|several|all) accounts\\b|\\blet it be known\\b"
                            + "|\\bthere" + APOS + "?s? (?:is )?(?:also )?talk of"
                            + "|\\breportedly\\b"
                            + "|\\bthe (?:prevailing |general |official |received )?(?:view|feeling|consensus|thinking)"
                            + " (?:(?:in|among|inside|within|at) [\\w ]{1,30} )?is that\\b"
                            + "|\\baccording to (?:this|that|some|many|those|reports|sources|rumou?rs)\\b[^,.]*"
                            + "|\\b(?:sources|people|those|someone|one person) (?:close to|familiar with)(?:\\s+(?:the|a|an))?\\s+[\\w’'-]+"
                            + "|\\b(?:a|one) well-connected [\\w -]*?voice\\b"
                            + "|\\b(?:(?:has|have|had)\\s+(?:long\\s+)?)?(?:is|are|was|were|been|being)\\s+(?:long\\s+|widely\\s+|often\\s+|generally\\s+|largely\\s+|now\\s+)?"
                            + "(?:seen|viewed|regarded|perceived|considered|thought of|spoken of|read)\\s+as\\b(?![^,.;]*\\bby\\s+(?-i:[A-Z]))",
                    List.of("Over the weekend, reports surfaced that Ukraine is ready to compromise.",
                            "It is believed the talks will resume.",
                            "A well-connected public voice in the security discourse recently highlighted a pattern.",
                            "The result, according to this line of thought, is a facade of diplomacy.",
                            "The clause has long been viewed as the gold standard for protection.",
                            "Several senior players are understood to be waiting on new contracts.",
                            "Brandt, by most accounts, has not changed.",
                            "Some European capitals have let it be known that they would help pay.",
                            "In Western capitals, the port is now spoken of as Europe’s softest border.",
                            "In Whitehall, the ballot has been read as a warning shot.",
                            "In Westminster, the view is that this is a private dispute.",
                            "It is widely assumed in the industry that more fines will follow.",
                            "- Officials in Port Verin reportedly want the objects home before the March elections.",
                            "Meanwhile, it has been reported that Tidewell offered $1.1 million toward partial repairs."),
                    List.of("The report was published on Monday by the ministry.", "Some 40 people died.",
                            "The same report said funding stood at 23.4% of the amount requested.",
                            "The plan was seen as a threat by Rutte.")),
            anywhere("ANONYMITY_GRANTED", "a source who asked not to be named or was granted anonymity",
                    CueKind.ANONYMOUS_SOURCE,
                    "(?i)(?:asked|requested|declined|preferred) not to be (?:named|identified)|(?:did not|didn't|does not|doesn't) want to be (?:named|identified)|granted anonymity"
                            + "|on (?:the )?condition of anonymity|speaking anonymously|who (?:could not|cannot) be named"
                            + "|(?:his|her|their) names? (?:and [\\w ]{1,20} )?(?:were|was|be|is) withheld"
                            + "|without (?:his|her|their) names? (?:attached|used|published|printed)"
                            + "|declin\\w* to (?:give|share) (?:his|her|their) (?:full |last )?names?"
                            + "|(?:would not|wouldn't|did not|didn't) give (?:his|her|their) (?:full |last )?names?"
                            + "|(?:did not|didn't|does not|doesn't) want to give (?:his|her|their) (?:full |last )?names?"
                            + "|(?:did not|didn't|does not|doesn't) want (?:his|her|their) (?:full |real )?names? (?:printed|used|published)"
                            + "|(?:not |un)authori[sz]ed to (?:speak|talk|comment|brief)"
                            + "|asked that (?:his|her|their) (?:full |real )?names? not be (?:used|published|printed)"
                            + "|asked (?:me|us|reporters) not to (?:name|identify)"
                            + "|(?:give|gave|giving) only (?:his|her|their) (?:first )?initials?"
                            // "Aid workers I spoke to in Chișinău say": people the writer met but does not name
                            + "|\\b\\w+s (?:I|we) (?:(?:have|had|'ve) )?(?:spoke|spoken|talked) (?:to|with)\\b"
                            + "|(?:did not|didn't|does not|doesn't) want (?:his|her|their) (?:shop|business|company|employer|school"
                            + "|street|village|workplace) (?:named|identified)",
                    List.of("The diplomat, who asked not to be named, said the talks stalled.",
                            "Two officials, granted anonymity to speak freely, confirmed it.",
                            "One resident, who did not want to be named, said help was slow.",
                            "“It was always like this,” she says, declining to give her name.",
                            "A student who did not want to give her name told us she had been hit.",
                            "A steward, who did not want his name printed, walked me along the terrace.",
                            "A newsagent two doors down, who did not want his shop identified, was blunter.",
                            "A manager, who would speak only if his name and company were withheld, is less diplomatic.",
                            "An executive at a rival contractor, who would speak only without his name attached, was blunter.",
                            "Some head teachers I have spoken to say they have stopped complaining.",
                            "A naval officer, who was not authorised to speak to the press, was more guarded.",
                            "A 24-year-old man who asked that his name not be used has slept in a corridor for weeks.",
                            "A supplier, who asked me not to name her firm, told a different story.",
                            "Her neighbour, a retired teacher who would give only his first initial, was blunter.",
                            "Aid workers I spoke to in Chișinău say both sites are far from a lawyer."),
                    List.of("The minister was named in the report.", "I spoke to the ministers on Monday.")),

            // The writer's own view.
            writer("FIRST_PERSON_VIEW", "the writer gives their own view or feeling: I think, we hope, in my view",
                    CueKind.FIRST_PERSON,
                    "(?i)\\b(?:i|we)(?:" + APOS + "m| am| are|" + APOS + "re)? (?:(?:just|really|still|also|personally|honestly"
                            + "|do(?:n" + APOS + "t| not)?|can" + APOS + "t|cannot|sincerely|firmly|strongly|truly|no longer|now|never) )*"
                            + "(?:think|believe|feel|hope|suspect|doubt|fear|worry|wonder|guess|suppose|reckon|expect|trust"
                            + "|love|hate|like|prefer|wish|agree|disagree|regret|admire|applaud|convinced|sure|afraid|glad|proud"
                            + "|worried|hopeful|optimistic|pessimistic|skeptical|sceptical|confident)\\b"
                            + "|\\b(?:in|to) (?:my|our) (?:view|opinion|mind|eyes|experience|judgment|judgement)\\b"
                            + "|\\bfrom (?:my|our) (?:perspective|point of view|vantage point)\\b|\\bpersonally\\b"
                            + "|\\bhere" + APOS + "s hoping\\b|\\bfor my (?:part|money)\\b|\\bif you ask me\\b",
                    List.of("Personally, I think this moment underscores how connected we are.",
                            "From my perspective, this shows a maturing approach.", "We can't agree with the ruling.",
                            "In my view, the plan is flawed.",
                            "I have covered this city for 20 years, and I no longer believe that promise."),
                    List.of("“I think it will pass,” the senator said.", "I went to a restaurant that I knew.",
                            "We apologise for not approaching TikTok for comment.")),
            writer("FIRST_PERSON", "the writer speaks as 'I' or 'we'", CueKind.FIRST_PERSON,
                    "(?i)\\b(?:i|i" + APOS + "m|i" + APOS + "ve|i" + APOS + "d|i" + APOS + "ll|me|my|mine|myself|we|we" + APOS
                            + "re|we" + APOS + "ve|we" + APOS + "ll|we" + APOS + "d|(?-i:us)|our|ours|ourselves)\\b"
                            + "|\\bfrom my perspective\\b|\\bpersonally\\b|\\bhere" + APOS + "s hoping\\b",
                    List.of("Personally, I think this moment underscores how connected we are.",
                            "From my perspective, this shows a maturing approach."),
                    List.of("“We are not spectators,” a diplomat said.", "The U.S. envoy met Putin.",
                            "Vučić cancelled the event.")),
            writer("OBLIGATION_MODAL", "the writer says what should or must happen", CueKind.OBLIGATION,
                    "(?i)\\b(?:should(?:n" + APOS + "t)?(?!\\s+(?:the|a|an|this|that|he|she|it|they|(?-i:[A-Z])\\w*)\\b)|must(?:n" + APOS + "t)?|ought to"
                            + "|(?<!(?:will|would|shall) )(?:needs? to|has to|have to)|had better"
                            + "|^" + Lexicon.DEMAND + ")\\b",
                    List.of("Abortion should be legal in most cases.", "Any deal needs to include guarantees.",
                            "It is time the people who were paid to watch this bank explained themselves."),
                    List.of("“We must not be intimidated,” the minister said.", "The meeting ended early.",
                            "Allies would respond should President Putin launch an attack.",
                            "From 2027, phones will have to come with batteries users can replace.")),
            writer("HEDGE_SPECULATION", "a guess about what is or will be: could, might, perhaps, likely",
                    CueKind.HEDGE,
                    "(?i)^(?:if|unless)\\b|\\b(?:(?<!\\bso (?:that )?(?:he|she|they|we|i|it|you) )"
                            + "could(?! (?:not )?be (?:reached|contacted|independently|immediately|verified|confirmed))"
                            + "|might|may(?! \\d)|perhaps|maybe|possibly|probably|likely|unlikely|apparently|seemingly"
                            + "|arguably|presumably|potentially|seems?|seemed|appears? to|appeared to|remains to be seen"
                            + "|it is possible|in all likelihood|conceivably|for what it(?:" + APOS + "s| is) worth)\\b",
                    List.of("These elements could form the backbone of the new framework.",
                            "Perhaps the most interesting aspect is the timing.",
                            "My own forecast, for what it is worth, is that inflation will average 2.4 per cent.",
                            "If the West makes it a red line, the consequences risk a wider war."),
                    List.of("The ministers met in May 2024.", "“It might work,” Rutte said.",
                            "Neither director could be reached for comment.", "The claim could not be independently verified.",
                            "He sat in his car with the engine running so he could breathe cool air.")),
            writer("EVALUATIVE_WORD", "a word that judges or colours: perilous, troubling, braver, bombast",
                    CueKind.EVALUATIVE, Lexicon.alternation(Lexicon.EVALUATIVE),
                    List.of("The push has entered a perilous phase.", "It is harder and often braver to adapt."),
                    List.of("NATO foreign ministers will meet in Brussels on Wednesday.", "They marched with Pride organisers.",
                            "“We must not be intimidated by bombast,” she said.")),
            writer("EVALUATIVE_MILD", "a judgment word news also uses literally: key, serious, difficult",
                    CueKind.EVALUATIVE, Lexicon.alternation(Lexicon.MILD_EVALUATIVE),
                    List.of("It is a tough but necessary compromise."),
                    List.of("The ministers met in Brussels.")),
            new EvaluativePredicateRule(),
            writer("INTENSIFIER", "a word that strengthens a judgment: very, extremely, hugely", CueKind.EVALUATIVE,
                    Lexicon.alternation(Lexicon.INTENSIFIERS),
                    List.of("The alliance is performing a hugely difficult balancing act."),
                    List.of("The alliance met on Tuesday.")),
            writer("EXCLAMATION", "an exclamation mark in the writer's words", CueKind.EVALUATIVE, "!",
                    List.of("What a disaster this has been!"),
                    List.of("“Stop!” the officer shouted.")),

            // Checkable specifics.
            anywhere("NUMBER_OR_DATE", "a number, amount, percentage, date, weekday or year", CueKind.NUMBER_OR_DATE,
                    "(?i)[$€£¥]\\s?\\d[\\d,.]*(?:\\s?(?:million|billion|trillion|bn|m|k)\\b)?"
                            + "|\\b\\d[\\d,.]*(?:\\s?(?:%|percent|per cent|million|billion|trillion))?"
                            + "|\\b(?:january|february|march|april|june|july|august|september|october|november|december"
                            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\\b"
                            + "|\\b(?:two-thirds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
                            + "|fifty|hundred|thousand|dozen)\\b"
                            + "|\\b(?:last|next) (?:week|month|year|weekend)\\b",
                    List.of("So far, pledges have totaled about $4 billion.", "Ministers will meet on Wednesday.",
                            "Roughly two-thirds of NATO countries have committed support."),
                    List.of("The alliance remains divided.")));

    private CueRules() {
    }
}
