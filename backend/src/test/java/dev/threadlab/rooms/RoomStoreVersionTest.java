package dev.threadlab.rooms;

import dev.threadlab.persistence.Database;
import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The room row is written only forward: an older version (a slower node's write) never replaces a newer one. */
class RoomStoreVersionTest {

    @Test
    void an_older_version_never_overwrites_a_newer_one() {
        try (Database db = Database.open(LabSettings.forTest(TestServer.tempDataDir()).database())) {
            RoomStore store = new RoomStore(db.dataSource(), RoomTesting.MAPPER);
            JoinCode code = JoinCode.parse("ABCD-2345").orElseThrow();
            RoomSnapshot created = new RoomSnapshot(code, "Period 3", "hash", RoomStatus.OPEN, null, null,
                    Playback.initial(1_000), null, 0);
            assertThat(store.create(created)).isTrue();

            store.saveState(at(created, 3, RoomStatus.LOCKED, 300));
            store.saveState(at(created, 2, RoomStatus.OPEN, 200));

            RoomSnapshot row = store.find(code).orElseThrow();
            assertThat(row.version()).isEqualTo(3);
            assertThat(row.status()).isEqualTo(RoomStatus.LOCKED);
            assertThat(row.playback().positionUs()).isEqualTo(300);

            store.saveState(at(created, 4, RoomStatus.OPEN, 400));
            assertThat(store.find(code).orElseThrow().version()).isEqualTo(4);
        }
    }

    private static RoomSnapshot at(RoomSnapshot room, long version, RoomStatus status, long positionUs) {
        return new RoomSnapshot(room.code(), room.title(), room.teacherTokenHash(), status, null, null,
                room.playback().seek(positionUs, null, 2_000), null, version);
    }
}
