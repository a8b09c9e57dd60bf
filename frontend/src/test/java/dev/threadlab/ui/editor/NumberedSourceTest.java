package dev.threadlab.ui.editor;

import dev.threadlab.ui.client.LabApiClient.SourceNote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class NumberedSourceTest {

    @Test
    void a_short_program_is_shown_whole_with_each_mark_on_its_line() {
        String program = "import os\n\ndef child():\n    os.fork()\n";

        NumberedSource shown = NumberedSource.of(program, List.of(new SourceNote(4, 5, "use multiprocessing.Process"),
                new SourceNote(4, 5, "second remark"), new SourceNote(99, 1, "past the end")));

        assertThat(shown.rows()).containsExactly(
                new NumberedSource.Line(1, "import os", List.of()),
                new NumberedSource.Line(2, "", List.of()),
                new NumberedSource.Line(3, "def child():", List.of()),
                new NumberedSource.Line(4, "    os.fork()", List.of("use multiprocessing.Process", "second remark")));
    }

    @Test
    void a_long_program_is_shown_around_its_marks_with_the_lines_left_out_counted() {
        String program = IntStream.rangeClosed(1, 1000).mapToObj(i -> "x" + i + " = " + i)
                .collect(Collectors.joining("\r\n"));

        NumberedSource shown = NumberedSource.of(program, List.of(new SourceNote(500, 1, "here"),
                new SourceNote(1000, 1, "last")));

        assertThat(shown.rows().getFirst()).isEqualTo(new NumberedSource.Gap(1, 496));
        assertThat(shown.rows()).contains(new NumberedSource.Line(500, "x500 = 500", List.of("here")),
                new NumberedSource.Gap(504, 996), new NumberedSource.Line(1000, "x1000 = 1000", List.of("last")));
        assertThat(shown.rows()).filteredOn(NumberedSource.Line.class::isInstance).hasSize(7 + 4);
    }

    @Test
    void the_list_names_each_mark_by_line_and_column() {
        assertThat(NumberedSource.describe(new SourceNote(14, 5, "`os.fork()` is not modelled")))
                .isEqualTo("line 14:5: `os.fork()` is not modelled");
    }
}
