/**
 * The sample profile's demo applications: a handful of sample applicants in several counties, whose applications
 * staff have taken to every state, made through each capability's public services as people and staff would make
 * them. Only with the {@code sample} profile; nothing else depends on this package.
 */
@NullMarked
package cn.liaocheng.jobs.sampledata;

import org.jspecify.annotations.NullMarked;
