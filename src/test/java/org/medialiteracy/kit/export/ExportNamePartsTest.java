package org.medialiteracy.kit.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportNamePartsTest {

    @ParameterizedTest(name = "{0} -> [{1}] [{2}]")
    @CsvSource(delimiter = '|', value = {
            "Ana López|Ana|López",
            "Ana María López|Ana María|López",
            "Ludwig van Beethoven|Ludwig|van Beethoven",
            "Ana de la Cruz|Ana|de la Cruz",
            "Martin Luther King Jr.|Martin Luther|King Jr.",
            "López, Ana|Ana|López",
            "  Ana   López  |Ana|López",
            "Cher|Cher|''",
            "''|''|''"})
    void display_names_split_into_first_and_last_name_and_a_single_name_is_a_first_name(String display,
                                                                                          String first, String last) {
        assertThat(NameParts.of(display)).isEqualTo(new NameParts(first, last));
    }
}
