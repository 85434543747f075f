package ir.saorg.sehat.payment.tariff;

/** A file larger than {@link TariffFileRules#maxFileBytes()}; it was not read. */
public class TariffFileTooLargeException extends RuntimeException {

    private final long size;
    private final long maxBytes;

    public TariffFileTooLargeException(long size, long maxBytes) {
        super("tariff file of " + size + " bytes; at most " + maxBytes);
        this.size = size;
        this.maxBytes = maxBytes;
    }

    public long size() {
        return size;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
