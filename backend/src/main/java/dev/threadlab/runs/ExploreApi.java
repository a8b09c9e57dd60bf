package dev.threadlab.runs;

import dev.threadlab.explorations.ExplorationsApi;
import io.javalin.http.Context;

/** {@code POST /api/explore}: kept at its DESIGN.md §4 path; the work is in {@link ExplorationsApi}. */
public final class ExploreApi {

    private final ExplorationsApi explorations;

    public ExploreApi(ExplorationsApi explorations) {
        this.explorations = explorations;
    }

    public void explore(Context ctx) {
        explorations.explore(ctx);
    }
}
