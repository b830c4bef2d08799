package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.DisplayName;
import cn.liaocheng.jobs.accounts.PasswordPolicy;
import cn.liaocheng.jobs.accounts.VerificationCodes.CheckOutcome;
import cn.liaocheng.jobs.shared.PhoneNumber;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Plain-language messages for every reason a phone number, password, name or code is refused. */
final class AccountMessages {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AccountMessages() {
    }

    private static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    static String phone(PhoneNumber.Reason reason) {
        return t(switch (reason) {
            case EMPTY -> "account.error.phone.empty";
            case NOT_DIGITS -> "account.error.phone.not-digits";
            case WRONG_LENGTH -> "account.error.phone.wrong-length";
            case NOT_A_MOBILE_NUMBER -> "account.error.phone.not-mobile";
        });
    }

    static String password(PasswordPolicy.Reason reason) {
        return switch (reason) {
            case TOO_SHORT -> t("account.error.password.too-short", PasswordPolicy.MIN_LENGTH);
            case TOO_LONG -> t("account.error.password.too-long", PasswordPolicy.MAX_LENGTH);
            case TOO_COMMON -> t("account.error.password.too-common");
            case CONTAINS_PHONE -> t("account.error.password.contains-phone");
        };
    }

    static String name(DisplayName.Reason reason) {
        return switch (reason) {
            case EMPTY -> t("account.error.name.empty");
            case TOO_LONG -> t("account.error.name.too-long", DisplayName.MAX_LENGTH);
            case CONTROL_CHARACTERS -> t("account.error.name.control");
        };
    }

    /** For a refused code; a confirmed one is no error. */
    static String code(CheckOutcome outcome) {
        return switch (outcome) {
            case CheckOutcome.Confirmed() -> throw new IllegalArgumentException("a confirmed code is no error");
            case CheckOutcome.Wrong(var left) -> t("account.error.code.wrong", left);
            case CheckOutcome.NeedsNewCode() -> t("account.error.code.needs-new");
        };
    }

    /** So many wrong codes that none is checked for a while (for this number, this network or the portal). */
    static String codeTryLater(Instant retryAt, Clock clock) {
        return t("account.error.code.try-later", clockTime(retryAt, clock));
    }

    /** Sending refused: because a code has just gone out, or because a limit on codes is reached. */
    static String codeNotSent(boolean justSent, Instant retryAt, Clock clock) {
        return t(justSent ? "account.error.code.too-soon" : "account.error.code.limit", clockTime(retryAt, clock));
    }

    /**
     * A clock time in the portal's time zone (Asia/Shanghai, from the Clock bean), rounded up to the next whole
     * minute so that "请在 14:32 之后再试" is never too early. A time, not a countdown: nothing ticks on the page.
     */
    static String clockTime(Instant at, Clock clock) {
        var time = ZonedDateTime.ofInstant(at, clock.getZone());
        var rounded = time.truncatedTo(ChronoUnit.MINUTES);
        if (rounded.isBefore(time)) {
            rounded = rounded.plusMinutes(1);
        }
        return CLOCK_TIME.format(rounded);
    }
}
