package cn.liaocheng.jobs.quota;

import cn.liaocheng.jobs.shared.County;

/** What a person types to ask to represent a unit (the 用人单位 form); the service checks every part. */
public record UnitRequest(String name, String creditCode, County county, UnitKind kind, boolean schoolOrKindergarten,
        String position) {}
