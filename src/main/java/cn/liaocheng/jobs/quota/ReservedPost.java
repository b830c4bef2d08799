package cn.liaocheng.jobs.quota;

import cn.liaocheng.jobs.shared.County;
import org.springframework.data.relational.core.mapping.Table;

/** A post a unit keeps for disabled applicants (岗位预留), part of its yearly report. */
@Table("quota_reserved_post")
public record ReservedPost(String title, int places, County county, String requirements) {}
