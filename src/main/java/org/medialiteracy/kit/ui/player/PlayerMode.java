package org.medialiteracy.kit.ui.player;

/** Practice explains each answer at once; assessment explains only after submitting. */
public enum PlayerMode {
    PRACTICE,
    ASSESSMENT
}
