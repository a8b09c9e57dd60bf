package dev.threadlab.ui;

import com.vaadin.flow.server.WrappedSession;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BareSessionsTest {

    @Test
    void a_session_no_ui_has_used_is_kept_two_minutes_and_gets_its_full_timeout_back_when_a_ui_starts() {
        FakeSession session = new FakeSession(1800);

        BareSessions.shorten(session);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(120);

        BareSessions.restore(session);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
        assertThat(session.getAttributeNames()).isEmpty();
    }

    @Test
    void a_session_that_never_expires_is_shortened_too_and_a_second_ui_changes_nothing() {
        FakeSession session = new FakeSession(-1);

        BareSessions.shorten(session);
        BareSessions.restore(session);
        session.setMaxInactiveInterval(900);
        BareSessions.restore(session);

        assertThat(session.getMaxInactiveInterval()).isEqualTo(900);
    }

    /** A session as the servlet container keeps it: a timeout and attributes. */
    private static final class FakeSession implements WrappedSession {
        private final Map<String, Object> attributes = new HashMap<>();
        private int maxInactiveInterval;

        FakeSession(int maxInactiveInterval) {
            this.maxInactiveInterval = maxInactiveInterval;
        }

        @Override public int getMaxInactiveInterval() { return maxInactiveInterval; }
        @Override public void setMaxInactiveInterval(int interval) { maxInactiveInterval = interval; }
        @Override public Object getAttribute(String name) { return attributes.get(name); }
        @Override public void setAttribute(String name, Object value) { attributes.put(name, value); }
        @Override public Set<String> getAttributeNames() { return attributes.keySet(); }
        @Override public void removeAttribute(String name) { attributes.remove(name); }
        @Override public void invalidate() { attributes.clear(); }
        @Override public String getId() { return "fake"; }
        @Override public long getCreationTime() { return 0; }
        @Override public long getLastAccessedTime() { return 0; }
        @Override public boolean isNew() { return false; }
    }
}
