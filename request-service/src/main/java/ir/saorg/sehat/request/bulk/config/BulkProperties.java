package ir.saorg.sehat.request.bulk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code sehat.request.bulk.*}: how bulk files are limited and processed.
 *
 * @param maxRows        data rows a file may hold
 * @param maxColumns     columns a row may have
 * @param chunkRows      rows between two progress reports, submitted in parallel at once
 * @param workers        rows submitted at the same time
 * @param lease          how long a batch stays with a worker that stopped reporting progress
 */
@ConfigurationProperties("sehat.request.bulk")
record BulkProperties(@DefaultValue("50000") int maxRows, @DefaultValue("100") int maxColumns,
                      @DefaultValue("500") int chunkRows, @DefaultValue("8") int workers,
                      @DefaultValue("2m") Duration lease) {
}
