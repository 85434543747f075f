package ir.saorg.sehat.notification.webhooks;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses are classified by the network they belong to, in every way they can be written. */
class AddressClassTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK", "::1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "fd00::1, PRIVATE", "fc12::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "100.64.0.1, SHARED", "0.0.0.0, UNSPECIFIED", "::, UNSPECIFIED",
            "224.0.0.1, MULTICAST", "255.255.255.255, MULTICAST", "ff02::1, MULTICAST",
            "192.0.2.10, RESERVED", "198.18.0.1, RESERVED", "240.0.0.1, RESERVED", "2001:db8::1, RESERVED",
            "::ffff:127.0.0.1, LOOPBACK", "::ffff:10.0.0.1, PRIVATE", "::ffff:169.254.169.254, LINK_LOCAL",
            "64:ff9b::a9fe:a9fe, LINK_LOCAL", "2002:7f00:1::, LOOPBACK", "2002:0a00:0001::, PRIVATE",
            "8.8.8.8, PUBLIC", "185.143.232.1, PUBLIC", "172.32.0.1, PUBLIC", "2a00:1450:4001::1, PUBLIC"})
    void classifiesAddresses(String literal, AddressClass expected) throws UnknownHostException {
        assertThat(AddressClass.ofLiteral(literal)).isEqualTo(expected);
    }

    @Property
    void everyAddressInTenSlashEightIsPrivate(@ForAll @IntRange(min = 0, max = 255) int b,
                                              @ForAll @IntRange(min = 0, max = 255) int c,
                                              @ForAll @IntRange(min = 0, max = 255) int d) throws UnknownHostException {
        assertThat(AddressClass.of(v4(10, b, c, d))).isEqualTo(AddressClass.PRIVATE);
    }

    @Property
    void everyLoopbackAddressIsLoopbackAlsoWhenMappedIntoIpv6(@ForAll @IntRange(min = 0, max = 255) int b,
                                                            @ForAll @IntRange(min = 0, max = 255) int c,
                                                            @ForAll @IntRange(min = 0, max = 255) int d)
            throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[13] = (byte) b;
        mapped[14] = (byte) c;
        mapped[15] = (byte) d;
        assertThat(AddressClass.of(v4(127, b, c, d))).isEqualTo(AddressClass.LOOPBACK);
        assertThat(AddressClass.of(InetAddress.getByAddress(mapped))).isEqualTo(AddressClass.LOOPBACK);
    }

    @Property
    void anIpv4AddressAndItsNat64FormAreClassifiedAlike(@ForAll @IntRange(min = 0, max = 255) int a,
                                                        @ForAll @IntRange(min = 0, max = 255) int b,
                                                        @ForAll @IntRange(min = 0, max = 255) int c,
                                                        @ForAll @IntRange(min = 0, max = 255) int d)
            throws UnknownHostException {
        byte[] nat64 = new byte[16];
        nat64[1] = 0x64;
        nat64[2] = (byte) 0xff;
        nat64[3] = (byte) 0x9b;
        nat64[12] = (byte) a;
        nat64[13] = (byte) b;
        nat64[14] = (byte) c;
        nat64[15] = (byte) d;
        assertThat(AddressClass.of(InetAddress.getByAddress(nat64))).isEqualTo(AddressClass.of(v4(a, b, c, d)));
    }

    @Property
    void onlyPublicAddressesAreNeitherInternalNorOtherwiseForbidden(@ForAll @IntRange(min = 0, max = 255) int a,
                                                                  @ForAll @IntRange(min = 0, max = 255) int b,
                                                                  @ForAll @IntRange(min = 0, max = 255) int c,
                                                                  @ForAll @IntRange(min = 0, max = 255) int d)
            throws UnknownHostException {
        AddressClass kind = AddressClass.of(v4(a, b, c, d));
        boolean loopbackOrPrivate = a == 127 || a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)
                || (a == 169 && b == 254);
        if (loopbackOrPrivate) {
            assertThat(kind).isNotEqualTo(AddressClass.PUBLIC);
            assertThat(kind.internal()).isTrue();
        }
        if (kind == AddressClass.PUBLIC) {
            assertThat(kind.internal()).isFalse();
        }
    }

    private static InetAddress v4(int a, int b, int c, int d) throws UnknownHostException {
        return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    }
}
