package cn.liaocheng.jobs.profile;

import java.time.Instant;

/** Someone who may apply for the signed-in person (谁在帮我办事). */
public record MyHelper(long helpId, String helperName, Relationship relationship, ConsentState consent,
        Instant addedAt) {}
