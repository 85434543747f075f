package ir.saorg.sehat.console.deadletters;

import java.util.List;
import java.util.Map;

/** The audit of what administrators did with this service's dead letters, at most one action per dead letter. */
public interface DeadLetterActions {

    /** Records the action unless one is already recorded for that dead letter; @return whether it was recorded */
    boolean claim(DeadLetterAction action);

    /** Takes back a claim whose action could not be carried out (the replay could not be sent). */
    void release(String id);

    /** The actions on these dead letters, by dead-letter id. */
    Map<String, DeadLetterAction> of(List<String> ids);

    long countOn(String topic);

    /** The newest actions first. */
    List<DeadLetterAction> newest(int limit);
}
