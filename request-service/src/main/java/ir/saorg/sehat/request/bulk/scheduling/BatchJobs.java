package ir.saorg.sehat.request.bulk.scheduling;

import ir.saorg.sehat.request.bulk.Batch;
import ir.saorg.sehat.request.bulk.BatchQueue;
import ir.saorg.sehat.request.bulk.Batches;
import ir.saorg.sehat.request.bulk.ProcessingBatch;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Processes batches one at a time, in the order they come: each uploaded batch at once, and every
 * {@code sehat.request.bulk.resume-interval} the unfinished ones nobody holds (left by a restart or a crash, on this
 * instance or another).
 */
@Component
@EnableScheduling
class BatchJobs implements BatchQueue {

    private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);
    private static final int RESUME_AT_ONCE = 20;

    private final ProcessingBatch processing;
    private final Batches batches;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("bulk-batch")
            .daemon().factory());
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    BatchJobs(ProcessingBatch processing, Batches batches, ObjectProvider<Clock> clock) {
        this.processing = processing;
        this.batches = batches;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    public void enqueue(String batchId) {
        if (queued.add(batchId)) {
            worker.execute(() -> process(batchId));
        }
    }

    @Scheduled(initialDelayString = "${sehat.request.bulk.resume-delay:5s}",
            fixedDelayString = "${sehat.request.bulk.resume-interval:30s}")
    void resumeUnfinished() {
        for (Batch batch : batches.unclaimed(clock.instant(), RESUME_AT_ONCE)) {
            enqueue(batch.id());
        }
    }

    private void process(String batchId) {
        queued.remove(batchId);
        try {
            processing.process(batchId);
        } catch (RuntimeException e) {
            log.warn("Batch {} stopped; it is taken up again once its lease ends", batchId, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
