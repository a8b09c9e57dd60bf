package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import dev.threadlab.rooms.RoomEvent.SubmissionView;
import dev.threadlab.rooms.Verdict;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * "Who needs help": for the current challenge, one row per student with how many times they submitted and the verdict
 * of their latest attempt; a row's button shows that student's diagram and run to the room. The table downloads as
 * CSV. Names and explanations are text, never markup (in the page and in the CSV: a cell that a spreadsheet would read
 * as a formula is prefixed with an apostrophe).
 */
final class ResultsTable extends Div {

    private static final long serialVersionUID = 1L;
    private static final List<String> COLUMNS = List.of("student", "attempts", "verdict", "explanation", "method",
            "submitted");

    private final Map<String, SubmissionView> latest = new LinkedHashMap<>();
    private final NativeTableBody body = new NativeTableBody();
    private final Span empty = new Span("No submissions yet.");
    private final transient Consumer<String> open;
    private String challengeWords = "";
    /** The rows as the last render showed them: what the CSV download reads (on another thread). */
    private volatile List<List<String>> snapshot = List.of();

    /** @param open shows a submission (by id) to the room */
    ResultsTable(Consumer<String> open) {
        this.open = open;
        setId("dashboard");
        NativeTableRow head = new NativeTableRow();
        for (String c : List.of("Student", "Attempts", "Verdict", "Why", "")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(c);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("results-table");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(challengeWords, snapshot).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "classroom-results.csv", "text/csv", bytes.length);
        }), "Export the results (CSV)");
        csv.setId("export-csv");
        csv.getElement().setAttribute("download", true);
        empty.setId("dashboard-empty");
        add(table, empty, new Div(csv));
        render();
    }

    /** A new challenge: the table starts empty. */
    void challenge(String words) {
        challengeWords = words;
        latest.clear();
        render();
    }

    /** Every member's latest submission ({@code RoomState.submissions}). */
    void all(List<SubmissionView> submissions) {
        latest.clear();
        submissions.forEach(s -> latest.put(s.memberId(), s));
        render();
    }

    /** A submission arrived or was graded. */
    void put(SubmissionView submission) {
        latest.put(submission.memberId(), submission);
        render();
    }

    private void render() {
        body.removeAll();
        List<List<String>> rows = new ArrayList<>();
        for (SubmissionView s : latest.values()) {
            Verdict verdict = s.verdict();
            String status = verdict == null ? "grading" : verdict.status().jsonName();
            String name = s.name();
            String attempts = String.valueOf(Math.max(1, s.attempts()));
            String explanation = verdict == null ? "" : Objects.requireNonNullElse(verdict.explanation(), "");
            String method = verdict == null ? "" : Objects.requireNonNullElse(verdict.method(), "");
            NativeTableRow row = new NativeTableRow();
            row.addClassName("submission");
            row.getElement().setAttribute("data-name", name);
            row.getElement().setAttribute("data-status", status);
            row.getElement().setAttribute("data-attempts", attempts);
            String id = s.id();
            Button show = new Button("Show to the room", e -> open.accept(id));
            show.addClassName("open-submission");
            show.addThemeVariants(ButtonVariant.LUMO_SMALL);
            show.setAriaLabel("Show " + name + "'s diagram and run to the room");
            NativeTableCell verdictCell = new NativeTableCell(status);
            verdictCell.addClassNames("verdict", "verdict-" + status);
            row.add(new NativeTableCell(name), new NativeTableCell(attempts), verdictCell,
                    new NativeTableCell(explanation), new NativeTableCell(show));
            body.add(row);
            rows.add(List.of(name, attempts, status, explanation, method,
                    Instant.ofEpochMilli(s.submittedAt()).toString()));
        }
        empty.setVisible(latest.isEmpty());
        snapshot = List.copyOf(rows);
    }

    /** The results as CSV: a first line naming the challenge, then the columns, then one line per student. */
    static String csv(String challenge, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(List.of("challenge", cell(challenge)));
            printer.printRecord(COLUMNS);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(ResultsTable::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A spreadsheet would run a cell starting with = + - @ (or a tab/CR) as a formula: such a cell is quoted as text. */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
