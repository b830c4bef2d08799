package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The journeys look at what people get, so the portal they drive must be the production build: Vaadin in production
 * mode, the optimised bundle from {@code VAADIN/build}, no development tools. Every journey class shares this portal
 * (one Spring context), so one check covers them all.
 */
class ProductionBuildJourneyIT extends JourneyTestBase {

    @Test
    void the_journeys_portal_serves_the_production_bundle_without_development_tools() {
        var response = page.request().get(url("/"));
        assertThat(response.status()).isEqualTo(200);
        var html = response.text();
        assertThat(html).as("the home page loads the optimised bundle").containsPattern(Pattern.compile("VAADIN/build/[\\w.-]+\\.js"));
        assertThat(html).as("no development tools").doesNotContainIgnoringCase("copilot").doesNotContain("vaadin-dev-tools");

        open("/");
        assertThat(page.evaluate("() => !!(window.Vaadin && window.Vaadin.developmentMode)")).as("the browser's Vaadin in development mode").isEqualTo(false);
        assertThat(page.locator("vaadin-dev-tools, copilot-main").count()).as("development tools in the page").isZero();
    }

    @Test
    void the_bundles_files_are_kept_for_a_year_and_the_page_itself_is_not() {
        var html = page.request().get(url("/")).text();
        var bundle = Pattern.compile("VAADIN/build/[\\w.-]+\\.js").matcher(html);
        assertThat(bundle.find()).isTrue();

        var file = page.request().get(url("/" + bundle.group()));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("cache-control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(page.request().get(url("/")).headers().get("cache-control")).contains("no-store");
    }

    @Test
    void the_first_html_names_every_script_the_first_view_needs_so_none_waits_for_another() {
        // The checker's questions are Vaadin's radio buttons: a page with a view chunk of its own.
        var html = page.request().get(url("/check/for")).text();
        var preload = Pattern.compile("<link rel=\"modulepreload\" crossorigin(?:=\"\")? href=\"\\./(VAADIN/build/[\\w.-]+\\.js)\"")
                .matcher(html);
        var named = new java.util.ArrayList<String>();
        while (preload.find()) {
            named.add(preload.group(1));
        }
        assertThat(named).as("modulepreload links").anyMatch(f -> f.contains("FlowClient-"))
                .anyMatch(f -> f.contains("FlowBootstrap-")).anyMatch(f -> f.contains("generated-flow-imports-"))
                .as("the checker view's own chunk").anyMatch(f -> f.startsWith("VAADIN/build/chunk-"));
        for (var file : named) {
            assertThat(page.request().get(url("/" + file)).status()).as(file).isEqualTo(200);
        }
        assertThat(html).as("MainLayout's script is asked for with the page").contains("rel=\"preload\" as=\"script\" href=\"./scripts/a11y.js\"");
    }

    /**
     * The pages most people open first (home, a list, an offer, 如何申请, sign-in, register) are built from the
     * browser's own elements, so they load Flow's client and nothing else: no Lit, no Vaadin component, no view chunk
     * (decision 0029). Also with the reading toolbar open, which every page has.
     */
    @Test
    void the_public_pages_load_no_component_scripts() {
        for (var path : List.of("/", "/courses", "/offers/shenxian-greenhouse-vegetables", "/how-to-apply", "/sign-in",
                "/register")) {
            // A fresh phone for each: an empty cache, as on a first visit.
            context.close();
            context = newPhone();
            page = context.newPage();
            var loaded = new CopyOnWriteArrayList<String>();
            page.onRequest(request -> {
                if (request.url().contains("/VAADIN/build/")) {
                    loaded.add(request.url().replaceFirst(".*/VAADIN/build/", ""));
                }
            });
            open(path);
            page.locator("#toolbar-toggle").click();
            page.locator("#a11y-toolbar").waitFor();
            waitForVaadin();
            assertThat(loaded).as("scripts loaded on %s", path).isNotEmpty()
                    .allMatch(file -> file.matches("(indexhtml|FlowBootstrap|FlowClient|generated-flow-imports)-[\\w-]+\\.js"));
            Object vaadinElements = page.evaluate("() => [...document.querySelectorAll('*')].map(e => e.localName)"
                    + ".filter(n => n.startsWith('vaadin-') && n !== 'vaadin-connection-indicator')");
            assertThat((List<?>) vaadinElements).as("Vaadin components on %s", path).isEmpty();
        }
    }

    @Test
    void the_page_links_lumo_without_the_components_the_portal_does_not_use() {
        var html = page.request().get(url("/")).text();
        var link = Pattern.compile("href=\"\\./(lumo/lumo\\.css\\?v-c=\\w+)\"").matcher(html);
        assertThat(link.find()).as("the Lumo link").isTrue();
        var lumo = page.request().get(url("/" + link.group(1)));
        assertThat(lumo.status()).isEqualTo(200);
        assertThat(lumo.headers().get("cache-control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(lumo.headers().get("content-security-policy")).as("security headers on it too").isNotBlank();
        assertThat(lumo.text()).contains("@media lumo_components_button{", "@media lumo_components_radio-button{",
                "@media lumo_components_input-container{", "@media lumo_components_select-overlay{", "--vaadin-lumo-theme:1")
                .doesNotContain("@media lumo_components_grid{", "@media lumo_components_date-picker{");
    }

    @Test
    void until_the_view_is_there_the_page_shows_the_services_band_and_then_only_the_view() {
        // Flow's client held back: what a phone on a slow network shows while the scripts are on their way.
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route(Pattern.compile(".*/VAADIN/build/FlowClient-[\\w-]+\\.js"), held::add);
        page.navigate(url("/courses"));

        var frame = page.locator(".loading-frame");
        frame.waitFor();
        assertThat(frame.innerText()).contains("聊城残疾人就业服务", "正在打开页面");
        assertThat(frame.getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(page.locator("#page-heading").count()).as("no view yet").isZero();

        page.waitForCondition(() -> !held.isEmpty());
        held.forEach(Route::resume);
        waitForPortal();
        assertThat(frame.isVisible()).as("the band of the first HTML once the view is shown").isFalse();
        assertThat(page.locator(".site-brand:visible").count()).as("one service name on the page").isEqualTo(1);
        assertThat(page.locator("#page-heading").isVisible()).isTrue();
    }

    @Test
    void the_first_htmls_band_speaks_the_chosen_language() {
        var english = page.request().get(url("/courses"),
                RequestOptions.create().setHeader("Cookie", "lc_lang=en")).text();
        assertThat(english).contains("<span class=\"site-brand\">Liaocheng Disability Employment Services</span>",
                "Opening the page…");
    }
}
