package dev.threadlab.app;

/**
 * Where the UI's Java API client finds the backend. The UI uses the same public HTTP API as any
 * script (DESIGN.md §1), so it needs the base URL of the server it runs in.
 */
public final class ApiLocation {

    private static volatile String baseUrl = "http://127.0.0.1:8080";

    private ApiLocation() {
    }

    static void set(String url) {
        baseUrl = url;
    }

    public static String baseUrl() {
        return baseUrl;
    }
}
