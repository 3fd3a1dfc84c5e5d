package org.medialiteracy.kit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every registered cue rule over its own examples (LanguageTool style). */
class CueRulesTest {

    static Stream<Named<CueRule>> rules() {
        return CueRules.ALL.stream().map(rule -> Named.of(rule.id(), rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rule_flags_its_positive_examples_and_not_its_negative_ones(CueRule rule) {
        assertThat(rule.description()).as("%s needs a one-line description", rule.id()).isNotBlank();
        assertThat(rule.mustFlag()).as("%s needs examples it must flag", rule.id()).isNotEmpty();
        assertThat(rule.mustNotFlag()).as("%s needs examples it must not flag", rule.id()).isNotEmpty();
        for (String example : rule.mustFlag()) {
            assertThat(rule.find(TaggedSentence.ofText(example))).as("%s must flag: %s", rule.id(), example)
                    .isNotEmpty()
                    .allSatisfy(cue -> assertThat(cue.kind()).isEqualTo(rule.kind()));
        }
        for (String example : rule.mustNotFlag()) {
            assertThat(rule.find(TaggedSentence.ofText(example))).as("%s must not flag: %s", rule.id(), example)
                    .isEmpty();
        }
    }

    @Test
    void rule_ids_are_unique_and_upper_snake_case() {
        Set<String> seen = new HashSet<>();
        for (CueRule rule : CueRules.ALL) {
            assertThat(rule.id()).matches("[A-Z][A-Z_]+");
            assertThat(seen.add(rule.id())).as("duplicate id %s", rule.id()).isTrue();
        }
    }
}
