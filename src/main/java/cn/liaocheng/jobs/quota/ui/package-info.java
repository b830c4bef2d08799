/** The quota's pages: 用人单位 for representatives, 按比例就业 for staff and the public 公示. */
@NullMarked
package cn.liaocheng.jobs.quota.ui;

import org.jspecify.annotations.NullMarked;
