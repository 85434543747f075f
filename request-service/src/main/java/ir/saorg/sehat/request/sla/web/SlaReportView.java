package ir.saorg.sehat.request.sla.web;

import ir.saorg.sehat.request.dates.JalaliDateRange;
import ir.saorg.sehat.request.sla.ClockFigures;
import ir.saorg.sehat.request.sla.SlaReport;
import ir.saorg.sehat.request.sla.TypeFigures;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The agreement's figures as the API shows them: the range as asked ({@code from}, {@code to}, Jalali, both days
 * included) and as instants ({@code start} included, {@code end} excluded), the university (null: all), and per
 * type both clocks, each duration as ISO-8601 and in seconds.
 */
record SlaReportView(String from, String to, Instant start, Instant end, String university, Instant asOf,
                     List<TypeView> types) {

    static SlaReportView of(JalaliDateRange range, String university, SlaReport report) {
        return new SlaReportView(range.first().toString(), range.last().toString(), range.start(), range.end(),
                university, report.asOf(), report.types().stream().map(TypeView::of).toList());
    }

    /**
     * @param submitted requests of the type submitted in the range
     * @param breaches  those that breached: marked by the breach job, given their initial result late, or still
     *                  without one past their due time
     */
    record TypeView(String type, String nameFa, String nameEn, String target, Long targetSeconds, int submitted,
                    int breaches, ClockView initialResult, ClockView announcedResult) {

        static TypeView of(TypeFigures figures) {
            return new TypeView(figures.type(), figures.nameFa(), figures.nameEn(), iso(figures.target()),
                    seconds(figures.target()), figures.submitted(), figures.breaches(),
                    ClockView.of(figures.initialResult()), ClockView.of(figures.announcedResult()));
        }
    }

    /**
     * @param count             requests whose clock stopped (that got the result)
     * @param shareWithinTarget {@code withinTarget / count}, to four decimals; null when count is 0
     * @param pendingPastTarget requests still waiting for the result past their due time
     */
    record ClockView(int count, String mean, Long meanSeconds, String p50, Long p50Seconds, String p90,
                     Long p90Seconds, int withinTarget, Double shareWithinTarget, int late, int pendingPastTarget) {

        static ClockView of(ClockFigures figures) {
            Double share = figures.shareWithinTarget();
            return new ClockView(figures.stopped(), iso(figures.mean()), seconds(figures.mean()), iso(figures.p50()),
                    seconds(figures.p50()), iso(figures.p90()), seconds(figures.p90()), figures.withinTarget(),
                    share == null ? null : Math.round(share * 10_000) / 10_000.0, figures.late(),
                    figures.pendingPastTarget());
        }
    }

    private static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.getSeconds();
    }
}
