package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.jspecify.annotations.Nullable;

/** A person the signed-in account helps, as the 代办 screens show them; {@code phone} is shown masked only. */
public record HelpedPerson(long helpId, long personId, String name, Relationship relationship, ConsentState consent,
        @Nullable PhoneNumber phone) {}
