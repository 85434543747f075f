package ir.saorg.sehat.payment.tariff;

/** Text that is not a four-digit Jalali year, or (when uploading) a year outside {@code earliest..latest}. */
public class MalformedFiscalYearException extends RuntimeException {

    private final String input;
    private final int earliest;
    private final int latest;

    public MalformedFiscalYearException(String input) {
        this(input, 0, 0);
    }

    public MalformedFiscalYearException(String input, int earliest, int latest) {
        super("not a fiscal year: " + input);
        this.input = input;
        this.earliest = earliest;
        this.latest = latest;
    }

    public String input() {
        return input;
    }

    /** The range an upload accepts; 0 when only the form (four digits) was checked. */
    public int earliest() {
        return earliest;
    }

    public int latest() {
        return latest;
    }
}
