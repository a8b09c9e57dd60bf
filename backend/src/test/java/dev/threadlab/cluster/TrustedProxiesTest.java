package dev.threadlab.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.5, 192.168.0.0/16, ::1");

    @Test
    void a_trusted_proxy_names_the_client() {
        assertThat(proxies.clientOf("10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxies.clientOf("192.168.4.2", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxies.clientOf("::1", "2001:db8::9")).isEqualTo("2001:db8::9");
    }

    @Test
    void anyone_else_is_known_by_their_own_address_whatever_they_say() {
        assertThat(proxies.clientOf("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(proxies.clientOf("10.0.0.6", "198.51.100.1")).isEqualTo("10.0.0.6");
        assertThat(TrustedProxies.NONE.clientOf("10.0.0.5", "198.51.100.1")).isEqualTo("10.0.0.5");
    }

    @Test
    void the_nearest_untrusted_hop_is_the_client_not_what_the_client_wrote_first() {
        // a client wrote "1.2.3.4" itself; the trusted proxies appended what they saw
        assertThat(proxies.clientOf("10.0.0.5", "1.2.3.4, 203.0.113.7, 192.168.1.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void garbage_in_the_header_is_not_believed() {
        assertThat(proxies.clientOf("10.0.0.5", "evil.example, not-an-ip")).isEqualTo("10.0.0.5");
        assertThat(proxies.clientOf("10.0.0.5", "203.0.113.7, <script>")).isEqualTo("10.0.0.5");
    }

    @Test
    void a_bad_list_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
                .hasMessageContaining("LAB_TRUSTED_PROXIES").hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.local"))
                .hasMessageContaining("not an IP address or CIDR block");
    }
}
