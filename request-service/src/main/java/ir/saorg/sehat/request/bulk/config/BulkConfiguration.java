package ir.saorg.sehat.request.bulk.config;

import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.request.bulk.BatchFiles;
import ir.saorg.sehat.request.bulk.BatchQueue;
import ir.saorg.sehat.request.bulk.BatchReports;
import ir.saorg.sehat.request.bulk.BatchRequests;
import ir.saorg.sehat.request.bulk.Batches;
import ir.saorg.sehat.request.bulk.BulkSettings;
import ir.saorg.sehat.request.bulk.ProcessingBatch;
import ir.saorg.sehat.request.bulk.ReceivingBatch;
import ir.saorg.sehat.request.bulk.RowErrors;
import ir.saorg.sehat.request.intake.SubmittingRequest;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The bulk use cases as beans, with the pool of threads that submit a batch's rows. */
@Configuration
@EnableConfigurationProperties(BulkProperties.class)
class BulkConfiguration {

    @Bean
    BulkSettings bulkSettings(BulkProperties properties) {
        return new BulkSettings(properties.maxRows(), properties.maxColumns(), properties.chunkRows(),
                properties.lease());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService bulkRowWorkers(BulkProperties properties) {
        return Executors.newFixedThreadPool(properties.workers(), Thread.ofPlatform().name("bulk-row-", 1)
                .daemon().factory());
    }

    @Bean
    ReceivingBatch receivingBatch(Batches batches, BatchFiles files, @Lazy BatchQueue queue,
                                  RequestTypeCatalogue types, BulkSettings settings, ObjectProvider<Clock> clock) {
        return new ReceivingBatch(batches, files, queue, types, settings, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    ProcessingBatch processingBatch(Batches batches, BatchFiles files, RowErrors rowErrors,
                                    SubmittingRequest submitting, RequestTypeCatalogue types,
                                    ExecutorService bulkRowWorkers, BulkSettings settings,
                                    ObjectProvider<Clock> clock) {
        return new ProcessingBatch(batches, files, rowErrors, submitting, types, bulkRowWorkers, settings,
                clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    BatchReports batchReports(RowErrors rowErrors, BatchRequests requests) {
        MessageSource messages = ProblemDetailsAdvice.messages();
        return new BatchReports(rowErrors, requests,
                (key, arguments, locale) -> messages.getMessage(key, arguments.toArray(), key, locale));
    }
}
