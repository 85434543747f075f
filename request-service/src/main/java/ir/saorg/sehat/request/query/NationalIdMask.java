package ir.saorg.sehat.request.query;

/**
 * A national ID as lists show it: the first three and last two digits ({@code 049*****99}), as downstream systems
 * get it. Enough to tell students apart on a screen of 200 rows; the full ID is in the request's detail.
 */
public final class NationalIdMask {

    private NationalIdMask() {
    }

    public static String of(String nationalId) {
        if (nationalId == null || nationalId.isEmpty()) {
            return null;
        }
        if (nationalId.length() < 6) {
            return "*".repeat(nationalId.length());
        }
        return nationalId.substring(0, 3) + "*".repeat(nationalId.length() - 5)
                + nationalId.substring(nationalId.length() - 2);
    }
}
