package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.accounts.VerificationUnavailableException;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.NativeRadioGroup;
import cn.liaocheng.jobs.shell.NativeTextField;
import cn.liaocheng.jobs.shell.Notice;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * "发送验证码": how the code should arrive (SMS or a voice call) and the button. After sending, a note says where the
 * message went and until when a code in it is valid, in words that fit a number with or without an account (the
 * message itself differs); when sending is refused, the caller gets the problems for its error summary.
 */
class CodeRequest extends Composite<Div> {

    private final VerificationCodes codes;
    private final BiFunction<PhoneNumber, Delivery, VerificationCodes.SendOutcome> sender;
    private final String sentKey;
    private final Clock clock;
    private final Announcer announcer;
    private final NativeTextField phone;
    private final NativeRadioGroup<Delivery> delivery = AccountFields.delivery();
    private final NativeButton send = new NativeButton();
    private final Div status = new Div();

    /** {@code sentKey} + ".sms" / ".voice_call" is the note after sending, with the masked number and the time. */
    CodeRequest(VerificationCodes codes, BiFunction<PhoneNumber, Delivery, VerificationCodes.SendOutcome> sender,
            String sentKey, Clock clock, Announcer announcer, NativeTextField phone) {
        this.codes = codes;
        this.sender = sender;
        this.sentKey = sentKey;
        this.clock = clock;
        this.announcer = announcer;
        this.phone = phone;
        send.setText(getTranslation("account.code.send"));
        send.addClassName("lc-button");
        send.setId("send-code");
        status.addClassName("code-status");
        getContent().addClassName("code-request");
        getContent().add(delivery, send, status);
    }

    NativeButton sendButton() {
        return send;
    }

    /**
     * Sends a code as the button does on every page that asks for one: when it went out, the page's error summary is
     * cleared and focus moves to the field for the code; otherwise the summary shows why not.
     */
    void sendAndShowIn(ErrorSummary errorSummary, Focusable<?> codeField) {
        var problems = send();
        if (problems.isEmpty()) {
            errorSummary.clear();
            codeField.focus();
        } else {
            errorSummary.show(problems);
        }
    }

    /** Sends a code; the list is empty when it went out, or holds what to show in the error summary. */
    List<FieldError> send() {
        status.removeAll();
        if (!(PhoneNumber.parse(phone.getValue()) instanceof PhoneNumber.Valid(var number))) {
            var reason = ((PhoneNumber.Invalid) PhoneNumber.parse(phone.getValue())).reason();
            return List.of(new FieldError(phone, AccountMessages.phone(reason)));
        }
        var how = delivery.getValue() == null ? Delivery.SMS : delivery.getValue();
        try {
            return switch (sender.apply(number, how)) {
                case VerificationCodes.SendOutcome.Sent(var expiresAt) -> {
                    var text = getTranslation(sentKey + "." + how.name().toLowerCase(Locale.ROOT),
                            number.masked(), AccountMessages.clockTime(expiresAt, clock));
                    status.add(new Notice(text));
                    announcer.announce(text);
                    yield List.of();
                }
                case VerificationCodes.SendOutcome.TooSoon tooSoon -> List.of(new FieldError(send,
                        AccountMessages.codeNotSent(codes.justSent(tooSoon), tooSoon.retryAt(), clock)));
            };
        } catch (VerificationUnavailableException noGateway) {
            return List.of(new FieldError(send, getTranslation(switch (noGateway.reason()) {
                case NO_GATEWAY -> "account.error.code.unavailable";
                case NO_VOICE_CALLS -> "account.error.code.no-voice-calls";
                case NOT_SENT -> "account.error.code.not-sent";
                case NUMBER_REFUSED -> "account.error.code.number-refused";
            })));
        }
    }
}
