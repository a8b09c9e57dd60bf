package dev.threadlab.scenarios;

import dev.threadlab.api.HourlyQuota;
import dev.threadlab.api.ProblemException;
import dev.threadlab.rooms.ClientAddress;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import tools.jackson.databind.JsonNode;


/**
 * {@code POST /api/scenarios} and {@code GET /api/scenarios/{id}}: share links to immutable snapshots.
 * Only valid scenarios are saved (422 otherwise), so a link always opens something that runs. The
 * snapshot is the body's canonical JSON text (compact, keys in the sender's order); GET answers those
 * exact bytes, {@code schema} included, so an old link never silently changes meaning.
 */
public final class ScenarioApi {

    /** Largest canonical text stored (a TEXT column of H2 holds at most 1,048,576 characters). */
    private static final int MAX_STORED_CHARS = 1 << 20;

    private final ScenarioStore store;
    private final LabJson json;
    private final ScenarioParser parser;

    private final HourlyQuota quota;
    private final ClientAddress addresses;

    /** @param quota what one client address may save in an hour (429 beyond) */
    public ScenarioApi(ScenarioStore store, LabJson json, ScenarioParser parser, HourlyQuota quota,
                       ClientAddress addresses) {
        this.quota = quota;
        this.addresses = addresses;
        this.store = store;
        this.json = json;
        this.parser = parser;
    }

    public void create(Context ctx) {
        JsonNode tree = json.parseObject(ctx.bodyAsBytes());
        parser.parse(tree);
        String canonical = json.write(tree);
        if (canonical.length() > MAX_STORED_CHARS) {
            throw new ProblemException(413, "Content Too Large", "A saved scenario may hold at most "
                    + MAX_STORED_CHARS + " characters of JSON.");
        }
        quota.charge(addresses.of(ctx), canonical.length());
        String id = store.save(tree.get("schema").asInt(), canonical);
        ctx.header("Location", "/api/scenarios/" + id);
        ctx.status(HttpStatus.CREATED).json(new SavedLink(id, "/s/" + id));
    }

    public void get(Context ctx) {
        String id = ctx.pathParam("id");
        String body = store.find(id).orElseThrow(() ->
                ProblemException.notFound("No saved scenario has the id \"" + id + "\"."));
        ctx.contentType("application/json").result(body);
    }

    /** The answer to a save: the snapshot's id and the path of its share link. */
    public record SavedLink(String id, String url) {
    }
}
