/**
 * The catalogue: training courses, incubation zones, loan options and job programmes that the
 * 2023 action plan offers, with public search and shareable detail pages.
 */
@NullMarked
package cn.liaocheng.jobs.catalogue;

import org.jspecify.annotations.NullMarked;
