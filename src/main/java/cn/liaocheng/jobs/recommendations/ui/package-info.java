/** 为您推荐, the person's page (and a consented helper's, for the person they help). */
@NullMarked
package cn.liaocheng.jobs.recommendations.ui;

import org.jspecify.annotations.NullMarked;
