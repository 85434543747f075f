package ir.saorg.sehat.code.issuing.persistence;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.InMemoryCodes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.code.CodeRevoked;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CachedCodesTest {

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    final InMemoryCodes store = new InMemoryCodes();
    final CachedCodes codes = new CachedCodes(store, Duration.ofHours(1), 1_000);
    final SplittableRandom random = new SplittableRandom(10);

    @Test
    void answersVerificationFromMemoryUntilTheCodeChanges() {
        IssuedCode code = issued();
        assertThat(codes.recentlyByCode(code.id())).contains(code);

        // changed behind this instance's back (another instance, without its event yet)
        store.stored.put(code.id(), revoked(code));

        assertThat(codes.recentlyByCode(code.id())).as("cached").contains(code);
        assertThat(codes.byCode(code.id())).as("every other read goes to the store").contains(revoked(code));
        codes.forget(code.id());
        assertThat(codes.recentlyByCode(code.id())).contains(revoked(code));
    }

    @Test
    void aCodeRevokedThroughThisInstanceNeverVerifiesFromMemoryAsItWas() {
        IssuedCode code = issued();
        codes.recentlyByCode(code.id());

        assertThat(codes.revoke(code.id(), revocation(), List.of())).isTrue();

        assertThat(codes.recentlyByCode(code.id()).orElseThrow().revocation()).isNotNull();
    }

    @Test
    void aCodeExtendedOrReplacedThroughThisInstanceIsReadAgain() {
        IssuedCode code = issued();
        codes.recentlyByCode(code.id());
        Instant later = code.expiresAt().plus(Duration.ofDays(30));

        assertThat(codes.extend(code.id(), code.expiresAt(), later, 30, List.of())).isTrue();
        assertThat(codes.recentlyByCode(code.id()).orElseThrow().expiresAt()).isEqualTo(later);

        assertThat(codes.replace(code.id(), "12345678901234567890", revocation(), List.of())).isTrue();
        assertThat(codes.recentlyByCode(code.id()).orElseThrow().revocation()).isNotNull();
    }

    @Test
    void digitsRememberedAsUnknownVerifyOnceACodeIsIssuedWithThem() {
        IssuedCode code = code();
        assertThat(codes.recentlyByCode(code.id())).isEmpty();

        codes.insert(code, List.of());

        assertThat(codes.recentlyByCode(code.id())).contains(code);
    }

    @Test
    void aReadThatBeganBeforeAChangeIsNotRememberedAfterIt() {
        IssuedCode code = issued();
        var racing = new InMemoryCodes() {
            boolean changeDuringRead = true;

            @Override
            public java.util.Optional<IssuedCode> byCode(String digits) {
                var read = java.util.Optional.ofNullable(store.stored.get(digits));
                if (changeDuringRead) {
                    // another instance revokes it and its event arrives after this read, before the read is kept
                    changeDuringRead = false;
                    store.stored.put(digits, revoked(code));
                    cache.forget(digits);
                }
                return read;
            }
        };
        cache = new CachedCodes(racing, Duration.ofHours(1), 1_000);

        assertThat(cache.recentlyByCode(code.id())).as("the read answers its own request").contains(code);
        assertThat(cache.recentlyByCode(code.id())).contains(revoked(code));
    }

    private CachedCodes cache;

    @Test
    void forgetsEverythingWhenAskedTo() {
        IssuedCode code = issued();
        codes.recentlyByCode(code.id());
        store.stored.put(code.id(), revoked(code));

        codes.forgetAll();

        assertThat(codes.recentlyByCode(code.id())).contains(revoked(code));
    }

    @Test
    void noEntryOutlivesItsTimeToLive() throws Exception {
        var shortLived = new CachedCodes(store, Duration.ofMillis(50), 1_000);
        IssuedCode code = issued();
        shortLived.recentlyByCode(code.id());
        store.stored.put(code.id(), revoked(code));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                shortLived.recentlyByCode(code.id()).orElseThrow().revocation() != null);
    }

    private IssuedCode issued() {
        IssuedCode code = code();
        store.insert(code, List.of());
        return code;
    }

    private IssuedCode code() {
        return new IssuedCode(VerificationCode.generate(random).digits(), UUID.randomUUID().toString(),
                "ENROLMENT_CERTIFICATE", new IssuedCode.Holder("0499370899", "4011234567", "زهرا احمدی"), NOW,
                NOW.plus(Duration.ofDays(180)), null, null, null, "ut", new IssuedCode.Extension(90, 0));
    }

    private static IssuedCode.Revocation revocation() {
        return new IssuedCode.Revocation(CodeRevoked.Category.ISSUED_IN_ERROR, "issued for the wrong student", NOW,
                "operator");
    }

    private static IssuedCode revoked(IssuedCode code) {
        return new IssuedCode(code.id(), code.requestId(), code.requestType(), code.holder(), code.issuedAt(),
                code.expiresAt(), code.typeNameFa(), code.typeNameEn(), revocation(), code.university(),
                code.extension());
    }
}
