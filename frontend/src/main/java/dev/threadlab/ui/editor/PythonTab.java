package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The runnable CPython script of the diagram ({@code POST /api/export/python}), shown and downloadable. */
final class PythonTab extends Div {

    private static final long serialVersionUID = 1L;

    private final Pre code = new Pre();
    private final Span error = new Span();
    private String script = "";

    PythonTab(LabApiClient api, Supplier<ScenarioDocument> doc) {
        setId("python-tab");
        code.setId("python-text");
        code.addClassName("code-area");
        error.setId("python-error");
        error.addClassName("block-error");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(doc.get()), "text/x-python", bytes.length);
        }), "Download .py");
        download.setId("python-download");
        add(new Div(download, error), code);
        this.api = api;
        this.doc = doc;
    }

    private final LabApiClient api;
    private final Supplier<ScenarioDocument> doc;

    void refresh() {
        try {
            script = api.exportPython(doc.get().toCompactJson());
            code.setText(script);
            error.setText("");
        } catch (LabApiException e) {
            script = ""; // "Download .py" must not hand out the script of an earlier diagram
            code.setText("");
            error.setText("No script: " + e.getMessage() + (e.errors().isEmpty() ? "" : " (" + e.errors().size()
                    + " problem(s), see the diagram)"));
        }
    }

    static String fileName(ScenarioDocument doc) {
        String base = doc.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return (base.isEmpty() ? "scenario" : base) + ".py";
    }
}
