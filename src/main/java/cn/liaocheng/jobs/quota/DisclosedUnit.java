package cn.liaocheng.jobs.quota;

import cn.liaocheng.jobs.shared.County;

/** One line of the 公示: a unit, its staff in post and the assessment; no person's name or number. */
public record DisclosedUnit(long unitId, String unitName, County county, UnitKind kind, int totalStaff,
        QuotaAssessment assessment, int reservedPlaces, boolean sample) {

    static DisclosedUnit of(EmployerUnit unit, QuotaReport report) {
        int places = report.postsStatus() == PostsStatus.APPROVED
                ? report.posts().stream().mapToInt(ReservedPost::places).sum() : 0;
        return new DisclosedUnit(unit.requireId(), unit.name(), unit.county(), unit.kind(),
                report.totalStaff() == null ? 0 : report.totalStaff(), assess(unit, report), places, unit.sample());
    }

    static QuotaAssessment assess(EmployerUnit unit, QuotaReport report) {
        return QuotaRule.assess(unit.kind(), unit.cityLevel(), unit.schoolOrKindergarten(), report.authorisedPosts(),
                report.totalStaff() == null ? 0 : report.totalStaff(),
                report.disabledEmployees() == null ? 0 : report.disabledEmployees());
    }
}
