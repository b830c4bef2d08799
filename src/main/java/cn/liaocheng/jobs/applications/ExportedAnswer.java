package cn.liaocheng.jobs.applications;

import java.util.List;

/**
 * One stored answer for the person's copy of their data: the question and the answer as sentences in their language,
 * and the values as stored (option codes, text as typed, a document's id).
 */
public record ExportedAnswer(String questionId, String question, String answer, List<String> stored) {

    public ExportedAnswer {
        stored = List.copyOf(stored);
    }
}
