package cn.liaocheng.jobs.easyread;

import java.util.List;
import java.util.Locale;

/** One topic's easy-read text in both languages, with the version the next edit must send. */
public record EasyReadText(String topic, int version, Version zh, Version en) {

    /** One idea per line, each with its picture. */
    public record Idea(EasyReadIcon icon, String sentence) {}

    /** A word that is explained, e.g. 残疾人证. */
    public record KeyWord(String word, String meaning) {}

    /** The text in one language. */
    public record Version(String heading, List<Idea> ideas, List<KeyWord> words) {
        public Version {
            ideas = List.copyOf(ideas);
            words = List.copyOf(words);
        }
    }

    public Version in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
