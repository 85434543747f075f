package ir.saorg.sehat.request.sla;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearestRankTest {

    @Test
    void picksTheValueAtTheRankRoundedUp() {
        int[] sorted = {15, 20, 35, 40, 50};

        assertThat(NearestRank.percentile(sorted, 5, 5)).isEqualTo(15);
        assertThat(NearestRank.percentile(sorted, 5, 30)).isEqualTo(20);
        assertThat(NearestRank.percentile(sorted, 5, 40)).isEqualTo(20);
        assertThat(NearestRank.percentile(sorted, 5, 50)).isEqualTo(35);
        assertThat(NearestRank.percentile(sorted, 5, 90)).isEqualTo(50);
        assertThat(NearestRank.percentile(sorted, 5, 100)).isEqualTo(50);
        assertThat(NearestRank.percentile(new int[] {7, 9}, 2, 50)).as("no averaging of the middle two").isEqualTo(7);
    }

    @Test
    void needsValues() {
        assertThatThrownBy(() -> NearestRank.percentile(new int[0], 0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NearestRank.percentile(new int[] {1}, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Brute force straight from the definition: the smallest value that at least p percent do not exceed. */
    @Property
    void isTheSmallestValueThatAtLeastPPercentDoNotExceed(
            @ForAll @Size(min = 1, max = 300) List<@IntRange(min = -1000, max = 1_000_000) Integer> values,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        int n = sorted.length;
        int expected = values.stream().sorted()
                .filter(v -> values.stream().filter(x -> x <= v).count() * 100 >= (long) percent * n)
                .findFirst().orElseThrow();

        assertThat(NearestRank.percentile(sorted, n, percent)).isEqualTo(expected);
    }
}
