package ir.saorg.sehat.notification.recipients.config;

import ir.saorg.sehat.notification.recipients.Contact;
import ir.saorg.sehat.notification.recipients.ContactRules;
import ir.saorg.sehat.notification.recipients.Contacts;
import ir.saorg.sehat.notification.recipients.OperatorDesk;
import ir.saorg.sehat.notification.recipients.RememberingSubmitter;
import ir.saorg.sehat.notification.recipients.RequestRecipients;
import ir.saorg.sehat.notification.recipients.SettingPreferences;
import ir.saorg.sehat.notification.templates.Language;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.EnumSet;

/** Recipients' use cases, the operators' desk, and the seeded contacts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecipientsProperties.class)
class RecipientsConfiguration {

    @Bean
    OperatorDesk operatorDesk(RecipientsProperties settings) {
        Language language = Language.ofTag(settings.operators().language());
        return new OperatorDesk(settings.operators().mailboxes(), language);
    }

    @Bean
    RememberingSubmitter rememberingSubmitter(RequestRecipients recipients) {
        return new RememberingSubmitter(recipients);
    }

    @Bean
    SettingPreferences settingPreferences(Contacts contacts, Clock clock) {
        return new SettingPreferences(contacts, clock);
    }

    /** Stores each seed contact whose subject has none yet; a contact someone changed is left as it is. */
    @Bean
    ApplicationRunner seedContacts(RecipientsProperties settings, Contacts contacts) {
        return arguments -> settings.seedContacts().forEach(seed -> {
            var checked = ContactRules.check(new ContactRules.Requested(seed.email(), seed.mobile(), seed.language(),
                    seed.channels()));
            if (!checked.violations().isEmpty()) {
                throw new IllegalStateException("seed contact " + seed.subject() + " is invalid: " + checked.violations());
            }
            var channels = EnumSet.of(ir.saorg.sehat.notification.delivery.Channel.IN_APP);
            channels.addAll(checked.channels());
            contacts.insertIfAbsent(new Contact(seed.subject(), checked.email(), checked.mobile(), checked.language(),
                    channels, null));
        });
    }
}
