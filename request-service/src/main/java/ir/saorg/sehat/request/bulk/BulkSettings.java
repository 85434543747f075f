package ir.saorg.sehat.request.bulk;

import java.time.Duration;

/**
 * How bulk files are limited and processed.
 *
 * @param maxRows    data rows a file may hold
 * @param maxColumns columns a row may have
 * @param chunkRows  rows handled between two progress reports (and submitted in parallel at once)
 * @param lease      how long a worker holds a batch without reporting progress before another may take it over
 */
public record BulkSettings(int maxRows, int maxColumns, int chunkRows, Duration lease) {
}
