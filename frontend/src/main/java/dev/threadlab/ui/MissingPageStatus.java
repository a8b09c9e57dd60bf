package dev.threadlab.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import dev.threadlab.ui.classroom.RoomLookup;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers HTTP 404 for a page whose id names nothing ({@code /editor/{lesson}}, {@code /s/{id}},
 * {@code /room/{code}}), while the page itself still says so in plain words. The views run in a later request
 * (Vaadin's client-side bootstrap answers the page first), so the page request asks the API itself. A room is looked
 * up under the browser's address, and the view reuses that answer ({@link RoomLookup}): one look-up per page load.
 */
public final class MissingPageStatus implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;
    private static final Pattern PAGE = Pattern.compile("^/(editor|s|room)/([^/]{1,200})/?$");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(MissingPageStatus::answer);
    }

    private static void answer(IndexHtmlResponse page) {
        String path = Optional.ofNullable(page.getVaadinRequest().getPathInfo()).orElse("");
        Matcher m = PAGE.matcher(path);
        if (m.matches() && missing(m.group(1), m.group(2), page.getVaadinRequest())) {
            page.getVaadinResponse().setStatus(404);
        }
    }

    private static boolean missing(String kind, String id, VaadinRequest request) {
        LabApiClient api = LabApiClient.local();
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8);
        try {
            switch (kind) {
                case "editor" -> api.getJson("/api/presets/" + encoded);
                case "s" -> api.getJson("/api/scenarios/" + encoded);
                default -> {
                    return RoomLookup.missingForPage(api, id, request.getRemoteAddr());
                }
            }
            return false;
        } catch (LabApiException e) {
            return e.status() == 404;
        }
    }
}
