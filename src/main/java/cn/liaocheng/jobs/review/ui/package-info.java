/** The review screens: 工作台 (the queue) and the application as staff see it, with the decision buttons. */
@NullMarked
package cn.liaocheng.jobs.review.ui;

import org.jspecify.annotations.NullMarked;
