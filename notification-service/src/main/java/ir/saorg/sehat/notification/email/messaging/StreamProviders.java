package ir.saorg.sehat.notification.email.messaging;

import jakarta.mail.util.StreamProvider;

import java.util.ServiceLoader;

/**
 * Jakarta Mail 2.1 looks its {@link StreamProvider} up again for every multipart and many header encodings
 * ({@code StreamProvider.provider()}), and without a system property that means a ServiceLoader scan of every jar on
 * the class path: about a tenth of the CPU of sending a message here (jakartaee/mail-api issues 699 and 861). Naming
 * the provider in its system property turns each look-up into a class-name load. The name is the one the ServiceLoader
 * finds, so the same provider is used as before.
 */
public final class StreamProviders {

    public static final String PROPERTY = StreamProvider.class.getName();

    private StreamProviders() {
    }

    /** Names the provider found on the class path, unless someone already named one; returns the name in force. */
    public static String nameTheProvider() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            return named;
        }
        return ServiceLoader.load(StreamProvider.class, StreamProviders.class.getClassLoader()).findFirst()
                .map(provider -> {
                    String name = provider.getClass().getName();
                    System.setProperty(PROPERTY, name);
                    return name;
                })
                .orElse(null);
    }
}
