/**
 * The person's profile, asked once and reused by every application form, and who may apply on their behalf (代办):
 * helpers, the person's consent, and withdrawing it. See issue 3.
 */
@NullMarked
package cn.liaocheng.jobs.profile;

import org.jspecify.annotations.NullMarked;
