package ir.saorg.sehat.platform.testing;

import ir.saorg.sehat.platform.text.NationalId;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up students for tests: a fresh valid national ID each time, so tests never share one student's open slot. */
public final class TestStudents {

    private TestStudents() {
    }

    public static String nationalId() {
        String nine = "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000, 999_999_999));
        String id = NationalId.withCheckDigit(nine);
        return NationalId.isValid(id) ? id : nationalId();
    }
}
