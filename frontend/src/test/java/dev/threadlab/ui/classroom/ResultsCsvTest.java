package dev.threadlab.ui.classroom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The classroom's results as CSV, read back by a CSV parser as a spreadsheet would read them. */
class ResultsCsvTest {

    @Test
    void names_and_explanations_with_commas_quotes_and_newlines_come_back_as_written() throws IOException {
        String csv = ResultsTable.csv("Tellers: no lost updates under any schedule", List.of(
                List.of("Ada", "2", "failed", "Updates were lost: {counter=1}, twice \"really\"\nsee", "all 6 schedules",
                        "2026-12-06T17:00:00Z"),
                List.of("Bob", "1", "passed", "No update was lost", "all 6 schedules", "2026-12-06T17:01:00Z")));

        List<CSVRecord> rows = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180).getRecords();

        assertThat(rows.get(0).toList()).containsExactly("challenge", "Tellers: no lost updates under any schedule");
        assertThat(rows.get(1).toList()).containsExactly("student", "attempts", "verdict", "explanation", "method",
                "submitted");
        assertThat(rows.get(2).get(3)).isEqualTo("Updates were lost: {counter=1}, twice \"really\"\nsee");
        assertThat(rows.get(3).toList()).startsWith("Bob", "1", "passed");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        assertThat(ResultsTable.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ResultsTable.cell("+1")).isEqualTo("'+1");
        assertThat(ResultsTable.cell("-2")).isEqualTo("'-2");
        assertThat(ResultsTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ResultsTable.cell("Ada")).isEqualTo("Ada");
        assertThat(ResultsTable.cell("")).isEmpty();
    }
}
