package ir.saorg.sehat.payment.tariff;

/**
 * What one request type costs in one fiscal year, and which version of the year's table said so.
 *
 * @param requestType  the request type's code
 * @param fiscalYear   the Jalali fiscal year
 * @param amountRials  the amount in rials; zero means free
 * @param tableVersion the version of the year's table the amount comes from
 */
public record Tariff(String requestType, int fiscalYear, long amountRials, int tableVersion) {
}
