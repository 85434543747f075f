package ir.saorg.sehat.notification.feed;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AutoConfigureMockMvc
abstract class ReportingScenarios extends EventFlowScenarios {

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.NOTIFICATION_EVENTS};
    }

    @Autowired
    ReportingCodeIssued reporting;
    @Autowired
    Notifications notifications;
    @Autowired
    MockMvc mvc;

    @Test
    void reportsAnIssuedCodeAndSaysWhenItWasDelivered() throws Exception {
        CodeIssued issued = issued();
        sender.send(issued);

        var delivered = probe.awaitEvent(EventTypes.NOTIFICATION_DELIVERED.name(), issued.requestId().toString());

        assertThat(EventSchemas.violations(delivered.type(), delivered.payload())).isEmpty();
        mvc.perform(get("/api/v1/notifications").param("requestId", issued.requestId().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].textFa").value("کد صحت درخواست صادر شد: 4821-3390-5771-2604-8835"));
    }

    @Test
    void notifiesOnceWhenTheSameEventIsHandledAgainAfterACrash() {
        CodeIssued issued = issued();
        // The processed-event record was lost with the crash: the handler itself must not notify twice.
        reporting.onCodeIssued(issued);
        reporting.onCodeIssued(issued);

        assertThat(notifications.forRequest(issued.requestId().toString())).hasSize(1);
    }

    @Test
    void refusesAMalformedRequestIdClearly() throws Exception {
        mvc.perform(get("/api/v1/notifications").param("requestId", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/invalid-parameter"));
    }

    private static CodeIssued issued() {
        Instant now = Instant.now();
        return new CodeIssued(UUID.randomUUID(), now, UUID.randomUUID(), "48213390577126048835",
                "ENROLMENT_CERTIFICATE", "049*****99", now, now.plusSeconds(3600));
    }
}
