/**
 * The frame around every page: header with 无障碍阅读 · 关怀版 · 返回首页, navigation, footer, the
 * accessibility toolbar, care mode, the live region and the friendly error pages. It imports no capability.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.liaocheng.jobs.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
