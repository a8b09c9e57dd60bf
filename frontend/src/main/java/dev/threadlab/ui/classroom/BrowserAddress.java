package dev.threadlab.ui.classroom;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.threadlab.rooms.ClientAddress;

/**
 * The UI calls the rooms API over loopback for its browsers: these headers name the browser's own address, so that
 * the API's per-address limits apply to each browser rather than to all of them at once (see {@link ClientAddress}).
 */
final class BrowserAddress {

    private BrowserAddress() {
    }

    /** Header name-value pairs for {@code LabApiClient.requestJson}; none when there is no browser to name. */
    static String[] headers() {
        String address = null;
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            address = request.getRemoteAddr();
        } else if (VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getBrowser() != null) {
            address = VaadinSession.getCurrent().getBrowser().getAddress();
        }
        return address == null || address.isBlank() ? new String[0]
                : new String[] {ClientAddress.HEADER, address, ClientAddress.KEY_HEADER, ClientAddress.key()};
    }
}
