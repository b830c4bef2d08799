package cn.liaocheng.jobs.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.shell.NativeTextField;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HomeViewTests extends SpringBrowserlessTest {

    @Test
    void the_home_page_explains_the_portal_and_links_to_the_four_kinds_and_how_to_apply() {
        navigate(HomeView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("残疾人就业服务");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("首页 - 聊城残疾人就业服务");
        var kinds = $(H3.class).all().stream().map(h -> $(Anchor.class, h).single()).map(a -> a.getText() + " " + a.getHref()).toList();
        assertThat(kinds).containsExactly("培训课程 courses", "创业孵化 incubation", "贷款 loans", "就业岗位与项目 programmes");
        assertThat($(Anchor.class).withText("查看申请步骤").single().getHref()).isEqualTo("how-to-apply");
    }

    @Test
    void searching_from_home_opens_the_search_with_the_words_in_the_address() {
        navigate(HomeView.class);
        var token = TestOffers.uniqueToken();

        NativeFieldTester.type(homeSearch(), token + " 蔬菜");
        test($(NativeButton.class).id("home-search-button")).click();

        assertThat(getCurrentView()).isInstanceOf(OfferSearchView.class);
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("offers");
        assertThat(location.getQueryParameters().getSingleParameter("q")).contains(token + " 蔬菜");
    }

    @Test
    void enter_in_the_home_search_box_searches_too() {
        navigate(HomeView.class);
        var token = TestOffers.uniqueToken();

        NativeFieldTester.typeAndPressEnter(homeSearch(), token);

        assertThat(getCurrentView()).isInstanceOf(OfferSearchView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getSingleParameter("q"))
                .contains(token);
    }

    private static NativeTextField homeSearch() {
        return NativeFieldTester.textField("home-search");
    }

    @Test
    void pages_read_in_english_when_english_is_chosen() {
        // The browserless UI opens on the home route before a test starts; choose English, then open a page.
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(HowToApplyView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("How to apply");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("How to apply - Liaocheng Disability Employment Services");
    }

    @Test
    void the_how_to_apply_page_explains_the_steps_and_applying_for_someone_else() {
        navigate(HowToApplyView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("如何申请");
        assertThat($(com.vaadin.flow.component.html.H2.class).all().stream().map(h -> h.getText()).toList())
                .contains("第一步：找到适合您的项目", "家人可以代办吗？");
    }
}
