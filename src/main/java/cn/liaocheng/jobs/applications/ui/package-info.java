/** The application pages: who it is for, one page per step, check your answers, confirmation, 我的申请. */
@NullMarked
package cn.liaocheng.jobs.applications.ui;

import org.jspecify.annotations.NullMarked;
