package ir.saorg.sehat.request.sla;

/**
 * Percentiles by the nearest-rank method: for n values sorted ascending x₁ ≤ … ≤ xₙ, the p-th percentile
 * (0 &lt; p ≤ 100) is x_k with k = ⌈p·n / 100⌉, the smallest value that at least p percent of the values do not
 * exceed. Always one of the values; no interpolation.
 */
final class NearestRank {

    private NearestRank() {
    }

    /** The p-th percentile of the first {@code n} values of {@code sorted}, which are in ascending order. */
    static int percentile(int[] sorted, int n, int percent) {
        if (n < 1 || n > sorted.length) {
            throw new IllegalArgumentException("need 1 to " + sorted.length + " values, got " + n);
        }
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percentile out of range: " + percent);
        }
        long rank = ((long) percent * n + 99) / 100;
        return sorted[(int) rank - 1];
    }
}
