package ir.saorg.sehat.payment.tariff;

import java.util.OptionalLong;

/** The budget tables: the tariff in rials of a request type in a fiscal year, if the table has one. */
public interface Tariffs {

    OptionalLong of(String requestType, int fiscalYear);
}
