package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.request.disputes.DisputeMessage.Side;
import ir.saorg.sehat.request.disputes.DisputeRefused.Why;

/**
 * Who is acting on a dispute, as their token says. Staff open disputes on their university's requests and reply;
 * operators answer and settle; administrators only read. Staff see their university's disputes, the others every one.
 *
 * @param id         the token's subject
 * @param role       the role they act in
 * @param university a staff member's university; null for the others, and for a staff token that names none
 */
public record Party(String id, Role role, String university) {

    /** The role a party acts in. */
    public enum Role {
        STAFF,
        OPERATOR,
        ADMIN
    }

    /** Whether they may see (and, in their role, act on) a request or dispute of this university. */
    public boolean sees(String otherUniversity) {
        return role != Role.STAFF || university != null && university.equals(otherUniversity);
    }

    /** The university their listings are limited to; null when they see every university. */
    String scope() {
        return role == Role.STAFF ? university : null;
    }

    /** Whether they see nothing at all: a staff token without a university. */
    boolean seesNothing() {
        return role == Role.STAFF && university == null;
    }

    /** The side they write for; administrators write for neither. */
    Side side() {
        return switch (role) {
            case STAFF -> Side.STAFF;
            case OPERATOR -> Side.OPERATOR;
            case ADMIN -> throw new DisputeRefused(Why.WRONG_ROLE);
        };
    }

    void mustBe(Role required) {
        if (role != required) {
            throw new DisputeRefused(Why.WRONG_ROLE);
        }
    }
}
