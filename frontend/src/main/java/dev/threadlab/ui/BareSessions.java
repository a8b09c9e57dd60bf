package dev.threadlab.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;

import java.util.Optional;

/**
 * A page GET makes a Vaadin session before the page's script asks for its UI, so a client that fetches pages without
 * running them (a crawler, a monitor, a flood of {@code curl}) left one session per request for the servlet's full
 * timeout (30 minutes; about 5 KB each, measured: 2,000 GETs kept 2,001 sessions). A session is kept only
 * {@value #UNUSED_SECONDS} s until its first UI starts; a browser's page does that within a second or two of loading,
 * and its session then gets the full timeout back.
 */
public final class BareSessions implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;
    /** How long a session no UI has used yet is kept. */
    static final int UNUSED_SECONDS = 120;
    private static final String FULL_TIMEOUT = BareSessions.class.getName() + ".fullTimeout";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> shorten(e.getSession().getSession()));
        event.getSource().addUIInitListener(e -> restore(e.getUI().getSession().getSession()));
    }

    /** A new session: kept {@value #UNUSED_SECONDS} s, remembering the timeout it came with. */
    static void shorten(WrappedSession session) {
        int full = session.getMaxInactiveInterval();
        if (full <= 0 || full > UNUSED_SECONDS) {
            session.setAttribute(FULL_TIMEOUT, full);
            session.setMaxInactiveInterval(UNUSED_SECONDS);
        }
    }

    /** A UI started in the session: the timeout it came with again. */
    static void restore(WrappedSession session) {
        Optional.ofNullable(session.getAttribute(FULL_TIMEOUT)).ifPresent(full -> {
            session.setMaxInactiveInterval((Integer) full);
            session.removeAttribute(FULL_TIMEOUT);
        });
    }
}
