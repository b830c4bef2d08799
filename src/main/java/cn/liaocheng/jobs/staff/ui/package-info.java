/** The staff workspace's pages: 工作台 and 员工账户. */
@NullMarked
package cn.liaocheng.jobs.staff.ui;

import org.jspecify.annotations.NullMarked;
