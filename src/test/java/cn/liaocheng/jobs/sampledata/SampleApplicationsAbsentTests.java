package cn.liaocheng.jobs.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.SampleApplicantAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Without the sample profile (the packaged jar, every other test) there is no sample loader and no sample accounts. */
@SpringBootTest
class SampleApplicationsAbsentTests {

    @Autowired ApplicationContext context;

    @Test
    void neither_the_loader_nor_the_sample_accounts_exist() {
        assertThat(context.getBeanNamesForType(SampleApplications.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SampleApplicantAccounts.class)).isEmpty();
    }
}
