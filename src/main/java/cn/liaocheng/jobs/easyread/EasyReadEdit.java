package cn.liaocheng.jobs.easyread;

/**
 * What an editor typed: the heading, the lines ("icon|sentence", one idea per line) and the key words
 * ("word|explanation", one per line), in Chinese and English.
 */
public record EasyReadEdit(String headingZh, String headingEn, String linesZh, String linesEn, String wordsZh,
        String wordsEn) {

    public EasyReadEdit {
        headingZh = headingZh.strip();
        headingEn = headingEn.strip();
        linesZh = linesZh.strip();
        linesEn = linesEn.strip();
        wordsZh = wordsZh.strip();
        wordsEn = wordsEn.strip();
    }

    /** The stored text as the editor sees it, for the form. */
    public static EasyReadEdit of(EasyReadText text) {
        return new EasyReadEdit(text.zh().heading(), text.en().heading(), EasyReadFormat.ideas(text.zh().ideas()),
                EasyReadFormat.ideas(text.en().ideas()), EasyReadFormat.words(text.zh().words()),
                EasyReadFormat.words(text.en().words()));
    }
}
