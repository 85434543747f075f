package ir.saorg.sehat.notification.templates;

import java.time.Instant;

/**
 * A value a template shows, kept as what it is so that each language formats it its own way and HTML escapes it
 * according to its kind. Values from outside (reasons, answers, names) are always {@link Text}: never markup.
 */
public sealed interface Fact {

    /** Free text, possibly written by a person or an attacker; escaped in HTML. */
    record Text(String value) implements Fact {
    }

    /** Latin text shown left to right inside Persian, e.g. a reference number. */
    record Ltr(String value) implements Fact {
    }

    /** A verification code's digits, shown in groups of four. */
    record Code(String digits) implements Fact {
    }

    /** A web address; a link only when it is http(s), else plain text. */
    record Link(String url) implements Fact {
    }

    /** An amount in rials. */
    record Amount(long rials) implements Fact {
    }

    /** A moment, shown as a Jalali date and time in Tehran. */
    record Moment(Instant instant) implements Fact {
    }

    /** Something named in both languages, e.g. a request type. */
    record Named(String fa, String en) implements Fact {
    }

    /** A fixed phrase of the templates themselves, looked up as {@code term.<key>}. */
    record Term(String key) implements Fact {
    }
}
