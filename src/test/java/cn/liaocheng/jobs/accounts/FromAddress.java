package cn.liaocheng.jobs.accounts;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Runs service calls as if they came in an HTTP request from a client address, as the portal sees requests. */
public final class FromAddress {

    private FromAddress() {
    }

    public static <T> T call(String address, Supplier<T> call) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return call.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** An address no other test uses, from the range set aside for tests of network equipment (198.18.0.0/15). */
    public static String unique() {
        int n = NEXT.incrementAndGet();
        return "198." + (18 + (n >> 16) % 2) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private static final AtomicInteger NEXT = new AtomicInteger((int) (Math.random() * 100_000));
}
