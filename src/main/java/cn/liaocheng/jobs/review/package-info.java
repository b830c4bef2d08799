/**
 * The staff workspace's review: the caseworkers' queue per county (工作台), the application as staff see it, the
 * decisions (开始审核, 需补充材料, 通过, 不通过, 办结 with its outcome), assignment and the conflict of two staff at once.
 * The rules of who may decide what live here; {@code applications} keeps the applicant's side and the record
 * (decision 0013).
 */
@NullMarked
package cn.liaocheng.jobs.review;

import org.jspecify.annotations.NullMarked;
