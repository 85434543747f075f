package ir.saorg.sehat.payment.tariff;

import java.util.List;

/** Where table versions are stored: one record per version, never changed once written. */
public interface TariffTables {

    /**
     * Stores a new version in one write. False, with nothing written, if the year already has a version with that
     * number (another upload, or another instance's seeding, got there first).
     */
    boolean insert(TariffTable table);

    /** Every version of the year, newest first; empty if the year has none. */
    TariffHistory historyOf(int fiscalYear);

    /** The current (latest) version of every year that has one, by year. */
    List<TariffTable> currentOfEveryYear();
}
