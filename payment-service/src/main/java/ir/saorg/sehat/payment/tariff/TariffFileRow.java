package ir.saorg.sehat.payment.tariff;

/**
 * A row as read from a file, before it is checked: the cells as text.
 *
 * @param row         its number (see {@link TariffFileError#row()})
 * @param requestType the request type cell, or null
 * @param amount      the amount cell, or null
 * @param note        the note cell, or null
 */
record TariffFileRow(int row, String requestType, String amount, String note) {
}
