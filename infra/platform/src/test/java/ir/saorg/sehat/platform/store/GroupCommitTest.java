package ir.saorg.sehat.platform.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GroupCommitTest {

    final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    final CountDownLatch firstWriteStarted = new CountDownLatch(1);
    final CountDownLatch releaseFirstWrite = new CountDownLatch(1);
    GroupCommit<Integer, Integer> commit;

    @AfterEach
    void stop() {
        commit.close();
    }

    @Test
    void writesWhatArrivedDuringTheLastWriteInOneGoAndReturnsOnlyOnceWritten() throws Exception {
        commit = new GroupCommit<>("test-writer", 500, 1_000, Duration.ofSeconds(10), batch -> {
            if (batches.isEmpty()) {
                firstWriteStarted.countDown();
                awaitRelease(releaseFirstWrite);
            }
            batches.add(List.copyOf(batch));
            return batch;
        });
        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = CompletableFuture.runAsync(() -> commit.write(0), callers);
            firstWriteStarted.await();
            List<CompletableFuture<Void>> rest = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                int item = i;
                rest.add(CompletableFuture.runAsync(() -> commit.write(item), callers));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> commit.waiting() == 10);
            assertThat(first).as("not answered before written").isNotDone();

            releaseFirstWrite.countDown();
            first.get();
            CompletableFuture.allOf(rest.toArray(CompletableFuture[]::new)).get();
        }

        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly(0);
        assertThat(batches.get(1)).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
    }

    @Test
    void everyCallerOfAFailedBatchHearsOfItAndTheWriterGoesOn() {
        commit = new GroupCommit<>("test-writer", 500, 1_000, Duration.ofSeconds(10), batch -> {
            if (batch.contains(13)) {
                throw new IllegalStateException("store unreachable");
            }
            batches.add(List.copyOf(batch));
            return batch;
        });

        assertThatThrownBy(() -> commit.write(13)).isInstanceOf(GroupCommit.WriteFailedException.class)
                .hasRootCauseMessage("store unreachable");
        commit.write(14);

        assertThat(batches).containsExactly(List.of(14));
    }

    @Test
    void writesEachOfManyConcurrentItemsExactlyOnce() {
        commit = new GroupCommit<>("test-writer", 64, 1_000, Duration.ofSeconds(10), batch -> {
            batches.add(List.copyOf(batch));
            return batch;
        });

        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            IntStream.range(0, 5_000).forEach(i -> callers.submit(() -> commit.write(i)));
        }

        assertThat(batches.stream().flatMap(List::stream).sorted().toList())
                .isEqualTo(IntStream.range(0, 5_000).boxed().toList());
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(64));
    }

    @Test
    void theWriterOutlivesAnErrorInOneBatch() {
        commit = new GroupCommit<>("test-writer", 500, 1_000, Duration.ofSeconds(10), batch -> {
            if (batch.contains(13)) {
                throw new StackOverflowError("deep");
            }
            return batch;
        });

        assertThatThrownBy(() -> commit.write(13)).isInstanceOf(GroupCommit.WriteFailedException.class)
                .hasCauseInstanceOf(StackOverflowError.class);
        assertThat(commit.write(14)).isEqualTo(14);
    }

    @Test
    void eachCallerLearnsTheResultOfItsOwnItem() {
        commit = new GroupCommit<>("test-writer", 64, 1_000, Duration.ofSeconds(10),
                batch -> batch.stream().map(item -> item * 10).toList());

        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            var results = IntStream.range(0, 2_000)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> commit.write(i) - i * 10, callers)).toList();
            assertThat(results.stream().map(CompletableFuture::join)).containsOnly(0);
        }
    }

    @Test
    void aWriteWithoutOneResultPerItemFailsItsCallers() {
        commit = new GroupCommit<>("test-writer", 64, 1_000, Duration.ofSeconds(10), batch -> List.of());

        assertThatThrownBy(() -> commit.write(1)).isInstanceOf(GroupCommit.WriteFailedException.class)
                .hasRootCauseMessage("0 results for 1 items");
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
