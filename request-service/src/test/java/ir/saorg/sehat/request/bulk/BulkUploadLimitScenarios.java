package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload limits on a real server, where the servlet container enforces them (MockMvc does not): a 100 MB file is
 * refused with a 413 problem document, not an HTML error page or a reset connection, and nothing is kept.
 */
abstract class BulkUploadLimitScenarios {

    static final long HUNDRED_MB = 100L * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void refusesAHundredMegabyteUploadWithAProblemDocument() throws Exception {
        String boundary = "sehat-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                + "ENROLMENT_CERTIFICATE\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"huge.csv\"\r\nContent-Type: text/csv\r\n\r\nnationalId,studentNumber,fullName\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + HUNDRED_MB + tail.length;
        var body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                        rows(HUNDRED_MB), new ByteArrayInputStream(tail))))), length);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests/batches"))
                .header("Authorization", "Bearer " + TestTokens.staff("ut")).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body)
                .timeout(Duration.ofMinutes(2)).build();

        HttpResponse<String> response;
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("https://sehat.saorg.ir/problems/payload-too-large", "Payload too large");
        assertThat(mongo.getCollection("request_batches").countDocuments()).isZero();
        assertThat(mongo.getCollection("batch_files.chunks").countDocuments()).isZero();
    }

    /** CSV rows, {@code size} bytes of them, made as they are read. */
    private static InputStream rows(long size) {
        byte[] row = "0499370899,40111,zahra\r\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? row[(int) (left % row.length)] : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = row[(int) (--left % row.length)];
                }
                return n;
            }
        };
    }
}
