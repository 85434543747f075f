package ir.saorg.sehat.request.sla;

import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.sla.MeasuringSla.TooManyToMeasureException;
import ir.saorg.sehat.request.types.SeededTypeCatalogue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import static ir.saorg.sehat.request.lifecycle.RequestStatus.APPROVED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CANCELLED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CODE_ISSUED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasuringSlaTest {

    static final String ENROLMENT = "ENROLMENT_CERTIFICATE";
    static final String CONFIRMATION = "EDUCATIONAL_CONFIRMATION";
    static final Duration TWO_DAYS = Duration.ofDays(2);
    static final Instant START = Instant.parse("2024-09-21T20:30:00Z");
    static final Instant NOW = START.plus(Duration.ofDays(10));
    static final SlaScope EVERYTHING = new SlaScope(START, NOW, null, Set.of());

    final InMemorySlaRecords records = new InMemorySlaRecords();
    final MeasuringSla measuring = new MeasuringSla(records, new SeededTypeCatalogue(), new MutableClock(NOW), 1000);

    @Test
    void measuresBothClocksAgainstEachRequestsDueTime() {
        Instant s = START.plus(Duration.ofHours(1));
        records.add(
                sample(ENROLMENT, CODE_ISSUED, s, TWO_DAYS, days(1), days(1).plusHours(1), null),
                sample(ENROLMENT, CODE_ISSUED, s, TWO_DAYS, days(3), days(3).plusHours(1), null),
                sample(ENROLMENT, APPROVED, NOW.minus(days(3)), TWO_DAYS, null, null, null),
                sample(ENROLMENT, APPROVED, NOW.minus(days(1)), TWO_DAYS, null, null, null),
                sample(ENROLMENT, CANCELLED, s, TWO_DAYS, null, null, null),
                sample(ENROLMENT, CODE_ISSUED, s, TWO_DAYS, TWO_DAYS, null, null),
                sample(ENROLMENT, REJECTED, s, TWO_DAYS, Duration.ofHours(12), Duration.ofHours(13), null),
                sample(CONFIRMATION, CODE_ISSUED, s, days(7), days(1), days(1), null));

        SlaReport report = measuring.measure(EVERYTHING);

        TypeFigures enrolment = figuresOf(report, ENROLMENT);
        assertThat(enrolment.submitted()).isEqualTo(7);
        assertThat(enrolment.target()).isEqualTo(TWO_DAYS);
        assertThat(enrolment.breaches()).as("one late result, one open past its due time").isEqualTo(2);
        assertThat(enrolment.initialResult()).isEqualTo(new ClockFigures(4, Duration.ofSeconds(140_400),
                days(1), days(3), 3, 1, 1));
        assertThat(enrolment.initialResult().shareWithinTarget()).isEqualTo(0.75);
        assertThat(enrolment.announcedResult()).as("a code nobody was told of is still waiting past its due time")
                .isEqualTo(new ClockFigures(3, Duration.ofSeconds(133_200), days(1).plusHours(1),
                        days(3).plusHours(1), 2, 1, 2));
        assertThat(figuresOf(report, CONFIRMATION).initialResult().stopped()).isEqualTo(1);
    }

    @Test
    void countsAMarkedRequestAsBreachedWhateverCameAfter() {
        records.add(sample(ENROLMENT, CODE_ISSUED, START, TWO_DAYS, TWO_DAYS.minusMinutes(1), null,
                START.plus(TWO_DAYS).plusSeconds(30)));

        TypeFigures enrolment = figuresOf(measuring.measure(EVERYTHING), ENROLMENT);

        assertThat(enrolment.breaches()).isEqualTo(1);
        assertThat(enrolment.initialResult().withinTarget()).as("its result itself was in time").isEqualTo(1);
    }

    @Test
    void listsEveryTypeAskedForEvenWithoutRequests() {
        SlaReport all = measuring.measure(EVERYTHING);
        SlaReport one = measuring.measure(new SlaScope(START, NOW, null, Set.of(CONFIRMATION)));

        assertThat(all.types()).extracting(TypeFigures::type).containsExactlyInAnyOrderElementsOf(
                new SeededTypeCatalogue().all().stream().map(t -> t.code()).toList());
        assertThat(all.types()).allSatisfy(t -> {
            assertThat(t.submitted()).isZero();
            assertThat(t.initialResult().mean()).isNull();
            assertThat(t.initialResult().shareWithinTarget()).isNull();
        });
        assertThat(one.types()).extracting(TypeFigures::type).containsExactly(CONFIRMATION);
    }

    @Test
    void measuresOnlyTheRangeAndTheUniversity() {
        records.add(sample(ENROLMENT, APPROVED, START.minusMillis(1), TWO_DAYS, null, null, null),
                sample(ENROLMENT, APPROVED, NOW, TWO_DAYS, null, null, null),
                sample(ENROLMENT, APPROVED, START, TWO_DAYS, null, null, null));
        records.add(new SlaSample(UUID.randomUUID().toString(), ENROLMENT, "sharif", APPROVED, START,
                START.plus(TWO_DAYS), null, null, null));

        assertThat(figuresOf(measuring.measure(new SlaScope(START, NOW, "ut", Set.of())), ENROLMENT).submitted())
                .isEqualTo(1);
        assertThat(figuresOf(measuring.measure(EVERYTHING), ENROLMENT).submitted()).isEqualTo(2);
    }

    @Test
    void refusesToMeasureMoreThanItsLimit() {
        var small = new MeasuringSla(records, new SeededTypeCatalogue(), new MutableClock(NOW), 2);
        for (int i = 0; i < 3; i++) {
            records.add(sample(ENROLMENT, APPROVED, START, TWO_DAYS, null, null, null));
        }

        assertThatThrownBy(() -> small.measure(EVERYTHING)).isInstanceOf(TooManyToMeasureException.class)
                .extracting(e -> ((TooManyToMeasureException) e).limit()).isEqualTo(2);
    }

    @Property(tries = 300)
    void agreesWithABruteForceReadingOfTheDefinitions(@ForAll("samples") List<SlaSample> samples) {
        var store = new InMemorySlaRecords();
        samples.forEach(store::add);

        SlaReport report = new MeasuringSla(store, new SeededTypeCatalogue(), new MutableClock(NOW), 10_000)
                .measure(EVERYTHING);

        for (String type : List.of(ENROLMENT, CONFIRMATION)) {
            List<SlaSample> ofType = samples.stream().filter(s -> s.type().equals(type)).toList();
            TypeFigures figures = figuresOf(report, type);
            assertThat(figures.submitted()).isEqualTo(ofType.size());
            assertThat(figures.breaches()).isEqualTo(count(ofType, s -> s.slaBreachedAt() != null
                    || s.initialResultAt() != null && s.initialResultAt().isAfter(s.resultDueAt())
                    || s.initialResultAt() == null && s.status().open() && NOW.isAfter(s.resultDueAt())));
            assertClock(figures.initialResult(), ofType, SlaSample::initialResultAt,
                    s -> s.status().open());
            assertClock(figures.announcedResult(), ofType, SlaSample::resultAnnouncedAt,
                    s -> s.status().open() || s.initialResultAt() != null);
        }
    }

    private static void assertClock(ClockFigures figures, List<SlaSample> samples, Function<SlaSample, Instant> stop,
                                    Predicate<SlaSample> running) {
        List<SlaSample> stopped = samples.stream().filter(s -> stop.apply(s) != null).toList();
        List<Long> seconds = stopped.stream()
                .map(s -> Math.floorDiv(stop.apply(s).toEpochMilli() - s.submittedAt().toEpochMilli(), 1000L))
                .sorted().toList();
        assertThat(figures.stopped()).isEqualTo(stopped.size());
        assertThat(figures.withinTarget()).isEqualTo(count(stopped, s -> !stop.apply(s).isAfter(s.resultDueAt())));
        assertThat(figures.late()).isEqualTo(count(stopped, s -> stop.apply(s).isAfter(s.resultDueAt())));
        assertThat(figures.pendingPastTarget()).isEqualTo(count(samples, s -> stop.apply(s) == null
                && running.test(s) && NOW.isAfter(s.resultDueAt())));
        if (seconds.isEmpty()) {
            assertThat(figures.mean()).isNull();
            return;
        }
        BigDecimal sum = seconds.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(figures.mean().getSeconds()).isEqualTo(
                sum.divide(BigDecimal.valueOf(seconds.size()), 0, RoundingMode.HALF_UP).longValueExact());
        assertThat(figures.p50().getSeconds()).isEqualTo(bruteForcePercentile(seconds, 50));
        assertThat(figures.p90().getSeconds()).isEqualTo(bruteForcePercentile(seconds, 90));
    }

    private static long bruteForcePercentile(List<Long> sorted, int percent) {
        return sorted.stream().filter(v -> sorted.stream().filter(x -> x <= v).count() * 100
                >= (long) percent * sorted.size()).min(Comparator.naturalOrder()).orElseThrow();
    }

    @Provide
    Arbitrary<List<SlaSample>> samples() {
        Arbitrary<Long> millis = Arbitraries.longs().between(0, Duration.ofDays(20).toMillis());
        Arbitrary<SlaSample> sample = Combinators.combine(Arbitraries.of(ENROLMENT, CONFIRMATION),
                        Arbitraries.of(RequestStatus.class),
                        Arbitraries.longs().between(0, Duration.between(START, NOW).toMillis() - 1),
                        millis.injectNull(0.4),
                        millis.injectNull(0.5), Arbitraries.of(false, false, false, true))
                .as((type, status, submittedAfter, toResult, toAnnounced, marked) -> {
                    Instant submitted = START.plusMillis(submittedAfter);
                    Instant due = submitted.plus(type.equals(ENROLMENT) ? TWO_DAYS : Duration.ofDays(7));
                    Instant initial = toResult == null ? null : submitted.plusMillis(toResult);
                    Instant announced = toAnnounced == null ? null : submitted.plusMillis(toAnnounced);
                    return new SlaSample(UUID.randomUUID().toString(), type, "ut", status, submitted, due, initial,
                            announced, marked ? due.plusSeconds(30) : null);
                });
        return sample.list().ofMaxSize(60);
    }

    private static SlaSample sample(String type, RequestStatus status, Instant submitted, Duration target,
                                    Duration toResult, Duration toAnnounced, Instant marked) {
        return new SlaSample(UUID.randomUUID().toString(), type, "ut", status, submitted, submitted.plus(target),
                toResult == null ? null : submitted.plus(toResult),
                toAnnounced == null ? null : submitted.plus(toAnnounced), marked);
    }

    private static TypeFigures figuresOf(SlaReport report, String type) {
        return report.types().stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
    }

    private static int count(List<SlaSample> samples, Predicate<SlaSample> test) {
        return (int) samples.stream().filter(test).count();
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
