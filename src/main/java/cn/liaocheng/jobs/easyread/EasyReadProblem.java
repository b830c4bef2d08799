package cn.liaocheng.jobs.easyread;

/**
 * Something to fix before an edit is stored: the field ({@code heading.zh}, {@code lines.en}, …), the message's
 * translation key, and the line it is on (1-based; 0 for the whole field).
 */
public record EasyReadProblem(String field, String messageKey, int line) {}
