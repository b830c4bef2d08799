package cn.liaocheng.jobs.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Round trips a person pays on a list page, counted in a real browser (Chromium at 360 px): the Vaadin messages
 * ({@code v-r=uidl}) after the page has loaded, and those for choosing 莘县 in the county filter until its results
 * are shown. Works with the browser's own select (chosen, applied at once) and with Vaadin's Select (opened, an
 * option chosen, 查找 pressed), so that the figure before and after a change comes from the same script. Prints
 * figures, asserts nothing.
 *
 * <pre>
 *   FilterRoundTrips --url http://127.0.0.1:PORT
 * </pre>
 */
public final class FilterRoundTrips {

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic");
    private static final String VAADIN_IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())";
    /** Long enough for a debounced change to be sent, and for a follow-up message to leave. */
    private static final int QUIET_MS = 1_500;

    public static void main(String[] args) {
        if (args.length != 2 || !"--url".equals(args[0])) {
            System.err.println("usage: FilterRoundTrips --url http://127.0.0.1:PORT");
            System.exit(2);
        }
        var base = args[1].replaceAll("/$", "");
        var executable = System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium");
        try (var playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(executable)).setHeadless(true).setArgs(CHROMIUM_ARGS))) {
            var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 780)
                    .setIsMobile(true).setHasTouch(true).setLocale("zh-CN"));
            var page = context.newPage();
            var messages = new ArrayList<String>();
            page.onRequest(request -> {
                if (request.url().contains("v-r=uidl")) {
                    messages.add(request.url());
                }
            });
            page.navigate(base + "/courses");
            settle(page);
            int afterLoad = messages.size();

            messages.clear();
            boolean nativeSelect = page.locator("select#filter-county").count() > 0;
            if (nativeSelect) {
                page.locator("select#filter-county").selectOption(new SelectOption().setLabel("莘县"));
            } else {
                page.locator("vaadin-select").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("县（市、区）")).first().click();
                settle(page);
                page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(Pattern.compile("^\\s*莘县\\s*$"))).first().click();
                settle(page);
                page.locator("#filter-search").click();
            }
            page.waitForURL(Pattern.compile(".*county=shenxian.*"));
            settle(page);
            int forFilter = messages.size();

            System.out.println();
            System.out.println("Round trips on /courses (Chromium 360 px, Vaadin messages counted)");
            System.out.printf("after the page has loaded (before anyone touches it): %d%n", afterLoad);
            System.out.printf("choosing 莘县 in the county filter until its results show (%s): %d%n",
                    nativeSelect ? "browser's own select, applies when chosen" : "Vaadin Select: open, choose, 查找",
                    forFilter);
        }
    }

    /** Vaadin has nothing in flight and nothing left for a while. */
    private static void settle(Page page) {
        page.waitForFunction(VAADIN_IDLE);
        page.waitForTimeout(QUIET_MS);
        page.waitForFunction(VAADIN_IDLE);
    }
}
