package ir.saorg.sehat.request.types;

import java.time.Duration;
import java.util.List;

/**
 * A kind of request a university may submit, with its guide.
 *
 * @param code             the stable code, e.g. {@code ENROLMENT_CERTIFICATE}
 * @param nameFa           the Persian name
 * @param nameEn           the English name
 * @param fields           the guide: the data fields a request of this type carries
 * @param targetTime       the agreement's target time from submission to the initial result
 * @param codeValidityDays how long codes of this type stay valid
 * @param maxExtensionDays how many days in all staff may extend a code's validity (0: not at all)
 */
public record RequestType(String code, String nameFa, String nameEn, List<GuideField> fields, Duration targetTime,
                          int codeValidityDays, int maxExtensionDays) {

    public RequestType {
        fields = List.copyOf(fields);
    }
}
