package ir.saorg.sehat.request.types;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Operators create request types and change them. Every change is a new version (the old one + 1); nothing stored
 * is ever rewritten, so a request keeps the guide it was submitted under. A change names the version it was made
 * from, and is refused when another change got there first: two operators never overwrite each other unseen.
 */
public class DefiningRequestType {

    private final RequestTypeVersions store;
    private final StoredTypeCatalogue catalogue;
    private final Clock clock;

    public DefiningRequestType(RequestTypeVersions store, StoredTypeCatalogue catalogue, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The outcome: the stored version, and whether it is new (false: the change changed nothing). */
    public record Saved(TypeVersion version, boolean created) {
    }

    /**
     * Stores a new type as version 1.
     *
     * @throws InvalidTypeDefinitionException listing everything wrong with the definition
     * @throws TypeExistsException            when a type with that code exists
     */
    public Saved create(RequestTypeDefinition definition, String by) {
        String code = definition == null ? null : definition.code();
        TypeDefinitionCheck.Result checked = TypeDefinitionCheck.check(definition, code, 1);
        if (!checked.valid()) {
            throw new InvalidTypeDefinitionException(checked.problems());
        }
        if (store.latest(code).isPresent()) {
            throw new TypeExistsException(code);
        }
        var first = new TypeVersion(checked.type(), now(), by);
        if (!store.insert(first)) {
            throw new TypeExistsException(code);
        }
        catalogue.saved(first);
        return new Saved(first, true);
    }

    /**
     * Stores a change of a type as its next version, when {@code basedOn} is still its current version. A definition
     * equal to the current version stores nothing and answers the current version.
     *
     * @throws UnknownTypeException           when the type does not exist
     * @throws VersionMismatchException       when the current version is not {@code basedOn}
     * @throws InvalidTypeDefinitionException listing everything wrong with the definition
     */
    public Saved change(String code, int basedOn, RequestTypeDefinition definition, String by) {
        return change(code, Set.of(basedOn), definition, by);
    }

    /** As {@link #change(String, int, RequestTypeDefinition, String)}, made from any of {@code basedOn}. */
    public Saved change(String code, Set<Integer> basedOn, RequestTypeDefinition definition, String by) {
        TypeVersion current = store.latest(code).orElseThrow(() -> new UnknownTypeException(code));
        if (!basedOn.contains(current.version())) {
            throw new VersionMismatchException(current.type(), basedOn);
        }
        TypeDefinitionCheck.Result checked = TypeDefinitionCheck.check(definition, code, current.version() + 1);
        if (!checked.valid()) {
            throw new InvalidTypeDefinitionException(checked.problems());
        }
        if (sameDefinition(checked.type(), current.type())) {
            return new Saved(current, false);
        }
        var next = new TypeVersion(checked.type(), now(), by);
        if (!store.insert(next)) {
            RequestType winner = store.latest(code).map(TypeVersion::type).orElse(current.type());
            throw new VersionMismatchException(winner, basedOn);
        }
        catalogue.saved(next);
        return new Saved(next, true);
    }

    private static boolean sameDefinition(RequestType changed, RequestType current) {
        return changed.equals(new RequestType(current.code(), changed.version(), current.nameFa(), current.nameEn(),
                current.fields(), current.targetTime(), current.reviewRequired(), current.codeValidityDays(),
                current.maxExtensionDays(), current.callWindows(), current.codesExpireWithCall()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The definition breaks the rules; {@code problems} lists every break. */
    public static class InvalidTypeDefinitionException extends RuntimeException {

        private final transient List<TypeDefinitionProblem> problems;

        public InvalidTypeDefinitionException(List<TypeDefinitionProblem> problems) {
            super(problems.size() + " problems in the type definition");
            this.problems = List.copyOf(problems);
        }

        public List<TypeDefinitionProblem> problems() {
            return problems;
        }
    }

    /** A type with this code exists already. */
    public static class TypeExistsException extends RuntimeException {

        public TypeExistsException(String code) {
            super(code);
        }
    }

    /** No type has this code. */
    public static class UnknownTypeException extends RuntimeException {

        public UnknownTypeException(String code) {
            super(String.valueOf(code));
        }
    }

    /** The change was made from one of {@code basedOn}, but the type is at {@code current} now. */
    public static class VersionMismatchException extends RuntimeException {

        private final transient RequestType current;
        private final transient Set<Integer> basedOn;

        public VersionMismatchException(RequestType current, Set<Integer> basedOn) {
            super(current.code() + " is at version " + current.version() + ", not " + new TreeSet<>(basedOn));
            this.current = current;
            this.basedOn = Set.copyOf(basedOn);
        }

        public RequestType current() {
            return current;
        }

        /** The versions the change said it was made from. */
        public Set<Integer> basedOn() {
            return basedOn;
        }
    }
}
