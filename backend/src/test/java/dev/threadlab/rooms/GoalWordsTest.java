package dev.threadlab.rooms;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Goals as a teacher says them, and as clients receive them with a posed challenge. */
class GoalWordsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void each_goal_reads_as_a_sentence_with_its_parameters_and_units() {
        assertThat(new Goal.NoLostUpdates().words()).isEqualTo("no lost updates under any schedule");
        assertThat(new Goal.NoDeadlock().words()).isEqualTo("no deadlock under any schedule");
        assertThat(new Goal.FinishesUnderMs(5000).words()).isEqualTo("finishes in under 5 s");
        assertThat(new Goal.FinishesUnderMs(2.5).words()).isEqualTo("finishes in under 2.5 ms");
        assertThat(new Goal.FinishesUnderMs(10_000_000).words()).isEqualTo("finishes in under 10,000 s");
        assertThat(new Goal.VariableEquals("counter", 10).words()).isEqualTo("the counter ends at 10 under any schedule");
    }

    @Test
    void a_challenge_is_sent_with_its_goal_in_words_and_read_back_without_them() {
        Challenge posed = new Challenge("c1", JSON.createObjectNode(), new Goal.VariableEquals("counter", 10), 5L);

        JsonNode sent = JSON.valueToTree(posed);

        assertThat(sent.get("goalWords").asString()).isEqualTo("the counter ends at 10 under any schedule");
        assertThat(sent.get("goal").get("kind").asString()).isEqualTo("variableEquals");
        assertThat(JSON.treeToValue(sent, Challenge.class)).isEqualTo(posed);
    }

    @Test
    void each_goal_is_named_in_json_by_its_kind() {
        assertThat(new Goal.NoLostUpdates().kind()).isEqualTo("noLostUpdates");
        assertThat(new Goal.NoDeadlock().kind()).isEqualTo("noDeadlock");
        assertThat(new Goal.FinishesUnderMs(1).kind()).isEqualTo("finishesUnderMs");
        assertThat(new Goal.VariableEquals("c", 1).kind()).isEqualTo("variableEquals");
    }
}
