package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.events.IntegrationEvent;

import java.util.List;
import java.util.Map;

/**
 * One guarded change of a payment: applied atomically with its events, and only while the payment is still in
 * {@code from}. Two racing callbacks cannot both settle one payment.
 *
 * @param paymentId the payment (request) id
 * @param from      the only status the change may start from
 * @param to        the status it leads to
 * @param facts     other fields of {@link Payment} it sets, by name
 * @param events    the integration events it publishes
 */
public record PaymentTransition(String paymentId, PaymentStatus from, PaymentStatus to, Map<String, Object> facts,
                                List<IntegrationEvent> events) {
}
