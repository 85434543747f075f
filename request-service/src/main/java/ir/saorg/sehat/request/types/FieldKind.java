package ir.saorg.sehat.request.types;

/**
 * What kind of value a guide field holds, which decides how it is normalised and checked. Persian and Arabic digits
 * are accepted everywhere and stored as Latin digits; Arabic ي and ك become Persian ی and ک.
 */
public enum FieldKind {
    /** Free text in any script, within the field's length and pattern. */
    TEXT,
    /** Text in Persian letters (with the zero-width non-joiner and spaces). */
    PERSIAN_TEXT,
    /** Digits only. */
    DIGITS,
    /** A ten-digit Iranian national ID (کد ملی) with a valid check digit. */
    NATIONAL_ID,
    /** A Jalali date, typed as year/month/day (e.g. ۱۴۰۳/۰۷/۱۵); stored as {@code 1403/07/15}. */
    JALALI_DATE,
    /** One of the field's allowed values. */
    CHOICE
}
