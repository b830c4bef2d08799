package cn.liaocheng.jobs.sms;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of Alibaba Cloud SMS's error codes refuse the message itself, so that sending it again would only be refused
 * again (or, for the limits per number, annoy the person): the number, the text, the template or the signature is
 * wrong, or the number had too many messages. Everything else (isp.*, Throttling.*, an empty balance, a wrong key, a
 * clock that is off) is about the provider or our account and may work later, so it is retried.
 */
final class AliyunRefusals {

    private static final Set<String> FINAL = Set.of(
            "isv.MOBILE_NUMBER_ILLEGAL", "isv.MOBILE_COUNT_OVER_LIMIT", "isv.DOMESTIC_NUMBER_NOT_SUPPORTED",
            "isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL", "isv.MONTH_LIMIT_CONTROL",
            "isv.BLACK_KEY_CONTROL_LIMIT", "isv.SMS_CONTENT_ILLEGAL", "isv.PARAM_LENGTH_LIMIT",
            "isv.PARAM_NOT_SUPPORT_URL", "isv.INVALID_PARAMETERS", "isv.INVALID_JSON_PARAM",
            "isv.TEMPLATE_MISSING_PARAMETERS", "isv.SMS_TEMPLATE_ILLEGAL", "isv.SMS_SIGNATURE_ILLEGAL",
            "isv.SMS_SIGN_ILLEGAL", "isv.SMS_SIGNATURE_SCENE_ILLEGAL", "isv.EXTEND_CODE_ERROR",
            "isv.TEMPLATE_PARAMS_ILLEGAL", "isv.PRODUCT_UN_SUBSCRIPT", "isv.PRODUCT_UNSUBSCRIBE");

    /** The provider's codes are a documented, finite set; anything else shape-shifted is counted as "other". */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.:]{0,47}");

    private AliyunRefusals() {
    }

    static boolean isFinal(String code) {
        return FINAL.contains(code);
    }

    /** A tag value for metrics and a word for logs: the code when it looks like one, else "other". */
    static String reason(String code) {
        return CODE.matcher(code).matches() ? code : "other";
    }
}
