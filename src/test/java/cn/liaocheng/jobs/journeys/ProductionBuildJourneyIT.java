package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

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
}
