package ir.saorg.sehat.notification.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** What kind of network an IP address belongs to, as far as sending requests to it is concerned. */
public enum AddressClass {
    /** Reachable on the internet: the only kind allowed in production. */
    PUBLIC(false),
    /** This machine (127.0.0.0/8, ::1). */
    LOOPBACK(true),
    /** Private networks (10/8, 172.16/12, 192.168/16) and IPv6 unique local (fc00::/7). */
    PRIVATE(true),
    /** Link-local (169.254/16, fe80::/10), where cloud metadata services answer. */
    LINK_LOCAL(true),
    /** Carrier-grade NAT (100.64/10). */
    SHARED(true),
    /** 0.0.0.0/8 and ::, which reach this machine on many systems. */
    UNSPECIFIED(false),
    /** Multicast and broadcast. */
    MULTICAST(false),
    /** Reserved, documentation and benchmarking ranges, and IPv6 transition forms not worth the risk. */
    RESERVED(false);

    private final boolean internal;

    AddressClass(boolean internal) {
        this.internal = internal;
    }

    /** Whether it is inside some network: allowed only where configuration allows private addresses (local use). */
    public boolean internal() {
        return internal;
    }

    public static AddressClass of(InetAddress address) {
        if (address instanceof Inet4Address) {
            return ofIpv4(address.getAddress());
        }
        return ofIpv6((Inet6Address) address);
    }

    static AddressClass ofIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return UNSPECIFIED;
        }
        if (a0 == 127) {
            return LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return PRIVATE;
        }
        if (a0 == 169 && a1 == 254) {
            return LINK_LOCAL;
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return SHARED;
        }
        if (a0 >= 224 && a0 <= 239) {
            return MULTICAST;
        }
        if (a0 >= 240) {
            return a0 == 255 && a1 == 255 && a2 == 255 && (b[3] & 0xff) == 255 ? MULTICAST : RESERVED;
        }
        if ((a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) || (a0 == 198 && (a1 == 18 || a1 == 19))
                || (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)
                || (a0 == 192 && a1 == 88 && a2 == 99)) {
            return RESERVED;
        }
        return PUBLIC;
    }

    static AddressClass ofIpv6(Inet6Address address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return UNSPECIFIED;
        }
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (embedsIpv4(b, 0, 10, (byte) 0xff) || embedsIpv4(b, 0, 12, (byte) 0)) {
            return ofIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return ofIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (first == 0x20 && second == 0x02) {
            return ofIpv4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        if ((first & 0xfe) == 0xfc) {
            return PRIVATE;
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return LINK_LOCAL;
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return PRIVATE;
        }
        if (first == 0xff) {
            return MULTICAST;
        }
        if ((first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)
                || (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) || first == 0x01 || first == 0x00) {
            return RESERVED;
        }
        return (first & 0xe0) == 0x20 ? PUBLIC : RESERVED;
    }

    /** Whether bytes [0, prefixZeros) are zero, followed (for the mapped form) by two {@code marker} bytes. */
    private static boolean embedsIpv4(byte[] b, int from, int prefixZeros, byte marker) {
        for (int i = from; i < prefixZeros; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        if (marker == 0) {
            return b[12] != 0 || b[13] != 0 || b[14] != 0 || (b[15] & 0xff) > 1;
        }
        return b[10] == marker && b[11] == marker;
    }

    /** The class of an IP literal, for tests and diagnostics. */
    public static AddressClass ofLiteral(String literal) throws UnknownHostException {
        return of(InetAddress.getByName(literal));
    }
}
