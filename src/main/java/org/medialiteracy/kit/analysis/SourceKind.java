package org.medialiteracy.kit.analysis;

/** Who a sentence credits what it says to. */
enum SourceKind {
    /** A named person or an organisation speaking as a body. */
    NAMED,
    /** A person described only by a role: "a Dutch official". */
    ANONYMOUS,
    /** A vague collective or agentless phrase: "some allies", "reports surfaced". */
    VAGUE,
    /** "he said": named or not depending on whom the article last quoted. */
    PRONOUN
}
