/**
 * Applying online: one shared form engine for every kind of offer, drafts saved on every step and while typing,
 * applying for oneself or for a person one helps (代办), submission with a reference number and a status history.
 */
@NullMarked
package cn.liaocheng.jobs.applications;

import org.jspecify.annotations.NullMarked;
