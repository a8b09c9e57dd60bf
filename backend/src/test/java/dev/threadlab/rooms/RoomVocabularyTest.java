package dev.threadlab.rooms;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The room's closed sets keep the names ROOMS.md gives them, written and read by Jackson. */
class RoomVocabularyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void enums_travel_under_their_rooms_md_names() {
        assertThat(JSON.writeValueAsString(RoomStatus.values())).isEqualTo("[\"open\",\"locked\",\"ended\"]");
        assertThat(JSON.writeValueAsString(MemberRole.values())).isEqualTo("[\"teacher\",\"student\"]");
        assertThat(JSON.writeValueAsString(PlaybackMode.values())).isEqualTo("[\"follow\",\"free\"]");
        assertThat(JSON.writeValueAsString(Verdict.Status.values())).isEqualTo("[\"passed\",\"failed\",\"error\"]");
        assertThat(JSON.readValue("\"locked\"", RoomStatus.class)).isEqualTo(RoomStatus.LOCKED);
        assertThat(JSON.readValue("\"free\"", PlaybackMode.class)).isEqualTo(PlaybackMode.FREE);
    }

    @Test
    void a_verdict_and_a_playback_read_back_from_their_json() {
        Verdict verdict = Verdict.failed("Lost an update.", "all 6 schedules");
        String text = JSON.writeValueAsString(verdict);
        assertThat(text).contains("\"status\":\"failed\"");
        assertThat(JSON.readValue(text, Verdict.class)).isEqualTo(verdict);
        Playback free = Playback.initial(5).withMode(PlaybackMode.FREE, 5);
        assertThat(JSON.readValue(JSON.writeValueAsString(free), Playback.class)).isEqualTo(free);
        assertThat(RoomStatus.of("ended")).isEqualTo(RoomStatus.ENDED);
        assertThat(PlaybackMode.of("chaos")).isEmpty();
    }
}
