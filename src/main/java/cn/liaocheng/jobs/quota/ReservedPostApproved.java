package cn.liaocheng.jobs.quota;

import cn.liaocheng.jobs.shared.County;

/**
 * Staff approved a reserved post: what a job programme offer of subtype {@code RESERVED_POST} needs. Published once
 * per post when staff approve a report's posts; the catalogue turns it into a job programme offer (catalogue.ReservedPostOffers).
 * {@code reportId} and {@code position} name the post for good, so a listener tried again can tell it has it.
 *
 * @param unitName     the unit, the offer's provider and lead department (用人单位)
 * @param titleZh      the post's title in Chinese (the representative writes Chinese only)
 * @param places       how many disabled applicants the unit will take (the offer's seats)
 * @param requirements what the unit asks of applicants (the offer's eligibility), in Chinese
 * @param contact      whom to contact (a department and an office telephone), in Chinese
 */
public record ReservedPostApproved(long reportId, int position, long unitId, String unitName, int year,
        String titleZh, County county, int places, String requirements, String contact) {}
