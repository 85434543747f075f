package ir.saorg.sehat.request.query;

import ir.saorg.sehat.request.lifecycle.RequestStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListingRulesTest {

    static final RequestFilter ALL = new RequestFilter(null, Set.of(), Set.of(), null, null, null, null);

    @Test
    void masksTheNationalIdButItsFirstThreeAndLastTwoDigits() {
        assertThat(NationalIdMask.of("0499370899")).isEqualTo("049*****99");
        assertThat(NationalIdMask.of("12345")).isEqualTo("*****");
        assertThat(NationalIdMask.of(null)).isNull();
    }

    @Test
    void readsAStudentInAnyDigitsWithSpacesAndDashes() {
        assertThat(StudentKey.of("۰۴۹-۹۳۷۰ ۸۹۹")).contains("0499370899");
        assertThat(StudentKey.of("٤٠١١٢٣٤٥٦٧")).contains("4011234567");
        assertThat(StudentKey.of("049937089x")).isEmpty();
        assertThat(StudentKey.of("1".repeat(21))).isEmpty();
        assertThat(StudentKey.of(" ")).isEmpty();
    }

    @Property
    void aStudentTypedInPersianDigitsIsTheSameStudent(@ForAll("digits") String latin) {
        String persian = latin.chars().mapToObj(c -> String.valueOf((char) ('۰' + (c - '0'))))
                .reduce("", String::concat);

        assertThat(StudentKey.of(persian)).contains(latin);
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    }

    @Test
    void saysWhetherAnotherPageFollowsWithoutCounting() {
        var listing = new ListingRequests(new Listed(45));

        var first = listing.list(ALL, 0, 20);
        var last = listing.list(ALL, 2, 20);
        var exact = new ListingRequests(new Listed(40)).list(ALL, 1, 20);

        assertThat(first.items()).hasSize(20);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).hasSize(5);
        assertThat(last.hasNext()).isFalse();
        assertThat(exact.items()).hasSize(20);
        assertThat(exact.hasNext()).isFalse();
    }

    @Test
    void refusesPagesBeyondTheDepthLimitAndSizesOutOfRange() {
        var listing = new ListingRequests(new Listed(0));

        assertThat(listing.list(ALL, 49, 200).items()).isEmpty();
        assertThatThrownBy(() -> listing.list(ALL, 50, 200)).isInstanceOf(ListingRequests.TooDeepException.class);
        assertThatThrownBy(() -> listing.list(ALL, 0, 201)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> listing.list(ALL, -1, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A store holding {@code count} requests, newest first. */
    private record Listed(int count) implements RequestListing {

        @Override
        public List<ListedRequest> newestFirst(RequestFilter filter, int skip, int limit) {
            List<ListedRequest> all = new ArrayList<>();
            IntStream.range(0, count).forEach(i -> all.add(new ListedRequest(UUID.randomUUID().toString(),
                    "ENROLMENT_CERTIFICATE", "ut", RequestStatus.SUBMITTED, Map.of(),
                    Instant.EPOCH.plusSeconds(count - i), null, null, null)));
            return all.stream().skip(skip).limit(limit).toList();
        }
    }
}
