package cn.liaocheng.jobs.easyread;

import cn.liaocheng.jobs.shared.LocalizedText;
import java.util.List;

/**
 * One of the 11 action areas of the plan ("二、主要措施" (一)–(十一)), summarised, with its lead departments and the
 * catalogue list pages (e.g. {@code courses}) where its offers are; {@code version} is what the next edit of the title,
 * summary or lead departments must send.
 */
public record PlanArea(int number, int version, LocalizedText title, LocalizedText summary, LocalizedText leadDepartments,
        List<String> relatedLists) {

    public static final int COUNT = 11;

    public PlanArea {
        relatedLists = List.copyOf(relatedLists);
    }

    /** The easy-read topic of this area. */
    public String topic() {
        return EasyReadTopics.area(number);
    }
}
