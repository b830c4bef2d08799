package cn.liaocheng.jobs.shell;

import java.util.Locale;
import java.util.function.BiFunction;
import org.jsoup.nodes.Document;

/**
 * What the first HTML of a page shows while the Flow client starts (decision 0029): the band with the service's name
 * and a line saying the page is opening, drawn by the browser as soon as the page and its CSS have arrived instead of
 * a blank screen until the view comes. {@code portal.css} hides it the moment Flow shows the view, whose own header
 * takes its place. It is {@code aria-hidden} and holds nothing to focus: a screen reader meets the real page only.
 * Drawing Chinese text in both weights while the scripts are still on their way also makes the browser load the
 * system's CJK fonts then, not after the view has arrived.
 */
final class LoadingFrame {

    static final String CLASS = "loading-frame";
    // MainLayout's top bar, in its order.
    private static final String[] TOPBAR = {"shell.toolbar", "shell.care", "shell.home", "shell.menu"};

    private LoadingFrame() {
    }

    static void addTo(Document document, Locale locale, BiFunction<String, Locale, String> translation) {
        var body = document.body();
        var frame = body.prependElement("div").addClass(CLASS).attr("aria-hidden", "true");
        var band = frame.appendElement("div").addClass("site-header");
        // The top bar's labels are laid out but not drawn: the band then has the real header's height at every text
        // size and width, so the service's name stays where it is when the view arrives, and no button is shown that
        // does nothing yet.
        var topbar = band.appendElement("div").addClass("site-topbar");
        for (var key : TOPBAR) {
            var label = topbar.appendElement("span").addClass("topbar-placeholder").text(translation.apply(key, locale));
            if (key.equals("shell.menu")) {
                label.addClass("menu-toggle");
            }
        }
        band.appendElement("span").addClass("site-brand").text(translation.apply("app.name", locale));
        frame.appendElement("p").addClass("loading-frame-text").text(translation.apply("shell.opening", locale));
    }
}
