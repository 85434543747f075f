package ir.saorg.sehat.request.intake;

import java.util.Map;

/**
 * A staff member asks for a verification code.
 *
 * @param type   the request type's code
 * @param fields the guide's fields, as typed
 */
public record SubmitRequest(String type, Map<String, String> fields) {
}
