package dev.threadlab.api;

import dev.threadlab.testing.TestServer;
import io.javalin.Javalin;
import io.javalin.router.InternalRouter;
import io.javalin.websocket.WsHandlerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the server serves names exactly the routes it registers, both ways: every HTTP route and
 * WebSocket of the running server (read from Javalin's router) is described, and every operation described is served.
 * A WebSocket is described as the {@code GET} that upgrades it.
 */
class OpenApiRoutesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace", "query");

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void the_document_and_the_registered_routes_name_the_same_operations() {
        Set<String> registered = registered(server.app());
        Set<String> described = described();

        assertThat(registered).as("registered routes").isNotEmpty();
        assertThat(difference(registered, described)).as("registered but not in /api/openapi.json").isEmpty();
        assertThat(difference(described, registered)).as("in /api/openapi.json but not registered").isEmpty();
    }

    /** "GET /api/runs/{id}", one per registered HTTP route and WebSocket endpoint (filters and hooks are not routes). */
    static Set<String> registered(Javalin app) {
        InternalRouter router = app.unsafe.internalRouter;
        Set<String> routes = new TreeSet<>();
        router.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .forEach(parsed -> routes.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path));
        router.allWsHandlers().stream()
                .filter(entry -> entry.getType() == WsHandlerType.WEBSOCKET)
                .forEach(entry -> routes.add("GET " + entry.getPath()));
        return routes;
    }

    private static Set<String> described() {
        HttpResponse<String> response = server.get("/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(OPERATIONS::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    private static Set<String> difference(Set<String> from, Set<String> minus) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(minus);
        return rest;
    }
}
