package cn.liaocheng.jobs.accounts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a request came from, as the per-address limits count it. An IPv4 address counts as itself; an IPv6 address by
 * its /64 network, because one phone or home line gets a whole /64 and may pick a new address in it at will.
 * {@link #INTERNAL} stands for calls without an HTTP request (tests, jobs), which no stranger can make.
 *
 * @param key what the buckets are keyed by, e.g. {@code 203.0.113.7} or {@code 2001:db8:1:2::/64}
 */
record ClientAddress(String key) {

    static final ClientAddress INTERNAL = new ClientAddress("internal");

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.-]+)?");

    /**
     * From {@code ServletRequest.getRemoteAddr()}: the TCP peer, or the client a trusted proxy named (Tomcat's
     * RemoteIpValve). Never a header read here, so a client cannot choose its own key.
     */
    static ClientAddress of(@Nullable String remoteAddr) {
        var address = remoteAddr == null ? "" : remoteAddr.strip();
        if (IPV4.matcher(address).matches()) {
            return new ClientAddress(address);
        }
        // Only literals reach InetAddress (it would look a host name up in DNS).
        if (address.contains(":") && IPV6.matcher(address).matches()) {
            try {
                var parsed = InetAddress.getByName(address.replaceFirst("%.*$", ""));
                var bytes = parsed.getAddress();
                if (bytes.length == 4) {
                    return new ClientAddress(parsed.getHostAddress()); // an IPv4-mapped address
                }
                return new ClientAddress(network64(bytes));
            } catch (UnknownHostException notALiteral) {
                // fall through: counted as written
            }
        }
        return new ClientAddress("other:" + address);
    }

    private static String network64(byte[] bytes) {
        var hex = HexFormat.of().formatHex(Arrays.copyOf(bytes, 8));
        return hex.substring(0, 4) + ":" + hex.substring(4, 8) + ":" + hex.substring(8, 12) + ":" + hex.substring(12, 16)
                + "::/64";
    }
}
