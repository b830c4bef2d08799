/** Value types every capability uses: counties of Liaocheng, disability categories, bilingual text. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.liaocheng.jobs.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
