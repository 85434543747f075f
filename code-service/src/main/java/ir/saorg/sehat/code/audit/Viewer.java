package ir.saorg.sehat.code.audit;

/**
 * Who looks at the audit: staff of one university, or operators and administrators, who reach every university and
 * also see the clients' fingerprints.
 *
 * @param university     the staff member's university (null for operators and administrators, or a staff token
 *                       without one, which reaches nothing)
 * @param everyUniversity whether every university's codes are in reach
 */
public record Viewer(String university, boolean everyUniversity) {

    public static Viewer staffOf(String university) {
        return new Viewer(university, false);
    }

    public static Viewer organisation() {
        return new Viewer(null, true);
    }

    /** Whether this viewer may see verifications of a code of this university. */
    public boolean reaches(String codeUniversity) {
        return everyUniversity || university != null && university.equals(codeUniversity);
    }

    /** Fingerprints link one client's verifications; staff need when and how, not who. */
    public boolean seesClients() {
        return everyUniversity;
    }
}
