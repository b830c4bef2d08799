package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** The portal as packaged: no development channel, so no codes page and no way to send codes yet. */
@SpringBootTest(properties = "portal.verification.show-codes=false")
@Import(RecordingSessionFixation.class)
class DevVerificationCodesInProductionTests extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    @Test
    void the_codes_page_is_the_not_found_page() {
        assertThat(context.getBeanProvider(LoggingVerificationChannel.class).getIfAvailable()).isNull();

        navigate(DevVerificationCodesView.ROUTE, com.vaadin.flow.component.Component.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("找不到这个页面");
        assertThat($(DevVerificationCodesView.class).exists()).isFalse();
    }

    @Test
    void without_a_way_to_send_codes_registering_points_to_the_township_office() {
        navigate(RegisterView.class);
        NativeFieldTester.type("register-phone", TestAccounts.uniquePhone().value());

        test($(NativeButton.class).id("send-code")).click();

        assertThat($(ErrorSummary.class).single().messages()).containsExactly(
                "现在无法在网上发送验证码。请带上身份证到所在乡镇（街道）残联，工作人员会帮您办理");
    }
}
