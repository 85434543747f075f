package ir.saorg.sehat.request.bulk;

import com.jayway.jsonpath.JsonPath;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.platform.testing.TestTokens;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bulk files through the API, with the other services played by the test on the broker. */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"sehat.request.bulk.resume-delay=1s", "sehat.request.bulk.resume-interval=1s",
        "sehat.request.bulk.chunk-rows=50"})
abstract class BulkFilesScenarios extends EventFlowScenarios {

    static final String TYPE = "ENROLMENT_CERTIFICATE";
    static final String HEADER = "nationalId,studentNumber,fullName\r\n";
    static final String STAFF = "Bearer " + TestTokens.staff("ut");
    static final String HYPERLINK = "=HYPERLINK(\"http://evil\",\"x\")";
    static final String BATCHES = "request_batches";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.REQUEST_EVENTS};
    }

    @Test
    void turnsTheValidRowsOfAnUploadedFileIntoRequestsAndReportsTheOthersEscaped() throws Exception {
        String csv = HEADER + student() + ",40111,زهرا احمدی\r\n"
                + TestStudents.nationalId() + ",40112,\"" + HYPERLINK.replace("\"", "\"\"") + "\"\r\n"
                + "\r\n"
                + student() + ",40113,\"علی رضایی\"\r\n"
                + "1234567890,40114,مریم کریمی\r\n";

        String id = accepted(upload(bom(csv), "students.csv"));
        String batch = awaitDone(id);

        assertThat(JsonPath.<Integer>read(batch, "$.totalRows")).isEqualTo(4);
        assertThat(List.of(read(batch, "$.rowsRead"), read(batch, "$.accepted"), read(batch, "$.rejected")))
                .containsExactly(4, 2, 2);
        assertThat(JsonPath.<String>read(batch, "$.encoding")).isEqualTo("UTF-8 BOM");
        assertThat(requestsOf(id)).isEqualTo(2);
        String errors = text(download(id, "errors.csv"));
        assertThat(errors).startsWith("\uFEFFrow,field,messageFa,messageEn,value\r\n")
                .contains("3,fullName,", "must be written in Persian letters",
                        "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")
                .contains("6,nationalId,", "check digit", ",1234567890\r\n")
                .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        try (var xlsx = new XSSFWorkbook(new ByteArrayInputStream(download(id, "errors.xlsx")))) {
            var cell = xlsx.getSheetAt(0).getRow(1).getCell(4);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + HYPERLINK);
            assertThat(xlsx.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).contains("فارسی");
        }
    }

    @Test
    void showsItsProgressWhileItRuns() throws Exception {
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i < 600; i++) {
            csv.append(student()).append(",4011").append(i).append(",زهرا احمدی\r\n");
        }
        String id = accepted(upload(utf8(csv.toString()), "many.csv"));
        List<String> seen = new ArrayList<>();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            String batch = batchJson(id);
            seen.add(JsonPath.read(batch, "$.status") + " " + read(batch, "$.rowsRead") + "/"
                    + read(batch, "$.accepted"));
            return "DONE".equals(JsonPath.read(batch, "$.status"));
        });

        assertThat(seen).last().isEqualTo("DONE 600/600");
        assertThat(seen).as("a state between upload and done").anyMatch(state ->
                state.startsWith("VALIDATING") || state.startsWith("SUBMITTING") && !state.endsWith("/600"));
        assertThat(requestsOf(id)).isEqualTo(600);
    }

    @Test
    void givesEachRowsCodeOnceIssued() throws Exception {
        String student = student();
        String id = accepted(upload(utf8(HEADER + student + ",40111,زهرا احمدی\r\n" + student()
                + ",40112,علی رضایی\r\n"), "codes.csv"));
        awaitDone(id);
        String firstRequest = text(download(id, "codes.csv")).lines().skip(1).findFirst().orElseThrow().split(",")[4];
        UUID requestId = UUID.fromString(firstRequest);

        sender.send(new PaymentWaived(UUID.randomUUID(), Instant.now(), requestId, TYPE, 1405,
                PaymentWaived.Reason.NO_TARIFF));
        await().atMost(Duration.ofSeconds(20)).until(() -> requestJson(firstRequest).contains("\"APPROVED\""));
        Instant now = Instant.now();
        sender.send(new CodeIssued(UUID.randomUUID(), now, requestId, "48213390577126048830", TYPE, "049*****99", now,
                now.plus(Duration.ofDays(180))));
        await().atMost(Duration.ofSeconds(20)).until(() -> read(batchJson(id), "$.codesIssued") == 1);

        List<String> codes = text(download(id, "codes.csv")).lines().toList();
        assertThat(codes).containsExactly("\uFEFFrow,nationalId,studentNumber,fullName,requestId,status,code",
                "2," + student + ",40111,زهرا احمدی," + firstRequest + ",CODE_ISSUED,4821-3390-5771-2604-8830",
                codes.get(2));
        assertThat(codes.get(2)).startsWith("3,").endsWith(",SUBMITTED,");
        try (var xlsx = new XSSFWorkbook(new ByteArrayInputStream(download(id, "codes.xlsx")))) {
            assertThat(xlsx.getSheetAt(0).getRow(1).getCell(6).getStringCellValue())
                    .isEqualTo("4821-3390-5771-2604-8830");
        }
    }

    @Test
    void theSameFileUploadedAgainIsTheSameBatchAndMakesNoDuplicates() throws Exception {
        byte[] file = utf8(HEADER + student() + ",40111,زهرا احمدی\r\n" + student() + ",40112,علی رضایی\r\n");
        String id = accepted(upload(file, "once.csv"));
        awaitDone(id);
        long batches = count(BATCHES);
        long requests = count("requests");

        upload(file, "once-again.csv").andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", "/api/v1/requests/batches/" + id))
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.accepted").value(2));

        assertThat(count(BATCHES)).isEqualTo(batches);
        assertThat(count("requests")).isEqualTo(requests);
        assertThat(requestsOf(id)).isEqualTo(2);
    }

    @Test
    void picksUpABatchThatACrashInterruptedWithoutDuplicatingAnything() throws Exception {
        String id = accepted(upload(utf8(HEADER + student() + ",40111,زهرا احمدی\r\n" + student()
                + ",40112,Zahra\r\n" + student() + ",40113,علی رضایی\r\n"), "crash.csv"));
        awaitDone(id);
        long requests = count("requests");
        mongo.updateFirst(new Query(where("_id").is(id)), new Update().set("status", "SUBMITTING")
                .set("rowsRead", 0).set("accepted", 0).set("rejected", 0).unset("finishedAt")
                .set("claimedUntil", Instant.now().minusSeconds(1)), BATCHES);

        String batch = awaitDone(id);

        assertThat(List.of(read(batch, "$.accepted"), read(batch, "$.rejected"))).containsExactly(2, 1);
        assertThat(count("requests")).isEqualTo(requests);
        assertThat(mongo.count(new Query(where("batchId").is(id)), "request_batch_errors")).isEqualTo(1);
    }

    @Test
    void readsWhatExcelSavesInWindows1256AndXlsx() throws Exception {
        String csv = HEADER + student() + ",40111,زهرا احمدي\r\n" + student() + ",40112,كيان كريمي\r\n";
        String fromExcel = accepted(upload(csv.getBytes(Charset.forName("windows-1256")), "excel.csv"));
        byte[] xlsx = XlsxRowsTest.workbook(wb -> {
            var sheet = wb.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("کد ملی");
            header.createCell(1).setCellValue("studentNumber");
            header.createCell(2).setCellValue("Full name");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(Double.parseDouble(student()));
            row.createCell(1).setCellValue(40113d);
            row.createCell(2).setCellValue("زهرا احمدی");
        });
        String workbook = accepted(upload(xlsx, "students.xlsx"));

        String first = awaitDone(fromExcel);
        String second = awaitDone(workbook);

        assertThat(JsonPath.<String>read(first, "$.encoding")).isEqualTo("windows-1256");
        assertThat(read(first, "$.accepted")).isEqualTo(2);
        assertThat(text(download(fromExcel, "codes.csv"))).contains("زهرا احمدی", "کیان کریمی");
        assertThat(JsonPath.<String>read(second, "$.format")).isEqualTo("XLSX");
        assertThat(read(second, "$.accepted")).isEqualTo(1);
    }

    @Test
    void refusesAFileWithWrongHeadersListingThemAndKeepsNothing() throws Exception {
        long[] before = stored();

        upload(utf8("nationalId,name,nationalId,email\r\n0499370899,زهرا,0499370899,z@x.ir\r\n"), "bad.csv")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/bulk-file-headers"))
                .andExpect(jsonPath("$.unknownColumns[0]").value("name"))
                .andExpect(jsonPath("$.unknownColumns[1]").value("email"))
                .andExpect(jsonPath("$.duplicateColumns[0]").value("nationalId"))
                .andExpect(jsonPath("$.missingColumns[0]").value("studentNumber"))
                .andExpect(jsonPath("$.expectedColumns[2]").value("fullName"))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message", hasItem(containsString("email"))));

        assertThat(stored()).containsExactly(before);
    }

    @Test
    void refusesMoreThanFiftyThousandRowsAndKeepsNothing() throws Exception {
        long[] before = stored();
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i <= 50_000; i++) {
            csv.append("0499370899,1,زهرا\r\n");
        }

        upload(utf8(csv.toString()), "huge.csv").andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/bulk-file-too-many-rows"));

        assertThat(stored()).containsExactly(before);
    }

    @Test
    void refusesMixedEncodingsNamingTheFirstLineThatDiffers() throws Exception {
        byte[] mixed = TextEncodingTest.bytes(utf8(HEADER + student() + ",40111,زهرا احمدی\r\n"),
                (student() + ",40112,زهرا احمدي\r\n").getBytes(Charset.forName("windows-1256")));

        upload(mixed, "pasted.csv").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/bulk-file-mixed-encoding"))
                .andExpect(jsonPath("$.detail", containsString("سطر ۳")));
        mvc.perform(multipart("/api/v1/requests/batches").file(csvPart(mixed, "pasted.csv")).param("type", TYPE)
                        .header("Authorization", STAFF).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail", containsString("Line 3 is not in the encoding of the lines before")));
    }

    @Test
    void refusesMalformedFilesClearly() throws Exception {
        byte[] xlsx = XlsxRowsTest.workbook(wb -> wb.createSheet().createRow(0).createCell(0).setCellValue("x"));
        byte[] cut = java.util.Arrays.copyOf(xlsx, xlsx.length - 100);

        expectProblem(upload(cut, "cut.xlsx"), "bulk-file-malformed-xlsx");
        expectProblem(upload(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, "scan.pdf"), "bulk-file-not-text");
        expectProblem(upload(utf8(HEADER + "0499370899,1,\"open\r\n"), "quote.csv"), "bulk-file-unclosed-quote");
        expectProblem(upload(new byte[0], "empty.csv"), "bulk-file-empty");
        mvc.perform(multipart("/api/v1/requests/batches").param("type", TYPE).header("Authorization", STAFF))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/bulk-file-missing"));
        mvc.perform(post("/api/v1/requests/batches?type=" + TYPE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\": []}").header("Authorization", STAFF))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/bulk-file-missing"));
        mvc.perform(multipart("/api/v1/requests/batches").file(csvPart(utf8(HEADER), "x.csv"))
                        .header("Authorization", STAFF))
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/missing-type"));
        mvc.perform(multipart("/api/v1/requests/batches").file(csvPart(utf8(HEADER), "x.csv"))
                        .param("type", "PASSPORT").header("Authorization", STAFF))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.knownTypes", hasItem(TYPE)));
    }

    @Test
    void batchesHaveTheirOwnPathsBesideRequestIds() throws Exception {
        String id = accepted(upload(utf8(HEADER + student() + ",40111,زهرا احمدی\r\n"), "paths.csv"));

        mvc.perform(get("/api/v1/requests/batches").header("Authorization", STAFF)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id)).andExpect(jsonPath("$.page").value(0));
        mvc.perform(get("/api/v1/requests/batches/" + UUID.randomUUID()).header("Authorization", STAFF))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/batch-not-found"));
        mvc.perform(get("/api/v1/requests/" + UUID.randomUUID()).header("Authorization", STAFF))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/request-not-found"));
        mvc.perform(get("/api/v1/requests/batches?size=1000").header("Authorization", STAFF))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staffSeeOnlyTheirUniversitysBatchesAndOnlyStaffUpload() throws Exception {
        String id = accepted(upload(utf8(HEADER + student() + ",40111,زهرا احمدی\r\n"), "mine.csv"));
        String other = "Bearer " + TestTokens.staff("sharif");

        for (String path : List.of("", "/errors.csv", "/codes.xlsx")) {
            mvc.perform(get("/api/v1/requests/batches/" + id + path).header("Authorization", other))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/requests/batches").header("Authorization", other))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty());
        mvc.perform(get("/api/v1/requests/batches/" + id).header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/requests/batches").header("Authorization", "Bearer " + TestTokens.admin()))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isNotEmpty());
        mvc.perform(multipart("/api/v1/requests/batches").file(csvPart(utf8(HEADER), "x.csv")).param("type", TYPE)
                .header("Authorization", "Bearer " + TestTokens.operator())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/requests/batches/" + id)).andExpect(status().isUnauthorized());
    }

    private ResultActions upload(byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/api/v1/requests/batches").file(csvPart(content, name)).param("type", TYPE)
                .header("Authorization", STAFF).header("Accept-Language", "fa"));
    }

    private static MockMultipartFile csvPart(byte[] content, String name) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private static String accepted(ResultActions upload) throws Exception {
        String location = upload.andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void expectProblem(ResultActions result, String slug) throws Exception {
        result.andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/" + slug));
    }

    private String awaitDone(String id) {
        String[] batch = new String[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            batch[0] = batchJson(id);
            return "DONE".equals(JsonPath.read(batch[0], "$.status"));
        });
        return batch[0];
    }

    private String batchJson(String id) throws Exception {
        return mvc.perform(get("/api/v1/requests/batches/" + id).header("Authorization", STAFF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String requestJson(String id) throws Exception {
        return mvc.perform(get("/api/v1/requests/" + id).header("Authorization", STAFF))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] download(String id, String report) throws Exception {
        return mvc.perform(get("/api/v1/requests/batches/" + id + "/" + report).header("Authorization", STAFF))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().contentTypeCompatibleWith(report.endsWith(".csv") ? "text/csv"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private long requestsOf(String batchId) {
        return mongo.count(new Query(where("batchId").is(batchId)), "requests");
    }

    private long count(String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    private long[] stored() {
        return new long[] {count(BATCHES), count("batch_files.files"), count("batch_files.chunks"),
                count("requests")};
    }

    private static int read(String json, String path) {
        return JsonPath.<Integer>read(json, path);
    }

    private static String student() {
        return TestStudents.nationalId();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(String text) {
        return TextEncodingTest.bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
    }
}
