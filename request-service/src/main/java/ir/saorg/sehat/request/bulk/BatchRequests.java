package ir.saorg.sehat.request.bulk;

import java.util.List;
import java.util.Map;

/** The requests a batch's rows became, read from where requests live. */
public interface BatchRequests {

    /** How many of the batch's requests have a code. */
    long codesIssued(String batchId);

    /** The batch's requests, in no particular order. */
    List<RequestOfBatch> of(String batchId);

    /** What a report shows of one request. */
    record RequestOfBatch(String id, String idempotencyKey, Map<String, String> fields, String status,
                          String code) {
    }
}
