package ir.saorg.sehat.request.bulk.web;

/** Where batches are on the API. */
final class BatchPaths {

    static final String BATCHES = "/api/v1/requests/batches";

    private BatchPaths() {
    }

    static String of(String batchId) {
        return BATCHES + "/" + batchId;
    }
}
