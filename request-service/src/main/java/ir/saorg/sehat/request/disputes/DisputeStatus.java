package ir.saorg.sehat.request.disputes;

/** Where a dispute stands. There is no way back from CLOSED: the organization's decision is final. */
public enum DisputeStatus {
    /** Under negotiation: staff and operators write to it until an operator settles it or its period runs out. */
    OPEN,
    /** Ended, settled by an operator or timed out; its decision is final and the request cannot be disputed again. */
    CLOSED
}
