package cn.liaocheng.jobs.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A phone on a rural network loses it for a while. Vaadin's own sign is a thin striped bar with English words; the
 * person needs to see and hear, in Chinese, that the network is down and that nothing they typed is lost, and that it
 * is back.
 */
class NetworkDropJourneyIT extends JourneyTestBase {

    @Test
    void a_dropped_network_is_shown_and_announced_in_plain_chinese_and_typed_text_survives() {
        open("/courses");
        var keyword = page.locator("#filter-keyword");
        keyword.fill("盲人按摩");
        assertThat(page.locator("#connection-notice")).isHidden();

        context.setOffline(true);
        var notice = page.locator("#connection-notice");
        assertThat(notice).isVisible();
        assertThat(notice).hasText("网络断了。您填的内容还在，网络恢复后会自动保存。");
        assertThat(page.locator("#live-region")).containsText("网络断了。您填的内容还在");
        assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.offlineText")).isEqualTo("网络断了");
        assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.reconnectingText"))
                .isEqualTo("网络断了，正在重新连接……");
        assertThat(page.locator("vaadin-connection-indicator")).not().containsText("Connection lost");
        assertNoAxeViolations(false);

        context.setOffline(false);
        assertThat(notice).isHidden();
        assertThat(page.locator("#live-region")).containsText("网络恢复了，可以继续使用。");
        assertThat(keyword).hasValue("盲人按摩");

        // The connection works again: the search goes through.
        page.locator("#filter-search").click();
        page.waitForURL(url -> url.contains("q="));
        waitForPortal();
        assertThat(page.locator("#results-heading")).isVisible();
    }
}
