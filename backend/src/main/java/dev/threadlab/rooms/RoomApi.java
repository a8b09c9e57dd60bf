package dev.threadlab.rooms;

import dev.threadlab.api.ProblemException;
import dev.threadlab.rooms.qr.QrCode;
import io.javalin.http.Context;
import dev.threadlab.json.LabJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/rooms}, {@code GET /api/rooms/{code}} and {@code GET /api/rooms/{code}/qr.svg}. Looking a room up
 * counts as a join attempt, so codes cannot be enumerated through HTTP either.
 */
final class RoomApi {

    private static final int MAX_TITLE = 100;

    private final RoomRegistry registry;
    private final JoinGuard lookups;
    private final AddressRateLimit creations;
    private final JsonMapper mapper;
    private final ClientAddress addresses;

    RoomApi(RoomRegistry registry, JoinGuard lookups, AddressRateLimit creations, JsonMapper mapper,
            ClientAddress addresses) {
        this.registry = registry;
        this.lookups = lookups;
        this.creations = creations;
        this.mapper = mapper;
        this.addresses = addresses;
    }

    /** 201 {@code {"code","teacherToken","url","teacherUrl","qrUrl"}}. */
    void create(Context ctx) {
        if (!creations.tryTake(addresses.of(ctx))) {
            throw tooMany("Too many rooms created from your address (at most " + creations.perMinute()
                    + " a minute).");
        }
        RoomRegistry.Created created = registry.create(title(ctx.bodyAsBytes()));
        String code = created.code().value();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("teacherToken", created.teacherToken());
        body.put("url", "/room/" + code);
        body.put("teacherUrl", "/room/" + code + "?teacher=" + created.teacherToken());
        body.put("qrUrl", "/api/rooms/" + code + "/qr.svg");
        ctx.status(201).json(body);
    }

    /** {@code {"code","title","status","memberCount","url"}}: what a join page shows before asking for a name. */
    void get(Context ctx) {
        RoomHub hub = lookUp(ctx);
        ctx.json(hub.summary());
    }

    /** The student link as a QR code, for the projector. */
    void qr(Context ctx) {
        RoomHub hub = lookUp(ctx);
        String link = ctx.scheme() + "://" + ctx.host() + "/room/" + hub.code().value();
        QrCode qr;
        try {
            qr = QrCode.encode(link);
        } catch (IllegalArgumentException tooLong) {
            // Only the Host header can make the link longer than a QR code holds.
            throw ProblemException.badRequest("The student link is too long for a QR code (" + link.length()
                    + " characters): the request's Host header is " + String.valueOf(ctx.host()).length()
                    + " characters long.");
        }
        ctx.contentType("image/svg+xml").header("Cache-Control", "private, max-age=3600").result(qr.toSvg());
    }

    private RoomHub lookUp(Context ctx) {
        String address = addresses.of(ctx);
        JoinGuard.Refusal tooMany = lookups.tryAttempt(address);
        if (tooMany != null) {
            throw tooMany(lookups.explain(tooMany, "look-ups"));
        }
        Optional<RoomHub> hub = JoinCode.parse(ctx.pathParam("code")).flatMap(registry::find);
        if (hub.isEmpty()) {
            lookups.miss(address);
            throw ProblemException.notFound("There is no room with this code.");
        }
        return hub.get();
    }

    private String title(byte[] body) {
        if (body.length == 0) {
            return "Classroom";
        }
        JsonNode tree = LabJson.readTree(mapper, body);
        if (!tree.isObject()) {
            throw ProblemException.badRequest("The body is a JSON object: {\"title\"?: string}.");
        }
        JsonNode title = tree.get("title");
        if (title == null || title.isNull()) {
            return "Classroom";
        }
        if (!title.isString()) {
            throw invalidTitle("must be a string");
        }
        String value = title.asString().strip();
        if (value.codePointCount(0, value.length()) > MAX_TITLE) {
            throw invalidTitle("has at most " + MAX_TITLE + " characters");
        }
        if (!DisplayName.isPrintable(value)) {
            throw invalidTitle("cannot contain control or invisible formatting characters");
        }
        return value.isEmpty() ? "Classroom" : value;
    }

    private static ProblemException invalidTitle(String message) {
        return new ProblemException(422, "Unprocessable Content", "The room title " + message + ".",
                java.util.List.of(new ProblemException.FieldError("title", message)));
    }

    private static ProblemException tooMany(String detail) {
        return new ProblemException(429, "Too Many Requests", detail);
    }
}
