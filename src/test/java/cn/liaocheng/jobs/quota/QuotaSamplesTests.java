package cn.liaocheng.jobs.quota;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.County;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The sample profile's units: made once through the service, each with the status the 公示 is meant to show. */
@SpringBootTest
class QuotaSamplesTests {

    @Autowired QuotaSamples samples;
    @Autowired QuotaReports reports;

    @Test
    void the_sample_units_are_made_once_and_meet_miss_or_lack_a_report_as_described() {
        for (var sample : SampleQuotaUnits.SAMPLES) {
            samples.add(sample.unit(), sample.report());
            assertThat(samples.add(sample.unit(), sample.report())).as("a second start adds nothing").isFalse();
        }
        TestAccounts.browseSignedOut();
        var shown = reports.disclosure(reports.currentYear()).stream().filter(DisclosedUnit::sample).toList();

        assertThat(shown).extracting(DisclosedUnit::unitName).containsExactlyInAnyOrder("聊城市某局", "莘县某事业单位");
        assertThat(shown).filteredOn(u -> u.county() == County.CITYWIDE).singleElement()
                .satisfies(u -> assertThat(u.assessment().meets()).isTrue());
        assertThat(shown).filteredOn(u -> u.county() == County.SHENXIAN).singleElement()
                .satisfies(u -> assertThat(u.assessment().stillNeeded()).isEqualTo(2));
        TestAccounts.signOut();
    }
}
