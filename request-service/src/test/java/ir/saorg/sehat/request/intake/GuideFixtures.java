package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.request.types.FieldKind;
import ir.saorg.sehat.request.types.GuideField;
import ir.saorg.sehat.request.types.RequestType;

import java.time.Duration;
import java.util.List;

/** A request type with a field of every kind, for the guide checks. */
final class GuideFixtures {

    static final GuideField NATIONAL_ID = new GuideField("nationalId", "کد ملی", "National ID", FieldKind.NATIONAL_ID,
            true, 10);
    static final GuideField STUDENT_NUMBER = new GuideField("studentNumber", "شماره دانشجویی", "Student number",
            FieldKind.DIGITS, true, 20);
    static final GuideField FULL_NAME = new GuideField("fullName", "نام و نام خانوادگی", "Full name",
            FieldKind.PERSIAN_TEXT, true, 200);
    static final GuideField DEGREE = new GuideField("degree", "مقطع", "Degree", FieldKind.CHOICE, true, 32, null,
            List.of(new GuideField.Choice("BACHELOR", "کارشناسی", "Bachelor"),
                    new GuideField.Choice("MASTER", "کارشناسی ارشد", "Master")), null, null);
    static final GuideField GRADUATION_DATE = new GuideField("graduationDate", "تاریخ دانش‌آموختگی",
            "Graduation date", FieldKind.JALALI_DATE, false, 10);
    static final GuideField NOTE = new GuideField("note", "یادداشت", "Note", FieldKind.TEXT, false, 50);
    static final GuideField POSTAL_CODE = new GuideField("postalCode", "کد پستی", "Postal code", FieldKind.DIGITS,
            false, 10, "[1-9][0-9]{9}", List.of(), "ده رقم، بی خط تیره", "Ten digits, no dashes");

    static final RequestType EVERY_KIND = new RequestType("EVERY_KIND", 1, "همه‌گونه", "Every kind",
            List.of(NATIONAL_ID, STUDENT_NUMBER, FULL_NAME, DEGREE, GRADUATION_DATE, NOTE, POSTAL_CODE),
            Duration.ofDays(2), false, 180, 0, List.of());

    /** A national ID whose check digit is right. */
    static final String VALID_ID = "0499370899";

    private GuideFixtures() {
    }

    static RequestType withFields(GuideField... fields) {
        return new RequestType("ONE_FIELD", 1, "یک", "One", List.of(fields), Duration.ofDays(1), false, 1, 0,
                List.of());
    }
}
