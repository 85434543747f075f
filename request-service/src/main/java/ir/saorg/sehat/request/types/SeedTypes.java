package ir.saorg.sehat.request.types;

import java.time.Duration;
import java.util.List;

/**
 * The request types Sehat starts with, from the Sajad context, stored as version 1 of each type on first start
 * ({@link SeedingRequestTypes}). Operators change them, and add others, through the API. Two ask for an operator's
 * review (educational confirmation, foreign degree evaluation); which are paid is payment-service's tariff table's
 * to say (foreign degree evaluation has a tariff). None has a call window: they are always open.
 */
public final class SeedTypes {

    static final GuideField NATIONAL_ID = new GuideField("nationalId", "کد ملی", "National ID", FieldKind.NATIONAL_ID,
            true, 10, null, List.of(), "کد ملی ده‌رقمی دانشجو، با صفرهای ابتدایی (مانند ۰۴۹۹۳۷۰۸۹۹)",
            "The student's ten-digit national ID, with any leading zeros (e.g. 0499370899)");
    static final GuideField STUDENT_NUMBER = new GuideField("studentNumber", "شماره دانشجویی", "Student number",
            FieldKind.DIGITS, true, 20, null, List.of(), "همان‌گونه که در سامانهٔ آموزشی دانشگاه ثبت است، فقط رقم",
            "As recorded in the university's education system, digits only");
    static final GuideField FULL_NAME = new GuideField("fullName", "نام و نام خانوادگی", "Full name",
            FieldKind.PERSIAN_TEXT, true, 200, null, List.of(), "همان‌گونه که در کارت ملی آمده است",
            "As written on the national ID card");
    static final GuideField DEGREE = new GuideField("degree", "مقطع تحصیلی", "Degree", FieldKind.CHOICE, true, 32, null,
            List.of(new GuideField.Choice("ASSOCIATE", "کاردانی", "Associate"),
                    new GuideField.Choice("BACHELOR", "کارشناسی", "Bachelor"),
                    new GuideField.Choice("MASTER", "کارشناسی ارشد", "Master"),
                    new GuideField.Choice("DOCTORATE", "دکتری", "Doctorate")),
            "مقطعی که گواهی برای آن است؛ مقدار یا عنوان فارسی آن (مانند کارشناسی)",
            "The degree the certificate is for; its value or its label (e.g. BACHELOR or Bachelor)");
    static final GuideField GRADUATION_DATE = new GuideField("graduationDate", "تاریخ دانش‌آموختگی",
            "Graduation date", FieldKind.JALALI_DATE, true, 10, null, List.of(), "به تاریخ خورشیدی، مانند ۱۴۰۳/۰۶/۳۱",
            "Jalali date, e.g. 1403/06/31");
    static final GuideField COUNTRY = new GuideField("country", "کشور محل تحصیل", "Country of study", FieldKind.TEXT,
            true, 100, null, List.of(), "نام کشور به فارسی یا انگلیسی", "The country's name, in Persian or English");
    static final GuideField FOREIGN_UNIVERSITY = new GuideField("foreignUniversity", "نام دانشگاه خارجی",
            "Foreign university", FieldKind.TEXT, true, 300, null, List.of(),
            "نام کامل دانشگاه، همان‌گونه که در مدرک آمده است", "The university's full name, as written on the degree");

    public static final List<RequestType> ALL = List.of(
            new RequestType("ENROLMENT_CERTIFICATE", 1, "گواهی اشتغال به تحصیل", "Enrolment certificate",
                    List.of(NATIONAL_ID, STUDENT_NUMBER, FULL_NAME), Duration.ofDays(2), false, 180, 90, List.of()),
            new RequestType("EDUCATIONAL_CONFIRMATION", 1, "تاییدیه تحصیلی", "Educational confirmation",
                    List.of(NATIONAL_ID, STUDENT_NUMBER, FULL_NAME, DEGREE, GRADUATION_DATE), Duration.ofDays(7),
                    true, 365, 180, List.of()),
            new RequestType("PROVISIONAL_GRADUATION_CERTIFICATE", 1, "گواهی موقت پایان تحصیلات",
                    "Provisional graduation certificate",
                    List.of(NATIONAL_ID, STUDENT_NUMBER, FULL_NAME, DEGREE, GRADUATION_DATE), Duration.ofDays(5),
                    false, 365, 90, List.of()),
            new RequestType("FOREIGN_DEGREE_EVALUATION", 1, "ارزشنامه مدرک خارجی", "Foreign degree evaluation",
                    List.of(NATIONAL_ID, STUDENT_NUMBER, FULL_NAME, DEGREE, COUNTRY, FOREIGN_UNIVERSITY),
                    Duration.ofDays(14), true, 730, 0, List.of()));

    private SeedTypes() {
    }
}
