package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.threadlab.ui.client.LabApiClient;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** How the teacher poses a challenge: what it starts from, its goal and the goal's parameters. */
final class ChallengeForm extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    /** What a challenge starts from: the diagram built on this page, or a lesson. */
    sealed interface Start {
        String label();
    }

    record OwnDiagram() implements Start {
        @Override
        public String label() {
            return "Your diagram (built below)";
        }
    }

    record FromLesson(LabApiClient.PresetSummary preset) implements Start {
        @Override
        public String label() {
            return preset.title() + " (" + preset.id() + ")";
        }
    }

    /** A challenge as the teacher asked for it: the goal's parameters are read by {@link Goals#goal}. */
    record Request(Start from, Goals kind, double ms, String variable, long value) {
    }

    private final Select<Start> scenario = new Select<>();
    private final Select<Goals> goal = new Select<>();
    private final NumberField seconds = new NumberField("Under (seconds of virtual time)");
    private final TextField variable = new TextField("Int");
    private final IntegerField value = new IntegerField("Ends at");

    /** @param pose what the "Pose the challenge" button does */
    ChallengeForm(List<LabApiClient.PresetSummary> presets, Consumer<Request> pose) {
        startFrom(presets);
        goal.setLabel("Goal");
        goal.setId("challenge-goal");
        goal.setItems(Goals.values());
        goal.setItemLabelGenerator(Goals::label);
        goal.setValue(Goals.NO_LOST_UPDATES);
        goal.setWidth("24rem");
        parameters();
        goal.addValueChangeListener(e -> showParameters());
        showParameters();
        Button button = new Button("Pose the challenge", e -> pose.accept(request()));
        button.setId("pose-challenge");
        add(scenario, goal, seconds, variable, value, button);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
    }

    private void startFrom(List<LabApiClient.PresetSummary> presets) {
        scenario.setLabel("Start from");
        scenario.setId("challenge-scenario");
        Start own = new OwnDiagram();
        scenario.setItems(Stream.concat(Stream.of(own), presets.stream().map(FromLesson::new)).toList());
        scenario.setItemLabelGenerator(Start::label);
        scenario.setValue(own);
        scenario.setWidth("22rem");
    }

    private void parameters() {
        seconds.setId("goal-seconds");
        seconds.setValue(5.0);
        seconds.setMin(0.000001);
        variable.setId("goal-variable");
        variable.setValue("counter");
        value.setId("goal-value");
        value.setValue(10);
    }

    private void showParameters() {
        seconds.setVisible(goal.getValue() == Goals.FINISHES_UNDER);
        variable.setVisible(goal.getValue() == Goals.VARIABLE_EQUALS);
        value.setVisible(goal.getValue() == Goals.VARIABLE_EQUALS);
    }

    private Request request() {
        Double s = seconds.getValue();
        return new Request(scenario.getValue(), goal.getValue(), s == null ? 5000 : s * 1000, variable.getValue(),
                value.getValue() == null ? 0 : value.getValue());
    }
}
