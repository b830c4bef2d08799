/** Technical beans every capability may use: embedded PostgreSQL, the clock, encryption, texts outside the UI. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.liaocheng.jobs.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
