package dev.threadlab.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.function.Consumer;

/**
 * Keeps the diagram being built through a reload, Back and Forward: it is autosaved in the browser's
 * {@code localStorage} under the page's address, restored when the page is opened again, and a button discards it
 * (back to the diagram the page opens with). A draft equal to that diagram is not kept. The draft is data: it is
 * parsed as a scenario and checked by the API like any other, never shown as HTML.
 */
final class WorkKeeper extends Div {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "threadlab.draft:";

    private final String key;
    private final ScenarioDocument original;
    private final String originalJson;
    private final Consumer<ScenarioDocument> replace;
    private String saved;

    /** For the page at {@code pagePath}, which opens with {@code original}; {@code replace} swaps the diagram shown. */
    WorkKeeper(String pagePath, ScenarioDocument original, Consumer<ScenarioDocument> replace) {
        this.key = PREFIX + pagePath;
        this.original = original.copy();
        this.originalJson = original.toCompactJson();
        this.saved = originalJson;
        this.replace = replace;
        setId("draft-restored");
        addClassName("draft-banner");
        getElement().setAttribute("role", "status");
        shown(false); // hidden, not invisible: an invisible component is not in the page and could not run the storage calls
    }

    /** Restores the draft kept for this page, if there is one, then runs {@code then}. */
    void restore(Runnable then) {
        getElement().executeJs("try { return localStorage.getItem($0); } catch (e) { return null; }", key)
                .then(String.class, draft -> {
                    restoreFrom(draft);
                    then.run();
                }, failure -> then.run());
    }

    private void restoreFrom(String draft) {
        if (draft == null || draft.equals(originalJson)) {
            return;
        }
        ScenarioDocument restored;
        try {
            restored = ScenarioDocument.parse(draft);
        } catch (RuntimeException notAScenario) {
            forget();
            return;
        }
        saved = draft;
        replace.accept(restored);
        Button discard = new Button("Discard my changes", e -> discard());
        discard.setId("draft-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        removeAll();
        add(new Span("Your changes to this diagram were kept in this browser and are back. "), discard);
        shown(true);
    }

    private void shown(boolean shown) {
        getElement().setAttribute("hidden", !shown);
    }

    /** Keeps {@code doc} as this page's draft (called after every change). */
    void save(ScenarioDocument doc) {
        String json = doc.toCompactJson();
        if (json.equals(saved)) {
            return;
        }
        saved = json;
        if (json.equals(originalJson)) {
            forget();
        } else {
            getElement().executeJs("try { localStorage.setItem($0, $1); } catch (e) { /* full or disabled */ }", key, json);
        }
    }

    private void discard() {
        forget();
        saved = originalJson;
        shown(false);
        replace.accept(original.copy());
    }

    private void forget() {
        getElement().executeJs("try { localStorage.removeItem($0); } catch (e) { /* disabled */ }", key);
    }
}
