package ir.saorg.sehat.request.query;

import java.util.List;

/** Where lists of requests are read from. */
public interface RequestListing {

    /** The requests the filter lets through, newest submission first (then by id), skipping and limiting. */
    List<ListedRequest> newestFirst(RequestFilter filter, int skip, int limit);
}
