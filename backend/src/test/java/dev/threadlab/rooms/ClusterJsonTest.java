package dev.threadlab.rooms;

import dev.threadlab.json.LabJson;
import dev.threadlab.rooms.ClusterMessage.Joined;
import dev.threadlab.rooms.ClusterMessage.Notice;
import dev.threadlab.rooms.ClusterMessage.Replaced;
import dev.threadlab.rooms.ClusterMessage.Revoked;
import dev.threadlab.rooms.ClusterMessage.Roster;
import dev.threadlab.rooms.ClusterMessage.StateChanged;
import dev.threadlab.rooms.ClusterMessage.Submitted;
import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomSnapshot.LiveState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the nodes of a school tell each other through Redis: each message and live state reads back as it was written,
 * and the text is the one nodes have always sent (a node being upgraded and one not yet upgraded understand each
 * other).
 */
class ClusterJsonTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final ClusterJson JSON = new ClusterJson(new LabJson(64).mapper());
    private static final JsonNode SCENARIO = PLAIN.readTree("{\"schema\":1}");
    private static final LiveState LIVE = new LiveState(RoomStatus.LOCKED, SCENARIO, "teacher",
            new Playback("r1", 1500, 17L, false, 0.25, PlaybackMode.FREE, 1000),
            new Challenge("c1", SCENARIO, new Goal.FinishesUnderMs(2500), 5), 7);
    /** A {@code StateChanged} as the hand-made writer the Jackson mapping replaced wrote it. */
    private static final String STATE_CHANGED = """
            {"kind":"StateChanged","node":"n1","state":{"status":"locked","scenario":{"schema":1},
             "scenarioSource":"teacher","playback":{"runId":"r1","positionUs":1500,"seq":17,"playing":false,
             "speed":0.25,"mode":"free","updatedAt":1000},"challenge":{"id":"c1","scenario":{"schema":1},
             "goal":{"kind":"finishesUnderMs","ms":2500.0},"goalWords":"finishes in under 2.5 s","posedAt":5},
             "version":7},"event":"{\\"type\\":\\"RoomLocked\\"}"}""";

    private static List<ClusterMessage> examples() {
        return List.of(new StateChanged("n1", LIVE, "{\"type\":\"RoomLocked\"}"),
                new Notice("n1", null, "{\"type\":\"HandLowered\",\"memberId\":\"m1\"}"),
                new Notice("n1", "m1", "{}"),
                new Submitted("n2", new Submission("s1", "c1", "m1", "Ada", SCENARIO, 9,
                        Verdict.failed("Lost.", "one run"))),
                new Submitted("n2", new Submission("s2", "c1", "m1", "Ada", SCENARIO, 9, null)),
                new Roster("n2", List.of(new MemberView("m1", "Ada", true))),
                new Joined("n1", new KnownMember("m1", "Ada", "hash")),
                new Replaced("n1", "m1"),
                new Revoked("n1"));
    }

    @Test
    void every_message_reads_back_as_it_was_written() {
        for (ClusterMessage message : examples()) {
            assertThat(JSON.read(JSON.write(message))).as(message.getClass().getSimpleName()).isEqualTo(message);
        }
        assertThat(examples().stream().map(m -> m.getClass().getSimpleName()).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ClusterMessage.class.getPermittedSubclasses())
                        .map(Class::getSimpleName).toList());
    }

    @Test
    void a_state_change_is_written_and_read_as_nodes_have_always_sent_it() {
        StateChanged expected = new StateChanged("n1", LIVE, "{\"type\":\"RoomLocked\"}");
        assertThat(PLAIN.readTree(JSON.write(expected))).isEqualTo(PLAIN.readTree(STATE_CHANGED));
        assertThat(JSON.read(STATE_CHANGED)).isEqualTo(expected);
    }

    @Test
    void live_states_and_rosters_read_back_and_a_room_without_a_scenario_has_none() {
        assertThat(JSON.readLive(JSON.writeLive(LIVE))).isEqualTo(LIVE);
        LiveState bare = new LiveState(RoomStatus.OPEN, null, null, Playback.initial(3), null, 0);
        assertThat(JSON.readLive(JSON.writeLive(bare))).isEqualTo(bare);
        List<MemberView> members = List.of(new MemberView("m1", "Ada", false));
        assertThat(JSON.readMembers(JSON.writeMembers(members))).isEqualTo(members);
    }
}
