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
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.EnumSet;
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

    /** Route template → the roles that may open it; every other role is an outsider there. */
    private static final Map<String, Set<Role>> STAFF_ROUTES = Map.ofEntries(
            Map.entry("staff", EnumSet.of(Role.CASEWORKER, Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR, Role.LOAN_OFFICER)),
            Map.entry("staff/queue", EnumSet.of(Role.CASEWORKER, Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR)),
            Map.entry("staff/helpers", EnumSet.of(Role.CASEWORKER, Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR)),
            Map.entry("staff/applications/:id", EnumSet.of(Role.CASEWORKER, Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR)),
            Map.entry("staff/accounts", EnumSet.of(Role.CITY_ADMINISTRATOR)),
            Map.entry("staff/accounts/:accountId([0-9]{1,18})", EnumSet.of(Role.CITY_ADMINISTRATOR)),
            Map.entry("staff/offers", EnumSet.of(Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR)),
            Map.entry("staff/offers/new", EnumSet.of(Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR)),
            Map.entry("staff/offers/:offerId([0-9]{1,18})", EnumSet.of(Role.COUNTY_ADMINISTRATOR, Role.CITY_ADMINISTRATOR)),
            Map.entry("bank", EnumSet.of(Role.LOAN_OFFICER)),
            Map.entry("bank/:referralId([0-9]{1,18})", EnumSet.of(Role.LOAN_OFFICER)));

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
        assertThat(registered).isEqualTo(new TreeSet<>(STAFF_ROUTES.keySet()));
    }

    @Test
    void every_staff_address_is_not_found_for_every_outsider_and_there_for_those_who_may_use_it() {
        // A 莘县 application that exists, and staff accounts that exist: the answer must not depend on a missing id.
        var application = submissions.course("王芳");
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);
        var people = Map.of(
                Role.APPLICANT, accounts.applicant("李明"),
                Role.CASEWORKER, caseworker,
                Role.COUNTY_ADMINISTRATOR, accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN),
                Role.EMPLOYER, accounts.create("聊城市某局 人事科", Role.EMPLOYER),
                Role.CITY_ADMINISTRATOR, accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR),
                Role.LOAN_OFFICER, accounts.create("农行 王经理", Role.LOAN_OFFICER));
        var offer = offers.offer("莘县 课程 " + TestOffers.uniqueToken()).county(County.SHENXIAN).save();
        var addresses = Map.ofEntries(
                Map.entry("staff/offers", "staff/offers"),
                Map.entry("staff/offers/new", "staff/offers/new?kind=courses"),
                Map.entry("staff/offers/:offerId([0-9]{1,18})", "staff/offers/" + offer.id()),
                Map.entry("staff", "staff"),
                Map.entry("staff/queue", "staff/queue"),
                Map.entry("staff/helpers", "staff/helpers"),
                Map.entry("staff/applications/:id", "staff/applications/" + application.applicationId()),
                Map.entry("staff/accounts", "staff/accounts"),
                Map.entry("staff/accounts/:accountId([0-9]{1,18})", "staff/accounts/" + caseworker.accountId()),
                Map.entry("bank", "bank"),
                // No referral is needed: for outsiders the page must not even say whether it exists.
                Map.entry("bank/:referralId([0-9]{1,18})", "bank/1"));

        var soft = new SoftAssertions();
        int outsiders = 0;
        for (var route : STAFF_ROUTES.entrySet()) {
            var address = addresses.get(route.getKey());
            for (var role : Role.values()) {
                PortalUser who = people.get(role);
                TestAccounts.signIn(who);
                if (address.contains("?")) { // browserless navigate takes no query string
                    int question = address.indexOf('?');
                    com.vaadin.flow.component.UI.getCurrent().navigate(address.substring(0, question),
                            com.vaadin.flow.router.QueryParameters.fromString(address.substring(question + 1)));
                } else {
                    navigate(address, Component.class);
                }
                var heading = $(PageHeading.class).single().getText();
                if (route.getValue().contains(role)) {
                    if (!route.getKey().startsWith("bank/")) { // bank/1 does not exist: not-found for the officer too
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
        // Of six roles: 工作台 2 outsiders (applicant, employer); 待办申请, 当面确认代办 and the application 3 each; 员工账户 ×2
        // and the bank ×2 5 each; 项目管理 ×3 4 each.
        assertThat(outsiders).as("route × outsider pairs checked").isEqualTo(43);
    }
}
