/**
 * The eligibility checker (我能申请什么): the action plan's rules as data, and which programmes and open offers apply to
 * a person's situation, each with the reason in a plain sentence.
 */
@NullMarked
package cn.liaocheng.jobs.eligibility;

import org.jspecify.annotations.NullMarked;
