package dev.threadlab.rooms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaybackTest {

    @Test
    void playing_advances_virtual_time_at_speed_and_pausing_keeps_the_position() {
        Playback p = Playback.initial(1_000).load("run", 1_000).seek(500, null, 1_000).withSpeed(2.0, 1_000);
        Playback playing = p.play(1_000);
        assertThat(playing.positionAt(1_010)).isEqualTo(500 + 10 * 1000 * 2);
        Playback paused = playing.pause(1_010);
        assertThat(paused.playing()).isFalse();
        assertThat(paused.positionUs()).isEqualTo(20_500);
        assertThat(paused.positionAt(99_999)).isEqualTo(20_500);
    }

    @Test
    void stepping_pauses_and_moves_by_events() {
        Playback p = Playback.initial(0).seek(100, 10L, 0).play(0).step(3, 40L, 5);
        assertThat(p.playing()).isFalse();
        assertThat(p.seq()).isEqualTo(43);
        assertThat(p.step(1, null, 6).seq()).isEqualTo(44);
        assertThat(Playback.initial(0).seek(0, 2L, 0).step(-5, null, 0).seq()).isZero();
    }

    @Test
    void mode_and_speed_are_validated() {
        assertThatThrownBy(() -> Playback.initial(0).withMode(PlaybackMode.of("chaos").orElse(null), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Playback.initial(0).withSpeed(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Playback.initial(0).withMode(PlaybackMode.FREE, 0).mode().jsonName()).isEqualTo("free");
    }

    @Test
    void display_names_are_checked_not_escaped() {
        assertThat(DisplayName.of("  <b>Ada</b> ").value()).isEqualTo("<b>Ada</b>");
        assertThat(DisplayName.of("Zoë 🚀").value()).isEqualTo("Zoë 🚀");
        assertThatThrownBy(() -> DisplayName.of("")).hasMessageContaining("required");
        assertThatThrownBy(() -> DisplayName.of("x".repeat(41))).hasMessageContaining("at most 40");
        assertThatThrownBy(() -> DisplayName.of("a\nb")).hasMessageContaining("control");
        assertThatThrownBy(() -> DisplayName.of("a\u200Bb")).hasMessageContaining("control");
    }

    @Test
    void token_bucket_allows_a_burst_then_the_rate() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.tryTake(1_000_000_000L)).isTrue();
        assertThat(bucket.tryTake(1_000_000_000L)).isFalse();
    }
}
