package ir.saorg.sehat.notification.webhooks;

import java.util.List;
import java.util.Optional;

/** Where subscriptions live. */
public interface Subscriptions {

    void insert(Subscription subscription);

    Optional<Subscription> find(String id);

    List<Subscription> active();

    List<Subscription> all(int limit);

    /** Marks it inactive; false when there was no such active subscription. */
    boolean deactivate(String id);
}
