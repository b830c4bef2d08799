/**
 * Text messages through the contracted SMS provider (Alibaba Cloud SMS, its HTTP API signed with ACS3-HMAC-SHA256):
 * one {@link cn.liaocheng.jobs.sms.SmsGateway} that sends pre-registered templates and asks for delivery receipts,
 * used by accounts for verification codes and by messages for news about applications. Exists only when
 * {@code portal.sms.provider} names a provider; see docs/decisions/0026.
 */
@NullMarked
package cn.liaocheng.jobs.sms;

import org.jspecify.annotations.NullMarked;
