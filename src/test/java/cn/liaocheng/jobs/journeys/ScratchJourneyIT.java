package cn.liaocheng.jobs.journeys;

import org.junit.jupiter.api.Test;

class ScratchJourneyIT extends JourneyTestBase {
    @Test
    void explore() {
        for (String p : new String[] {"/", "/offers", "/how-to-apply?care=1"}) {
            open(p);
            page.keyboard().press("Tab");
            System.out.println(p + " after tab: " + focusedElement());
            page.keyboard().press("Enter");
            for (int i = 0; i < 3; i++) {
                Object o = afterLayout("() => location.href + ' ' + document.activeElement.tagName + ' ' + document.activeElement.id");
                System.out.println(p + " after enter " + i + ": " + o);
            }
        }
        open("/");
        followLinkTo("/no-such-page");
        try { page.waitForFunction("() => document.querySelector('h1') && document.querySelector('h1').textContent.includes('找不到')"); } catch (RuntimeException e) { System.out.println("TIMEOUT " + h1Text()); }
        System.out.println("404 client nav: " + focusedElement() + " title=" + page.title() + " url=" + page.url());
        open("/courses");
        followLinkTo("/offers/no-such-offer");
        try { page.waitForFunction("() => document.querySelector('h1') && document.querySelector('h1').textContent.includes('找不到')"); } catch (RuntimeException e) { System.out.println("TIMEOUT " + h1Text()); }
        System.out.println("404b client nav: " + focusedElement() + " title=" + page.title() + " url=" + page.url());
    }
}
