package ir.saorg.sehat.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersianTextTest {

    @Test
    void turnsPersianAndArabicDigitsIntoLatin() {
        assertThat(PersianText.normalise("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
        assertThat(PersianText.normalise("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
    }

    @Test
    void turnsArabicYehAndKafIntoPersian() {
        assertThat(PersianText.normalise("علي كريمي")).isEqualTo("علی کریمی");
    }

    @Test
    void keepsTheZeroWidthNonJoinerAndTrimsTheEnds() {
        assertThat(PersianText.normalise("  محمد\u200Cرضا ")).isEqualTo("محمد\u200Cرضا");
    }
}
