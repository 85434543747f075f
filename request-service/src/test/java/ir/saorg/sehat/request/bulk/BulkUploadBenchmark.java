package ir.saorg.sehat.request.bulk;

import com.jayway.jsonpath.JsonPath;
import ir.saorg.sehat.platform.testing.SehatServerIntegrationTest;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.platform.text.NationalId;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How long a bulk file takes from upload to every row validated and accepted, on request-service in this JVM with a
 * real HTTP port, an in-process Kafka broker and the in-process MongoDB-wire-protocol server (requests are stored
 * and their events published as in production). Not part of the build: surefire runs {@code *Test} classes only.
 * Run it with
 * <pre>./mvnw -B -ntp -o -q test -pl request-service -Dtest=BulkUploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The figures are printed and written to {@code request-service/target/bulk-benchmark.txt}. The goal is 10,000 rows in
 * under 10 s. A 2,000-row file warms the JVM first and is not reported; the first 10,000-row file after it is reported
 * on its own line, as the JIT is still compiling then.
 */
@SehatServerIntegrationTest
class BulkUploadBenchmark {

    static final String HEADER = "nationalId,studentNumber,fullName\r\n";
    private static final String[] NAMES = {"زهرا احمدی", "علی رضایی", "مریم کریمی", "محمد حسینی", "فاطمه موسوی"};

    @LocalServerPort
    int port;

    private int nextStudent = ThreadLocalRandom.current().nextInt(100_000_000, 800_000_000);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void measuresUploadToEveryRowValidatedAndAccepted() throws Exception {
        run("CSV", 2_000);
        Figures first = run("CSV", 10_000);
        List<String> lines = new ArrayList<>();
        lines.add("Bulk upload benchmark, %d cores, %s, ENROLMENT_CERTIFICATE, all rows valid".formatted(
                Runtime.getRuntime().availableProcessors(), Runtime.version()));
        lines.add("%-5s %7s %9s %9s %12s %12s %9s".formatted("file", "rows", "bytes", "upload", "validated",
                "accepted", "rows/s"));
        lines.add(first.line() + "   (the first file after start: the JIT is still warming up)");
        for (String format : List.of("CSV", "XLSX")) {
            for (int rows : new int[] {10_000, 50_000}) {
                lines.add(run(format, rows).line());
            }
        }
        lines.add("upload: until the 202 (file read, headers checked, stored); validated and accepted: from the start"
                + " of the upload until every row was checked, and until every row was a request.");
        lines.add("system load average at the end: %.1f (other processes on the machine slow every figure)".formatted(
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "bulk-benchmark.txt"), lines);
    }

    private record Figures(String format, int rows, int bytes, Duration upload, Duration validated,
                           Duration accepted) {

        String line() {
            return "%-5s %7d %9d %8.2fs %11.2fs %11.2fs %9.0f".formatted(format, rows, bytes, seconds(upload),
                    seconds(validated), seconds(accepted), rows / seconds(accepted));
        }

        private static double seconds(Duration duration) {
            return duration.toNanos() / 1e9;
        }
    }

    private Figures run(String format, int rows) throws Exception {
        byte[] file = "CSV".equals(format) ? csv(rows) : xlsx(rows);
        Instant start = Instant.now();
        HttpResponse<String> response = upload(file, "CSV".equals(format) ? "students.csv" : "students.xlsx");
        Duration upload = Duration.between(start, Instant.now());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = JsonPath.read(response.body(), "$.id");

        String[] batch = new String[1];
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
            batch[0] = get("/api/v1/requests/batches/" + id);
            return "DONE".equals(JsonPath.read(batch[0], "$.status"));
        });

        assertThat(JsonPath.<Integer>read(batch[0], "$.accepted")).isEqualTo(rows);
        Instant validatedAt = Instant.parse(JsonPath.read(batch[0], "$.validatedAt"));
        Instant finishedAt = Instant.parse(JsonPath.read(batch[0], "$.finishedAt"));
        return new Figures(format, rows, file.length, upload, Duration.between(start, validatedAt),
                Duration.between(start, finishedAt));
    }

    private HttpResponse<String> upload(byte[] file, String name) throws IOException, InterruptedException {
        String boundary = "sehat-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                + "ENROLMENT_CERTIFICATE\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/api/v1/requests/batches"))
                .header("Authorization", "Bearer " + TestTokens.staff("ut"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestTokens.staff("ut"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private byte[] csv(int rows) {
        var text = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            text.append(student()).append(',').append(4_010_000_000L + i).append(',').append(NAMES[i % NAMES.length])
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] xlsx(int rows) throws IOException {
        try (var workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("nationalId");
            header.createCell(1).setCellValue("studentNumber");
            header.createCell(2).setCellValue("fullName");
            for (int i = 0; i < rows; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(student());
                row.createCell(1).setCellValue(String.valueOf(4_010_000_000L + i));
                row.createCell(2).setCellValue(NAMES[i % NAMES.length]);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A student no other row of this run has: consecutive nine-digit numbers with their check digit. */
    private String student() {
        String id;
        do {
            id = NationalId.withCheckDigit("%09d".formatted(nextStudent++));
        } while (!NationalId.isValid(id));
        return id;
    }
}
