package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every page's frame: skip link, the city-site header (无障碍阅读 · 关怀版 · 返回首页 · language),
 * main navigation, one {@code main}, footer and the live region. After each navigation it moves
 * focus to the new page's {@code h1} so that screen reader users hear where they are.
 */
@AnonymousAllowed
@JavaScript("context://scripts/a11y.js")
public class MainLayout extends Div implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver {

    /** Query parameter that switches care mode on or off, so a family member can send a link: {@code ?care=1}. */
    public static final String CARE_PARAMETER = "care";

    private final DisplaySettings settings;
    private final Main main = new Main();
    private final Div problems = new Div();
    private final Announcer announcer;
    private final NativeButton toolbarToggle = new NativeButton();
    private final NativeButton careToggle = new NativeButton();
    private final NativeButton menuToggle = new NativeButton();
    private final Header header = new Header();
    /** Made when first opened: most people never open it, and closed it would still be held for every tab. */
    private @Nullable AccessibilityToolbar toolbar;
    /** Marks a browser tab (UI) that has shown its first page; the layout itself is new after an unknown address. */
    private static final String NAVIGATED = MainLayout.class.getName() + ".navigated";
    private static final String FOCUS_NEXT = MainLayout.class.getName() + ".focusNext";
    private static final String KEEP_FOCUS = "";

    private final AuthenticationContext authentication;
    /** 登录 · 注册, or 我的账户 · 退出登录: checked on every navigation, since signing in changes no layout. */
    private final Div accountLinks = new Div();
    /** What the account links were made for (signed in or not, and the language), so a navigation keeps them. */
    private @Nullable String accountLinksFor;

    MainLayout(DisplaySettings settings, Announcer announcer, AuthenticationContext authentication) {
        this.settings = settings;
        this.announcer = announcer;
        this.authentication = authentication;
        addClassName("site");
        problems.addClassName("problems");

        var skipLink = new Anchor("#main-content", getTranslation("shell.skip"));
        skipLink.addClassName("skip-link");
        // Not a navigation: Vaadin's router must leave it alone, and because <base href> makes
        // "#main-content" point at the home page, the browser moves focus to this page's main itself.
        skipLink.getElement().setAttribute("router-ignore", "");
        skipLink.getElement().executeJs("""
                this.addEventListener('click', event => {
                  const main = document.getElementById('main-content');
                  if (main) {
                    event.preventDefault();
                    main.focus();
                    main.scrollIntoView();
                  }
                });""");

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");

        add(skipLink, header(), main, footer(), connectionNotice(), announcer);
        settings.onChange(p -> showState());
        showState();
    }

    /**
     * Shown by the browser (scripts/a11y.js) while the network is down, and announced, in plain words: the typed text
     * stays in the fields and is saved once the connection is back. Rendered hidden rather than left out, so the
     * script finds it; the server never changes it after this.
     */
    private Div connectionNotice() {
        var notice = new Div();
        notice.setId("connection-notice");
        notice.addClassName("connection-notice");
        var element = notice.getElement();
        element.setAttribute("hidden", true);
        element.setAttribute("data-lost", getTranslation("shell.connection.lost"));
        element.setAttribute("data-back", getTranslation("shell.connection.back"));
        element.setAttribute("data-online", getTranslation("shell.connection.online"));
        element.setAttribute("data-offline", getTranslation("shell.connection.offline"));
        element.setAttribute("data-reconnecting", getTranslation("shell.connection.reconnecting"));
        notice.addAttachListener(e -> element.executeJs("window.lcA11y && window.lcA11y.watchConnection(this)"));
        return notice;
    }

    private Header header() {
        toolbarToggle.setText(getTranslation("shell.toolbar"));
        toolbarToggle.setId("toolbar-toggle");
        toolbarToggle.addClickListener(e -> {
            var shown = toolbar;
            if (shown == null) {
                toolbar = new AccessibilityToolbar(settings, announcer);
                header.addComponentAtIndex(1, toolbar);
            } else {
                shown.setVisible(!shown.isVisible());
            }
            showState();
        });

        careToggle.setText(getTranslation("shell.care"));
        careToggle.setId("care-toggle");
        careToggle.addClickListener(e -> settings.change(p -> p.withCareMode(!p.careMode())));

        var home = new Anchor(".", getTranslation("shell.home"));
        home.setId("home-link");
        home.addClassName("topbar-link");

        var current = UiLanguage.of(getLocale());
        var languageSwitch = new NativeButton(getTranslation("shell.language.switch"), e -> switchLanguage(current.other()));
        languageSwitch.setId("language-switch");
        languageSwitch.getElement().setAttribute("lang", current.other().htmlLang());

        // On a phone the sections, the account and the language sit behind 菜单, so that the page's own heading is
        // on the first screen, also in care mode (CSS shows them all on wider screens and hides the button there).
        menuToggle.setText(getTranslation("shell.menu"));
        menuToggle.setId("menu-toggle");
        menuToggle.addClassName("menu-toggle");
        menuToggle.getElement().setAttribute("aria-controls", "site-menu");
        menuToggle.addClickListener(e -> showMenu(!header.hasClassName("menu-open")));
        showMenu(false);

        accountLinks.addClassName("account-links");
        showAccountLinks();
        var topbar = new Nav(toolbarToggle, careToggle, home, menuToggle);
        topbar.addClassName("site-topbar");
        topbar.getElement().setAttribute("aria-label", getTranslation("shell.topbar"));

        var brand = new Anchor(".", getTranslation("app.name"));
        brand.addClassName("site-brand");

        var extras = new Div(accountLinks, languageSwitch);
        extras.addClassName("menu-extras");
        var menu = new Div(mainNavigation(), extras);
        menu.setId("site-menu");
        menu.addClassName("site-menu");

        header.add(topbar, brand, menu);
        header.addClassName("site-header");
        return header;
    }

    private void showMenu(boolean open) {
        header.setClassName("menu-open", open);
        menuToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    /**
     * Routes as strings: the shell knows no capability. Whether someone is signed in comes from Spring Security
     * through Vaadin's AuthenticationContext.
     */
    private void showAccountLinks() {
        boolean signedIn = authentication.isAuthenticated();
        var madeFor = signedIn + " " + getLocale();
        if (madeFor.equals(accountLinksFor)) {
            return;
        }
        accountLinksFor = madeFor;
        accountLinks.removeAll();
        if (signedIn) {
            var account = new Anchor("account", getTranslation("account.header.account"));
            account.setId("account-link");
            account.addClassName("topbar-link");
            var signOut = new NativeButton(getTranslation("account.header.sign-out"), e -> authentication.logout());
            signOut.setId("sign-out");
            accountLinks.add(account, signOut);
        } else {
            var signIn = new Anchor("sign-in", getTranslation("account.header.sign-in"));
            signIn.setId("sign-in-link");
            signIn.addClassName("topbar-link");
            var register = new Anchor("register", getTranslation("account.header.register"));
            register.setId("register-link");
            register.addClassName("topbar-link");
            accountLinks.add(signIn, register);
        }
    }

    private Nav mainNavigation() {
        var list = new UnorderedList();
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        entries.stream()
                .filter(entry -> !(entry.path().isEmpty() || "/".equals(entry.path())))
                // Relative to the page's <base>, so the portal also works under a context path.
                .forEach(entry -> list.add(new ListItem(
                        new Anchor(entry.path().replaceFirst("^/", ""), getTranslation(entry.title())))));
        var nav = new Nav(list);
        nav.addClassName("site-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.nav"));
        return nav;
    }

    private Footer footer() {
        var footer = new Footer(
                new Paragraph(getTranslation("shell.footer.plan")),
                new Paragraph(getTranslation("shell.footer.owner")),
                new Paragraph(getTranslation("shell.footer.sample")));
        footer.addClassName("site-footer");
        return footer;
    }

    private void switchLanguage(UiLanguage language) {
        var ui = UI.getCurrent();
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                + "location.reload();", UiLanguage.COOKIE, language.cookieValue());
    }

    private void showState() {
        AccessibilityToolbar.pressed(careToggle, settings.careMode());
        var shown = toolbar;
        boolean toolbarOpen = shown != null && shown.isVisible();
        toolbarToggle.getElement().setAttribute("aria-expanded", Boolean.toString(toolbarOpen));
        // A closed toolbar is not in the page at all (Vaadin renders nothing of an invisible component), and
        // aria-controls must not point at an element that does not exist.
        if (toolbarOpen) {
            toolbarToggle.getElement().setAttribute("aria-controls", "a11y-toolbar");
        } else {
            toolbarToggle.getElement().removeAttribute("aria-controls");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Here and not only when the content changes: the next step of a form is the same view with other parameters.
        problems.removeAll();
        showAccountLinks();
        var care = event.getLocation().getQueryParameters().getSingleParameter(CARE_PARAMETER);
        care.ifPresent(value -> settings.change(p -> p.withCareMode("1".equals(value))));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var ui = event.getLocationChangeEvent().getUI();
        if (ComponentUtil.getData(ui, NAVIGATED) == null) {
            // On a fresh page load the reader starts at the top, where the skip link is.
            ComponentUtil.setData(ui, NAVIGATED, Boolean.TRUE);
            return;
        }
        showMenu(false);
        var target = (String) ComponentUtil.getData(ui, FOCUS_NEXT);
        ComponentUtil.setData(ui, FOCUS_NEXT, null);
        if (KEEP_FOCUS.equals(target)) {
            return;
        }
        getElement().executeJs("const h = document.getElementById($0) || document.getElementById('page-heading');"
                + " if (h) { h.focus(); }", target == null ? PageHeading.ID : target);
    }

    /**
     * After the navigation the caller is about to start, move focus to the element with this id (which must be
     * focusable, e.g. {@code tabindex="-1"}) instead of the {@code h1}: after 查找 the person wants the results, not
     * the top of the form they just used. Falls back to the {@code h1} if the element is not on the new page.
     */
    public static void focusAfterNextNavigation(UI ui, String elementId) {
        ComponentUtil.setData(ui, FOCUS_NEXT, elementId);
    }

    /**
     * After the navigation the caller is about to start, leave focus where it is: a filter chosen in a list page's
     * form shows new results below it, and the person may want to choose the next one. The view must announce what
     * changed.
     */
    public static void keepFocusAfterNextNavigation(UI ui) {
        ComponentUtil.setData(ui, FOCUS_NEXT, KEEP_FOCUS);
    }

    /** Shows and announces that something the person just did failed; cleared by the next navigation. */
    void showProblem(String message) {
        var notice = new Notice(message);
        notice.addClassName("problem");
        problems.removeAll();
        problems.add(notice);
        announcer.announce(message);
    }

    /** Whether the page still shows this problem (a navigation clears it). */
    boolean showsProblem(String message) {
        return problems.getChildren().anyMatch(notice -> notice instanceof Notice shown && message.equals(shown.getText()));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        problems.removeAll();
        header.setClassName("transaction", content instanceof TransactionPage);
        main.getElement().removeAllChildren();
        main.getElement().appendChild(problems.getElement());
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
