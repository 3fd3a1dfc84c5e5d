package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.article.ArticleRejectedException;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonBuilderService;
import org.medialiteracy.kit.lesson.LessonDraft;
import org.medialiteracy.kit.lesson.LessonFormatException;
import org.medialiteracy.kit.lesson.LessonSpec;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.ui.player.AnswerSink;
import org.medialiteracy.kit.ui.player.LessonPlayer;
import org.medialiteracy.kit.ui.player.PlayerMode;

/**
 * A lesson from any article: choose a seed, paste or upload; the labeller proposes a key; the teacher reviews
 * it sentence by sentence, picks exercises, previews the lesson as a student sees it and saves it.
 */
@Route("teacher/lessons/new")
@PageTitle("Lesson builder | Media-literacy kit")
@RolesAllowed("TEACHER")
public class LessonBuilderView extends VerticalLayout {

    final ComboBox<String> seed = new ComboBox<>("A seed article");
    final TextArea pasted = new TextArea("Or paste an article");
    final Button analysePasted = new Button("Analyse the pasted text");
    final ProgressBar working = new ProgressBar();
    final Paragraph message = new Paragraph();
    final Grid<ReviewRow> review = new Grid<>(ReviewRow.class, false);
    final TextField title = new TextField("Lesson title");
    final TextField id = new TextField("Lesson id (file name)");
    final TextField gradeBand = new TextField("Grades");
    final TextArea objectives = new TextArea("What students will learn (one per line)");
    final CheckboxGroup<ExerciseType> exercises = new CheckboxGroup<>("Exercises (they use the ticked sentences)");
    final Button preview = new Button("Preview as a student");
    final Button save = new Button("Save lesson");
    final UnorderedList problems = new UnorderedList();
    private final Div reviewStep = new Div();
    private final LessonBuilderService builder;
    private final String teacher;
    private LessonDraft draft;
    private List<ReviewRow> rows = List.of();

    public LessonBuilderView(LessonBuilderService builder, AuthenticationContext authentication) {
        this.builder = builder;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("kit-page");
        seed.setId("builder-seed");
        pasted.setId("builder-paste");
        analysePasted.setId("builder-analyse");
        message.setId("builder-message");
        review.setId("builder-review");
        title.setId("builder-title");
        id.setId("builder-id");
        save.setId("builder-save");
        objectives.setId("builder-objectives");
        objectives.setHelperText("At least one, e.g. \"Spot sources the reader cannot identify\".");
        preview.setId("builder-preview");
        problems.setId("builder-problems");
        message.getElement().setAttribute("role", "alert");
        problems.getElement().setAttribute("role", "alert");
        working.setIndeterminate(true);
        working.setVisible(false);
        working.getElement().setAttribute("aria-label", "Analysing the article");

        seed.setItems(builder.seeds());
        seed.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                analyse(() -> builder.draftFromSeed(e.getValue()));
            }
        });
        pasted.setWidthFull();
        pasted.setMaxHeight("14rem");
        pasted.setMaxLength(200_000);
        analysePasted.addClickListener(e -> analyse(() -> builder.draftFromText(pasted.getValue())));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                analyse(() -> builder.draftFromUpload(bytes, metadata.fileName()))))));
        Uploads.oneAtATime(upload).setId("builder-upload");
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", "text/plain", "text/html");
        upload.setMaxFileSize(1_000_000);
        upload.addFileRejectedListener(e -> message.setText("That file cannot be used: " + e.getErrorMessage()));

        buildReviewStep();
        reviewStep.setVisible(false);
        reviewStep.setWidthFull();
        add(new H2("Build a lesson"), new H3("1. Choose an article"), seed, pasted, analysePasted,
                new Paragraph("Or upload a .txt or .html file (up to 1 MB):"), upload, working, message, reviewStep);
    }

    private void buildReviewStep() {
        review.addColumn(row -> row.proposed.index() + 1).setHeader("#").setWidth("4rem").setFlexGrow(0);
        review.addColumn(row -> row.proposed.text()).setHeader("Sentence").setFlexGrow(4)
                .setTooltipGenerator(row -> row.proposed.text());
        review.addComponentColumn(this::labelSelect).setHeader("Label").setWidth("15rem").setFlexGrow(0);
        review.addComponentColumn(this::explanationField).setHeader("Explanation").setFlexGrow(3);
        review.addComponentColumn(row -> checkbox("Contested", row.contested, v -> row.contested = v))
                .setHeader("Contested").setWidth("8rem").setFlexGrow(0);
        review.addComponentColumn(row -> checkbox("Use in exercises", row.used, v -> row.used = v))
                .setHeader("Use").setWidth("6rem").setFlexGrow(0);
        review.setHeight("28rem");
        review.setAriaLabel("The proposed key, one sentence per row");

        title.addValueChangeListener(e -> {
            if (e.isFromClient() && (id.isEmpty() || id.getValue().equals(LessonBuilderService.idFor(e.getOldValue())))) {
                id.setValue(LessonBuilderService.idFor(e.getValue()));
            }
        });
        id.setPattern("[a-z0-9][a-z0-9-]*");
        id.setHelperText("Lower-case letters, digits and dashes.");
        gradeBand.setValue("9-12");
        exercises.setItems(ExerciseType.LABEL_SENTENCES, ExerciseType.FACT_OR_OPINION,
                ExerciseType.MARK_ANONYMOUS_SOURCES, ExerciseType.FIND_UNSUPPORTED);
        exercises.setItemLabelGenerator(LessonBuilderView::typeName);
        exercises.setValue(EnumSet.of(ExerciseType.LABEL_SENTENCES));
        preview.addClickListener(e -> preview());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveLesson());
        FormLayout details = new FormLayout(title, id, gradeBand, objectives, exercises);
        details.setColspan(objectives, 2);
        details.setColspan(exercises, 2);
        reviewStep.add(new H3("2. Review the key"), new Paragraph("The labeller proposed a label for every sentence. "
                        + "Change what the codebook says otherwise, edit explanations, mark sentences careful readers "
                        + "disagree on as contested (they are not scored), and untick sentences the exercises should skip."),
                review, new H3("3. Name it and pick exercises"), details, new HorizontalLayout(preview, save), problems);
    }

    private void analyse(Supplier<LessonDraft> work) {
        UI ui = UI.getCurrent();
        working.setVisible(true);
        message.setText("Analysing the article…");
        ui.setPollInterval(300);
        CompletableFuture.supplyAsync(work).whenComplete((result, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            working.setVisible(false);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                message.setText(cause instanceof ArticleRejectedException || cause instanceof LessonFormatException
                        ? cause.getMessage() : "The article could not be analysed. Please try another one.");
                return;
            }
            showDraft(result);
        }));
    }

    private void showDraft(LessonDraft result) {
        draft = result;
        rows = result.proposedKey().stream().map(ReviewRow::new).toList();
        review.setItems(rows);
        message.setText("The labeller proposed " + rows.size() + " labels. Review them below.");
        reviewStep.setVisible(true);
        problems.removeAll();
    }

    private Select<Label> labelSelect(ReviewRow row) {
        Select<Label> select = new Select<>();
        select.setItems(Label.values());
        select.setItemLabelGenerator(label -> label.shortCode() + " · " + label.displayName()
                + (label == row.proposed.label() ? " (proposed)" : ""));
        select.setValue(row.label);
        select.setAriaLabel("Label of sentence " + (row.proposed.index() + 1));
        select.addValueChangeListener(e -> row.label = e.getValue());
        return select;
    }

    private TextField explanationField(ReviewRow row) {
        TextField explanation = new TextField();
        explanation.setWidthFull();
        explanation.setValue(row.explanation);
        explanation.setAriaLabel("Explanation of sentence " + (row.proposed.index() + 1));
        explanation.addValueChangeListener(e -> row.explanation = e.getValue());
        return explanation;
    }

    private static Checkbox checkbox(String ariaLabel, boolean value, java.util.function.Consumer<Boolean> onChange) {
        Checkbox box = new Checkbox(value);
        box.setAriaLabel(ariaLabel);
        box.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return box;
    }

    private Lesson lesson() {
        List<String> goals = Arrays.stream(objectives.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Integer> used = rows.stream().filter(r -> r.used).map(r -> r.proposed.index()).toList();
        LessonSpec spec = new LessonSpec(id.getValue().strip(), title.getValue(), gradeBand.getValue(), goals,
                exercises.getValue(), used);
        return builder.build(draft, spec, ReviewRow.reviewedKey(rows), teacher);
    }

    private void preview() {
        try {
            Lesson lesson = lesson();
            problems.removeAll();
            AnswerSheet answers = new AnswerSheet();
            Dialog dialog = new Dialog(new LessonPlayer(lesson, PlayerMode.PRACTICE, answers, AnswerSink.NOWHERE, false,
                    () -> answers.score(lesson)));
            dialog.setHeaderTitle("Preview: what a student sees");
            dialog.getFooter().add(new Button("Close preview", e -> dialog.close()));
            dialog.setWidth("min(72rem, 95vw)");
            dialog.open();
        } catch (LessonFormatException | IllegalArgumentException problem) {
            showProblems(problem);
        }
    }

    private void saveLesson() {
        try {
            Lesson lesson = lesson();
            builder.save(lesson, false);
            problems.removeAll();
            long changed = rows.stream().filter(ReviewRow::changed).count();
            message.setText("Saved \"" + lesson.title() + "\" as lessons/" + lesson.id().value() + ".json"
                    + (changed > 0 ? "; your " + changed + " changes to the labeller's labels are recorded with it." : "."));
        } catch (LessonFormatException | IllegalArgumentException problem) {
            showProblems(problem);
        }
    }

    private void showProblems(RuntimeException problem) {
        problems.removeAll();
        List<String> lines = problem instanceof LessonFormatException format
                ? format.problems().stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.toList())
                : List.of(problem.getMessage());
        lines.forEach(line -> problems.add(new ListItem(line)));
        message.setText("The lesson is not saved yet: please fix what is listed below.");
    }

    static String typeName(ExerciseType type) {
        return switch (type) {
            case LABEL_SENTENCES -> "Label the sentences";
            case FACT_OR_OPINION -> "Fact or opinion";
            case MARK_ANONYMOUS_SOURCES -> "Mark the anonymous sources";
            case FIND_UNSUPPORTED -> "Find the unsupported assertions";
            case COMPARE_ARTICLES -> "Compare two articles";
        };
    }

}
