package dev.threadlab.rooms;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JoinCodeTest {

    @Test
    void the_alphabet_has_31_symbols_and_no_look_alikes() {
        assertThat(JoinCode.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        assertThat(JoinCode.ALPHABET.chars().distinct().count()).isEqualTo(31);
    }

    @Test
    void generated_codes_are_two_groups_of_four_from_the_alphabet_and_spread_out() {
        Random seeded = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = JoinCode.generate(seeded).value();
            assertThat(code).matches("[" + JoinCode.ALPHABET + "]{4}-[" + JoinCode.ALPHABET + "]{4}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void typed_codes_are_read_in_any_case_with_or_without_dash_and_spaces() {
        assertThat(JoinCode.parse("abcd-efgh")).map(JoinCode::value).contains("ABCD-EFGH");
        assertThat(JoinCode.parse("ABCDEFGH")).map(JoinCode::value).contains("ABCD-EFGH");
        assertThat(JoinCode.parse(" abcd efgh ")).map(JoinCode::value).contains("ABCD-EFGH");
    }

    @Test
    void impossible_codes_are_refused() {
        assertThat(JoinCode.parse("ABCD-EFG")).isEmpty();
        assertThat(JoinCode.parse("ABCD-EFGO")).isEmpty();
        assertThat(JoinCode.parse("ABCD-EFG1")).isEmpty();
        assertThat(JoinCode.parse("ABCD-EFGHJ")).isEmpty();
        assertThat(JoinCode.parse(null)).isEmpty();
        assertThat(JoinCode.parse("x".repeat(1000))).isEmpty();
        assertThatThrownBy(() -> new JoinCode("abcd-efgh")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void guessing_is_futile_at_the_join_rate_limit() {
        // A day of guessing at the default miss limit from one address, against a thousand rooms open at once.
        double codes = Math.pow(JoinCode.ALPHABET.length(), JoinCode.LENGTH);
        double guessesPerDay = RoomLimits.defaults().failedJoinsPerMinute() * 60.0 * 24;
        assertThat(guessesPerDay * 1_000 / codes).isLessThan(1e-4);
    }
}
