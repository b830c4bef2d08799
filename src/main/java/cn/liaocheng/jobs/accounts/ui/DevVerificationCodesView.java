package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Development only: the codes the portal would have sent by SMS or voice call, so that a tester can register without
 * a phone. Exists only with {@link LoggingVerificationChannel} (portal.verification.show-codes=true, the default run
 * and the tests); anywhere else it is the not-found page, like any unknown address.
 */
@Route(value = DevVerificationCodesView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class DevVerificationCodesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "dev/verification-codes";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final @Nullable LoggingVerificationChannel channel;
    private final Clock clock;

    DevVerificationCodesView(ObjectProvider<LoggingVerificationChannel> channel, Clock clock) {
        this.channel = channel.getIfAvailable();
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (channel == null) {
            throw new NotFoundException();
        }
        removeAll();
        addClassName("dev-codes-page");
        add(new PageHeading(getTranslation("account.dev.heading")), new Notice(getTranslation("account.dev.intro")));
        var sent = channel.recent();
        if (sent.isEmpty()) {
            add(new Paragraph(getTranslation("account.dev.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("dev-codes");
        sent.forEach(code -> {
            var time = TIME.format(ZonedDateTime.ofInstant(code.sentAt(), clock.getZone()));
            var delivery = getTranslation("account.field.delivery." + code.delivery().name().toLowerCase(Locale.ROOT));
            var item = new ListItem(code.notice() != null
                    ? getTranslation("account.dev.notice-entry", code.to().masked(),
                            getTranslation("account.notice." + code.notice().name().toLowerCase(Locale.ROOT)), time,
                            delivery)
                    : getTranslation("account.dev.entry", code.to().masked(),
                            getTranslation("account.dev.purpose." + code.purpose().name().toLowerCase(Locale.ROOT)),
                            code.code(), time, delivery));
            // What the person would read before the code: reviewers check that it says what was asked.
            if (code.request() != null) {
                item.add(new Paragraph(code.request()));
            }
            list.add(item);
        });
        add(list);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("account.dev.heading"));
    }
}
