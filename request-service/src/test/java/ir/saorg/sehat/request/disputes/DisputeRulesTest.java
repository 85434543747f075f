package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.events.request.DisputeAnswered;
import ir.saorg.sehat.events.request.DisputeClosed;
import ir.saorg.sehat.events.request.DisputeOpened;
import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.request.disputes.DisputeMessage.Side;
import ir.saorg.sehat.request.disputes.DisputeRefused.Why;
import ir.saorg.sehat.request.disputes.Party.Role;
import ir.saorg.sehat.request.lifecycle.InMemoryRequests;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle.NewRequest;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.SagaFixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static ir.saorg.sehat.request.lifecycle.SagaFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a dispute, without a broker or a database: who may do what, when, and how it ends for good. */
class DisputeRulesTest {

    static final Party STAFF_UT = new Party("staff.ut", Role.STAFF, "ut");
    static final Party STAFF_SHARIF = new Party("staff.sharif", Role.STAFF, "sharif");
    static final Party STAFF_WITHOUT_UNIVERSITY = new Party("staff.none", Role.STAFF, null);
    static final Party OPERATOR = new Party("operator", Role.OPERATOR, null);
    static final Party ADMIN = new Party("admin", Role.ADMIN, null);
    static final String REASON = "  معدل دانشجو در گواهی اشتباه درج شده است.  ";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryRequests requests = new InMemoryRequests();
    private final RequestLifecycle lifecycle = new RequestLifecycle(requests, SagaFixtures.Catalogue.seeds(), clock);
    private final InMemoryDisputes disputes = new InMemoryDisputes();
    private final FindingDisputes finding = new FindingDisputes(disputes);
    private final ClosingOverdueDisputes deadlines = new ClosingOverdueDisputes(disputes, clock);
    private final OpeningDispute opening = new OpeningDispute(requests, disputes, NegotiationPeriod.oneMonth(), clock);
    private final NegotiatingDispute negotiating = new NegotiatingDispute(disputes, finding, deadlines, clock);
    private final SettlingDispute settling = new SettlingDispute(disputes, finding, deadlines, clock);

    @Test
    void staffOfTheRequestsUniversityDisputeItsOutcomeForOneJalaliMonth() {
        Request request = issued("ut");

        Dispute dispute = opening.open(request.id(), STAFF_UT, REASON);

        assertThat(dispute.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(dispute.reason()).isEqualTo(REASON.strip());
        assertThat(dispute.requestStatus()).isEqualTo("CODE_ISSUED");
        assertThat(dispute.university()).isEqualTo("ut");
        assertThat(dispute.closesAt()).as("4 Azar 1405 08:00Z → 4 Dey 1405, 30 days in Azar")
                .isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(dispute.waitingFor()).isEqualTo(Side.OPERATOR);
        assertThat(disputes.published(DisputeOpened.class)).singleElement().satisfies(opened -> {
            assertThat(opened.requestId()).hasToString(request.id());
            assertThat(opened.disputeId()).hasToString(dispute.id());
            assertThat(opened.university()).isEqualTo("ut");
            assertThat(opened.reason()).isEqualTo(REASON.strip());
            assertThat(opened.closesAt()).isEqualTo(dispute.closesAt());
        });
    }

    @Test
    void everyOutcomeMayBeDisputedButNothingBeforeIt() {
        Request rejected = underReview();
        lifecycle.reject(rejected.id(), "operator", "مدرک خوانا نیست");
        Request failed = submitted("ut");
        lifecycle.onPaymentWaived(SagaFixtures.waived(failed));
        lifecycle.onCodeIssueFailed(SagaFixtures.issueFailed(failed));

        assertThat(opening.open(rejected.id(), STAFF_UT, REASON).requestStatus()).isEqualTo("REJECTED");
        assertThat(opening.open(failed.id(), STAFF_UT, REASON).requestStatus()).isEqualTo("CODE_ISSUE_FAILED");
        assertRefused(() -> opening.open(submitted("ut").id(), STAFF_UT, REASON), Why.NO_OUTCOME_YET, "SUBMITTED");
        assertRefused(() -> opening.open(underReview().id(), STAFF_UT, REASON), Why.NO_OUTCOME_YET, "UNDER_REVIEW");
        Request cancelled = submitted("ut");
        lifecycle.cancel(cancelled.id(), "staff.ut", null);
        assertRefused(() -> opening.open(cancelled.id(), STAFF_UT, REASON), Why.NO_OUTCOME_YET, "CANCELLED");
        assertThat(disputes.published(DisputeOpened.class)).hasSize(2);
    }

    @Test
    void anotherUniversitysStaffFindNeitherTheRequestNorItsDispute() {
        Request request = issued("ut");
        Dispute dispute = opening.open(request.id(), STAFF_UT, REASON);

        assertRefused(() -> opening.open(request.id(), STAFF_SHARIF, REASON), Why.REQUEST_NOT_FOUND, request.id());
        assertRefused(() -> opening.open(request.id(), STAFF_WITHOUT_UNIVERSITY, REASON), Why.REQUEST_NOT_FOUND,
                request.id());
        assertRefused(() -> opening.open(UUID.randomUUID().toString(), STAFF_UT, REASON), Why.REQUEST_NOT_FOUND);
        assertRefused(() -> finding.one(dispute.id(), STAFF_SHARIF), Why.DISPUTE_NOT_FOUND, dispute.id());
        assertRefused(() -> negotiating.write(dispute.id(), STAFF_SHARIF, "پاسخ"), Why.DISPUTE_NOT_FOUND);
        assertThat(finding.list(null, STAFF_SHARIF, 0, 20).items()).isEmpty();
        assertThat(finding.list(null, STAFF_WITHOUT_UNIVERSITY, 0, 20).items()).isEmpty();
        assertThat(finding.list(null, STAFF_UT, 0, 20).items()).extracting(Dispute::id).containsExactly(dispute.id());
        assertThat(finding.one(dispute.id(), OPERATOR)).isEqualTo(finding.one(dispute.id(), ADMIN));
        assertThat(disputes.publishedCount()).isEqualTo(1);
    }

    @Test
    void staffOpenAndReplyOperatorsAnswerAndSettleAdministratorsOnlyRead() {
        Request request = issued("ut");
        assertRefused(() -> opening.open(request.id(), OPERATOR, REASON), Why.WRONG_ROLE);
        assertRefused(() -> opening.open(request.id(), ADMIN, REASON), Why.WRONG_ROLE);
        Dispute dispute = opening.open(request.id(), STAFF_UT, REASON);

        assertRefused(() -> negotiating.write(dispute.id(), ADMIN, "نظر من"), Why.WRONG_ROLE);
        assertRefused(() -> settling.settle(dispute.id(), STAFF_UT, "پذیرفته شد"), Why.WRONG_ROLE);
        assertRefused(() -> settling.settle(dispute.id(), ADMIN, "پذیرفته شد"), Why.WRONG_ROLE);

        assertThat(finding.list(DisputeStatus.OPEN, ADMIN, 0, 20).items()).extracting(Dispute::id)
                .containsExactly(dispute.id());
        assertThat(disputes.publishedCount()).isEqualTo(1);
    }

    @Test
    void operatorsAnswersAreToldToTheStaffAndStaffRepliesWaitInTheThread() {
        Dispute dispute = opening.open(issued("ut").id(), STAFF_UT, REASON);

        clock.advance(Duration.ofHours(1));
        Dispute answered = negotiating.write(dispute.id(), OPERATOR, "  کارنامهٔ رسمی را بفرستید.  ");
        clock.advance(Duration.ofHours(1));
        Dispute replied = negotiating.write(dispute.id(), STAFF_UT, "کارنامه پیوست شد.");

        assertThat(answered.waitingFor()).isEqualTo(Side.STAFF);
        assertThat(replied.waitingFor()).isEqualTo(Side.OPERATOR);
        assertThat(replied.messages()).extracting(DisputeMessage::by, DisputeMessage::side, DisputeMessage::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("operator", Side.OPERATOR,
                                "کارنامهٔ رسمی را بفرستید."),
                        org.assertj.core.groups.Tuple.tuple("staff.ut", Side.STAFF, "کارنامه پیوست شد."));
        assertThat(disputes.published(DisputeAnswered.class)).singleElement().satisfies(a -> {
            assertThat(a.answer()).isEqualTo("کارنامهٔ رسمی را بفرستید.");
            assertThat(a.university()).isEqualTo("ut");
            assertThat(a.occurredAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        });
        assertThat(disputes.publishedCount()).as("opened, answered; the reply publishes nothing").isEqualTo(2);
    }

    @Test
    void aSettledDisputeIsClosedForGoodAndTheRequestCannotBeDisputedAgain() {
        Request request = issued("ut");
        Dispute dispute = opening.open(request.id(), STAFF_UT, REASON);
        assertRefused(() -> opening.open(request.id(), STAFF_UT, "دوباره"), Why.ALREADY_OPEN, dispute.id());

        Dispute settled = settling.settle(dispute.id(), OPERATOR, "معدل اصلاح و کد تازه صادر می‌شود.");

        assertThat(settled.status()).isEqualTo(DisputeStatus.CLOSED);
        assertThat(settled.outcome()).isEqualTo(DisputeClosed.Outcome.SETTLED);
        assertThat(settled.closedBy()).isEqualTo("operator");
        assertThat(disputes.published(DisputeClosed.class)).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(DisputeClosed.Outcome.SETTLED);
            assertThat(c.decision()).isEqualTo("معدل اصلاح و کد تازه صادر می‌شود.");
        });
        int published = disputes.publishedCount();
        assertRefused(() -> settling.settle(dispute.id(), OPERATOR, "تصمیم دیگر"), Why.CLOSED, dispute.id());
        assertRefused(() -> negotiating.write(dispute.id(), STAFF_UT, "قبول نداریم"), Why.CLOSED, dispute.id());
        assertRefused(() -> negotiating.write(dispute.id(), OPERATOR, "توضیح"), Why.CLOSED, dispute.id());
        assertRefused(() -> opening.open(request.id(), STAFF_UT, "اعتراض تازه"), Why.CLOSED, dispute.id());
        assertThat(disputes.publishedCount()).isEqualTo(published);
    }

    @Test
    void textIsStrippedAndMustHoldOneToFourThousandCharacters() {
        Request request = issued("ut");
        assertRefused(() -> opening.open(request.id(), STAFF_UT, null), Why.TEXT_EMPTY);
        assertRefused(() -> opening.open(request.id(), STAFF_UT, " \n\t "), Why.TEXT_EMPTY);
        assertRefused(() -> opening.open(request.id(), STAFF_UT, "ب".repeat(4001)), Why.TEXT_TOO_LONG, 4000);
        Dispute dispute = opening.open(request.id(), STAFF_UT, " " + "ب".repeat(4000) + " ");
        assertThat(dispute.reason()).hasSize(4000);

        assertRefused(() -> negotiating.write(dispute.id(), OPERATOR, ""), Why.TEXT_EMPTY);
        assertRefused(() -> settling.settle(dispute.id(), OPERATOR, "ب".repeat(4001)), Why.TEXT_TOO_LONG);
        assertThat(negotiating.write(dispute.id(), OPERATOR, "😀".repeat(4000)).messages())
                .as("4,000 characters, as JSON Schema counts them, though 8,000 UTF-16 units").hasSize(1);
        assertThat(disputes.publishedCount()).isEqualTo(2);
    }

    @Test
    void anUnansweredDisputeTimesOutAtItsDeadlineWithTheOrganizationsDecisionStanding() {
        Dispute dispute = opening.open(issued("ut").id(), STAFF_UT, REASON);
        negotiating.write(dispute.id(), STAFF_UT, "منتظر پاسخیم.");

        clock.set(dispute.closesAt().minusMillis(1));
        assertThat(deadlines.closeDue()).isZero();
        clock.set(dispute.closesAt());
        assertThat(deadlines.closeDue()).isEqualTo(1);
        assertThat(deadlines.closeDue()).isZero();

        Dispute closed = finding.one(dispute.id(), OPERATOR);
        assertThat(closed.status()).isEqualTo(DisputeStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(DisputeClosed.Outcome.TIMED_OUT);
        assertThat(closed.decision()).isEqualTo(ClosingOverdueDisputes.STANDING_DECISION);
        assertThat(closed.closedAt()).isEqualTo(dispute.closesAt());
        assertThat(disputes.published(DisputeClosed.class)).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(DisputeClosed.Outcome.TIMED_OUT);
            assertThat(c.occurredAt()).isEqualTo(dispute.closesAt());
            assertThat(c.decision()).isEqualTo(ClosingOverdueDisputes.STANDING_DECISION);
        });
    }

    @Test
    void aDisputeThatTimesOutKeepsTheOperatorsLastAnswerAsTheDecision() {
        Dispute dispute = opening.open(issued("ut").id(), STAFF_UT, REASON);
        negotiating.write(dispute.id(), OPERATOR, "کارنامه را بفرستید.");
        negotiating.write(dispute.id(), STAFF_UT, "فرستادیم.");
        negotiating.write(dispute.id(), OPERATOR, "کارنامه بررسی شد؛ معدل درست درج شده است.");
        negotiating.write(dispute.id(), STAFF_UT, "قبول نداریم.");

        clock.set(dispute.closesAt().plus(Duration.ofDays(3)));
        deadlines.closeDue();

        assertThat(finding.one(dispute.id(), STAFF_UT).decision()).isEqualTo("کارنامه بررسی شد؛ معدل درست درج شده است.");
        assertThat(disputes.published(DisputeClosed.class)).singleElement()
                .extracting(DisputeClosed::decision).isEqualTo("کارنامه بررسی شد؛ معدل درست درج شده است.");
    }

    @Test
    void nobodyWritesToANegotiationPastItsDeadlineEvenBeforeTheJobComesBy() {
        Dispute dispute = opening.open(issued("ut").id(), STAFF_UT, REASON);
        clock.set(dispute.closesAt());

        assertRefused(() -> settling.settle(dispute.id(), OPERATOR, "دیر"), Why.CLOSED, dispute.id());
        assertRefused(() -> negotiating.write(dispute.id(), STAFF_UT, "دیر"), Why.CLOSED, dispute.id());

        assertThat(finding.one(dispute.id(), OPERATOR).outcome()).isEqualTo(DisputeClosed.Outcome.TIMED_OUT);
        assertThat(disputes.published(DisputeClosed.class)).hasSize(1);
        assertThat(deadlines.closeDue()).isZero();
    }

    @Test
    void listsOpenDisputesEarliestDeadlineFirstAndTheRestNewestFirst() {
        Dispute first = opening.open(issued("ut").id(), STAFF_UT, REASON);
        clock.advance(Duration.ofDays(1));
        Dispute second = opening.open(issued("sharif").id(), STAFF_SHARIF, REASON);
        clock.advance(Duration.ofDays(1));
        Dispute third = opening.open(issued("ut").id(), STAFF_UT, REASON);
        settling.settle(third.id(), OPERATOR, "پذیرفته شد");

        assertThat(finding.list(DisputeStatus.OPEN, OPERATOR, 0, 20).items()).extracting(Dispute::id)
                .containsExactly(first.id(), second.id());
        assertThat(finding.list(null, OPERATOR, 0, 20).items()).extracting(Dispute::id)
                .containsExactly(third.id(), second.id(), first.id());
        Disputes.Page page = finding.list(null, OPERATOR, 1, 2);
        assertThat(page.items()).extracting(Dispute::id).containsExactly(first.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(finding.list(DisputeStatus.CLOSED, STAFF_UT, 0, 20).items()).extracting(Dispute::id)
                .containsExactly(third.id());
    }

    private Request submitted(String university) {
        return lifecycle.submit(new NewRequest(SagaFixtures.type("ENROLMENT_CERTIFICATE"), SagaFixtures.student(),
                "staff." + university, university, null, null, null)).orElseThrow();
    }

    private Request issued(String university) {
        Request request = submitted(university);
        lifecycle.onPaymentWaived(SagaFixtures.waived(request));
        lifecycle.onCodeIssued(SagaFixtures.issued(request));
        assertThat(requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.CODE_ISSUED);
        return request;
    }

    private Request underReview() {
        Request request = lifecycle.submit(new NewRequest(SagaFixtures.type("FOREIGN_DEGREE_EVALUATION"),
                SagaFixtures.graduate(), "staff.ut", "ut", null, null, null)).orElseThrow();
        lifecycle.onPaymentWaived(SagaFixtures.waived(request));
        return request;
    }

    private static void assertRefused(ThrowingCallable action, Why why, Object... arguments) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DisputeRefused.class, refused -> {
            assertThat(refused.why()).isEqualTo(why);
            if (arguments.length > 0) {
                assertThat(refused.arguments()).containsExactly(arguments);
            }
        });
    }
}
