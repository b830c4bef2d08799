package cn.liaocheng.jobs.quota;

/**
 * One thing wrong with what was typed: the form field it belongs to (the view puts the message there and in the error
 * summary) and the translation key of a message that says what to do.
 */
public record Problem(String field, String messageKey, Object... arguments) {}
