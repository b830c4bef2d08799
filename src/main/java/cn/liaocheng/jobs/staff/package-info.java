/**
 * Staff: who works in the Disabled Persons' Federation's workspace (caseworkers, city administrators, the bank's loan
 * officers), their 工作台 home, and the administrator's staff accounts screen. {@link cn.liaocheng.jobs.staff.StaffService}
 * tells the capabilities built on it (review) who the signed-in staff member is and which county they may see.
 */
@NullMarked
package cn.liaocheng.jobs.staff;

import org.jspecify.annotations.NullMarked;
