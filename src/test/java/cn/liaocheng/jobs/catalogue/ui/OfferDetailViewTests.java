package cn.liaocheng.jobs.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.catalogue.AccessibilityFeature;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shell.NotFoundView;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class OfferDetailViewTests extends SpringBrowserlessTest {

    @Autowired TestOffers offers;

    private final String token = TestOffers.uniqueToken();

    @Test
    void an_offer_shows_what_it_is_who_it_suits_how_to_apply_and_its_lead_department() {
        var offer = offers.offer(token + " 大棚蔬菜").subtype(OfferSubtype.AGRICULTURAL).county(County.SHENXIAN)
                .township("燕店镇").rural().suits(DisabilityCategory.PHYSICAL, DisabilityCategory.HEARING)
                .features(AccessibilityFeature.SIGN_LANGUAGE).save();

        navigate("offers/" + offer.slug(), OfferDetailView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo(token + " 大棚蔬菜");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(token + " 大棚蔬菜 - 聊城残疾人就业服务");
        var facts = $(DescriptionList.class).single().getElement().getTextRecursively();
        assertThat(facts).contains("培训课程 · 农村实用技术培训", "莘县 燕店镇", "还剩 10 个名额（共 30 个）", "免费");
        var listItems = $(ListItem.class).all().stream().map(ListItem::getText).toList();
        assertThat(listItems).contains("肢体残疾", "听力残疾", "农村居民", "手语翻译");
        assertThat($(Paragraph.class).withText("带身份证和残疾人证到县残联报名。").exists()).isTrue();
        assertThat($(Paragraph.class).withText("牵头单位：市残联、市人力资源社会保障局").exists()).isTrue();
        assertThat($(Anchor.class).withText("0635-8212345").single().getHref()).isEqualTo("tel:06358212345");
        assertThat($(Paragraph.class).withTextContaining("示例数据").exists()).isTrue();
    }

    @Test
    void a_closed_offer_says_applications_have_closed() {
        var offer = offers.offer(token + " 已截止").closed().save();

        navigate("offers/" + offer.slug(), OfferDetailView.class);

        assertThat($(Paragraph.class).withClassName("offer-status").single().getText()).isEqualTo("报名已经结束");
    }

    @Test
    void a_loan_shows_its_amount() {
        var offer = offers.offer(token + " 贷款").subtype(OfferSubtype.GUARANTEED_STARTUP).loanUpTo(300_000).save();

        navigate("offers/" + offer.slug(), OfferDetailView.class);

        assertThat($(DescriptionList.class).single().getElement().getTextRecursively()).contains("10,000 元至 300,000 元");
    }

    @ParameterizedTest
    @ValueSource(strings = {"offers/no-such-offer", "offers/NOT_A_SLUG", "offers/%27%20or%201%3D1", "offers/" + "a"})
    void an_unknown_or_malformed_address_shows_the_not_found_page(String path) {
        navigate(path, NotFoundView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("找不到这个页面");
    }
}
