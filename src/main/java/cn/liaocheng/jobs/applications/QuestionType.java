package cn.liaocheng.jobs.applications;

/** The kinds of question the form engine can ask; each has one way of being shown and one set of rules. */
public enum QuestionType {
    /** One line, up to {@link Question#SHORT_TEXT_LIMIT} characters. */
    SHORT_TEXT,
    /** A few sentences, up to {@link Question#LONG_TEXT_LIMIT} characters. */
    LONG_TEXT,
    /** A whole number, such as an amount in 元 or a number of people, with optional bounds. */
    NUMBER,
    /** One of a short list, shown as radio buttons. */
    SINGLE_CHOICE,
    /** Any of a short list, shown as check boxes. */
    MULTIPLE_CHOICE,
    /** 是 / 否, shown as two radio buttons; stored as "yes" or "no". */
    YES_NO,
    /** A mainland mobile number, checked like the sign-up page checks it. */
    PHONE,
    /** A date as year, month and day boxes; stored as ISO yyyy-mm-dd. */
    DATE,
    /**
     * A document to upload (certificate photo, business plan): PDF, JPG or PNG through the documents capability.
     * The answer is the document's id; the service keeps only ids of documents the saving account may see.
     */
    DOCUMENT
}
