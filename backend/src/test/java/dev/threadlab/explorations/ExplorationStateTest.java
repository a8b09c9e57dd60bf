package dev.threadlab.explorations;

import dev.threadlab.explorations.ExplorationJobs.State;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An exploration job's states are the ones API.md gives {@code GET /api/explorations/{id}}, and only running is not an end. */
class ExplorationStateTest {

    @Test
    void the_states_on_the_wire_are_the_documented_ones() throws Exception {
        Matcher documented = Pattern.compile("state: ([a-z\\\\|]+),").matcher(Files.readString(Path.of("API.md")));

        assertThat(documented.find()).as("API.md documents an exploration's state").isTrue();
        assertThat(Arrays.stream(State.values()).map(State::jsonName))
                .containsExactlyInAnyOrderElementsOf(List.of(documented.group(1).split("\\\\\\|")));
    }

    @Test
    void a_job_has_ended_in_every_state_but_running() {
        assertThat(Arrays.stream(State.values()).filter(s -> !s.ended())).containsExactly(State.RUNNING);
    }
}
