package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What axe and Lighthouse cannot see: a chosen radio button or a ticked checkbox must look different from one that is
 * not chosen, in normal mode and 关怀版 and in every contrast scheme. The accessibility tree said "checked" while our
 * styles painted Lumo's white dot on white; the check compares screenshots of the radio and checkbox parts.
 */
class ChosenOptionsJourneyIT extends JourneyTestBase {

    /** Share of pixels that must change clearly when a control is chosen (a small dot alone is about 10 %). */
    private static final double VISIBLY_DIFFERENT = 0.05;

    @ParameterizedTest(name = "{0}, care mode {1}")
    @CsvSource({"标准配色, false", "黑底黄字, false", "白底黑字, false", "标准配色, true", "黑底黄字, true",
            "白底黑字, true"})
    void a_chosen_radio_button_and_a_ticked_checkbox_look_chosen(String scheme, boolean careMode) {
        open("/courses" + (careMode ? "?care=1" : ""));
        page.locator("#toolbar-toggle").click();
        var toolbar = page.locator("#a11y-toolbar");
        if (scheme.equals("标准配色")) {
            // Chosen by default: move away first, so that choosing it can be seen.
            toolbar.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("白底黑字").setExact(true)).click();
            waitForVaadin();
        }
        // The toolbar's radio buttons are the browser's own (shell.NativeRadioGroup), drawn by the browser.
        var schemeRadio = toolbar.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(scheme).setExact(true));
        assertThat(schemeRadio.getAttribute("type")).isEqualTo("radio");
        // Each control is compared with itself before and after choosing it, in the scheme it is seen in.
        assertChoosingShows(schemeRadio, () -> toolbar.getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(scheme).setExact(true)).click(), "the toolbar's " + scheme);

        // The list filters' ticks are the browser's own checkbox (shell.NativeCheckbox), coloured by our styles.
        var rural = page.getByLabel("只看适合农村居民的", new Page.GetByLabelOptions().setExact(true));
        assertThat(rural.getAttribute("type")).isEqualTo("checkbox");
        assertChoosingShows(rural, rural::click, "a checkbox in " + scheme);

        // Register's 短信 / 语音电话 are the browser's own radio buttons (shell.NativeRadioGroup) too.
        open("/register");
        var voice = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("语音电话（电话里读出验证码）"));
        assertChoosingShows(voice, voice::click, "register's radio button in " + scheme);

        // The forms' questions are Vaadin's radio group, whose dot our styles draw.
        open("/check/for");
        // By position, not by "not checked": that would point at another option once this one is chosen.
        int unchosen = ((Number) page.evaluate("() => [...document.querySelectorAll('vaadin-radio-button')]"
                + ".findIndex(r => !r.hasAttribute('checked'))")).intValue();
        assertThat(unchosen).as("an option not chosen yet on /check/for").isNotNegative();
        var option = page.locator("vaadin-radio-button").nth(unchosen);
        assertChoosingShows(option.locator("[part=radio]"), () -> option.locator("label").click(),
                "a form's radio button in " + scheme);
    }

    private void assertChoosingShows(Locator control, Runnable choose, String what) {
        var before = restingImage(control);
        choose.run();
        waitForVaadin();
        var after = restingImage(control);
        assertThat(after.getWidth()).as("%s: same size", what).isEqualTo(before.getWidth());
        int differing = 0;
        int rows = Math.min(before.getHeight(), after.getHeight());
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                if (clearlyDifferent(before.getRGB(x, y), after.getRGB(x, y))) {
                    differing++;
                }
            }
        }
        assertThat((double) differing / (before.getWidth() * rows)).as("%s: share of pixels changed by choosing", what)
                .isGreaterThanOrEqualTo(VISIBLY_DIFFERENT);
    }

    /** The control as it rests: no focus ring from the click, no Lumo scale animation running. */
    private BufferedImage restingImage(Locator control) {
        page.locator("#page-heading").focus();
        page.waitForFunction("el => el.getAnimations({subtree: true}).length === 0", control.elementHandle());
        return image(control.screenshot());
    }

    private static boolean clearlyDifferent(int p, int q) {
        for (int shift : new int[] {16, 8, 0}) {
            if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > 60) {
                return true;
            }
        }
        return false;
    }

    private static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
