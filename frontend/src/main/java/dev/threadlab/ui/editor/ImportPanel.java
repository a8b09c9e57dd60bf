package dev.threadlab.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiClient.SourceNote;
import dev.threadlab.ui.client.LabApiException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * "Import Python": a program pasted or dropped as a {@code .py} file is read by the API ({@code POST
 * /api/import/python}, parsed by the server's CPython, never run) into a diagram that replaces the editor's, with an
 * undo. What the importer could not model is shown at its lines in the program, and the diagram stays as it was;
 * its notes (an unknown call became a {@code compute} step) are shown the same way. The program is only ever text
 * in text components.
 */
final class ImportPanel extends Div {

    private static final long serialVersionUID = 1L;

    /** The API's limit on a program (256 KiB). */
    static final int MAX_BYTES = 256 * 1024;

    /** What the panel reports, as its {@code data-state}: what the last import did. */
    enum State { IDLE, IMPORTED, REFUSED, FAILED }

    private final LabApiClient api;
    private final Function<ScenarioDocument, Runnable> show;
    private final TextArea source = new TextArea("Python program");
    private final Span status = new Span();
    private final Div result = new Div();
    private final Button undo = new Button("Undo import", e -> undo());
    private final AtomicReference<byte[]> dropped = new AtomicReference<>();
    private Runnable undoLast;

    /** @param show replaces the editor's diagram by an imported one and returns how to bring the previous one back */
    ImportPanel(LabApiClient api, Function<ScenarioDocument, Runnable> show) {
        this.api = api;
        this.show = show;
        setId("import-panel");
        addClassName("import-panel");
        source.setId("import-source");
        source.addClassName("code-area");
        source.setWidthFull();
        source.setMaxLength(MAX_BYTES);
        source.setPlaceholder("import threading\n\ndef work():\n    ...");
        Button run = new Button("Import", e -> importSource());
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        undo.setId("import-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.setVisible(false);
        status.setId("import-status");
        status.getElement().setAttribute("role", "status");
        result.setId("import-result");
        Paragraph about = new Paragraph("Paste a threading program (threading, _thread, queue, multiprocessing), or drop "
                + "its .py file: the server's CPython parses it, never runs it, and it becomes the diagram.");
        Div actions = new Div(run, upload(), undo);
        actions.addClassName("import-actions");
        add(about, source, actions, status, result);
        report(State.IDLE, "");
    }

    /** Takes a {@code .py} file picked or dropped: it is put in the text area and imported. */
    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((file, bytes) -> dropped.set(bytes)));
        upload.setId("import-upload");
        upload.setAcceptedFileExtensions(".py");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new Span("or drop a .py file here"));
        upload.addAllFinishedListener(e -> {
            byte[] bytes = dropped.getAndSet(null);
            upload.clearFileList();
            if (bytes != null) {
                source.setValue(new String(bytes, StandardCharsets.UTF_8));
                importSource();
            }
        });
        upload.addFileRejectedListener(e -> report(State.FAILED, "Not imported: " + e.getErrorMessage()));
        return upload;
    }

    /** Imports the program in the text area. */
    void importSource() {
        String program = source.getValue();
        if (program.isBlank()) {
            report(State.FAILED, "Paste a program first.");
            return;
        }
        try {
            switch (api.importPython(program)) {
                case LabApiClient.Imported imported -> imported(program, imported);
                case LabApiClient.Refused refused -> refused(program, refused);
            }
        } catch (LabApiException | IllegalArgumentException e) {
            result.removeAll();
            report(State.FAILED, "Not imported: " + e.getMessage());
        }
    }

    private void imported(String program, LabApiClient.Imported imported) {
        ScenarioDocument doc = ScenarioDocument.parse(imported.scenario().toString());
        undoLast = show.apply(doc);
        undo.setVisible(true);
        report(State.IMPORTED, "Imported: " + doc.threads().size() + " lane(s), " + doc.objects().size()
                + " shared object(s)." + (imported.notes().isEmpty() ? ""
                : " Notes on how it was modelled, below: a step they mention can be "
                + "selected in the diagram and edited (a compute step's ms)."));
        showMarks(program, imported.notes(), "import-note");
    }

    private void refused(String program, LabApiClient.Refused refused) {
        report(State.REFUSED, "Not imported, the diagram is unchanged: " + refused.errors().size()
                + " construct(s) the lab cannot model, each with what to write instead.");
        showMarks(program, refused.errors(), "import-problem");
    }

    /** The program with its marked lines, then the marks as a list ({@code line 14:5: …}). */
    private void showMarks(String program, List<SourceNote> all, String markClass) {
        result.removeAll();
        List<SourceNote> marks = all.stream().distinct().toList();   // a function inlined N times is noted N times
        if (marks.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("import-marks");
        for (SourceNote mark : marks) {
            ListItem item = new ListItem(NumberedSource.describe(mark));
            item.addClassName(markClass);
            item.getElement().setAttribute("data-line", String.valueOf(mark.line()));
            list.add(item);
        }
        result.add(new SourceListing(NumberedSource.of(program, marks), markClass), list);
    }

    private void undo() {
        if (undoLast != null) {
            undoLast.run();
            undoLast = null;
        }
        undo.setVisible(false);
        result.removeAll();
        report(State.IDLE, "The diagram from before the import is back.");
    }

    private void report(State state, String text) {
        status.setText(text);
        getElement().setAttribute("data-state", state.name().toLowerCase(java.util.Locale.ROOT));
    }
}
