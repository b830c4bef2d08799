package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.profile.TestPeople;
import com.microsoft.playwright.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the browser is told, not only shown: signed in, someone else's application answers 404 with the not-found
 * page, and so does a staff page (decision 0015); signed out, a protected page redirects to sign-in; and a URL
 * over 64 KB gets the portal's own Chinese page, which passes axe like every other page.
 */
class HttpStatusJourneyIT extends ApplicantJourneyBase {

    @Autowired TestAccounts testAccounts;
    @Autowired TestPeople testPeople;
    @Autowired TestApplications testApplications;
    @Autowired CatalogueService catalogue;

    private Response openWithStatus(String path) {
        var response = page.navigate(url(path));
        waitForPortal();
        return response;
    }

    @Test
    void signed_in_someone_elses_application_and_a_staff_page_answer_404() {
        var owner = testAccounts.applicant("周桂芝");
        long draft;
        try {
            var person = testPeople.self(owner);
            draft = testApplications.draft(owner, person.personId(),
                    catalogue.findBySlug("shenxian-greenhouse-vegetables").orElseThrow());
        } finally {
            TestAccounts.signOut();
        }

        signIn(testAccounts.applicant("吴建国").phoneNumber());

        for (var address : new String[] {"/applications/" + draft, "/applications/" + draft + "/step/where",
                "/applications/" + draft + "/check", "/applications/" + (draft + 1_000_000)}) {
            var response = openWithStatus(address);
            assertThat(response.status()).as("status of %s", address).isEqualTo(404);
            assertThat(h1Text()).as("h1 of %s", address).isEqualTo(NOT_FOUND);
            assertThat(page.locator("body").innerText()).doesNotContain("周桂芝");
        }

        // A view only for staff (ErrorPagesTests.StaffOnlyView), opened by an applicant: it does not exist for them.
        var staffPage = openWithStatus("/test-only/staff");
        assertThat(staffPage.status()).isEqualTo(404);
        assertThat(h1Text()).isEqualTo(NOT_FOUND);

        var ownPage = openWithStatus("/applications");
        assertThat(ownPage.status()).isEqualTo(200);
    }

    @Test
    void a_signed_out_visitor_of_a_protected_page_is_redirected_to_sign_in() {
        var response = openWithStatus("/profile");

        assertThat(response.request().redirectedFrom()).as("the redirect").isNotNull();
        assertThat(response.request().redirectedFrom().url()).endsWith("/profile");
        assertThat(page.url()).endsWith("/sign-in");
        assertThat(h1Text()).isEqualTo("登录");
    }

    @Test
    void a_url_over_64_kb_gets_the_portals_chinese_page_without_axe_violations() {
        var pasted = URLEncoder.encode("莘县 盲人按摩 培训 ".repeat(3_000), StandardCharsets.UTF_8);

        var response = page.navigate(url("/offers?q=" + pasted));

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(h1Text()).isEqualTo("无法打开这个网址");
        assertThat(page.title()).isEqualTo("无法打开这个网址 - 聊城残疾人就业服务");
        // A static page (the request never reached the portal, so no care-mode cookie was read): normal mode only.
        assertNoAxeViolations(false);
        page.locator("a.button-link").click();
        waitForPortal();
        assertThat(h1Text()).isEqualTo("残疾人就业服务");
    }
}
