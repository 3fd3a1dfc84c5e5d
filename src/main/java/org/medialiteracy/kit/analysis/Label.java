package org.medialiteracy.kit.analysis;

/** The codebook's five labels, in its decision order, with the names students see. */
public enum Label {
    NOT_A_CLAIM("Not a claim", "N"),
    ANONYMOUS_SOURCE("Anonymous sourcing", "A"),
    REPORTED_FACT("Reported fact", "F"),
    OPINION("Opinion", "O"),
    UNSUPPORTED_ASSERTION("Unsupported assertion", "U");

    private final String displayName;
    private final String shortCode;

    Label(String displayName, String shortCode) {
        this.displayName = displayName;
        this.shortCode = shortCode;
    }

    /** The words students see for this label. */
    public String displayName() {
        return displayName;
    }

    /** One letter shown beside the colour, so colour is never the only signal. */
    public String shortCode() {
        return shortCode;
    }

    /** Labels that make a claim, the ones scored by default. */
    public boolean isClaim() {
        return this != NOT_A_CLAIM;
    }
}
