package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML shell of every page: Lumo, the portal's own styles, and a viewport that allows zooming. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/portal.css")
// No maximum-scale or user-scalable=no: people with low vision must be able to pinch-zoom (WCAG 1.4.4).
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light")
public class PortalAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "/images/favicon.svg", "any");
    }
}
