/** The 上报全国系统 page ({@code /staff/export}). */
@NullMarked
package cn.liaocheng.jobs.nationalexport.ui;

import org.jspecify.annotations.NullMarked;
