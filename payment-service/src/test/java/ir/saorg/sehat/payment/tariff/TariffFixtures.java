package ir.saorg.sehat.payment.tariff;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

/** Rules, instants and file bytes the tariff tests share. */
public final class TariffFixtures {

    public static final Set<String> KNOWN_TYPES = Set.of("ENROLMENT_CERTIFICATE", "EDUCATIONAL_CONFIRMATION",
            "PROVISIONAL_GRADUATION_CERTIFICATE", "FOREIGN_DEGREE_EVALUATION");
    public static final long MAX_AMOUNT = 100_000_000_000L;
    public static final TariffFileRules RULES = new TariffFileRules(KNOWN_TYPES, MAX_AMOUNT, 1024 * 1024);

    /** 24 November 2026, in the fiscal year 1405 (which began 21 March 2026 in Tehran). */
    public static final Instant IN_1405 = Instant.parse("2026-11-24T08:00:00Z");

    private TariffFixtures() {
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The bytes Excel writes for "CSV" on a Persian Windows: Windows-1256, which has no Persian ی, so Excel writes the
     * Arabic ي in its place. Fails if any other character cannot be written, so the fixture is what it claims.
     */
    public static byte[] windows1256(String text) {
        try {
            ByteBuffer bytes = Charset.forName("windows-1256").newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text.replace('ی', 'ي')));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not writable in Windows-1256: " + text, e);
        }
    }

    public static TariffFile csv(String text) {
        return new TariffFile(utf8(text), "tariffs.csv", "text/csv");
    }

    public static TariffFile json(String text) {
        return new TariffFile(utf8(text), null, "application/json");
    }
}
