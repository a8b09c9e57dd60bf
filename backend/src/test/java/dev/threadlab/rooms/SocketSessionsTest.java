package dev.threadlab.rooms;

import dev.threadlab.testing.TestServer;
import dev.threadlab.testing.WsClient;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.session.DefaultSessionCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A WebSocket leaves no HTTP session behind in the server: before, every {@code /ws/*} connection left one forever. */
class SocketSessionsTest {

    @RegisterExtension
    static final TestServer server = RoomTesting.perClass(java.util.Map.of());

    @Test
    void room_sockets_leave_no_http_session() {
        RoomTesting.Room room = RoomTesting.createRoom(server);
        List<RoomClient> students = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            RoomClient student = RoomClient.student(server.port(), room.code(), "Student " + i);
            student.await("RoomState");
            students.add(student);
        }
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken())) {
            teacher.await("RoomState");
            assertThat(sessions()).as("HTTP sessions while 21 sockets are open").isZero();
        }
        students.forEach(RoomClient::close);
        WsClient.await(Duration.ofSeconds(10), () -> sessions() == 0);
        assertThat(sessions()).isZero();
    }

    private static long sessions() {
        SessionHandler handler = server.app().jettyServer().server().getDescendant(SessionHandler.class);
        return ((DefaultSessionCache) handler.getSessionCache()).getSessionsCurrent();
    }
}
