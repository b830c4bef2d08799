package cn.liaocheng.jobs.easyread;

/**
 * Topic names. An offer kind's topic is the catalogue's {@code OfferKind} name (COURSE, INCUBATION, LOAN, PROGRAMME):
 * the catalogue asks for its kind by name, so this capability needs nothing from the catalogue and the two do not
 * depend on each other both ways. {@link #ALL_OFFERS} is the search across every kind ({@code /offers}).
 */
public final class EasyReadTopics {

    /** The list of every kind of offer, {@code /offers}: what the four kinds are. */
    public static final String ALL_OFFERS = "OFFERS";

    private EasyReadTopics() {
    }

    public static String area(int number) {
        return "area-" + number;
    }

    /** Whether a topic name from a URL is one that can exist; anything else is not found. */
    public static boolean isWellFormed(String topic) {
        return topic.matches("OFFERS|COURSE|INCUBATION|LOAN|PROGRAMME|area-([1-9]|1[01])");
    }
}
