package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.request.disputes.DisputeRefused.Why;

import java.util.List;

/** Reads disputes as a party may see them: staff their university's, operators and administrators every one. */
public class FindingDisputes {

    private final Disputes disputes;

    public FindingDisputes(Disputes disputes) {
        this.disputes = disputes;
    }

    /** The dispute, if the party may see it; otherwise refused as not found, so ids reveal nothing. */
    public Dispute one(String id, Party party) {
        return disputes.find(id).filter(d -> party.sees(d.university()))
                .orElseThrow(() -> new DisputeRefused(Why.DISPUTE_NOT_FOUND, id));
    }

    /** A page of the disputes the party may see, of one status or (null) all. */
    public Disputes.Page list(DisputeStatus status, Party party, int page, int size) {
        if (party.seesNothing()) {
            return new Disputes.Page(List.of(), 0);
        }
        return disputes.page(status, party.scope(), page, size);
    }
}
