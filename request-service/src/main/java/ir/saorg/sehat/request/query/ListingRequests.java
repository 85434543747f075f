package ir.saorg.sehat.request.query;

import java.util.List;

/**
 * Lists requests a page at a time, newest first. A page says whether another follows rather than how many there
 * are in all: counting every match (up to millions of documents for an operator) on each page view costs more than
 * the page itself, and people page on or narrow the filter either way. Pages reach {@value #MAX_DEPTH} rows deep;
 * beyond that a filter (a date range) is the way on, since skipping costs as much as reading.
 */
public class ListingRequests {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    public static final int MAX_DEPTH = 10_000;

    private final RequestListing listing;

    public ListingRequests(RequestListing listing) {
        this.listing = listing;
    }

    /** One page of a list. */
    public record Page(List<ListedRequest> items, int page, int size, boolean hasNext) {

        public Page {
            items = List.copyOf(items);
        }
    }

    /** @throws IllegalArgumentException when the page or size is out of range, or the page lies too deep */
    public Page list(RequestFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        if ((long) page * size + size > MAX_DEPTH) {
            throw new TooDeepException();
        }
        List<ListedRequest> found = listing.newestFirst(filter, page * size, size + 1);
        boolean more = found.size() > size;
        return new Page(more ? found.subList(0, size) : found, page, size, more);
    }

    /** The page lies beyond {@link #MAX_DEPTH} rows. */
    public static class TooDeepException extends RuntimeException {

        public TooDeepException() {
            super("pages reach " + MAX_DEPTH + " rows deep");
        }
    }
}
