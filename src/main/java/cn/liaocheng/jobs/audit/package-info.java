/**
 * 操作记录: an append-only record of every staff action and every view of sensitive data (PIPL art. 51, 55): who,
 * when, what, which application or person, from which address. Other capabilities write to it through
 * {@link cn.liaocheng.jobs.audit.AuditTrail} inside their own transactions; the database refuses to change a row.
 */
@NullMarked
package cn.liaocheng.jobs.audit;

import org.jspecify.annotations.NullMarked;
