package ir.saorg.sehat.request.types;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A kind of request a university may submit, with its guide, as of one version. A request keeps the version it was
 * submitted under.
 *
 * @param code             the stable code, e.g. {@code ENROLMENT_CERTIFICATE}
 * @param version          1 for the first version; each change adds one
 * @param nameFa           the Persian name
 * @param nameEn           the English name
 * @param fields           the guide: the data fields a request of this type carries
 * @param targetTime       the agreement's target time from submission to the initial result
 * @param reviewRequired   whether an operator must approve each request before its code is issued
 * @param codeValidityDays how long codes of this type stay valid
 * @param maxExtensionDays how many days in all staff may extend a code's validity (0: not at all)
 * @param callWindows      when requests are accepted; empty means always
 * @param codesExpireWithCall whether codes issued for requests of a call expire when that call ends, however long
 *                         their validity (for documents that only mean something during the call)
 */
public record RequestType(String code, int version, String nameFa, String nameEn, List<GuideField> fields,
                          Duration targetTime, boolean reviewRequired, int codeValidityDays, int maxExtensionDays,
                          List<CallWindow> callWindows, boolean codesExpireWithCall) {

    public RequestType {
        fields = List.copyOf(fields);
        callWindows = callWindows == null ? List.of() : List.copyOf(callWindows);
    }

    /** A type whose codes keep their full validity after its call ends. */
    public RequestType(String code, int version, String nameFa, String nameEn, List<GuideField> fields,
                       Duration targetTime, boolean reviewRequired, int codeValidityDays, int maxExtensionDays,
                       List<CallWindow> callWindows) {
        this(code, version, nameFa, nameEn, fields, targetTime, reviewRequired, codeValidityDays, maxExtensionDays,
                callWindows, false);
    }

    /** The window open at {@code moment}; empty when none is (always open when the type has no windows). */
    public Optional<CallWindow> openWindowAt(Instant moment) {
        if (callWindows.isEmpty()) {
            return Optional.of(new CallWindow(Instant.MIN, Instant.MAX));
        }
        return callWindows.stream().filter(w -> w.contains(moment)).findFirst();
    }

    /** The next window to open after {@code moment}, if any. */
    public Optional<CallWindow> nextWindowAfter(Instant moment) {
        return callWindows.stream().filter(w -> w.opensAt().isAfter(moment))
                .min(Comparator.comparing(CallWindow::opensAt));
    }

    /** The last window that closed at or before {@code moment}, if any. */
    public Optional<CallWindow> lastWindowBefore(Instant moment) {
        return callWindows.stream().filter(w -> !w.closesAt().isAfter(moment))
                .max(Comparator.comparing(CallWindow::closesAt));
    }
}
