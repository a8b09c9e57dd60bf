package dev.threadlab.server;

import dev.threadlab.cluster.ClusterSettings;
import dev.threadlab.rooms.RoomLimits;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabSettingsTest {

    @Test
    void room_limits_come_from_the_same_environment_as_every_other_setting() {
        LabSettings settings = LabSettings.fromEnvironment(Map.of("LAB_ROOM_MAX_MEMBERS", "30",
                "LAB_ROOM_FAILED_JOINS_PER_MINUTE", "5", "LAB_MAX_WS_MESSAGE", "4096"));

        assertThat(settings.rooms().maxMembers()).isEqualTo(30);
        assertThat(settings.rooms().failedJoinsPerMinute()).isEqualTo(5);
        assertThat(settings.rooms().maxMessageBytes()).isEqualTo(4096);
        assertThat(settings.rooms().joinsPerMinute()).isEqualTo(RoomLimits.defaults().joinsPerMinute());
    }

    @Test
    void simulation_slots_default_to_one_per_cpu_and_come_from_the_environment() {
        LabSettings.Limits defaults = LabSettings.fromEnvironment(Map.of()).limits();
        LabSettings.Limits set = LabSettings.fromEnvironment(
                Map.of("LAB_SIMULATION_SLOTS", "3", "LAB_SLOT_WAIT_MS", "500")).limits();

        assertThat(defaults.simulationSlots()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(defaults.slotWaitMs()).isEqualTo(60_000);
        assertThat(set.simulationSlots()).isEqualTo(3);
        assertThat(set.slotWaitMs()).isEqualTo(500);
    }

    @Test
    void without_variables_rooms_get_their_defaults_and_the_labs_websocket_message_limit() {
        LabSettings settings = LabSettings.fromEnvironment(Map.of());

        assertThat(settings.rooms().maxMembers()).isEqualTo(2_000);
        assertThat(settings.rooms().maxMessageBytes()).isEqualTo(settings.limits().maxWsMessageBytes());
        assertThat(LabSettings.forTest(java.nio.file.Path.of("data")).rooms()).isEqualTo(settings.rooms());
    }

    @Test
    void a_room_limit_that_is_not_a_positive_number_is_refused_with_its_name() {
        assertThatThrownBy(() -> LabSettings.fromEnvironment(Map.of("LAB_ROOM_MAX_MEMBERS", "-3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LAB_ROOM_MAX_MEMBERS");
    }

    @Test
    void a_node_of_a_school_reads_redis_its_name_its_proxies_and_its_pool_from_the_environment() {
        ClusterSettings alone = LabSettings.fromEnvironment(Map.of()).cluster();
        ClusterSettings node = LabSettings.fromEnvironment(Map.of("LAB_REDIS_URL", "redis://10.0.0.9:6379",
                "LAB_NODE_NAME", "a", "LAB_TRUSTED_PROXIES", "10.0.0.2", "LAB_DB_POOL_SIZE", "20")).cluster();

        assertThat(alone.redisUrl()).isNull();
        assertThat(alone.trustedProxies().isEmpty()).isTrue();
        assertThat(node.redisUrl()).isEqualTo("redis://10.0.0.9:6379");
        assertThat(node.nodeName()).isEqualTo("a");
        assertThat(node.trustedProxies().trusts("10.0.0.2")).isTrue();
        assertThat(node.dbPoolSize()).isEqualTo(20);
        assertThatThrownBy(() -> LabSettings.fromEnvironment(Map.of("LAB_DB_POOL_SIZE", "0")))
                .hasMessageContaining("LAB_DB_POOL_SIZE");
    }
}
