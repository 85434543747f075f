package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Codes in memory, with the store's rules (digits unique, one code per request, one revocation), recording the events written. */
public class InMemoryCodes implements Codes {

    public final Map<String, IssuedCode> stored = new ConcurrentHashMap<>();
    public final List<IntegrationEvent> published = new ArrayList<>();

    @Override
    public synchronized Insert insert(IssuedCode code, List<IntegrationEvent> events) {
        if (stored.values().stream().anyMatch(other -> other.requestId().equals(code.requestId()))) {
            return Insert.REQUEST_HAS_CODE;
        }
        if (stored.putIfAbsent(code.id(), code) != null) {
            return Insert.CODE_TAKEN;
        }
        published.addAll(events);
        return Insert.STORED;
    }

    public final Map<String, IssueFailure> failures = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean recordFailure(IssueFailure failure, List<IntegrationEvent> events) {
        if (failures.putIfAbsent(failure.requestId(), failure) != null) {
            return false;
        }
        published.addAll(events);
        return true;
    }

    @Override
    public Optional<IssuedCode> byRequest(String requestId) {
        return stored.values().stream().filter(c -> c.requestId().equals(requestId)).findFirst();
    }

    @Override
    public synchronized boolean replace(String old, String replacement, IssuedCode.Revocation revocation,
                                        List<IntegrationEvent> events) {
        if (revoke(old, revocation, events)) {
            return true;
        }
        IssuedCode code = stored.get(old);
        if (code == null || code.revocation().replacedBy() != null) {
            return false;
        }
        var r = code.revocation();
        stored.put(old, new IssuedCode(code.id(), code.requestId(), code.requestType(), code.holder(),
                code.issuedAt(), code.expiresAt(), code.typeNameFa(), code.typeNameEn(),
                new IssuedCode.Revocation(r.category(), r.reason(), r.revokedAt(), r.revokedBy(), replacement),
                code.university(), code.extension()));
        return true;
    }

    @Override
    public Optional<IssuedCode> byCode(String digits) {
        return Optional.ofNullable(stored.get(digits));
    }

    @Override
    public synchronized boolean extend(String digits, Instant expected, Instant expiresAt, int usedDays,
                                       List<IntegrationEvent> events) {
        IssuedCode code = stored.get(digits);
        if (code == null || code.revocation() != null || !code.expiresAt().equals(expected)) {
            return false;
        }
        stored.put(digits, new IssuedCode(code.id(), code.requestId(), code.requestType(), code.holder(),
                code.issuedAt(), expiresAt, code.typeNameFa(), code.typeNameEn(), null, code.university(),
                new IssuedCode.Extension(code.extension().maxDays(), usedDays)));
        published.addAll(events);
        return true;
    }

    @Override
    public synchronized boolean revoke(String digits, IssuedCode.Revocation revocation, List<IntegrationEvent> events) {
        IssuedCode code = stored.get(digits);
        if (code == null || code.revocation() != null) {
            return false;
        }
        stored.put(digits, new IssuedCode(code.id(), code.requestId(), code.requestType(), code.holder(),
                code.issuedAt(), code.expiresAt(), code.typeNameFa(), code.typeNameEn(), revocation,
                code.university(), code.extension()));
        published.addAll(events);
        return true;
    }
}
