/** Screens of the profile capability: 我的资料, 我的数据, 代办 and 谁在帮我办事. */
@NullMarked
package cn.liaocheng.jobs.profile.ui;

import org.jspecify.annotations.NullMarked;
