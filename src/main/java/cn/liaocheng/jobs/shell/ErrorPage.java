package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** What the friendly error pages share: a plain heading, what to do next, and a way back. */
public abstract class ErrorPage extends Div implements HasDynamicTitle {

    private String title = "";

    protected void show(String titleKey, String explanationKey, Object... explanationParameters) {
        removeAll();
        addClassName("error-page");
        title = getTranslation(titleKey);
        var home = new Anchor(".", getTranslation("error.home"));
        home.addClassName("button-link");
        add(new PageHeading(title), new Paragraph(getTranslation(explanationKey, explanationParameters)),
                new Paragraph(getTranslation("error.help")), home);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
