package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A {@link NumberedSource} drawn: one row per line (its number, its code as text), the marked rows with what the
 * importer says there right under them.
 */
final class SourceListing extends Div {

    private static final long serialVersionUID = 1L;

    SourceListing(NumberedSource source, String markClass) {
        setId("import-listing");
        addClassNames("source-listing", "code-area");
        for (NumberedSource.Row row : source.rows()) {
            switch (row) {
                case NumberedSource.Line line -> add(line(line, markClass));
                case NumberedSource.Gap gap -> {
                    Span skipped = new Span("… lines " + gap.from() + "–" + gap.to() + " …");
                    skipped.addClassName("source-gap");
                    add(skipped);
                }
            }
        }
    }

    private static Div line(NumberedSource.Line line, String markClass) {
        Span number = new Span(String.valueOf(line.number()));
        number.addClassName("source-number");
        number.getElement().setAttribute("aria-hidden", "true");
        Span code = new Span(line.text());
        code.addClassName("source-code");
        Div row = new Div(number, code);
        row.addClassName("source-line");
        row.getElement().setAttribute("data-line", String.valueOf(line.number()));
        if (line.marked()) {
            row.addClassNames("marked", markClass);
            for (String message : line.messages()) {
                Span said = new Span(message);
                said.addClassName("source-message");
                row.add(said);
            }
        }
        return row;
    }
}
