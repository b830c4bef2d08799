package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.catalogue.OfferSubtype;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an assessment can find a person good at (or interested in), a short fixed list so that staff tick boxes and the
 * matcher can explain itself. Each names the offer subtypes that use it.
 */
public enum Ability {
    /** 手工操作. */
    MANUAL(OfferSubtype.HANDICRAFT, OfferSubtype.VOCATIONAL),
    /** 计算机操作. */
    COMPUTER(OfferSubtype.ONLINE, OfferSubtype.VOCATIONAL, OfferSubtype.GRADUATE),
    /** 语言沟通. */
    COMMUNICATION(OfferSubtype.NEWSSTAND, OfferSubtype.LOTTERY, OfferSubtype.TOBACCO, OfferSubtype.PUBLIC_WELFARE_POST),
    /** 按摩推拿. */
    MASSAGE(OfferSubtype.MASSAGE, OfferSubtype.MASSAGE_CLINIC),
    /** 农业种养. */
    FARMING(OfferSubtype.AGRICULTURAL, OfferSubtype.RURAL_BASE);

    private final Set<OfferSubtype> usedBy;

    Ability(OfferSubtype first, OfferSubtype... rest) {
        this.usedBy = EnumSet.of(first, rest);
    }

    /** Whether an offer of this subtype builds on (or needs) this ability. */
    public boolean isUsedBy(OfferSubtype subtype) {
        return usedBy.contains(subtype);
    }

    public String messageKey() {
        return "recommendations.ability." + name().toLowerCase(Locale.ROOT);
    }
}
