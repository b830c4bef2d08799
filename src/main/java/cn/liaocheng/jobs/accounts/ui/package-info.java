/** The pages of accounts: register, sign in, reset and change the password, idle-session warning. */
@NullMarked
package cn.liaocheng.jobs.accounts.ui;

import org.jspecify.annotations.NullMarked;
