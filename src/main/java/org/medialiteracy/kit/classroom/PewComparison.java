package org.medialiteracy.kit.classroom;

/**
 * A fact-or-opinion sort beside Pew Research Center's 2018 survey of US adults: 26% classified all five factual
 * statements correctly and 35% all five opinions.
 */
public record PewComparison(int students, double allFactsRightPercent, double allOpinionsRightPercent) {

    public static final double PEW_ALL_FACTS_PERCENT = 26;
    public static final double PEW_ALL_OPINIONS_PERCENT = 35;
}
