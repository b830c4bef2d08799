/**
 * 按比例安排就业: employers' representatives report their unit's staff, disabled employees and reserved posts once a
 * year; the portal computes the 1.5 % quota, staff confirm units and approve reserved posts, and 公示 shows each unit's
 * ratio and status to everyone.
 */
@NullMarked
package cn.liaocheng.jobs.quota;

import org.jspecify.annotations.NullMarked;
