package cn.liaocheng.jobs.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A deployment without the sample profile starts with nothing published. A context of its own (the property makes
 * it one), so that its fresh database holds no other test's offers.
 */
@SpringBootTest(properties = "portal.test.context=empty-catalogue")
class EmptyCatalogueTests extends SpringBrowserlessTest {

    @Test
    void the_course_list_says_plainly_that_no_course_is_published_yet() {
        navigate("courses", CourseListView.class);
        assertThat($(PageHeading.class).single().getText()).isEqualTo("培训课程");
        assertThat($(H2.class).id(OfferListView.RESULTS_HEADING).getText()).isEqualTo("目前还没有发布的培训课程");
        assertThat($(Paragraph.class).id("catalogue-empty").getText()).startsWith("残联正在整理");
        assertThat($(OfferCard.class).exists()).isFalse();
    }

    @Test
    void the_home_page_says_that_nothing_is_published_yet() {
        navigate("", HomeView.class);
        assertThat($(Paragraph.class).id("home-catalogue-empty").getText()).startsWith("目前还没有发布的项目");
        assertThat($(Paragraph.class).withText("目前还没有发布的贷款项目").exists()).isTrue();
    }
}
