package cn.liaocheng.jobs.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The V3 signature, checked against Alibaba Cloud's own published example. */
class AcsSignatureTests {

    /**
     * The example of "V3版本请求体&签名机制" (help.aliyun.com): RunInstances on ecs.cn-shanghai with two query
     * parameters, an empty body, the placeholder keys YourAccessKeyId / YourAccessKeySecret, and the published
     * Authorization header.
     */
    @Test
    void the_documentations_example_request_gets_the_documented_signature() {
        var query = new LinkedHashMap<String, String>();
        query.put("RegionId", "cn-shanghai");
        query.put("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");
        var headers = new LinkedHashMap<String, String>();
        headers.put("host", "ecs.cn-shanghai.aliyuncs.com");
        headers.put("x-acs-action", "RunInstances");
        headers.put("x-acs-version", "2014-05-26");
        headers.put("x-acs-date", "2023-10-26T09:01:01Z");
        headers.put("x-acs-signature-nonce", "d410180a5abf7fe235dd9b74aca91fc0");
        headers.put("x-acs-content-sha256", AcsSignature.EMPTY_BODY_SHA256);

        var authorization = AcsSignature.authorization("POST", "/", query, headers, AcsSignature.EMPTY_BODY_SHA256,
                "YourAccessKeyId", "YourAccessKeySecret");

        assertThat(AcsSignature.EMPTY_BODY_SHA256)
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(authorization).isEqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                + "Signature=e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804");
    }

    @Test
    void a_different_secret_or_parameter_gives_a_different_signature() {
        var headers = Map.of("host", "dysmsapi.aliyuncs.com", "x-acs-date", "2026-12-01T08:00:00Z");
        var one = AcsSignature.authorization("POST", "/", Map.of("PhoneNumbers", "13800000000"), headers,
                AcsSignature.EMPTY_BODY_SHA256, "id", "secret");
        var otherSecret = AcsSignature.authorization("POST", "/", Map.of("PhoneNumbers", "13800000000"), headers,
                AcsSignature.EMPTY_BODY_SHA256, "id", "secret2");
        var otherNumber = AcsSignature.authorization("POST", "/", Map.of("PhoneNumbers", "13800000001"), headers,
                AcsSignature.EMPTY_BODY_SHA256, "id", "secret");

        assertThat(one).isNotEqualTo(otherSecret).isNotEqualTo(otherNumber).doesNotContain("secret");
    }

    @Test
    void parameters_are_encoded_as_rfc_3986_says_and_sorted_by_name() {
        assertThat(AcsSignature.percentEncode("a b*c~d+e/f")).isEqualTo("a%20b%2Ac~d%2Be%2Ff");
        assertThat(AcsSignature.percentEncode("聊城")).isEqualTo("%E8%81%8A%E5%9F%8E");
        assertThat(AcsSignature.canonicalQuery(Map.of("TemplateParam", "{\"code\":\"123456\"}", "PhoneNumbers",
                "13800000000"))).isEqualTo("PhoneNumbers=13800000000&TemplateParam=%7B%22code%22%3A%22123456%22%7D");
    }
}
