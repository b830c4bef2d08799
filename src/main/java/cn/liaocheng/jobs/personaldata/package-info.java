/**
 * The person's rights over what the portal holds about them (issue 8 §4, PIPL art. 45 and 47): 我的数据 shows it
 * and downloads all of it, from every capability, in one package; and the person can delete their account. Each
 * capability gives its part through its own access-checked service; this one only puts the parts together. See
 * decision 0005.
 */
@NullMarked
package cn.liaocheng.jobs.personaldata;

import org.jspecify.annotations.NullMarked;
