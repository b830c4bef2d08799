/** The loan officer's screens: the bank's queue ({@code /bank}) and one referral ({@code /bank/<id>}). */
@NullMarked
package cn.liaocheng.jobs.bankreferrals.ui;

import org.jspecify.annotations.NullMarked;
