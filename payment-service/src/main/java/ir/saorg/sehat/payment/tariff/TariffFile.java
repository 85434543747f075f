package ir.saorg.sehat.payment.tariff;

/**
 * An uploaded table file, as it arrived.
 *
 * @param content     its bytes
 * @param name        the file name, or null for a bare request body
 * @param contentType the declared media type, or null
 */
public record TariffFile(byte[] content, String name, String contentType) {

    public TariffFile {
        content = content == null ? new byte[0] : content;
    }

    /** Where the table came from, as recorded with the version. */
    public String source() {
        return name == null || name.isBlank() ? "request body" : name.strip();
    }
}
