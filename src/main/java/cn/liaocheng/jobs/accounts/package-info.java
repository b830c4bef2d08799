/** Accounts: sign-up, sign-in, roles and who helps whom; see issue 3. */
@NullMarked
package cn.liaocheng.jobs.accounts;

import org.jspecify.annotations.NullMarked;
