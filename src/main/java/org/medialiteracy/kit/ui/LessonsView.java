package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonBuilderService;
import org.medialiteracy.kit.lesson.LessonFormatException;
import org.medialiteracy.kit.lesson.LessonProblem;

/** The lesson library: try, export or import lesson files, see files that did not load, build a new lesson. */
@Route("teacher/lessons")
@PageTitle("Lessons | Media-literacy kit")
@RolesAllowed("TEACHER")
public class LessonsView extends VerticalLayout {

    final Grid<Lesson> lessons = new Grid<>(Lesson.class, false);
    final Paragraph message = new Paragraph();
    final UnorderedList brokenFiles = new UnorderedList();
    private final LessonBuilderService builder;

    public LessonsView(LessonBuilderService builder) {
        this.builder = builder;
        addClassName("kit-page");
        lessons.setId("lesson-grid");
        message.setId("lessons-message");
        message.getElement().setAttribute("role", "alert");
        lessons.setAriaLabel("Lessons");
        lessons.addComponentColumn(l -> new RouterLink(l.title(), PracticeView.class,
                new RouteParameters("lessonId", l.id().value()))).setHeader("Lesson (opens as a student sees it)").setWidth("12rem").setFlexGrow(3);
        lessons.addColumn(Lesson::gradeBand).setHeader("Grades");
        lessons.addColumn(l -> l.exercises().stream().map(e -> LessonBuilderView.typeName(e.type()))
                .distinct().collect(Collectors.joining(", "))).setHeader("Exercises").setWidth("12rem").setFlexGrow(2);
        lessons.addColumn(l -> l.provenance().reviewedBy()).setHeader("Reviewed by");
        lessons.addComponentColumn(l -> new RouterLink("Answer key", LessonKeyView.class,
                new RouteParameters("lessonId", l.id().value()))).setHeader("Key");
        lessons.addComponentColumn(this::exportLink).setHeader("File");
        Grids.listing(lessons);
        Upload importer = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                Lesson imported = builder.importJson(new String(bytes, StandardCharsets.UTF_8), metadata.fileName());
                message.setText("Imported \"" + imported.title() + "\".");
                refresh();
            } catch (LessonFormatException problem) {
                message.setText("Not imported. " + problem.problems().stream().map(LessonProblem::toString)
                        .collect(Collectors.joining(" ")));
            }
        }))));
        Uploads.oneAtATime(importer).setId("lesson-import");
        importer.setAcceptedFileTypes(".json", "application/json");
        importer.setMaxFileSize(2_000_000);
        add(new H2("Lessons"), new RouterLink("Build a new lesson from an article", LessonBuilderView.class), lessons,
                new H3("Import a lesson file"), new Paragraph("A .json lesson file exported from this kit or written "
                        + "by hand (see docs/lesson-format.md). It is checked fully before it is added."), importer, message,
                new H3("Lesson files that could not be loaded"), brokenFiles);
        refresh();
    }

    private Anchor exportLink(Lesson lesson) {
        String fileName = lesson.id().value() + ".json";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = builder.exportJson(lesson.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), fileName, "application/json", json.length);
        }), AttachmentType.DOWNLOAD, "Export");
        link.getElement().setAttribute("aria-label", "Export " + lesson.title() + " as " + fileName);
        return link;
    }

    private void refresh() {
        lessons.setItems(builder.lessons());
        brokenFiles.removeAll();
        builder.problems().forEach(p -> brokenFiles.add(new ListItem(p.toString())));
        if (builder.problems().isEmpty()) {
            brokenFiles.add(new ListItem("None: every lesson file loaded."));
        }
    }
}
