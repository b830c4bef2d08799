package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTests {

    @Test
    void an_ipv4_address_counts_as_itself() {
        assertThat(ClientAddress.of("203.0.113.7").key()).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("::ffff:203.0.113.7").key()).as("IPv4-mapped").isEqualTo("203.0.113.7");
    }

    @Test
    void the_addresses_of_one_ipv6_network_count_as_one_client() {
        var one = ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        var other = ClientAddress.of("2001:0db8:0001:0002:0:0:0:1");

        assertThat(one).isEqualTo(other);
        assertThat(one.key()).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(one);
        assertThat(ClientAddress.of("fe80::1%eth0").key()).isEqualTo("fe80:0000:0000:0000::/64");
    }

    @Test
    void anything_else_is_counted_as_written_and_never_looked_up() {
        assertThat(ClientAddress.of("evil.example").key()).isEqualTo("other:evil.example");
        assertThat(ClientAddress.of(null).key()).isEqualTo("other:");
        assertThat(ClientAddress.of("not:an:address:zz").key()).isEqualTo("other:not:an:address:zz");
    }
}
