/**
 * 易读版: easy-read texts for every kind of offer and for each of the 2023 plan's 11 action areas, shown inside the
 * public pages behind a switch, and edited by city administrators; plus the public pages of the action areas.
 */
@NullMarked
package cn.liaocheng.jobs.easyread;

import org.jspecify.annotations.NullMarked;
