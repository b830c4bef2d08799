package cn.liaocheng.jobs.quota;

import cn.liaocheng.jobs.shared.County;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Sample units for the {@code sample} profile only, so that the 公示 is not empty on a fresh run: one meeting the
 * quota (its reserved post waiting for staff), one below it, one confirmed without a report. Marked 示例数据 and represented by nobody. Made once: a unit
 * whose credit code is already there is left alone.
 */
@Component
@Profile("sample")
class SampleQuotaUnits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleQuotaUnits.class);

    record Sample(UnitRequest unit, @Nullable ReportFigures report) {}

    static final List<Sample> SAMPLES = List.of(
            new Sample(new UnitRequest("聊城市某局", "11371500MB0000001B", County.CITYWIDE,
                    UnitKind.PARTY_GOVERNMENT_ORGAN, false, ""),
                    new ReportFigures(120, 2, 110, "人事科 0635-0000001", List.of(new ReservedPost("档案整理员", 1,
                            County.CITYWIDE, "高中及以上学历，能使用电脑；肢体残疾、听力残疾均可")))),
            new Sample(new UnitRequest("莘县某事业单位", "12371522MB00000027", County.SHENXIAN,
                    UnitKind.PUBLIC_INSTITUTION, false, ""), new ReportFigures(80, 0, 70, null, List.of())),
            new Sample(new UnitRequest("东阿县某国有企业", "91371524MA00000030", County.DONGE,
                    UnitKind.STATE_ENTERPRISE, false, ""), null));

    private final QuotaSamples samples;

    SampleQuotaUnits(QuotaSamples samples) {
        this.samples = samples;
    }

    @Override
    public void run(ApplicationArguments args) {
        int made = 0;
        for (var sample : SAMPLES) {
            made += samples.add(sample.unit(), sample.report()) ? 1 : 0;
        }
        if (made > 0) {
            log.info("Made {} sample quota units (公示)", made);
        }
    }
}
