package ir.saorg.sehat.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The staff portal in a real browser: Debian's chromium, headless, driven through its chromedriver, against the whole
 * system as ./sehat up runs it (its own ports and data). A staff member logs in at the identity provider, submits a
 * paid request through the form its guide makes, pays on the sandbox gateway's page, sees the code appear, and a
 * stranger verifies that code on the public page; a bulk file is uploaded, its progress followed, and the live feed
 * shows the codes' notifications as they arrive. Screenshots of
 * each step land in {@code target/screenshots}. Without chromium (a machine where .ci/run did not install it) the
 * tests report themselves skipped.
 */
class PortalBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    static final Map<String, String> PORTS = Map.ofEntries(
            Map.entry("SEHAT_GATEWAY_PORT", "28080"), Map.entry("SEHAT_REQUEST_PORT", "28081"),
            Map.entry("SEHAT_CODE_PORT", "28082"), Map.entry("SEHAT_PAYMENT_PORT", "28083"),
            Map.entry("SEHAT_NOTIFICATION_PORT", "28084"), Map.entry("SEHAT_KAFKA_PORT", "29092"),
            Map.entry("SEHAT_KAFKA_CONTROLLER_PORT", "29093"), Map.entry("SEHAT_MONGO_PORT", "47017"),
            Map.entry("SEHAT_SMTP_PORT", "23025"), Map.entry("SEHAT_INBOX_PORT", "28025"),
            Map.entry("SEHAT_IDENTITY_PORT", "29000"));
    static final String PORTAL = "http://localhost:" + PORTS.get("SEHAT_GATEWAY_PORT");

    static Stack stack;
    ChromeDriver browser;
    WebDriverWait wait;
    String test;
    int shot;

    @BeforeAll
    static void startTheSystem() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them): browser tests skipped");
        Path var = Path.of("target", "browser-var").toAbsolutePath();
        SagaEndToEndTest.deleteRecursively(var);
        var env = new HashMap<>(PORTS);
        env.put("SEHAT_VAR", var.toString());
        env.put("SEHAT_START_TIMEOUT", "600");
        stack = Stack.start(StackConfig.from(Path.of("..", ".."), env), System.out::println);
        Files.createDirectories(SCREENSHOTS);
        uploadATariffForProvisionalCertificates();
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void openABrowser(TestInfo info) {
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=fa-IR");
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(45), Duration.ofMillis(100));
        test = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staffLogInSubmitAPaidRequestPayOnTheSandboxSeeTheCodeAndAStrangerVerifiesIt() throws IOException {
        logIn("staff.ut", "staff-ut-pass");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("header .user")).getText()).isEqualTo("زهره کاظمی");
        screenshot("requests");

        browser.findElement(By.linkText("درخواست تازه")).click();
        click(By.cssSelector("a[href='/requests/new/PROVISIONAL_GRADUATION_CERTIFICATE']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-nationalId")));
        type("f-nationalId", "0084575947");
        type("f-studentNumber", "۴۰۱۱۲۳۴۵۷۰");
        type("f-fullName", "سارا محمدی");
        new Select(browser.findElement(By.id("f-degree"))).selectByValue("BACHELOR");
        type("f-graduationDate", "۱۴۰۳/۰۶/۳۱");
        click(By.cssSelector("main form button[type=submit]"));

        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-nationalId-error")));
        assertThat(refused.getText()).as("the wrong check digit is shown beside its field").contains("کد ملی");
        assertThat(browser.findElement(By.id("f-fullName")).getAttribute("value")).isEqualTo("سارا محمدی");
        screenshot("refused-field");
        type("f-nationalId", "0084575948");
        click(By.cssSelector("main form button[type=submit]"));

        WebElement pay = wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
        String requestPage = browser.getCurrentUrl();
        assertThat(requestPage).matches(Pattern.quote(PORTAL) + "/requests/[0-9a-f-]{36}");
        assertThat(browser.findElement(By.id("payment")).getText()).contains("۵٬۰۰۰٬۰۰۰ ریال");
        screenshot("awaiting-payment");
        pay.click();

        click(By.cssSelector("button.pay"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "پرداخت انجام و تأیید شد"));
        screenshot("paid");
        click(By.partialLinkText("بازگشت به درخواست"));

        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#code .code")));
        String display = code.getText();
        assertThat(display).matches("\\d{4}-\\d{4}-\\d{4}-\\d{4}-\\d{4}");
        assertThat(browser.findElement(By.cssSelector("#request .status")).getText()).isEqualTo("کد صادر شد");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> !"0".equals(driver.findElement(By.cssSelector("#code img.qr"))
                        .getAttribute("naturalWidth")));
        screenshot("code-issued");

        browser.manage().deleteAllCookies();
        browser.get(PORTAL + "/verify");
        type("code", display.replace("-", " "));
        click(By.cssSelector("main form button[type=submit]"));
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer.VALID")));
        assertThat(answer.getText()).contains("معتبر", "گواهی موقت پایان تحصیلات");
        assertThat(browser.findElements(By.linkText("درخواست تازه"))).as("a stranger sees no staff menu").isEmpty();
        screenshot("verified-by-a-stranger");
    }

    @Test
    void staffUploadABulkFileAndWatchEveryRowBecomeARequestWithItsCode() throws IOException {
        logIn("staff.sharif", "staff-sharif-pass");
        browser.findElement(By.linkText("بارگذاری گروهی")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        new Select(browser.findElement(By.id("type"))).selectByValue("ENROLMENT_CERTIFICATE");
        browser.findElement(By.id("file")).sendKeys(bulkFile(12).toString());
        screenshot("bulk-form");
        click(By.cssSelector("main form button[type=submit]"));

        wait.until(ExpectedConditions.urlMatches(Pattern.quote(PORTAL) + "/requests/batches/[0-9a-f-]{36}"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#batch .status"), "پایان یافت"));
        assertThat(browser.findElement(By.id("accepted")).getText()).isEqualTo("۱۲");
        assertThat(browser.findElement(By.id("rejected")).getText()).isEqualTo("۱");
        // The feed shows the codes as they are issued, without a reload (each arrival redraws the list).
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> driver
                .findElements(By.cssSelector("#live-feed li")).stream().anyMatch(li -> !li.getText().isBlank()));
        wait.until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.id("codes-issued")).getText().equals("۱۲");
        });
        screenshot("bulk-done");

        click(By.partialLinkText("درخواست‌های این فایل"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tbody tr"), 12));
        screenshot("bulk-requests");
    }

    /**
     * The console's walk: a premature approval (a script sent RequestApproved for a request still under review) makes
     * code-service issue a code that request-service refuses, so the code's event lands in a dead-letter topic. The
     * administrator sees it from the console's front page, reads why, an operator approves the request (the fix),
     * the administrator replays the event and the request completes with that code. A malformed record is discarded
     * with a reason. Every step is audited.
     */
    @Test
    void anAdministratorSeesAPoisonEventReadsWhyReplaysItAfterTheFixAndTheRequestCompletes() throws Exception {
        String nationalId = nationalId("123450777");
        String id = submitForUt("""
                {"type":"EDUCATIONAL_CONFIRMATION","fields":{"nationalId":"%s","studentNumber":"4021111111",
                 "fullName":"نرگس امیری","degree":"BACHELOR","graduationDate":"1403/06/31"}}""".formatted(nationalId));
        awaitStatus(id, "UNDER_REVIEW");
        String eventId = java.util.UUID.randomUUID().toString();
        String approvedTooEarly = """
                {"eventId":"%s","occurredAt":"%s","requestId":"%s","requestType":"EDUCATIONAL_CONFIRMATION",
                 "holder":{"nationalId":"%s","studentNumber":"4021111111","fullName":"نرگس امیری"},
                 "codeValidityDays":365,"university":"ut","maxExtensionDays":180}"""
                .formatted(eventId, java.time.Instant.now(), id, nationalId);
        publish("sehat.request.events", id, "ir.saorg.sehat.request.approved.v1", eventId, approvedTooEarly);
        String malformed = java.util.UUID.randomUUID().toString();
        publish("sehat.payment.events", malformed, "ir.saorg.sehat.payment.waived.v1", malformed, "{not json");

        logIn("admin", "admin-pass");
        browser.findElement(By.linkText("میز مدیران")).click();
        By deadLetters = By.cssSelector("#service-request-service a[href='/admin/services/request-service/dead-letters']");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            var found = driver.findElements(deadLetters);
            return !found.isEmpty() && !found.getFirst().getText().startsWith("۰");
        });
        screenshot("console-dead-letter-waiting");
        click(deadLetters);

        By letterOfTheRequest = By.xpath("//tr[.//small[text()='" + id + "']]//a");
        click(letterOfTheRequest);
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason")));
        assertThat(reason.getText()).contains(id, "UNDER_REVIEW");
        assertThat(browser.findElement(By.id("payload")).getText()).doesNotContain(nationalId);
        screenshot("console-why-it-failed");

        approveAsOperator(id);
        click(By.cssSelector("#replay button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "بازپخش شد"));
        awaitStatus(id, "CODE_ISSUED");
        screenshot("console-replayed");

        browser.get(PORTAL + "/requests/" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#code .code")));
        assertThat(browser.findElement(By.cssSelector("#request .status")).getText()).isEqualTo("کد صادر شد");
        screenshot("request-completed");

        browser.get(PORTAL + "/admin/services/request-service/dead-letters");
        click(By.xpath("//tr[.//small[text()='" + malformed + "']]//a"));
        click(By.cssSelector("#discard button"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discard-error")));
        type("discard-reason", "رکورد آزمایشی خراب؛ رویداد واقعی نیست");
        click(By.cssSelector("#discard button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "کنار گذاشته شد"));

        browser.get(PORTAL + "/admin/services/request-service/dead-letters/actions");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "رکورد آزمایشی خراب"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("علی مدیر", "بازپخش شد");
        screenshot("console-audit");

        browser.get(PORTAL + "/admin");
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("charts")), "data-points"));
        wait.until(driver -> Integer.parseInt(driver.findElement(By.id("charts")).getAttribute("data-points")) >= 2);
        assertThat(browser.findElement(By.id("topics")).getText()).contains("sehat.request.events", "code-service");
        screenshot("console-front-page");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("charts-heading")));
        screenshot("console-live-charts");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("topics-heading")));
        screenshot("console-topics-and-lag");
    }

    /** An operator's pages, as an operator reaches them from the menu: request types and their calls, tariffs, codes. */
    @Test
    void anOperatorReachesRequestTypesTariffsAndCodesFromTheMenu() throws IOException {
        logIn("operator", "operator-pass");
        browser.findElement(By.linkText("نوع‌های درخواست و فراخوان‌ها")).click();
        click(By.cssSelector("a[href='/operator/request-types/EDUCATIONAL_CONFIRMATION']"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "تاییدیه تحصیلی"));
        screenshot("request-type");

        browser.findElement(By.linkText("تعرفه‌ها")).click();
        wait.until(ExpectedConditions.urlMatches(Pattern.quote(PORTAL) + "/operator/tariffs$"));
        browser.get(PORTAL + "/operator/tariffs/" + jalaliYear());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "PROVISIONAL_GRADUATION_CERTIFICATE"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("۵٬۰۰۰٬۰۰۰");
        screenshot("tariffs");

        browser.findElement(By.linkText("ابطال کد")).click();
        type("code", "4821 3390 5771 2604 8831");
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-error")));
        screenshot("code-lookup-refused");
    }

    private static String submitForUt(String body) throws Exception {
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create(PORTAL + "/api/v1/requests"))
                .header("Authorization", "Bearer " + token("ut-system", "ut-system-secret"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void approveAsOperator(String id) throws Exception {
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create(PORTAL + "/api/v1/requests/" + id + "/approval"))
                .header("Authorization", "Bearer " + token("sehat-operator-cli", "operator-cli-secret"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static void awaitStatus(String id, String status) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> HTTP.send(
                HttpRequest.newBuilder(URI.create(PORTAL + "/api/v1/requests/" + id))
                        .header("Authorization", "Bearer " + token("ut-system", "ut-system-secret")).build(),
                HttpResponse.BodyHandlers.ofString()).body().contains("\"status\":\"" + status + "\""));
    }

    /** Puts a record on a topic of the running stack as a service would, CloudEvents headers and all. */
    private static void publish(String topic, String key, String type, String eventId, String payload)
            throws Exception {
        var config = Map.<String, Object>of("bootstrap.servers", "127.0.0.1:" + PORTS.get("SEHAT_KAFKA_PORT"),
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName(),
                "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(config)) {
            var record = new org.apache.kafka.clients.producer.ProducerRecord<>(topic, key, payload);
            for (var header : Map.of("ce_id", eventId, "ce_type", type,
                    "ce_specversion", "1.0", "ce_source", "/sehat/browser-test").entrySet()) {
                record.headers().add(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        }
    }

    private void logIn(String username, String password) {
        browser.get(PORTAL + "/requests");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith("http://localhost:" + PORTS.get("SEHAT_IDENTITY_PORT") + "/login");
        type("username", username);
        type("password", password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(Pattern.quote(PORTAL + "/requests") + "$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .user")));
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks what is found, again if a live refresh replaced it between finding and clicking. */
    private void click(By what) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            WebElement found = ExpectedConditions.elementToBeClickable(what).apply(driver);
            if (found == null) {
                return false;
            }
            found.click();
            return true;
        });
    }

    private void screenshot(String name) throws IOException {
        File taken = browser.getScreenshotAs(OutputType.FILE);
        Path saved = SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(test, ++shot, name));
        Files.copy(taken.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Screenshot: " + saved);
    }

    /** A CSV of {@code valid} students with correct national IDs, and one row whose national ID is wrong. */
    private static Path bulkFile(int valid) throws IOException {
        var csv = new StringBuilder("nationalId,studentNumber,fullName\n");
        for (int i = 0; i < valid; i++) {
            csv.append(nationalId(String.format("%09d", 123_450_000 + i))).append(',')
                    .append(4_020_000_000L + i).append(',').append(FIRST_NAMES[i % FIRST_NAMES.length]).append(' ')
                    .append(LAST_NAMES[i / FIRST_NAMES.length % LAST_NAMES.length]).append('\n');
        }
        csv.append("1234567890,4029999999,ردیف نادرست\n");
        Path file = Files.createTempFile("students", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    static final String[] FIRST_NAMES = {"زهرا", "علی", "مریم", "حسین", "فاطمه", "رضا"};
    static final String[] LAST_NAMES = {"احمدی", "کریمی", "رضایی", "محمدی"};

    /** Nine digits and their check digit (the national ID's mod-11 rule). */
    static String nationalId(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return nineDigits + (remainder < 2 ? remainder : 11 - remainder);
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An access token of one of the identity provider's machine clients. */
    static String token(String client, String secret) throws IOException, InterruptedException {
        var token = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORTS.get("SEHAT_IDENTITY_PORT")
                        + "/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + client
                        + "&client_secret=" + secret)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(token.body());
        assertThat(m.find()).as(token.body()).isTrue();
        return m.group(1);
    }

    /** The shipped budget table has no tariff for provisional certificates: an operator adds one for this year. */
    private static void uploadATariffForProvisionalCertificates() throws IOException {
        try {
            var uploaded = HTTP.send(HttpRequest.newBuilder(URI.create(PORTAL + "/api/v1/tariffs/" + jalaliYear()))
                    .header("Authorization", "Bearer " + token("sehat-operator-cli", "operator-cli-secret"))
                    .header("Content-Type", "text/csv")
                    .PUT(HttpRequest.BodyPublishers.ofString("requestType,amountRials\n"
                            + "FOREIGN_DEGREE_EVALUATION,25000000\nPROVISIONAL_GRADUATION_CERTIFICATE,5000000\n"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The Jalali year in Tehran today: it starts at Nowruz, on 20 or 21 March (the day before is safe enough here). */
    private static int jalaliYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
        return today.getYear() - (MonthDay.from(today).isBefore(MonthDay.of(3, 21)) ? 622 : 621);
    }
}
