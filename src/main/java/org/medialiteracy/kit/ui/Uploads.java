package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.upload.Upload;

/** Upload fields that take one file at a time, again and again. */
final class Uploads {

    private Uploads() {
    }

    /** One file at a time, and the list cleared once it is handled, so a second file is not refused as "too many". */
    static Upload oneAtATime(Upload upload) {
        upload.setMaxFiles(1);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }
}
