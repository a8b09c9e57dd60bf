package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import tools.jackson.databind.JsonNode;

import java.util.function.Consumer;

/** One thread of the diagram as a swim lane: a header (id, replicas, daemon, process) over its step blocks. */
final class LaneColumn extends Div {

    private static final long serialVersionUID = 1L;

    LaneColumn(JsonNode thread, int index, ErrorIndex errors, Selection selection, Consumer<Selection> select) {
        setId("lane-" + index);
        addClassName("lane");
        StepPath path = StepPath.ofThread(index);
        Div header = new Div();
        header.setId("lane-header-" + index);
        header.addClassName("lane-header");
        header.getElement().setAttribute("tabindex", "0");
        header.getElement().setAttribute("role", "button");
        if (selection instanceof Selection.Thread t && t.index() == index) {
            addClassName("selected");
        }
        Span name = new Span(thread.path("id").asString("?"));
        name.addClassName("lane-name");
        header.add(name);
        int count = thread.path("count").asInt(1);
        if (count > 1) {
            header.add(tag("×" + count));
        }
        if (thread.path("daemon").asBoolean(false)) {
            header.add(tag("daemon"));
        }
        if (thread.has("process") && !"main".equals(thread.path("process").asString(""))) {
            header.add(tag("process " + thread.path("process").asString("")));
        }
        if ("manual".equals(thread.path("start").asString(""))) {
            header.add(tag("manual start"));
        }
        if (thread.has("timer")) {
            header.add(tag("Timer " + thread.path("timer").path("intervalMs").asString("") + " ms"));
        }
        header.addClickListener(e -> select.accept(new Selection.Thread(index)));
        header.getElement().addEventListener("keydown", e -> select.accept(new Selection.Thread(index)))
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        add(header);
        for (String message : errors.at(path.toString())) {
            Span error = new Span(message);
            error.addClassName("block-error");
            add(error);
        }
        JsonNode body = thread.path("body");
        for (int i = 0; i < body.size(); i++) {
            add(new StepBlock(body.get(i), path.child(i), errors, selection, select));
        }
        if (body.isEmpty()) {
            Span hint = new Span("No steps yet: select this lane and pick steps from the palette.");
            hint.addClassName("empty-body");
            add(hint);
        }
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("lane-tag");
        return tag;
    }
}
