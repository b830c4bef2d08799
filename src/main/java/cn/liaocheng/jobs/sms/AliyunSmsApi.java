package cn.liaocheng.jobs.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls one action of Alibaba Cloud's SMS API (dysmsapi, version 2017-05-25, RPC style): the action's parameters in
 * the query string, as the API's metadata places them, an empty POST body, and the V3 signature over both. Answers
 * with the HTTP status and the JSON body, or with a {@link Trouble} for a timeout or a broken connection.
 *
 * <p>Nothing here logs: the query holds the phone number and the template's parameters, and exceptions from the HTTP
 * client repeat the URL, so callers see only the exception's kind.
 */
class AliyunSmsApi {

    static final String VERSION = "2017-05-25";
    private static final DateTimeFormatter ACS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {};

    /** The provider's answer: its HTTP status and JSON body (empty when the body was not JSON). */
    record Answer(int status, Map<String, Object> body) {

        @Nullable String code() {
            return body.get("Code") instanceof String code ? code : null;
        }
    }

    /** Nothing came back: {@code reason} is {@code timeout} or {@code io}. */
    static final class Trouble extends RuntimeException {
        final String reason;

        Trouble(String reason) {
            super("SMS provider could not be reached: " + reason, null, false, false);
            this.reason = reason;
        }
    }

    private final RestClient http;
    private final URI endpoint;
    private final String host;
    private final String accessKeyId;
    private final String accessKeySecret;
    private final Clock clock;
    private final Supplier<String> nonces;

    AliyunSmsApi(SmsProperties properties, Clock clock) {
        this(properties, clock, () -> UUID.randomUUID().toString().replace("-", ""));
    }

    AliyunSmsApi(SmsProperties properties, Clock clock, Supplier<String> nonces) {
        var client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var requests = new JdkClientHttpRequestFactory(client);
        // The whole answer must be there within this time: a person is waiting for their code.
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        this.endpoint = properties.endpoint();
        this.host = endpoint.getHost() + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
        this.accessKeyId = Objects.requireNonNull(properties.accessKeyId());
        this.accessKeySecret = Objects.requireNonNull(properties.accessKeySecret());
        this.clock = clock;
        this.nonces = nonces;
    }

    Answer call(String action, Map<String, String> parameters) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("host", host);
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", VERSION);
        headers.put("x-acs-date", ACS_DATE.format(clock.instant()));
        headers.put("x-acs-signature-nonce", nonces.get());
        headers.put("x-acs-content-sha256", AcsSignature.EMPTY_BODY_SHA256);
        var authorization = AcsSignature.authorization("POST", "/", parameters, headers,
                AcsSignature.EMPTY_BODY_SHA256, accessKeyId, accessKeySecret);
        var uri = URI.create(endpoint.toString().replaceAll("/+$", "") + "/?"
                + AcsSignature.canonicalQuery(parameters));
        try {
            return http.post().uri(uri)
                    .headers(h -> {
                        // The HTTP client sends Host itself, with the same value as signed.
                        headers.forEach((name, value) -> {
                            if (!name.equals("host")) {
                                h.set(name, value);
                            }
                        });
                        h.set("Authorization", authorization);
                        h.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
                    })
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        Map<String, Object> body;
                        try {
                            body = response.bodyTo(JSON_OBJECT);
                        } catch (RestClientException | HttpMessageConversionException notJson) {
                            // An HTML error page from a proxy, or broken JSON: the status says enough.
                            body = null;
                        }
                        return new Answer(status, body == null ? Map.of() : body);
                    });
        } catch (ResourceAccessException e) {
            throw new Trouble(isTimeout(e) ? "timeout" : "io");
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
