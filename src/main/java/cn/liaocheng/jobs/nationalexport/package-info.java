/**
 * 上报全国系统: staff export, per county and period, the employment and training records that the national real-name
 * system (全国残疾人就业和职业培训信息管理系统) asks for, as CSV and XLSX, composed from review's outcomes, the profile and
 * the catalogue; every export is audited, and the numbers are unmasked only inside the file (decision 0021).
 */
@NullMarked
package cn.liaocheng.jobs.nationalexport;

import org.jspecify.annotations.NullMarked;
