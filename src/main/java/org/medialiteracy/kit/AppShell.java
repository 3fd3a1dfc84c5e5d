package org.medialiteracy.kit;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo (Vaadin 25 applies no theme by default) and the kit's own CSS. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kit.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Media-literacy kit");
        settings.addMetaTag("description", "Learn to tell reported fact from opinion, anonymous sourcing and unsupported assertion.");
    }
}
