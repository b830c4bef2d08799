package cn.liaocheng.jobs.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;

/**
 * Puts the language and display preferences into the first HTML of every page, before any script
 * runs: {@code <html lang="zh-CN" class="lc-care">}. Screen readers pick their voice from {@code lang},
 * and someone who needs large text never sees the page small first. It also names what the first view needs
 * ({@link FirstLoadPage}) and shows the {@link LoadingFrame} until the view is there.
 */
@SpringComponent
class PortalServiceInitListener implements VaadinServiceInitListener {

    private final Clock clock;
    private final FirstLoadPage firstLoad;

    PortalServiceInitListener(Clock clock, FirstLoadPage firstLoad) {
        this.clock = clock;
        this.firstLoad = firstLoad;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            var html = response.getDocument().selectFirst("html");
            if (html == null) {
                return;
            }
            var language = UiLanguage.fromRequest(request);
            html.attr("lang", language.htmlLang());
            DisplaySettings.fromRequest(request).htmlClasses().forEach(html::addClass);
            var translations = request.getService().getInstantiator().getI18NProvider();
            LoadingFrame.addTo(response.getDocument(), language.locale(),
                    (key, locale) -> translations.getTranslation(key, locale));
            firstLoad.improve(response);
        });
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new PortalErrorHandler(clock)));
        event.getSource().addUIInitListener(uiEvent ->
                uiEvent.getUI().setLocale(UiLanguage.fromRequest(VaadinRequest.getCurrent()).locale()));
    }
}
