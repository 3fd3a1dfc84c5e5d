package org.medialiteracy.kit.classroom;

import java.io.IOException;
import java.io.Reader;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a roster CSV with a header row: {@code username,name[,password]}. A row without a password gets a
 * generated one, shown once to the teacher to hand out.
 */
final class RosterImport {

    static final int MAX_ROWS = 500;
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final SecureRandom random = new SecureRandom();

    List<RosterRow> read(Reader csv) {
        List<RosterRow> rows = new ArrayList<>();
        try {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
            for (CSVRecord record : format.parse(csv)) {
                if (!record.isMapped("username")) {
                    throw new AccountProblem("The roster needs a header row with a 'username' column (and 'name', 'password' if you like).");
                }
                if (rows.size() == MAX_ROWS) {
                    throw new AccountProblem("A roster can have at most " + MAX_ROWS + " students.");
                }
                String password = value(record, "password");
                boolean generated = password.isEmpty();
                rows.add(new RosterRow(record.getRecordNumber() + 1, value(record, "username").toLowerCase(Locale.ROOT),
                        value(record, "name"), generated ? generatePassword() : password, generated));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new AccountProblem("This file is not a roster CSV we can read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new AccountProblem("The roster has no students in it.");
        }
        return rows;
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    record RosterRow(long line, String username, String name, String password, boolean generatedPassword) {
    }
}
