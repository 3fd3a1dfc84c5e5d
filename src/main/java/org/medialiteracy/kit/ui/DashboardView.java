package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.medialiteracy.kit.classroom.AssignmentDashboard;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.classroom.DashboardService;
import org.medialiteracy.kit.classroom.ExerciseAnalysis;
import org.medialiteracy.kit.classroom.PewComparison;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.classroom.StudentResult;
import org.medialiteracy.kit.export.ExportService;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.scoring.ItemStats;
import org.medialiteracy.kit.ui.charts.ConfusionMatrixChart;
import org.medialiteracy.kit.ui.charts.HistogramChart;
import org.medialiteracy.kit.ui.player.LabelWords;
import org.springframework.security.access.AccessDeniedException;

/** One assignment for its teacher: who finished, how scores spread, which labels and sentences to discuss. */
@Route("teacher/assignments/:assignmentId")
@PageTitle("Assignment results | Media-literacy kit")
@RolesAllowed("TEACHER")
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph completion = new Paragraph();
    final RadioButtonGroup<AttemptChoice> choice = new RadioButtonGroup<>("Which attempt counts");
    final Grid<StudentResult> students = new Grid<>(StudentResult.class, false);
    final Div analysis = new Div();
    final ProgressBar done = new ProgressBar();
    private final DashboardService dashboards;
    private final ExportService exports;
    private final String teacher;
    private long assignmentId;
    private Lesson lesson;

    public DashboardView(DashboardService dashboards, ExportService exports, AuthenticationContext authentication) {
        this.dashboards = dashboards;
        this.exports = exports;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("kit-page");
        completion.setId("completion");
        students.setId("student-results");
        students.setAriaLabel("Each student's result");
        students.addColumn(s -> s.student().displayName()).setHeader("Student").setSortable(true).setFlexGrow(2);
        students.addColumn(s -> s.student().className()).setHeader("Class").setSortable(true).setWidth("14rem").setFlexGrow(2);
        students.addColumn(s -> s.status().words()).setHeader("Status").setSortable(true).setAutoWidth(true);
        students.addColumn(StudentResult::attemptsUsed).setHeader("Attempts");
        students.addColumn(s -> s.counted().map(a -> a.pointsEarned() + " / " + a.pointsPossible()).orElse("–"))
                .setHeader("Points");
        students.addColumn(s -> s.counted().map(a -> Math.round(a.percent()) + "%").orElse("–")).setHeader("Score")
                .setComparator(s -> s.counted().map(ScoredAttempt::percent).orElse(-1.0)).setSortable(true);
        students.addColumn(s -> s.counted().map(a -> "#" + a.number() + (a.late() ? ", late" : "")).orElse("–"))
                .setHeader("Counted attempt");
        students.addComponentColumn(this::answersButton).setHeader("Answers").setAutoWidth(true).setFlexGrow(0);
        students.setHeight("24rem");
        students.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        analysis.setWidthFull();
        choice.setItems(AttemptChoice.values());
        choice.setItemLabelGenerator(c -> c == AttemptChoice.BEST ? "Best attempt" : "Last attempt");
        choice.setValue(AttemptChoice.BEST);
        choice.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            assignmentId = Long.parseLong(event.getRouteParameters().get("assignmentId").orElse(""));
            add(title, choice, completion, done, new ExportPanel("Export grades", choice::getValue,
                    options -> exports.assignmentExport(teacher, assignmentId, options)),
                    new H3("Students"), students, analysis);
            refresh();
        } catch (NumberFormatException | AccessDeniedException e) {
            removeAll();
            add(new H2("Assignment not found"), new Paragraph("This assignment does not exist or is not one of yours."),
                    new Anchor("teacher", "Back to my classes"));
        }
    }

    private void refresh() {
        AssignmentDashboard dashboard = dashboards.dashboard(teacher, assignmentId, choice.getValue());
        title.setText(dashboard.results().title());
        completion.setText(dashboard.submitted() + " of " + dashboard.students() + " students submitted"
                + (dashboard.late() > 0 ? " (" + dashboard.late() + " late)" : "") + " · " + dashboard.inProgress()
                + " in progress · " + dashboard.notStarted() + " not started.");
        done.setValue(dashboard.students() == 0 ? 0 : (double) dashboard.submitted() / dashboard.students());
        done.getElement().setAttribute("aria-label", completion.getText());
        lesson = dashboard.results().lesson();
        students.setItems(dashboard.results().students());
        analysis.removeAll();
        analysis.add(new H3("How the scores spread"), HistogramChart.of(dashboard.distribution()));
        dashboard.exercises().forEach(this::exerciseAnalysis);
    }

    private Button answersButton(StudentResult result) {
        Button button = new Button("See answers", e -> result.counted().ifPresent(attempt ->
                new StudentWorkDialog(result.student().displayName(), attempt, lesson).open()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("answers-" + result.student().username());
        button.setEnabled(result.counted().isPresent());
        button.getElement().setAttribute("aria-label", "See " + result.student().displayName() + "'s answers");
        return button;
    }

    private void exerciseAnalysis(ExerciseAnalysis exercise) {
        Map<Integer, KeyedSentence> sentences = exercise.exercise().scoredItems(lesson, 0).stream()
                .collect(Collectors.toMap(KeyedSentence::index, s -> s));
        analysis.add(new H3(exercise.exercise().title() + ": what the class mixed up"),
                ConfusionMatrixChart.of(exercise.analysis().classConfusion()));
        exercise.pew().ifPresent(pew -> analysis.add(pewBaseline(pew)));
        Grid<ItemStats> items = new Grid<>(ItemStats.class, false);
        items.setId("items-" + exercise.exercise().id());
        items.setAriaLabel("Item analysis: " + exercise.exercise().title());
        items.addColumn(i -> i.sentence() + 1).setHeader("#").setWidth("4rem").setFlexGrow(0);
        items.addColumn(i -> sentences.get(i.sentence()).text()).setHeader("Sentence").setWidth("18rem").setFlexGrow(4)
                .setTooltipGenerator(i -> sentences.get(i.sentence()).text());
        items.addComponentColumn(i -> LabelWords.chip(i.key())).setHeader("Key").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(i -> Math.round(i.percentCorrect()) + "%").setHeader("Right").setSortable(true)
                .setComparator(ItemStats::percentCorrect);
        items.addColumn(i -> i.mostChosenWrong().map(l -> l.displayName() + " (" + i.mostChosenWrongCount() + ")").orElse("–"))
                .setHeader("Most chosen wrong label").setFlexGrow(2);
        items.addColumn(i -> Double.isNaN(i.agreement()) ? "–" : String.format(Locale.ROOT, "%.2f", i.agreement()))
                .setHeader("Agreement").setSortable(true).setComparator(ItemStats::agreement)
                .setTooltipGenerator(i -> "How often two students picked the same label (1 = all the same)");
        // the whole sentence, not its first words: it is what the teacher will discuss
        items.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        items.setWidthFull();
        items.setHeight("28rem");
        items.setItems(exercise.analysis().items());
        analysis.add(new Paragraph("Sort by \"Right\" to find the sentences to discuss; low agreement means the class split."),
                items);
    }

    private static Div pewBaseline(PewComparison pew) {
        Div baseline = new Div(new H3("Your class beside US adults (Pew Research Center, 2018)"),
                bar("All facts sorted right: your class", pew.allFactsRightPercent()),
                bar("All facts sorted right: US adults", PewComparison.PEW_ALL_FACTS_PERCENT),
                bar("All opinions sorted right: your class", pew.allOpinionsRightPercent()),
                bar("All opinions sorted right: US adults", PewComparison.PEW_ALL_OPINIONS_PERCENT));
        baseline.setId("pew-baseline");
        return baseline;
    }

    private static Div bar(String label, double percent) {
        Div fill = new Div();
        fill.addClassName("kit-bar-fill");
        fill.setWidth(Math.round(percent) + "%");
        Div track = new Div(fill);
        track.addClassName("kit-bar-track");
        Div row = new Div(new Span(label + ": " + Math.round(percent) + "%"), track);
        row.addClassName("kit-bar-row");
        return row;
    }
}
