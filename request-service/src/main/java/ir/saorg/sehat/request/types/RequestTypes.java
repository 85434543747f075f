package ir.saorg.sehat.request.types;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The request types Sehat accepts. These seed types come from the Sajad context; operators' own types, call
 * windows and guide versions arrive with the request-types feature.
 */
public final class RequestTypes {

    private static final List<GuideField> STUDENT_FIELDS = List.of(
            new GuideField("nationalId", "کد ملی", "National ID", FieldKind.NATIONAL_ID, true, 10),
            new GuideField("studentNumber", "شماره دانشجویی", "Student number", FieldKind.DIGITS, true, 20),
            new GuideField("fullName", "نام و نام خانوادگی", "Full name", FieldKind.PERSIAN_TEXT, true, 200));

    private static final List<RequestType> SEED = List.of(
            new RequestType("ENROLMENT_CERTIFICATE", "گواهی اشتغال به تحصیل", "Enrolment certificate",
                    STUDENT_FIELDS, Duration.ofDays(2), 180, 90),
            new RequestType("EDUCATIONAL_CONFIRMATION", "تاییدیه تحصیلی", "Educational confirmation",
                    STUDENT_FIELDS, Duration.ofDays(7), 365, 180),
            new RequestType("PROVISIONAL_GRADUATION_CERTIFICATE", "گواهی موقت پایان تحصیلات",
                    "Provisional graduation certificate", STUDENT_FIELDS, Duration.ofDays(5), 365, 90),
            new RequestType("FOREIGN_DEGREE_EVALUATION", "ارزشنامه مدرک خارجی", "Foreign degree evaluation",
                    STUDENT_FIELDS, Duration.ofDays(14), 730, 0));

    private RequestTypes() {
    }

    public static List<RequestType> all() {
        return SEED;
    }

    public static Optional<RequestType> byCode(String code) {
        return SEED.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
