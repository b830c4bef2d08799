package cn.liaocheng.jobs.shared;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The number of a second-generation disability certificate (第二代残疾人证): the holder's resident ID number,
 * then the category digit 1-7 and the grade digit 1-4, 20 characters in all. Grade 1 (一级) is the most severe.
 * {@link #toString()} is masked like {@link ResidentIdNumber#toString()}.
 */
public record DisabilityCertificateNumber(ResidentIdNumber idNumber, DisabilityCategory category, int grade) {

    public static final int LENGTH = ResidentIdNumber.LENGTH + 2;
    public static final int MOST_SEVERE_GRADE = 1;
    public static final int LEAST_SEVERE_GRADE = 4;

    /** Why an input is not a certificate number, so that the form can say exactly what to fix. */
    public enum Reason {
        EMPTY, WRONG_LENGTH, BAD_ID_PART, BAD_CATEGORY, BAD_GRADE, NOT_THE_HOLDERS_ID
    }

    /** Either a valid number or the reason why not; switch over it rather than catching exceptions. */
    public sealed interface Result permits Valid, Invalid {}

    public record Valid(DisabilityCertificateNumber number) implements Result {}

    /** {@code idReason} says what is wrong with the first 18 characters, and is there only for BAD_ID_PART. */
    public record Invalid(Reason reason, ResidentIdNumber.@Nullable Reason idReason) implements Result {

        public Invalid {
            if ((reason == Reason.BAD_ID_PART) != (idReason != null)) {
                throw new IllegalArgumentException("an ID reason belongs to BAD_ID_PART and only to it");
            }
        }

        Invalid(Reason reason) {
            this(reason, null);
        }
    }

    public DisabilityCertificateNumber {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(category, "category");
        if (grade < MOST_SEVERE_GRADE || grade > LEAST_SEVERE_GRADE) {
            throw new IllegalArgumentException("grade must be 1-4");
        }
    }

    /**
     * Reads a number as a person typed it, with the same leniency as {@link ResidentIdNumber#parse}. When the
     * holder's ID number is already known, the certificate must carry it: a certificate is issued to one person.
     */
    public static Result parse(@Nullable String input, @Nullable ResidentIdNumber holder, LocalDate today) {
        var normalised = ResidentIdNumber.normalise(input);
        if (normalised.isEmpty()) {
            return new Invalid(Reason.EMPTY);
        }
        if (normalised.length() != LENGTH) {
            return new Invalid(Reason.WRONG_LENGTH);
        }
        return switch (ResidentIdNumber.parse(normalised.substring(0, ResidentIdNumber.LENGTH), today)) {
            case ResidentIdNumber.Invalid(var idReason) -> new Invalid(Reason.BAD_ID_PART, idReason);
            case ResidentIdNumber.Valid(var idNumber) -> withCategoryAndGrade(normalised, idNumber, holder);
        };
    }

    private static Result withCategoryAndGrade(
            String normalised, ResidentIdNumber idNumber, @Nullable ResidentIdNumber holder) {
        var category = categoryFor(normalised.charAt(ResidentIdNumber.LENGTH));
        if (category == null) {
            return new Invalid(Reason.BAD_CATEGORY);
        }
        int grade = normalised.charAt(ResidentIdNumber.LENGTH + 1) - '0';
        if (grade < MOST_SEVERE_GRADE || grade > LEAST_SEVERE_GRADE) {
            return new Invalid(Reason.BAD_GRADE);
        }
        if (holder != null && !holder.equals(idNumber)) {
            return new Invalid(Reason.NOT_THE_HOLDERS_ID);
        }
        return new Valid(new DisabilityCertificateNumber(idNumber, category, grade));
    }

    /** The full 20 characters, for encryption and storage only. */
    public String value() {
        return idNumber.value() + category.certificateDigit() + grade;
    }

    /**
     * The ID part masked as in {@link ResidentIdNumber#masked()}, with category and grade left visible, e.g.
     * {@code 3715**********123X41}: that is the form issue #3 asks for, and the profile shows both anyway.
     */
    public String masked() {
        return idNumber.masked() + category.certificateDigit() + grade;
    }

    /** Masked for the same reason as {@link ResidentIdNumber#toString()}: certificate numbers must not reach logs. */
    @Override
    public String toString() {
        return masked();
    }

    private static @Nullable DisabilityCategory categoryFor(char digit) {
        for (var category : DisabilityCategory.values()) {
            if (category.certificateDigit() == digit - '0') {
                return category;
            }
        }
        return null;
    }
}
