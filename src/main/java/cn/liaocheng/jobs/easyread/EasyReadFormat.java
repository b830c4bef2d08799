package cn.liaocheng.jobs.easyread;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The stored form of ideas ("icon|sentence") and key words ("word|explanation"), one per line, and what is wrong with
 * an editor's text. Easy read means short: few lines, short sentences.
 */
final class EasyReadFormat {

    static final int MAX_IDEAS = 10;
    static final int MAX_WORDS = 6;
    /** Characters per sentence: a Chinese line of 30 fits a phone's screen in care mode; English words are longer. */
    static final int MAX_SENTENCE_ZH = 30;
    static final int MAX_SENTENCE_EN = 100;
    static final int MAX_HEADING = 60;
    static final int MAX_MEANING = 120;
    /** An action area's page: the plan's own headings fit, and a summary stays a few sentences (table limits too). */
    static final int MAX_AREA_TITLE_ZH = 100;
    static final int MAX_AREA_TITLE_EN = 200;
    static final int MAX_AREA_SUMMARY_ZH = 400;
    static final int MAX_AREA_SUMMARY_EN = 1200;
    static final int MAX_AREA_LEAD_ZH = 300;
    static final int MAX_AREA_LEAD_EN = 500;

    private EasyReadFormat() {
    }

    static String ideas(List<EasyReadText.Idea> ideas) {
        return ideas.stream().map(i -> i.icon().key() + "|" + i.sentence()).collect(Collectors.joining("\n"));
    }

    static String words(List<EasyReadText.KeyWord> words) {
        return words.stream().map(w -> w.word() + "|" + w.meaning()).collect(Collectors.joining("\n"));
    }

    /** Lines of a stored text; stored texts were checked, so a bad line here is a bug, not input. */
    static List<EasyReadText.Idea> parseIdeas(String text) {
        return lines(text).stream().map(line -> {
            var parts = line.split("\\|", 2);
            return new EasyReadText.Idea(EasyReadIcon.fromKey(parts[0]).orElseThrow(), parts[1].strip());
        }).toList();
    }

    static List<EasyReadText.KeyWord> parseWords(String text) {
        return lines(text).stream().map(line -> {
            var parts = line.split("\\|", 2);
            return new EasyReadText.KeyWord(parts[0].strip(), parts[1].strip());
        }).toList();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static List<EasyReadProblem> problems(EasyReadEdit edit) {
        var problems = new ArrayList<EasyReadProblem>();
        heading(problems, "heading.zh", edit.headingZh());
        heading(problems, "heading.en", edit.headingEn());
        ideas(problems, "lines.zh", edit.linesZh(), MAX_SENTENCE_ZH);
        ideas(problems, "lines.en", edit.linesEn(), MAX_SENTENCE_EN);
        if (problems.stream().noneMatch(p -> p.field().startsWith("lines"))
                && lines(edit.linesZh()).size() != lines(edit.linesEn()).size()) {
            // One idea per line in both languages, so the pictures mean the same for both readers.
            problems.add(new EasyReadProblem("lines.en", "easyread.edit.error.lines.match", 0));
        }
        words(problems, "words.zh", edit.wordsZh());
        words(problems, "words.en", edit.wordsEn());
        return problems;
    }

    /** What is wrong with an edit of an action area's page: every part is required, none may be too long. */
    static List<EasyReadProblem> problems(PlanAreaEdit edit) {
        var problems = new ArrayList<EasyReadProblem>();
        required(problems, "title.zh", edit.titleZh(), MAX_AREA_TITLE_ZH, "title");
        required(problems, "title.en", edit.titleEn(), MAX_AREA_TITLE_EN, "title");
        required(problems, "summary.zh", edit.summaryZh(), MAX_AREA_SUMMARY_ZH, "summary");
        required(problems, "summary.en", edit.summaryEn(), MAX_AREA_SUMMARY_EN, "summary");
        required(problems, "lead.zh", edit.leadZh(), MAX_AREA_LEAD_ZH, "lead");
        required(problems, "lead.en", edit.leadEn(), MAX_AREA_LEAD_EN, "lead");
        return problems;
    }

    private static void required(List<EasyReadProblem> problems, String field, String value, int max, String part) {
        if (value.isEmpty()) {
            problems.add(new EasyReadProblem(field, "easyread.area.error." + part + ".missing", 0));
        } else if (value.length() > max) {
            problems.add(new EasyReadProblem(field, "easyread.area.error." + part + ".long", 0));
        }
    }

    private static void heading(List<EasyReadProblem> problems, String field, String heading) {
        if (heading.isEmpty()) {
            problems.add(new EasyReadProblem(field, "easyread.edit.error.heading.missing", 0));
        } else if (heading.length() > MAX_HEADING) {
            problems.add(new EasyReadProblem(field, "easyread.edit.error.heading.long", 0));
        }
    }

    private static void ideas(List<EasyReadProblem> problems, String field, String text, int maxSentence) {
        var lines = lines(text);
        if (lines.isEmpty() || lines.size() > MAX_IDEAS) {
            problems.add(new EasyReadProblem(field, "easyread.edit.error.lines.count", 0));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            var parts = lines.get(i).split("\\|", 2);
            if (parts.length < 2 || EasyReadIcon.fromKey(parts[0]).isEmpty()) {
                problems.add(new EasyReadProblem(field, "easyread.edit.error.lines.icon", i + 1));
            } else if (parts[1].isBlank()) {
                problems.add(new EasyReadProblem(field, "easyread.edit.error.lines.empty", i + 1));
            } else if (parts[1].strip().length() > maxSentence) {
                problems.add(new EasyReadProblem(field, "easyread.edit.error.lines.long", i + 1));
            }
        }
    }

    private static void words(List<EasyReadProblem> problems, String field, String text) {
        var lines = lines(text);
        if (lines.size() > MAX_WORDS) {
            problems.add(new EasyReadProblem(field, "easyread.edit.error.words.count", 0));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            var parts = lines.get(i).split("\\|", 2);
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank() || parts[1].strip().length() > MAX_MEANING) {
                problems.add(new EasyReadProblem(field, "easyread.edit.error.words.format", i + 1));
            }
        }
    }
}
