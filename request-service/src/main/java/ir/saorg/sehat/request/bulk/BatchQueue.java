package ir.saorg.sehat.request.bulk;

/** Hands a stored batch to a worker, which processes it soon after. */
@FunctionalInterface
public interface BatchQueue {

    void enqueue(String batchId);
}
