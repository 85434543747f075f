package ir.saorg.sehat.code.university;

/**
 * A university as people read it.
 *
 * @param code the code staff tokens carry, e.g. {@code ut}
 * @param fa   its Persian name, e.g. دانشگاه تهران (the code itself when the directory does not know it)
 * @param en   its English name, e.g. University of Tehran (likewise)
 */
public record University(String code, String fa, String en) {
}
