package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.review.TestSubmissions;
import cn.liaocheng.jobs.shared.County;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every staff address (工作台, 待办申请, 当面确认代办, the application for staff, 员工账户, the bank's queue and referral) × every kind
 * of signed-in outsider: the not-found page, exactly as for an unknown address, whether the route's roles refuse them
 * (Vaadin's access control, {@link AccessDeniedView}) or the service does (the bank's pages). The roles that may use a
 * page still get it, and a staff route added later without a row here fails the completeness check.
 */
@SpringBootTest
class StaffAddressesTests extends SpringBrowserlessTest {

    private static final String NOT_FOUND = "找不到这个页面";

    /**
     * A staff route: its template, an address that opens it ({@code {application}} and {@code {caseworker}} stand for
     * a 莘县 application and a 莘县 caseworker's account that exist, {@code {offer}} a 莘县 course), and the roles that may open it.
     */
    private record StaffRoute(String template, String address, Set<Role> roles) {}

    private static final Set<Role> REVIEWERS =
            EnumSet.of(Role.CASEWORKER, Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR);
    private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR);
    private static final Set<Role> CITY = EnumSet.of(Role.CITY_ADMINISTRATOR);
    private static final Set<Role> BANK = EnumSet.of(Role.LOAN_OFFICER);

    private static final List<StaffRoute> STAFF_ROUTES = List.of(
            new StaffRoute("staff", "staff",
                    EnumSet.of(Role.CASEWORKER, Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR, Role.LOAN_OFFICER)),
            new StaffRoute("staff/queue", "staff/queue", REVIEWERS),
            new StaffRoute("staff/helpers", "staff/helpers", REVIEWERS),
            new StaffRoute("staff/export", "staff/export", REVIEWERS),
            new StaffRoute("staff/applications/:id", "staff/applications/{application}", REVIEWERS),
            new StaffRoute("staff/accounts", "staff/accounts", CITY),
            new StaffRoute("staff/accounts/:accountId([0-9]{1,18})", "staff/accounts/{caseworker}", CITY),
            new StaffRoute("staff/audit", "staff/audit", CITY),
            new StaffRoute("staff/quota", "staff/quota", ADMINISTRATORS),
            new StaffRoute("staff/offers", "staff/offers", ADMINISTRATORS),
            new StaffRoute("staff/offers/new", "staff/offers/new?kind=courses", ADMINISTRATORS),
            new StaffRoute("staff/offers/:offerId([0-9]{1,18})", "staff/offers/{offer}", ADMINISTRATORS),
            new StaffRoute("staff/easy-read", "staff/easy-read", CITY),
            new StaffRoute("staff/easy-read/:topic([A-Za-z0-9-]{1,20})", "staff/easy-read/area-6", CITY),
            new StaffRoute("staff/plan-areas/:number([0-9]{1,2})", "staff/plan-areas/6", CITY),
            new StaffRoute("staff/eligibility-rules", "staff/eligibility-rules", CITY),
            new StaffRoute("staff/progress", "staff/progress", REVIEWERS),
            new StaffRoute("staff/progress/base/:county", "staff/progress/base/shenxian", ADMINISTRATORS),
            // The county administrator here is 莘县's, so 莘县's report is theirs to open.
            new StaffRoute("staff/reports", "staff/reports", ADMINISTRATORS),
            new StaffRoute("staff/reports/:county([a-z-]{2,20})/:year([0-9]{4})", "staff/reports/shenxian/2026",
                    ADMINISTRATORS),
            new StaffRoute("staff/reports/:year([0-9]{4})/city", "staff/reports/2026/city", CITY),
            new StaffRoute("bank", "bank", BANK),
            // No referral is needed: for outsiders the page must not even say whether it exists.
            new StaffRoute("bank/:referralId([0-9]{1,18})", "bank/1", BANK));

    @Autowired TestAccounts accounts;
    @Autowired TestSubmissions submissions;
    @Autowired TestOffers offers;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void every_staff_route_is_in_the_table() {
        Set<String> registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .filter(t -> t.equals("staff") || t.startsWith("staff/") || t.equals("bank") || t.startsWith("bank/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(registered).isEqualTo(STAFF_ROUTES.stream().map(StaffRoute::template)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void every_staff_address_is_not_found_for_every_outsider_and_there_for_those_who_may_use_it() {
        // A 莘县 application that exists, and staff accounts that exist: the answer must not depend on a missing id.
        var application = submissions.course("王芳");
        var offer = offers.offer("莘县 课程 " + TestOffers.uniqueToken()).county(County.SHENXIAN).save();
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);
        var people = Map.of(
                Role.APPLICANT, accounts.applicant("李明"),
                Role.CASEWORKER, caseworker,
                Role.COUNTY_ADMINISTRATOR, accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN),
                Role.EMPLOYER, accounts.create("聊城市某局 人事科", Role.EMPLOYER),
                Role.CITY_ADMINISTRATOR, accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR),
                Role.LOAN_OFFICER, accounts.create("农行 王经理", Role.LOAN_OFFICER));
        var soft = new SoftAssertions();
        int outsiders = 0;
        for (var route : STAFF_ROUTES) {
            var address = route.address().replace("{application}", String.valueOf(application.applicationId()))
                    .replace("{caseworker}", String.valueOf(caseworker.accountId()))
                    .replace("{offer}", String.valueOf(offer.id()));
            for (var role : Role.values()) {
                PortalUser who = people.get(role);
                TestAccounts.signIn(who);
                if (address.contains("?")) { // browserless navigate takes no query string
                    int question = address.indexOf('?');
                    UI.getCurrent().navigate(address.substring(0, question),
                            QueryParameters.fromString(address.substring(question + 1)));
                } else {
                    navigate(address, Component.class);
                }
                var heading = $(PageHeading.class).single().getText();
                if (route.roles().contains(role)) {
                    if (!route.template().startsWith("bank/")) { // bank/1 does not exist: not-found for the officer too
                        soft.assertThat(heading).as("%s opens /%s", role, address).isNotEqualTo(NOT_FOUND);
                    }
                } else {
                    outsiders++;
                    soft.assertThat(heading).as("%s opens /%s", role, address).isEqualTo(NOT_FOUND);
                    soft.assertThat($(ErrorPage.class).exists()).as("%s opens /%s: an error page", role, address)
                            .isTrue();
                }
                TestAccounts.signOut();
            }
        }
        soft.assertAll();
        // Every role that a route does not name was tried there (and no route lets everyone in).
        assertThat(outsiders).as("route × outsider pairs checked").isEqualTo(STAFF_ROUTES.stream()
                .mapToInt(route -> Role.values().length - route.roles().size()).sum()).isGreaterThan(STAFF_ROUTES.size());
    }
}
