package ir.saorg.sehat.payment.tariff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TariffTableChangeTest {

    @Test
    void listsAddedRemovedAndChangedRowsWithOldAndNewAmounts() {
        var before = List.of(new TariffRow("ENROLMENT_CERTIFICATE", 1000, null),
                new TariffRow("FOREIGN_DEGREE_EVALUATION", 5000, "قدیم"),
                new TariffRow("EDUCATIONAL_CONFIRMATION", 0, null));
        var after = List.of(new TariffRow("PROVISIONAL_GRADUATION_CERTIFICATE", 700, null),
                new TariffRow("FOREIGN_DEGREE_EVALUATION", 6000, "جدید"),
                new TariffRow("ENROLMENT_CERTIFICATE", 1000, null));

        var change = TariffTableChange.between(before, after);

        assertThat(change.added()).containsExactly(new TariffRow("PROVISIONAL_GRADUATION_CERTIFICATE", 700, null));
        assertThat(change.removed()).containsExactly(new TariffRow("EDUCATIONAL_CONFIRMATION", 0, null));
        assertThat(change.changed()).containsExactly(
                new TariffTableChange.ChangedRow("FOREIGN_DEGREE_EVALUATION", 5000, 6000, "قدیم", "جدید"));
        assertThat(change.isEmpty()).isFalse();
    }

    @Test
    void aChangedNoteAloneIsAChange() {
        var change = TariffTableChange.between(List.of(new TariffRow("ENROLMENT_CERTIFICATE", 1000, null)),
                List.of(new TariffRow("ENROLMENT_CERTIFICATE", 1000, "مصوبه")));

        assertThat(change.changed()).containsExactly(
                new TariffTableChange.ChangedRow("ENROLMENT_CERTIFICATE", 1000, 1000, null, "مصوبه"));
    }

    @Test
    void theSameRowsInAnotherOrderAreNoChange() {
        var a = new TariffRow("ENROLMENT_CERTIFICATE", 1000, "x");
        var b = new TariffRow("FOREIGN_DEGREE_EVALUATION", 0, null);

        assertThat(TariffTableChange.between(List.of(a, b), List.of(b, a)).isEmpty()).isTrue();
    }

    @Test
    void everyRowOfAFirstVersionIsAdded() {
        var rows = List.of(new TariffRow("FOREIGN_DEGREE_EVALUATION", 5000, null),
                new TariffRow("ENROLMENT_CERTIFICATE", 1000, null));

        var change = TariffTableChange.between(List.of(), rows);

        assertThat(change.added()).extracting(TariffRow::requestType)
                .containsExactly("ENROLMENT_CERTIFICATE", "FOREIGN_DEGREE_EVALUATION");
        assertThat(change.removed()).isEmpty();
        assertThat(change.changed()).isEmpty();
    }
}
