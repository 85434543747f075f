package ir.saorg.sehat.payment.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sandbox gateway's rules, one method per protocol call. Sessions move only forward, each move a conditional
 * update from the status it expects: a double click pays once, and of two concurrent verifies one gets {@code 100} and
 * the other {@code 101}. An unpaid session older than the session lifetime fails when it is next looked at.
 */
public final class SandboxGateway {

    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    public static final long MIN_AMOUNT = 1_000;
    public static final long MAX_AMOUNT = 500_000_000_000L;
    /** The first bank reference the sandbox gives; later ones count up from it. */
    public static final long FIRST_REF_ID = 201;
    /** The (fictitious) card every sandbox payment is made with, masked as Zarinpal shows it. */
    public static final String CARD_PAN = "502229******5995";
    public static final String CARD_HASH = sha256("5022291234565995");
    public static final Set<String> REFUND_METHODS = Set.of("PAYA", "CARD");
    public static final Set<String> REFUND_REASONS =
            Set.of("CUSTOMER_REQUEST", "DUPLICATE_TRANSACTION", "SUSPICIOUS_TRANSACTION", "OTHER");

    private static final Logger log = LoggerFactory.getLogger(SandboxGateway.class);
    private static final Pattern MERCHANT_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int AUTHORITY_DIGITS = 35;

    private final SandboxSessions sessions;
    private final Clock clock;
    private final String merchantId;
    private final Duration sessionLifetime;
    private final Duration reverseWindow;
    private final SecureRandom random = new SecureRandom();

    public SandboxGateway(SandboxSessions sessions, Clock clock, String merchantId, Duration sessionLifetime,
                          Duration reverseWindow) {
        this.sessions = sessions;
        this.clock = clock;
        this.merchantId = merchantId;
        this.sessionLifetime = sessionLifetime;
        this.reverseWindow = reverseWindow;
    }

    /** What {@code request.json} carries; amount in rials, the last three from {@code metadata}. */
    public record NewPayment(String merchantId, Long amount, String callbackUrl, String description, String currency,
                             String mobile, String email, String orderId) {
    }

    /** The payer finished on the StartPay page: where the browser goes next. */
    public record Completion(SandboxSession session, String callbackUrl) {
    }

    /** A verify that succeeded: {@code repeated} for an already verified session (code 101). */
    public record Verification(SandboxSession session, boolean repeated) {
    }

    /** A refund that succeeded: {@code repeated} for a session refunded before (code 101, same refund id). */
    public record Refund(SandboxSession session, boolean repeated) {
    }

    /** {@code request.json}: opens a session, {@code IN_BANK}. */
    public SandboxSession request(NewPayment payment) {
        var problems = new Problems();
        checkMerchantFormat(payment.merchantId(), problems);
        if (payment.amount() == null) {
            problems.add("amount", "The amount field is required.");
        } else if (payment.amount() < MIN_AMOUNT) {
            problems.add("amount", "The amount must be at least " + MIN_AMOUNT + ".");
        } else if (payment.amount() > MAX_AMOUNT) {
            problems.add("amount", "The amount may not be greater than " + MAX_AMOUNT + ".");
        }
        if (blank(payment.callbackUrl())) {
            problems.add("callback_url", "The callback url field is required.");
        } else if (!absoluteHttpUrl(payment.callbackUrl())) {
            problems.add("callback_url", "The callback url format is invalid.");
        }
        if (blank(payment.description())) {
            problems.add("description", "The description field is required.");
        }
        if (payment.currency() != null && !payment.currency().equalsIgnoreCase("IRR")) {
            problems.add("currency", "The selected currency is invalid: the sandbox takes IRR (rials) only.");
        }
        problems.throwIfAny();
        if (!payment.merchantId().equalsIgnoreCase(merchantId)) {
            throw new GatewayRefusal(ZarinpalCode.TERMINAL_INVALID);
        }
        Instant now = now();
        for (int attempt = 0; ; attempt++) {
            var session = SandboxSession.opened(newAuthority(), merchantId, payment.amount(),
                    payment.callbackUrl().strip(), payment.description(), payment.orderId(), payment.mobile(),
                    payment.email(), now);
            if (sessions.insert(session)) {
                log.info("Sandbox session {} opened: {} rials, order {}", session.authority(), session.amount(),
                        session.orderId());
                return session;
            }
            if (attempt == 4) {
                throw new IllegalStateException("five random authorities in a row were taken");
            }
        }
    }

    /** The session as it is now (an unpaid one past its lifetime is failed first); empty if unknown. */
    public Optional<SandboxSession> session(String authority) {
        if (blank(authority)) {
            return Optional.empty();
        }
        Optional<SandboxSession> found = sessions.find(authority);
        if (found.isPresent() && expired(found.get())) {
            if (sessions.markFailed(authority)) {
                log.info("Sandbox session {} expired unpaid", authority);
            }
            return sessions.find(authority);
        }
        return found;
    }

    /** When an unpaid session stops accepting payment. */
    public Instant expiresAt(SandboxSession session) {
        return session.createdAt().plus(sessionLifetime);
    }

    /**
     * A button on the StartPay page: pay, bank declines or cancel. Only an {@code IN_BANK} session moves; any other
     * (finished, or expired just now) stays as it is, and the payer goes back to the merchant with its final status.
     */
    public Optional<Completion> complete(String authority, PayAction action) {
        Optional<SandboxSession> found = session(authority);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.get().status() == SessionStatus.IN_BANK) {
            boolean moved = switch (action) {
                case PAY -> sessions.markPaid(authority, now(), FIRST_REF_ID - 1 + sessions.next("ref_id"), CARD_PAN,
                        CARD_HASH);
                case DECLINE, CANCEL -> sessions.markFailed(authority);
            };
            if (moved) {
                log.info("Sandbox session {}: {}", authority, action);
            }
            found = sessions.find(authority);
        }
        SandboxSession session = found.orElseThrow();
        return Optional.of(new Completion(session, callbackUrl(session)));
    }

    /** {@code verify.json}. */
    public Verification verify(String merchant, Long amount, String authority) {
        var problems = new Problems();
        checkMerchantFormat(merchant, problems);
        if (amount == null) {
            problems.add("amount", "The amount field is required.");
        }
        checkAuthorityGiven(authority, problems);
        problems.throwIfAny();
        SandboxSession session = merchantsSession(merchant, authority);
        if (session.amount() != amount) {
            throw new GatewayRefusal(ZarinpalCode.AMOUNT_MISMATCH);
        }
        if (session.status() == SessionStatus.PAID && sessions.markVerified(authority, now())) {
            log.info("Sandbox session {} verified, ref_id {}", authority, session.refId());
            return new Verification(sessions.find(authority).orElseThrow(), false);
        }
        session = sessions.find(authority).orElseThrow();
        if (session.status() == SessionStatus.VERIFIED) {
            return new Verification(session, true);
        }
        throw new GatewayRefusal(ZarinpalCode.NOT_PAID);
    }

    /** {@code inquiry.json}. */
    public SandboxSession inquire(String merchant, String authority) {
        var problems = new Problems();
        checkMerchantFormat(merchant, problems);
        checkAuthorityGiven(authority, problems);
        problems.throwIfAny();
        return merchantsSession(merchant, authority);
    }

    /** {@code reverse.json}: a verified session, within the reverse window from its payment. */
    public SandboxSession reverse(String merchant, String authority) {
        SandboxSession session = inquire(merchant, authority);
        if (session.status() == SessionStatus.REFUNDED) {
            throw new GatewayRefusal(ZarinpalCode.NOT_REVERSIBLE);
        }
        if (session.status() != SessionStatus.VERIFIED) {
            throw new GatewayRefusal(ZarinpalCode.NOT_SUCCESSFUL);
        }
        Instant now = now();
        if (now.isAfter(session.paidAt().plus(reverseWindow))) {
            throw new GatewayRefusal(ZarinpalCode.REVERSE_EXPIRED);
        }
        if (!sessions.markReversed(authority, now)) {
            throw new GatewayRefusal(ZarinpalCode.NOT_SUCCESSFUL);
        }
        log.info("Sandbox session {} reversed", authority);
        return sessions.find(authority).orElseThrow();
    }

    /** {@code unVerified.json}: the merchant's paid sessions not verified yet. */
    public List<SandboxSession> unverified(String merchant) {
        checkTerminal(merchant);
        return sessions.paidUnverified(merchantId);
    }

    /**
     * The sandbox's REST refund (Zarinpal's is the GraphQL mutation {@code AddRefund}): a verified session, up to
     * the amount paid. A session refunded before answers with its refund again.
     */
    public Refund refund(String authority, Long amount, String method, String reason) {
        var problems = new Problems();
        if (blank(authority)) {
            problems.add("session_id", "The session id field is required.");
        }
        if (amount == null) {
            problems.add("amount", "The amount field is required.");
        } else if (amount < 1) {
            problems.add("amount", "The amount must be at least 1.");
        }
        if (method == null || !REFUND_METHODS.contains(method)) {
            problems.add("method", "The method must be one of " + String.join(", ", sorted(REFUND_METHODS)) + ".");
        }
        if (reason == null || !REFUND_REASONS.contains(reason)) {
            problems.add("reason", "The reason must be one of " + String.join(", ", sorted(REFUND_REASONS)) + ".");
        }
        problems.throwIfAny();
        SandboxSession session = session(authority).orElseThrow(() -> new GatewayRefusal(ZarinpalCode.INVALID_AUTHORITY));
        if (session.status() == SessionStatus.REFUNDED) {
            return new Refund(session, true);
        }
        if (session.status() != SessionStatus.VERIFIED) {
            throw new GatewayRefusal(ZarinpalCode.NOT_SUCCESSFUL);
        }
        if (amount > session.amount()) {
            throw GatewayRefusal.invalid("amount",
                    "The amount may not be greater than the amount paid (" + session.amount() + ").");
        }
        String refundId = "R" + String.format(Locale.ROOT, "%015d", sessions.next("refund_id"));
        if (sessions.markRefunded(authority, refundId, amount, now())) {
            log.info("Sandbox session {} refunded: {} rials, {} ({}, {})", authority, amount, refundId, method, reason);
            return new Refund(sessions.find(authority).orElseThrow(), false);
        }
        session = sessions.find(authority).orElseThrow();
        if (session.status() == SessionStatus.REFUNDED) {
            return new Refund(session, true);
        }
        throw new GatewayRefusal(ZarinpalCode.NOT_SUCCESSFUL);
    }

    /** The sandbox's day report: sessions paid on one day in Asia/Tehran ({@code YYYY-MM-DD}), whatever since. */
    public List<SandboxSession> report(String merchant, String date) {
        var problems = new Problems();
        checkMerchantFormat(merchant, problems);
        LocalDate day = null;
        if (blank(date)) {
            problems.add("date", "The date field is required.");
        } else {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                problems.add("date", "The date does not match the format YYYY-MM-DD.");
            }
        }
        problems.throwIfAny();
        checkTerminal(merchant);
        return sessions.paidBetween(merchantId, day.atStartOfDay(TEHRAN).toInstant(),
                day.plusDays(1).atStartOfDay(TEHRAN).toInstant());
    }

    /** Control API: gives a session another amount, so that the merchant's verify sees a mismatch. */
    public SandboxSession changeAmount(String authority, Long amount) {
        if (amount == null || amount < 0) {
            throw GatewayRefusal.invalid("amount", "The amount field is required and may not be negative.");
        }
        if (blank(authority) || !sessions.changeAmount(authority, amount)) {
            throw new GatewayRefusal(ZarinpalCode.INVALID_AUTHORITY);
        }
        log.info("Sandbox session {}: amount changed to {} by the control API", authority, amount);
        return sessions.find(authority).orElseThrow();
    }

    /** The merchant's callback with {@code Authority} and {@code Status} ({@code OK} if paid, else {@code NOK}). */
    public static String callbackUrl(SandboxSession session) {
        String url = session.callbackUrl();
        String fragment = "";
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = url.substring(hash);
            url = url.substring(0, hash);
        }
        String separator = !url.contains("?") ? "?" : url.endsWith("?") || url.endsWith("&") ? "" : "&";
        return url + separator + "Authority=" + session.authority() + "&Status="
                + (session.status().paid() ? "OK" : "NOK") + fragment;
    }

    private SandboxSession merchantsSession(String merchant, String authority) {
        SandboxSession session = session(authority)
                .orElseThrow(() -> new GatewayRefusal(ZarinpalCode.INVALID_AUTHORITY));
        if (!session.merchantId().equalsIgnoreCase(merchant)) {
            throw new GatewayRefusal(ZarinpalCode.OTHER_MERCHANT);
        }
        return session;
    }

    private void checkTerminal(String merchant) {
        var problems = new Problems();
        checkMerchantFormat(merchant, problems);
        problems.throwIfAny();
        if (!merchant.equalsIgnoreCase(merchantId)) {
            throw new GatewayRefusal(ZarinpalCode.TERMINAL_INVALID);
        }
    }

    private static void checkMerchantFormat(String merchant, Problems problems) {
        if (blank(merchant)) {
            problems.add("merchant_id", "The merchant id field is required.");
        } else if (!MERCHANT_ID.matcher(merchant).matches()) {
            problems.add("merchant_id", "The merchant id must be 36 characters (a UUID).");
        }
    }

    private static void checkAuthorityGiven(String authority, Problems problems) {
        if (blank(authority)) {
            problems.add("authority", "The authority field is required.");
        }
    }

    private boolean expired(SandboxSession session) {
        return session.status() == SessionStatus.IN_BANK && !now().isBefore(expiresAt(session));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private String newAuthority() {
        var authority = new StringBuilder(AUTHORITY_DIGITS + 1).append('S');
        for (int i = 0; i < AUTHORITY_DIGITS; i++) {
            authority.append((char) ('0' + random.nextInt(10)));
        }
        return authority.toString();
    }

    private static boolean absoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Validation failures collected over all fields, as one {@code -9}. */
    private static final class Problems {

        private final List<Map<String, String>> found = new ArrayList<>();

        void add(String field, String message) {
            found.add(Map.of(field, message));
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new GatewayRefusal(ZarinpalCode.VALIDATION, found);
            }
        }
    }
}
