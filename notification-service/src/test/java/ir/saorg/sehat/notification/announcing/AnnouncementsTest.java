package ir.saorg.sehat.notification.announcing;

import ir.saorg.sehat.events.EventType;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.notification.templates.Language;
import ir.saorg.sehat.notification.templates.Rendered;
import ir.saorg.sehat.notification.templates.Templates;
import ir.saorg.sehat.platform.events.EventJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each reported event, as the contract's example gives it, becomes an announcement its templates can write out. */
class AnnouncementsTest {

    static final List<EventType<?>> REPORTED = List.of(EventTypes.PAYMENT_REQUESTED, EventTypes.CODE_ISSUED,
            EventTypes.REQUEST_REJECTED, EventTypes.REQUEST_CANCELLED, EventTypes.PAYMENT_FAILED,
            EventTypes.PAYMENT_EXPIRED, EventTypes.PAYMENT_REFUNDED, EventTypes.CODE_ISSUE_FAILED,
            EventTypes.DISPUTE_OPENED, EventTypes.DISPUTE_ANSWERED, EventTypes.DISPUTE_CLOSED, EventTypes.SLA_BREACHED);
    static final Announcements ANNOUNCEMENTS = new Announcements("https://sehat.saorg.ir/");
    static final Templates TEMPLATES = Templates.load();

    @ParameterizedTest
    @FieldSource("REPORTED")
    void translatesTheContractsExampleIntoAnAnnouncementThatRendersInBothLanguages(EventType<?> type) throws Exception {
        IntegrationEvent event = example(type);
        Method of = Announcements.class.getMethod("of", type.payload());
        Announcement announcement = (Announcement) of.invoke(ANNOUNCEMENTS, event);

        assertThat(announcement.eventId()).isEqualTo(event.eventId());
        assertThat(announcement.eventType()).isEqualTo(type.name());
        var facts = new HashMap<>(announcement.facts());
        facts.put("ref", new ir.saorg.sehat.notification.templates.Fact.Ltr("ref"));
        facts.put("type", new ir.saorg.sehat.notification.templates.Fact.Ltr("TYPE"));
        for (Language language : Language.values()) {
            Rendered rendered = TEMPLATES.render(announcement.subject().name(), language, facts);
            assertThat(rendered.html()).doesNotContain("{");
        }
    }

    @org.junit.jupiter.api.Test
    void linksTheCodesPrintableProofThroughThePublicAddress() throws Exception {
        var issued = (ir.saorg.sehat.events.code.CodeIssued) example(EventTypes.CODE_ISSUED);

        assertThat(ANNOUNCEMENTS.of(issued).facts().get("proofUrl")).isEqualTo(
                new ir.saorg.sehat.notification.templates.Fact.Link(
                        "https://sehat.saorg.ir/api/v1/codes/" + issued.code() + "/proof.pdf"));
    }

    static IntegrationEvent example(EventType<?> type) throws IOException {
        try (InputStream in = AnnouncementsTest.class.getResourceAsStream(type.exampleResource())) {
            return EventJson.read(in.readAllBytes(), type.payload());
        }
    }
}
