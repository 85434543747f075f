package ir.saorg.sehat.notification.email.messaging;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Jakarta Mail finds its stream provider by name instead of scanning the class path for every message. */
class StreamProvidersTest {

    String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(StreamProviders.PROPERTY);
        System.clearProperty(StreamProviders.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(StreamProviders.PROPERTY);
        } else {
            System.setProperty(StreamProviders.PROPERTY, before);
        }
    }

    @Test
    void namesTheProviderTheClassPathOffersSoThatLookUpsNeedNoScan() {
        String onTheClassPath = ServiceLoader.load(StreamProvider.class).findFirst().orElseThrow().getClass().getName();

        assertThat(StreamProviders.nameTheProvider()).isEqualTo(onTheClassPath);
        assertThat(System.getProperty(StreamProviders.PROPERTY)).isEqualTo(onTheClassPath);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(onTheClassPath);
    }

    @Test
    void leavesAProviderSomeoneElseNamedAlone() {
        System.setProperty(StreamProviders.PROPERTY, "com.example.TheirProvider");

        assertThat(StreamProviders.nameTheProvider()).isEqualTo("com.example.TheirProvider");
        assertThat(System.getProperty(StreamProviders.PROPERTY)).isEqualTo("com.example.TheirProvider");
    }
}
