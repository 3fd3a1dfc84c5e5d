package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Function;
import java.util.function.Supplier;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.export.ExportFile;
import org.medialiteracy.kit.export.ExportFormat;
import org.medialiteracy.kit.export.ExportOptions;

/** Grades out to the gradebook a teacher already uses: pick the format, download the file. */
final class ExportPanel extends Div {

    final Select<ExportFormat> format = new Select<>();
    final Checkbox excelBom = new Checkbox("For Excel (adds a byte-order mark)");
    final Anchor download;

    ExportPanel(String heading, Supplier<AttemptChoice> choice, Function<ExportOptions, ExportFile> export) {
        format.setLabel("Format");
        format.setId("export-format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(ExportPanel::formatName);
        format.setValue(ExportFormat.CANVAS);
        // The file is made when it is asked for, with the choices of that moment.
        DownloadHandler handler = event -> {
            ExportFile file = export.apply(new ExportOptions(format.getValue(), choice.get(), excelBom.getValue()));
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            file.writeTo(event.getOutputStream());
        };
        download = new Anchor(handler, AttachmentType.DOWNLOAD, "Download the grades");
        download.setId("export-download");
        HorizontalLayout row = new HorizontalLayout(format, excelBom, download);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        add(new H3(heading), row);
    }

    static String formatName(ExportFormat format) {
        return switch (format) {
            case CANVAS -> "Canvas gradebook (CSV)";
            case MOODLE -> "Moodle grade import (CSV)";
            case GOOGLE -> "Google Classroom sheet (CSV)";
            case DETAIL -> "Every answer, item by item (CSV)";
            case JSON -> "Everything (JSON)";
        };
    }
}
