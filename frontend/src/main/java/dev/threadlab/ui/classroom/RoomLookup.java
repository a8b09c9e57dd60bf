package dev.threadlab.ui.classroom;

import com.vaadin.flow.server.VaadinSession;
import dev.threadlab.rooms.ClientAddress;
import dev.threadlab.rooms.JoinCode;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * One look-up of a room per page load: the page request asks the API (for its HTTP status, 404 when there is no such
 * room) and keeps the answer in the browser's session for a few seconds; the room view then uses that answer instead
 * of asking again. So a page load counts once against the API's per-address look-up limits (ROOMS.md).
 */
public final class RoomLookup {

    private static final long FRESH_NANOS = 30_000_000_000L;
    private static final String KEY = RoomLookup.class.getName();

    /** What the API answered for {@code code}: the room, or null when there is no such room. */
    private record Answer(String code, JsonNode room, long atNanos) {
    }

    private RoomLookup() {
    }

    /**
     * For the page request of {@code /room/{typed}} from {@code address}: whether there is no such room. An answer
     * other than found / not found (too many look-ups, the API down) says nothing and is not kept.
     */
    public static boolean missingForPage(LabApiClient api, String typed, String address) {
        Optional<JoinCode> code = JoinCode.parse(typed);
        if (code.isEmpty()) {
            return true;
        }
        String value = code.get().value();
        try {
            JsonNode room = api.requestJson("/api/rooms/" + value, null, ClientAddress.HEADER, address,
                    ClientAddress.KEY_HEADER, ClientAddress.key());
            keep(new Answer(value, room, System.nanoTime()));
            return false;
        } catch (LabApiException e) {
            if (e.status() == 404) {
                keep(new Answer(value, null, System.nanoTime()));
            }
            return e.status() == 404;
        }
    }

    /** For the room view: the answer the page request kept for {@code code}, else the API's. */
    static JsonNode forView(LabApiClient api, JoinCode code) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(KEY) instanceof Answer kept) {
            session.setAttribute(KEY, null);
            if (kept.code().equals(code.value()) && System.nanoTime() - kept.atNanos() < FRESH_NANOS) {
                if (kept.room() == null) {
                    throw new LabApiException(404, "no such room", List.of());
                }
                return kept.room();
            }
        }
        return api.requestJson("/api/rooms/" + code.value(), null, BrowserAddress.headers());
    }

    private static void keep(Answer answer) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.lock();   // reentrant: the page request may hold it already
            try {
                session.setAttribute(KEY, answer);
            } finally {
                session.unlock();
            }
        }
    }
}
