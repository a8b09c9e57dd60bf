package dev.threadlab.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Javalin's WebSocket upgrade asks for an HTTP session (to copy its attributes into the socket's context), so every
 * {@code /ws/*} connection used to leave a Jetty session behind that nothing ever used or expired: 1,001 of them after
 * one classroom benchmark. The API keeps nothing in sessions, so this filter, on {@code /ws/*}, invalidates the
 * session the upgrade made as soon as the upgrade is done.
 */
final class SocketSessions implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http) {
                HttpSession session = http.getSession(false);
                if (session != null) {
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyInvalid) {
                        // gone already: what we wanted
                    }
                }
            }
        }
    }
}
