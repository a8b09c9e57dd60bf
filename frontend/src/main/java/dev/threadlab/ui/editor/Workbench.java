package dev.threadlab.ui.editor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.model.StepOp;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import dev.threadlab.ui.explore.ExplorePanel;
import dev.threadlab.ui.explore.SchedulerPanel;
import dev.threadlab.ui.layout.AbsoluteLink;
import dev.threadlab.ui.lesson.LessonPanel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lab's workbench: the diagram editor (palette, objects, lanes, inspector), its JSON and Python,
 * the comparison, the run with its timeline, and the lesson beside it. Every change is validated by
 * the API and the errors are shown on the blocks they concern.
 */
final class Workbench extends Div implements Inspector.Host {

    private static final long serialVersionUID = 1L;

    private final LabApiClient api;
    private ScenarioDocument doc;
    private Selection selection = Selection.NONE;
    private ErrorIndex errors = ErrorIndex.none();
    /** Why the API could not check the diagram the last time it was asked, or null when it answered. */
    private String uncheckedBecause;

    private final TextField title = new TextField();
    private final Span validity = new Span();
    private final Div shareBox = new Div();
    private final ImportPanel importPanel;
    private final RuntimeForm runtime = new RuntimeForm(() -> changed(selection, false));
    private final ObjectsList objects = new ObjectsList();
    private final LanesBoard board = new LanesBoard();
    private final Inspector inspector;
    private final Div generalErrors = new Div();
    private final JsonTab jsonTab = new JsonTab(this::replace);
    private final PythonTab pythonTab;
    private final RunPanel runPanel;
    private final ExplorePanel explorePanel;
    private final SchedulerPanel schedulerPanel;
    private JsonNode lesson;
    private final Div toolbar;
    private LessonPanel lessonPanel;
    private final Div main;
    private WorkKeeper keeper;

    Workbench(LabApiClient api, ScenarioDocument doc, JsonNode lesson) {
        this.api = api;
        this.doc = doc;
        setId("workbench");
        addClassName("workbench");
        this.inspector = new Inspector(this);
        this.importPanel = new ImportPanel(api, this::showImported);
        importPanel.setVisible(false);
        this.pythonTab = new PythonTab(api, () -> this.doc);
        this.lesson = lesson;
        this.lessonPanel = new LessonPanel(doc.title(), doc.notes(), lesson);
        this.runPanel = new RunPanel(summary -> lessonPanel.showResult(summary));
        this.explorePanel = new ExplorePanel(api, this::scenarioWithLesson, (answer, json, marks) -> {
            lessonPanel.clearResult();
            runPanel.show(answer, json, marks);
            runPanel.scrollIntoView();
        });

        this.schedulerPanel = new SchedulerPanel(api, this::scenarioWithLesson, (answer, json) -> {
            lessonPanel.clearResult();
            runPanel.show(answer, json);
            runPanel.scrollIntoView();
        });

        toolbar = toolbar();
        main = new Div(toolbar, importPanel, shareBox, runtime, tabs(), runPanel, explorePanel, schedulerPanel);
        main.addClassName("workbench-main");
        add(main, lessonPanel);
        shareBox.setId("share-box");
        shareBox.setVisible(false);
        generalErrors.setId("general-errors");
        generalErrors.addClassName("general-errors");
        refresh();
        validate();
    }

    private Div toolbar() {
        title.setId("diagram-title");
        title.setAriaLabel("Diagram title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        FieldCommit.onBlur(title);
        title.addValueChangeListener(e -> {
            doc.setTitle(e.getValue());
            lessonPanel.setTitle(e.getValue());
            changed(selection, false);
        });
        Button run = new Button("▶ Run", e -> run());
        run.setId("run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        run.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button explore = new Button("Explore all interleavings", e -> explorePanel.explore());
        explore.setId("explore");
        Button scheduler = new Button("You are the scheduler", e -> schedulerPanel.start());
        scheduler.setId("scheduler");
        Button share = new Button("Share", e -> share());
        share.setId("share");
        Button importPython = new Button("Import Python", e -> importPanel.setVisible(!importPanel.isVisible()));
        importPython.setId("import-python");
        Anchor fresh = new Anchor("editor", "New diagram");
        fresh.setId("new-diagram");
        validity.setId("validity");
        validity.addClassName("validity");
        validity.getElement().setAttribute("role", "status");   // one announcement per check, not one per error
        Div bar = new Div(title, run, explore, scheduler, share, importPython, fresh, validity);
        bar.addClassName("workbench-toolbar");
        return bar;
    }

    private TabSheet tabs() {
        Palette palette = new Palette(this::addThread, this::addObject, this::addStep);
        Div objectsBox = new Div(new Span("Shared objects"), objects);
        objectsBox.addClassName("objects-box");
        Div center = new Div(objectsBox, generalErrors, board);
        center.addClassName("diagram-center");
        Div columns = new Div(center, inspector);
        columns.addClassName("diagram");
        Div diagram = new Div(palette, columns);
        TabSheet tabs = new TabSheet();
        tabs.setId("editor-tabs");
        dev.threadlab.ui.layout.TablistFix.apply(tabs);
        tabs.setWidthFull();
        Tab diagramTab = tabs.add("Diagram", diagram);
        diagramTab.setId("tab-diagram");
        Tab json = tabs.add("JSON", jsonTab);
        json.setId("tab-json");
        Tab python = tabs.add("Python", pythonTab);
        python.setId("tab-python");
        Tab compare = tabs.add("Compare", new ComparePanel(api, () -> doc));
        compare.setId("tab-compare");
        RealityTab realityTab = new RealityTab(api, () -> doc);
        Tab reality = tabs.add("Reality", realityTab);
        reality.setId("tab-reality");
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == json) {
                jsonTab.show(doc, lesson);
            } else if (e.getSelectedTab() == python) {
                pythonTab.refresh();
            } else if (e.getSelectedTab() == reality) {
                realityTab.refresh();
            }
        });
        return tabs;
    }

    @Override
    public ScenarioDocument doc() {
        return doc;
    }

    @Override
    public void changed(Selection newSelection, boolean reshowInspector) {
        selection = newSelection;
        validate();
        if (reshowInspector) {
            inspector.show(selection);
        }
    }

    /** Selects {@code s} (a click, or Enter on a focused element) and keeps the keyboard's place in the redrawn diagram. */
    private void select(Selection s) {
        selection = s;
        inspector.show(s);
        refresh();
        s.domId().ifPresent(id -> getElement().executeJs("document.getElementById($0)?.focus({preventScroll: true})", id));
    }

    /** Selects what was just added; the validation that follows redraws the diagram once. */
    private void added(Selection s) {
        selection = s;
        inspector.show(s);
        validate();
    }

    private void replace(ScenarioDocument next) {
        replace(next, lesson);
    }

    /** Shows another diagram with its lesson (the JSON tab applies both; a classroom loads a challenge). */
    void replace(ScenarioDocument next, JsonNode nextLesson) {
        doc = next;
        lesson = nextLesson;
        LessonPanel fresh = new LessonPanel(doc.title(), doc.notes(), lesson);
        replace(lessonPanel, fresh);
        lessonPanel = fresh;
        selection = Selection.NONE;
        inspector.show(selection);
        validate();
    }

    /** Shows a diagram read from a Python program (no lesson grades it) and returns how to bring back this one. */
    private Runnable showImported(ScenarioDocument imported) {
        ScenarioDocument before = doc;
        JsonNode lessonBefore = lesson;
        replace(imported, null);
        return () -> replace(before, lessonBefore);
    }

    private void addThread() {
        doc.addThread();
        added(new Selection.Thread(doc.threads().size() - 1));
    }

    private void addObject(String type) {
        doc.addObject(type);
        added(new Selection.SharedObject(doc.objects().size() - 1));
    }

    private void addStep(StepOp op) {
        if (doc.threads().isEmpty()) {
            doc.addThread();
        }
        StepPath.StepList list = selection.insertionList(doc);
        String ownThread = doc.thread(list.owner().thread()).path("id").asString("");
        StepPath inserted = doc.insert(list, selection.insertionIndex(doc), StepCatalog.newStep(op, doc, ownThread));
        added(new Selection.Step(inserted));
    }

    /** Adds a button (or any control) to the toolbar, after Share and Import Python: what a page embedding the editor offers. */
    void addAction(com.vaadin.flow.component.Component action) {
        toolbar.addComponentAtIndex(toolbar.getComponentCount() - 2, action);
    }

    /** Autosaves the diagram under {@code key} and restores it when the page comes back (no run to replay). */
    void keepDraft(String key) {
        keeper = new WorkKeeper(key, doc, this::replace);
        main.addComponentAsFirst(keeper);
        keeper.restore(() -> { });
    }

    /** The diagram as a scenario object with its lesson, or null while the API finds problems in it (marked). */
    JsonNode validScenario() {
        String json = scenarioWithLesson();
        return json == null ? null : ScenarioDocument.JSON.readTree(json);
    }

    /**
     * Keeps the work of the page at {@code pagePath} through a reload: the diagram is autosaved and restored (see
     * {@link WorkKeeper}), then the run the address names ({@code ?run=ID}) is played again.
     */
    void keepWork(String pagePath, java.util.Optional<String> runId) {
        keeper = new WorkKeeper(pagePath, doc, this::replace);
        main.addComponentAsFirst(keeper);
        keeper.restore(() -> runId.ifPresent(id -> runPanel.replay(api, id, doc.toCompactJson())));
    }

    /** Asks the API what is wrong with the diagram and redraws it with the errors on their blocks. */
    private void validate() {
        if (keeper != null) {
            keeper.save(doc);
        }
        try {
            errors = new ErrorIndex(api.validate(doc.toCompactJson()));
            uncheckedBecause = null;
        } catch (LabApiException e) {
            errors = ErrorIndex.none();
            uncheckedBecause = e.getMessage();
        }
        refresh();
    }

    private void refresh() {
        if (!doc.title().equals(title.getValue())) {
            title.setValue(doc.title());
        }
        runtime.show(doc.runtime());
        objects.show(doc, errors, selection, this::select);
        board.show(doc, errors, selection, this::select);
        generalErrors.removeAll();
        errors.unplaced(owner -> owner.startsWith("threads[") || owner.startsWith("objects[")).forEach(m -> {
            Span line = new Span(m);
            line.addClassName("block-error");
            generalErrors.add(line);
        });
        if (!errors.isEmpty()) {
            validity.setText(errors.size() + " problem(s)");
            validity.getElement().setAttribute("data-valid", "false");
        } else if (uncheckedBecause != null) {
            validity.setText("Cannot check the diagram: " + uncheckedBecause);
            validity.getElement().setAttribute("data-valid", "unknown");
        } else {
            validity.setText("✓ valid");
            validity.getElement().setAttribute("data-valid", "true");
        }
    }

    private void run() {
        validate();
        if (!errors.isEmpty()) {
            runPanel.failed("Not run: the diagram has " + errors.size() + " problem(s), marked in red.");
            return;
        }
        lessonPanel.clearResult();
        try {
            String json = doc.toCompactJson();
            runPanel.show(api.startRun(withLesson(json)), json);
            runPanel.scrollIntoView();
        } catch (LabApiException e) {
            errors = new ErrorIndex(e.errors());
            refresh();
            runPanel.failed("The lab refused the run: " + e.getMessage());
        }
    }

    /** Replays a played schedule (a shared {@code ?schedule=} link) in exploring mode, as the scheduler mode ran it. */
    void replaySchedule(java.util.List<Integer> schedule) {
        try {
            String json = doc.toCompactJson();
            runPanel.show(api.runSchedule(withLesson(json), schedule, Timing.ANY), json);
            runPanel.scrollIntoView();
        } catch (LabApiException e) {
            runPanel.failed("The lab refused the shared schedule: " + e.getMessage());
        }
    }

    /** The diagram as compact JSON with the preset's lesson (so the explorer grades outcomes), or null if invalid. */
    private String scenarioWithLesson() {
        validate();
        return errors.isEmpty() ? withLesson(doc.toCompactJson()) : null;
    }

    /** {@code json} (a scenario) with the preset's lesson, so that the lab grades what the request runs. */
    private String withLesson(String json) {
        if (lesson == null || !lesson.isObject()) {
            return json;
        }
        ObjectNode scenario = (ObjectNode) ScenarioDocument.JSON.readTree(json);
        return scenario.set("lesson", lesson).toString();
    }

    private void share() {
        shareBox.removeAll();
        shareBox.setVisible(true);
        try {
            // with its lesson: the link opens the same diagram, graded the same way, with the same scheduler goal
            LabApiClient.SavedLink link = api.share(withLesson(doc.toCompactJson()));
            shareBox.add(new Span("Anyone with this link sees this diagram (a snapshot): "),
                    AbsoluteLink.of(link.url(), "share-link"));
        } catch (LabApiException e) {
            Span error = new Span("Not shared: " + e.getMessage());
            error.addClassName("block-error");
            shareBox.add(error);
            if (!e.errors().isEmpty()) {
                errors = new ErrorIndex(e.errors());
                refresh();
            }
        }
    }
}
