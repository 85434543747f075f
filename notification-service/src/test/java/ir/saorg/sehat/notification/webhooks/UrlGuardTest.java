package ir.saorg.sehat.notification.webhooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Subscriber URLs are refused when they are not http(s) or lead inside the network. */
class UrlGuardTest {

    static final Map<String, List<String>> DNS = Map.of(
            "hooks.university.ac.ir", List.of("185.143.232.10"),
            "rebinding.example", List.of("185.143.232.11", "10.0.0.5"),
            "metadata.example", List.of("169.254.169.254"),
            "localhost", List.of("127.0.0.1"));

    static final UrlGuard PRODUCTION = new UrlGuard(false, UrlGuardTest::resolve);
    static final UrlGuard LOCAL = new UrlGuard(true, UrlGuardTest::resolve);

    static List<InetAddress> resolve(String host) throws UnknownHostException {
        List<String> known = DNS.get(host);
        if (known != null) {
            List<InetAddress> addresses = new java.util.ArrayList<>();
            for (String address : known) {
                addresses.add(InetAddress.getByName(address));
            }
            return addresses;
        }
        if (host.matches("[0-9.]+|[0-9a-fA-F:.]+")) {
            return List.of(InetAddress.getByName(host));
        }
        throw new UnknownHostException(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.university.ac.ir/sehat", "http://hooks.university.ac.ir:8443/in?x=1",
            "HTTPS://hooks.university.ac.ir/", "https://185.143.232.10/hook"})
    void acceptsPublicHttpAddresses(String url) {
        assertThat(PRODUCTION.check(url)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
            "file:///etc/passwd, url-scheme", "gopher://hooks.university.ac.ir/, url-scheme",
            "ftp://hooks.university.ac.ir/x, url-scheme", "javascript:alert(1), url-scheme",
            "/relative/path, url-scheme", "https://user:pass@hooks.university.ac.ir/, url-userinfo",
            "http://localhost:8080/admin, url-address-forbidden", "http://127.0.0.1/, url-address-forbidden",
            "http://[::1]/, url-address-forbidden", "http://10.0.0.7/, url-address-forbidden",
            "http://192.168.1.1/, url-address-forbidden", "http://169.254.169.254/latest/meta-data/, url-address-forbidden",
            "http://metadata.example/, url-address-forbidden", "http://rebinding.example/, url-address-forbidden",
            "http://0.0.0.0:8084/, url-address-forbidden", "http://[::ffff:127.0.0.1]/, url-address-forbidden",
            "http://nowhere.invalid/, url-host-unresolvable", "'http://exa mple.com/', url-malformed",
            "https://hooks.university.ac.ir/#frag, url-malformed", "'', url-malformed"})
    void refusesWhatIsNotHttpOrLeadsInside(String url, String reason) {
        assertThatThrownBy(() -> PRODUCTION.check(url)).isInstanceOf(UnsafeUrlException.class)
                .extracting(e -> ((UnsafeUrlException) e).reason()).isEqualTo(reason);
    }

    @Test
    void refusesAnEndlessUrl() {
        String url = "https://hooks.university.ac.ir/" + "a".repeat(5000);

        assertThatThrownBy(() -> PRODUCTION.check(url)).extracting(e -> ((UnsafeUrlException) e).reason())
                .isEqualTo("url-too-long");
    }

    @Test
    void allowsLoopbackAndPrivateAddressesOnlyWhereConfigurationSaysSo() {
        assertThat(LOCAL.check("http://127.0.0.1:9999/hook")).isNotNull();
        assertThat(LOCAL.check("http://localhost/hook")).isNotNull();
        assertThatThrownBy(() -> LOCAL.check("http://0.0.0.0/")).isInstanceOf(UnsafeUrlException.class);
        assertThatThrownBy(() -> LOCAL.check("file:///etc/passwd")).isInstanceOf(UnsafeUrlException.class);
    }
}
