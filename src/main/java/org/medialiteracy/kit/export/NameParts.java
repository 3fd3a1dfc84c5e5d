package org.medialiteracy.kit.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A display name split for rosters that want first and last names: "Ana María López" gives "Ana María" and
 * "López"; "Ludwig van Beethoven" keeps "van Beethoven" together; "King Jr." stays one last name;
 * "López, Ana" is read last name first; a single name is a first name only.
 */
record NameParts(String first, String last) {

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di",
            "da", "dos", "das", "du", "la", "le", "ten", "ter", "bin", "al", "el");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    static NameParts of(String displayName) {
        String name = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma > 0 && comma < name.length() - 1) {
            return new NameParts(name.substring(comma + 1).strip(), name.substring(0, comma).strip());
        }
        String[] words = name.isEmpty() ? new String[0] : name.split(" ");
        int lastStart = words.length - 1;
        if (lastStart > 1 && SUFFIXES.contains(words[lastStart].toLowerCase(Locale.ROOT))) {
            lastStart--;
        }
        while (lastStart > 1 && PARTICLES.contains(words[lastStart - 1].toLowerCase(Locale.ROOT))) {
            lastStart--;
        }
        if (lastStart < 1) {
            return new NameParts(name, "");
        }
        return new NameParts(String.join(" ", Arrays.copyOfRange(words, 0, lastStart)),
                String.join(" ", Arrays.copyOfRange(words, lastStart, words.length)));
    }
}
