package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.request.types.RequestType;

import java.time.Instant;
import java.util.UUID;

/** What code-service needs to issue a request's code, as one RequestApproved. */
final class Approvals {

    private Approvals() {
    }

    /**
     * @param type         the type version the request was submitted under
     * @param replacesCode the code the new one replaces, when the request corrects an issued record; else null
     */
    static RequestApproved of(Request request, RequestType type, Instant now, String replacesCode) {
        var holder = new RequestApproved.Holder(request.fields().get("nationalId"),
                request.fields().get("studentNumber"), request.fields().get("fullName"));
        return new RequestApproved(UUID.randomUUID(), now, UUID.fromString(request.id()), type.code(), holder,
                type.codeValidityDays(), new RequestApproved.TypeName(type.nameFa(), type.nameEn()),
                request.university(), type.maxExtensionDays(), replacesCode,
                type.codesExpireWithCall() ? request.callClosesAt() : null);
    }
}
