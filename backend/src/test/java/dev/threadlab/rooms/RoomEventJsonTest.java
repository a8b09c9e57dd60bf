package dev.threadlab.rooms;

import dev.threadlab.json.LabJson;
import dev.threadlab.rooms.RoomEvent.ChallengePosed;
import dev.threadlab.rooms.RoomEvent.Error;
import dev.threadlab.rooms.RoomEvent.HandLowered;
import dev.threadlab.rooms.RoomEvent.HandRaised;
import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomEvent.PlaybackChanged;
import dev.threadlab.rooms.RoomEvent.RoomEnded;
import dev.threadlab.rooms.RoomEvent.RoomLocked;
import dev.threadlab.rooms.RoomEvent.RoomRevoked;
import dev.threadlab.rooms.RoomEvent.RoomState;
import dev.threadlab.rooms.RoomEvent.RoomUnlocked;
import dev.threadlab.rooms.RoomEvent.RosterChanged;
import dev.threadlab.rooms.RoomEvent.ScenarioLoaded;
import dev.threadlab.rooms.RoomEvent.SubmissionGraded;
import dev.threadlab.rooms.RoomEvent.SubmissionReceived;
import dev.threadlab.rooms.RoomEvent.SubmissionView;
import dev.threadlab.rooms.RoomEvent.You;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@link RoomEvent} as it goes on the wire, written by the server's mapper and compared, as a JSON tree, with the
 * text ROOMS.md documents: the same fields, values and nulls. The expected texts were taken from the hand-made writer
 * the Jackson mapping replaced (this test passed against both), so they are the protocol, not what the code believes.
 */
class RoomEventJsonTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final RoomProtocol PROTOCOL = new RoomProtocol(new LabJson(64).mapper());
    private static final long T = 1_700_000_000_000L;
    private static final JsonNode SCENARIO = PLAIN.readTree("{\"schema\":1,\"title\":\"Lost update\"}");
    private static final Playback PAUSED = new Playback("r1", 1500, 17L, false, 0.25, PlaybackMode.FREE, T);
    private static final Challenge CHALLENGE = new Challenge("c1", SCENARIO, new Goal.VariableEquals("counter", 6),
            T + 1);
    private static final SubmissionView PASSED = new SubmissionView("s1", "c1", "m2", "Bob", T + 2,
            Verdict.passed("No update lost.", "all 2 schedules"), 2);
    private static final String PLAYBACK_TEXT = """
            {"runId":"r1","positionUs":1500,"seq":17,"playing":false,"speed":0.25,"mode":"free",
             "updatedAt":1700000000000}""";
    private static final String CHALLENGE_TEXT = """
            {"id":"c1","scenario":{"schema":1,"title":"Lost update"},
             "goal":{"kind":"variableEquals","name":"counter","value":6},
             "goalWords":"the counter ends at 6 under any schedule","posedAt":1700000000001}""";
    private static final String PASSED_TEXT = """
            {"id":"s1","challengeId":"c1","memberId":"m2","name":"Bob","submittedAt":1700000000002,
             "verdict":{"status":"passed","explanation":"No update lost.","method":"all 2 schedules"},"attempts":2}""";

    /** One instance of each event (two of {@code RoomState}: the teacher's and a student's), with its wire text. */
    private static Map<RoomEvent, String> examples() {
        Map<RoomEvent, String> all = new LinkedHashMap<>();
        all.put(new RoomState("ABCD-EFGH", "Period 3", RoomStatus.LOCKED, new You("t1", "Teacher", MemberRole.TEACHER,
                        null), SCENARIO, "teacher", PAUSED, CHALLENGE, List.of(new MemberView("m2", "Bob", true)), 1,
                        List.of(PASSED), T + 3), """
                {"type":"RoomState","code":"ABCD-EFGH","title":"Period 3","status":"locked",
                 "you":{"memberId":"t1","name":"Teacher","role":"teacher","resumeToken":null},
                 "scenario":{"schema":1,"title":"Lost update"},"scenarioSource":"teacher","playback":%s,
                 "challenge":%s,"roster":[{"memberId":"m2","name":"Bob","handRaised":true}],"memberCount":1,
                 "submissions":[%s],"serverTime":1700000000003}"""
                .formatted(PLAYBACK_TEXT, CHALLENGE_TEXT, PASSED_TEXT));
        all.put(new RoomState("ABCD-EFGH", "Period 3", RoomStatus.OPEN, new You("m1", "Ada", MemberRole.STUDENT, "tok"),
                null, null, Playback.initial(T), null, null, 3, List.of(), T + 3), """
                {"type":"RoomState","code":"ABCD-EFGH","title":"Period 3","status":"open",
                 "you":{"memberId":"m1","name":"Ada","role":"student","resumeToken":"tok"},
                 "scenario":null,"scenarioSource":null,
                 "playback":{"runId":null,"positionUs":0,"seq":null,"playing":false,"speed":1.0,"mode":"follow",
                             "updatedAt":1700000000000},
                 "challenge":null,"roster":null,"memberCount":3,"submissions":[],"serverTime":1700000000003}""");
        all.put(new ScenarioLoaded(SCENARIO, "submission:s1:Bob", PAUSED, T + 4), """
                {"type":"ScenarioLoaded","scenario":{"schema":1,"title":"Lost update"},"source":"submission:s1:Bob",
                 "playback":%s,"serverTime":1700000000004}""".formatted(PLAYBACK_TEXT));
        all.put(new PlaybackChanged(PAUSED.play(T + 5), T + 5), """
                {"type":"PlaybackChanged","playback":{"runId":"r1","positionUs":1500,"seq":null,"playing":true,
                 "speed":0.25,"mode":"free","updatedAt":1700000000005},"serverTime":1700000000005}""");
        all.put(new RosterChanged(List.of(new MemberView("m2", "Bob", false), new MemberView("m3", "Cy", true)), 2), """
                {"type":"RosterChanged","members":[{"memberId":"m2","name":"Bob","handRaised":false},
                 {"memberId":"m3","name":"Cy","handRaised":true}],"memberCount":2}""");
        all.put(new HandRaised("m2", "Bob"), "{\"type\":\"HandRaised\",\"memberId\":\"m2\",\"name\":\"Bob\"}");
        all.put(new HandLowered("m2"), "{\"type\":\"HandLowered\",\"memberId\":\"m2\"}");
        all.put(new ChallengePosed(new Challenge("c2", SCENARIO, new Goal.FinishesUnderMs(2500), T + 6)), """
                {"type":"ChallengePosed","challenge":{"id":"c2","scenario":{"schema":1,"title":"Lost update"},
                 "goal":{"kind":"finishesUnderMs","ms":2500.0},"goalWords":"finishes in under 2.5 s",
                 "posedAt":1700000000006}}""");
        all.put(new SubmissionReceived(new SubmissionView("s2", "c1", "m3", "Cy", T + 7, null, 1)), """
                {"type":"SubmissionReceived","submission":{"id":"s2","challengeId":"c1","memberId":"m3","name":"Cy",
                 "submittedAt":1700000000007,"verdict":null,"attempts":1}}""");
        all.put(new SubmissionGraded(new SubmissionView("s2", "c1", "m3", "Cy", T + 7,
                Verdict.error("The grader is busy."), 1)), """
                {"type":"SubmissionGraded","submission":{"id":"s2","challengeId":"c1","memberId":"m3","name":"Cy",
                 "submittedAt":1700000000007,"verdict":{"status":"error","explanation":"The grader is busy.",
                 "method":"not graded"},"attempts":1}}""");
        all.put(new RoomLocked(), "{\"type\":\"RoomLocked\"}");
        all.put(new RoomUnlocked(), "{\"type\":\"RoomUnlocked\"}");
        all.put(new RoomEnded(), "{\"type\":\"RoomEnded\"}");
        all.put(new RoomRevoked(), "{\"type\":\"RoomRevoked\"}");
        all.put(new Error("bad-message", "Unknown message type \"X\"."), """
                {"type":"Error","code":"bad-message","message":"Unknown message type \\"X\\"."}""");
        return all;
    }

    @Test
    void every_event_is_written_as_the_protocol_documents_it() {
        examples().forEach((event, expected) -> assertThat(PLAIN.readTree(PROTOCOL.write(event)))
                .as(event.getClass().getSimpleName())
                .isEqualTo(PLAIN.readTree(expected)));
    }

    /** What the Vaadin panels do with each event: read it into its record, which says all the text said. */
    @Test
    void every_event_reads_back_into_its_record() {
        examples().forEach((event, expected) -> {
            RoomEvent read = PROTOCOL.readEvent(PLAIN.readTree(expected));
            assertThat(read).isInstanceOf(event.getClass());
            assertThat(PLAIN.readTree(PROTOCOL.write(read))).isEqualTo(PLAIN.readTree(expected));
        });
    }

    @Test
    void the_examples_cover_every_event() {
        assertThat(examples().keySet().stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RoomEvent.class.getPermittedSubclasses())
                        .map(Class::getSimpleName).toList());
    }

    @Test
    void the_type_comes_first_and_the_fields_keep_their_documented_order() {
        assertThat(PROTOCOL.write(new HandRaised("m2", "Bob")))
                .isEqualTo("{\"type\":\"HandRaised\",\"memberId\":\"m2\",\"name\":\"Bob\"}");
    }
}
