package ir.saorg.sehat.notification.sms.sandbox;

import java.util.List;
import java.util.Optional;

/** What the sandbox was sent. */
public interface SandboxMessages {

    /** Stores it unless its id exists; false then. */
    boolean insertIfAbsent(SandboxMessage message);

    Optional<SandboxMessage> find(String id);

    List<SandboxMessage> newest(int limit);
}
