package cn.liaocheng.jobs.sms;

/** Which provider sends the portal's SMS ({@code portal.sms.provider}). */
public enum SmsProvider {
    /** None: codes cannot be sent and messages wait in the outbox (the packaged jar until a contract exists). */
    NONE,
    /** Alibaba Cloud SMS (dysmsapi, API version 2017-05-25). */
    ALIYUN
}
