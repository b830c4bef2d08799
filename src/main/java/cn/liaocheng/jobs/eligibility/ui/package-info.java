/** The eligibility checker's pages: for now the staff reading of its rules. */
@NullMarked
package cn.liaocheng.jobs.eligibility.ui;

import org.jspecify.annotations.NullMarked;
