package ir.saorg.sehat.notification.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Keeps webhook calls out of the network Sehat runs in (server-side request forgery). A URL must be absolute http or
 * https, without user information, and every address its host resolves to must be public; loopback, private,
 * link-local and shared addresses are allowed only where configuration says so (local use). Checked when a
 * subscription is registered and again before every send, since a name may resolve elsewhere later; redirects are
 * never followed.
 */
public class UrlGuard {

    static final int MAX_LENGTH = 2048;

    /** Resolves a host name to its addresses; a test may answer for the DNS. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final boolean allowInternal;
    private final Resolver resolver;

    public UrlGuard(boolean allowInternal, Resolver resolver) {
        this.allowInternal = allowInternal;
        this.resolver = resolver;
    }

    public static UrlGuard withSystemDns(boolean allowInternal) {
        return new UrlGuard(allowInternal, host -> List.of(InetAddress.getAllByName(host)));
    }

    /** The URL, if it may be called. */
    public URI check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new UnsafeUrlException("url-malformed", "no URL");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new UnsafeUrlException("url-too-long", raw.length() + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new UnsafeUrlException("url-malformed", e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new UnsafeUrlException("url-scheme", String.valueOf(uri.getScheme()));
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw new UnsafeUrlException("url-userinfo", "user information in the URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new UnsafeUrlException("url-malformed", "no host");
        }
        if (uri.getRawFragment() != null) {
            throw new UnsafeUrlException("url-malformed", "a fragment");
        }
        try {
            allowedAddresses(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
        } catch (RefusedAddressException refused) {
            throw new UnsafeUrlException("url-address-forbidden", refused.getMessage());
        } catch (UnknownHostException e) {
            throw new UnsafeUrlException("url-host-unresolvable", host);
        }
        return uri;
    }

    /**
     * The addresses {@code host} resolves to, if every one of them may be called; what the webhook client connects to,
     * so that a name cannot resolve to a checked address for the check and to another for the connection.
     *
     * @throws UnknownHostException the name does not resolve, or ({@link RefusedAddressException}) an address is refused
     */
    public InetAddress[] allowedAddresses(String host) throws UnknownHostException {
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            AddressClass kind = AddressClass.of(address);
            if (kind != AddressClass.PUBLIC && !(allowInternal && kind.internal())) {
                throw new RefusedAddressException(host + " is " + kind);
            }
        }
        return addresses.toArray(InetAddress[]::new);
    }

    /** A name resolved to an address that may not be called: the connection is never made. */
    public static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }
}
