package dev.threadlab.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, safe subset of Markdown (paragraphs, {@code - } lists, {@code `code`}, {@code **bold**},
 * {@code *italic*}) turned into components whose text is always text: nothing a user writes is ever
 * parsed as HTML.
 */
public final class NotesText {

    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\*([^*]+)\\*");

    private NotesText() {
    }

    public static Div render(String markdown) {
        Div notes = new Div();
        notes.addClassName("notes-text");
        List<String> paragraph = new ArrayList<>();
        UnorderedList list = null;
        for (String raw : (markdown == null ? "" : markdown).split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("- ") || line.startsWith("* ")) {
                flush(notes, paragraph);
                if (list == null) {
                    list = new UnorderedList();
                    notes.add(list);
                }
                ListItem item = new ListItem();
                inline(line.substring(2)).forEach(item::add);
                list.add(item);
            } else if (line.isEmpty()) {
                flush(notes, paragraph);
                list = null;
            } else {
                list = null;
                paragraph.add(line.replaceFirst("^#+\\s*", ""));
            }
        }
        flush(notes, paragraph);
        return notes;
    }

    private static void flush(Div notes, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            Paragraph p = new Paragraph();
            inline(String.join(" ", paragraph)).forEach(p::add);
            notes.add(p);
            paragraph.clear();
        }
    }

    /** Splits a line into text, code, bold and italic runs; every run is a text node. */
    static List<Component> inline(String line) {
        List<Component> parts = new ArrayList<>();
        Matcher m = INLINE.matcher(line);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Text(line.substring(at, m.start())));
            }
            if (m.group(1) != null) {
                parts.add(new Code(m.group(1)));
            } else if (m.group(2) != null) {
                Span bold = new Span(m.group(2));
                bold.getStyle().set("font-weight", "600");
                parts.add(bold);
            } else {
                parts.add(new Emphasis(m.group(3)));
            }
            at = m.end();
        }
        if (at < line.length()) {
            parts.add(new Text(line.substring(at)));
        }
        return parts;
    }
}
