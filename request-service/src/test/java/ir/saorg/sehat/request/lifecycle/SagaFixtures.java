package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.code.CodeIssueFailed;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.payment.PaymentExpired;
import ir.saorg.sehat.events.payment.PaymentRefunded;
import ir.saorg.sehat.events.payment.PaymentRequested;
import ir.saorg.sehat.events.payment.PaymentSettled;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.request.types.CallWindow;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import ir.saorg.sehat.request.types.SeedTypes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The facts other services publish, and types with and without review, windows and versions, for rules tests. */
public final class SagaFixtures {

    public static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private SagaFixtures() {
    }

    public static RequestType type(String code) {
        return SeedTypes.ALL.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    /** A free type without review, as version {@code version}, with these windows. */
    public static RequestType enrolment(int version, int validityDays, List<CallWindow> windows) {
        RequestType seed = type("ENROLMENT_CERTIFICATE");
        return new RequestType(seed.code(), version, seed.nameFa(), seed.nameEn(), seed.fields(), seed.targetTime(),
                false, validityDays, seed.maxExtensionDays(), windows);
    }

    /** A catalogue that keeps every version it is given; the highest is current. */
    public static final class Catalogue implements RequestTypeCatalogue {

        private final List<RequestType> versions = new ArrayList<>();

        public Catalogue(List<RequestType> types) {
            versions.addAll(types);
        }

        public static Catalogue seeds() {
            return new Catalogue(SeedTypes.ALL);
        }

        public void add(RequestType type) {
            versions.add(type);
        }

        @Override
        public List<RequestType> all() {
            return versions.stream().map(RequestType::code).distinct().map(c -> current(c).orElseThrow()).toList();
        }

        @Override
        public Optional<RequestType> current(String code) {
            return versions.stream().filter(t -> t.code().equals(code))
                    .max(java.util.Comparator.comparingInt(RequestType::version));
        }

        @Override
        public Optional<RequestType> version(String code, int version) {
            return versions.stream().filter(t -> t.code().equals(code) && t.version() == version).findFirst();
        }
    }

    public static Map<String, String> student() {
        return Map.of("nationalId", TestStudents.nationalId(), "studentNumber", "4011234567",
                "fullName", "زهرا احمدی");
    }

    public static Map<String, String> graduate() {
        return Map.of("nationalId", TestStudents.nationalId(), "studentNumber", "4011234567",
                "fullName", "علی کریمی", "degree", "MASTER", "country", "Germany", "foreignUniversity", "TU Berlin");
    }

    public static UUID id(Request request) {
        return UUID.fromString(request.id());
    }

    public static PaymentWaived waived(Request request) {
        return new PaymentWaived(UUID.randomUUID(), NOW, id(request), request.type(), 1405,
                PaymentWaived.Reason.NO_TARIFF);
    }

    public static PaymentRequested requested(Request request) {
        return new PaymentRequested(UUID.randomUUID(), NOW, id(request), request.type(), 1405, 25_000_000L,
                "http://localhost:8080/sandbox/zarinpal/pg/StartPay/A0000000000000000000000000000001234",
                NOW.plus(Duration.ofMinutes(15)));
    }

    public static PaymentSettled settled(Request request) {
        return new PaymentSettled(UUID.randomUUID(), NOW, id(request), 25_000_000L, "201", "6037****1234", NOW);
    }

    public static PaymentExpired expired(Request request) {
        return new PaymentExpired(UUID.randomUUID(), NOW, id(request), NOW);
    }

    public static PaymentRefunded refunded(Request request) {
        return new PaymentRefunded(UUID.randomUUID(), NOW, id(request), 25_000_000L, "R-1");
    }

    public static CodeIssued issued(Request request) {
        return new CodeIssued(UUID.randomUUID(), NOW, id(request), "48213390577126048830", request.type(),
                "049*****99", NOW, NOW.plus(Duration.ofDays(180)));
    }

    public static CodeIssueFailed issueFailed(Request request) {
        return new CodeIssueFailed(UUID.randomUUID(), NOW, id(request), request.type(),
                CodeIssueFailed.Reason.NO_FREE_CODE, 5);
    }
}
