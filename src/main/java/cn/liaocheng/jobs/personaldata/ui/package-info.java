/** The pages of 我的数据 and of deleting the account. */
@NullMarked
package cn.liaocheng.jobs.personaldata.ui;

import org.jspecify.annotations.NullMarked;
