package cn.liaocheng.jobs.applications;

import org.jspecify.annotations.Nullable;

/**
 * What of the signed-in person's applications the federation keeps if they delete their account: the sent ones, as
 * its record, until the end of {@code untilYear} (see {@link ApplicationRetention}).
 *
 * @param untilYear the last year any of them is kept, as things stand today; null when none is kept
 */
public record KeptApplications(int count, @Nullable Integer untilYear) {}
