package ir.saorg.sehat.request.types;

/** What kind of value a guide field holds, which decides how it is normalised and checked. */
public enum FieldKind {
    /** A ten-digit Iranian national ID (کد ملی) with a valid checksum. */
    NATIONAL_ID,
    /** Digits only; Persian and Arabic digits are accepted and normalised. */
    DIGITS,
    /** Text in Persian letters; Arabic ي and ك are accepted and normalised to ی and ک. */
    PERSIAN_TEXT
}
