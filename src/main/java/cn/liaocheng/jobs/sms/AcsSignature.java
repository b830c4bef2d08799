package cn.liaocheng.jobs.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's request signature V3 ({@code ACS3-HMAC-SHA256}), as its "V3版本请求体&签名机制" page documents it:
 * a canonical request (method, path, sorted percent-encoded query, sorted lower-case signed headers, their names, the
 * SHA-256 of the body), hashed; the string to sign is the algorithm and that hash; the signature is its
 * HMAC-SHA256 with the AccessKey secret, in lower-case hex. {@code AcsSignatureTests} checks it against the
 * documentation's own example.
 */
final class AcsSignature {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";
    static final String EMPTY_BODY_SHA256 = sha256Hex(new byte[0]);

    private AcsSignature() {
    }

    /**
     * The {@code Authorization} header's value. {@code headers} are the headers to sign (at least host and every
     * {@code x-acs-*} header), {@code query} the request's query parameters, not yet encoded.
     */
    static String authorization(String method, String path, Map<String, String> query, Map<String, String> headers,
            String bodySha256, String accessKeyId, String accessKeySecret) {
        SortedMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(java.util.Locale.ROOT), value.trim()));
        var canonicalHeaders = signed.entrySet().stream().map(h -> h.getKey() + ":" + h.getValue() + "\n")
                .collect(Collectors.joining());
        var signedHeaders = String.join(";", signed.keySet());
        var canonicalRequest = method + "\n" + path + "\n" + canonicalQuery(query) + "\n" + canonicalHeaders + "\n"
                + signedHeaders + "\n" + bodySha256;
        var stringToSign = ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaders + ",Signature="
                + hmacSha256Hex(accessKeySecret, stringToSign);
    }

    /** Sorted by name, names and values percent-encoded: also the query string the request is sent with. */
    static String canonicalQuery(Map<String, String> query) {
        return new TreeMap<>(query).entrySet().stream()
                .map(p -> percentEncode(p.getKey()) + "=" + percentEncode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986: only A–Z, a–z, 0–9, "-", "_", ".", "~" stay as they are; a space is %20, not "+". */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hmacSha256Hex(String key, String data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
