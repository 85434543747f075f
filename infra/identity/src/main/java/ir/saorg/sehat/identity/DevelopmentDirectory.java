package ir.saorg.sehat.identity;

import java.util.List;
import java.util.Optional;

/**
 * Who exists in the development identity provider. Passwords and secrets are public (README lists them): this
 * provider serves the local stack only.
 */
public final class DevelopmentDirectory {

    /** A person who logs in. */
    public record Person(String username, String password, String name, List<String> roles, String university) {
    }

    /** An application that gets tokens for itself (client credentials). */
    public record Machine(String clientId, String secret, List<String> roles, String university) {
    }

    public static final List<Person> PEOPLE = List.of(
            new Person("staff.ut", "staff-ut-pass", "زهره کاظمی", List.of("STAFF"), "ut"),
            new Person("staff.sharif", "staff-sharif-pass", "حمید نوری", List.of("STAFF"), "sharif"),
            new Person("operator", "operator-pass", "مریم سازمانی", List.of("OPERATOR"), null),
            new Person("admin", "admin-pass", "علی مدیر", List.of("ADMIN"), null));

    public static final List<Machine> MACHINES = List.of(
            new Machine("ut-system", "ut-system-secret", List.of("STAFF"), "ut"),
            new Machine("sharif-system", "sharif-system-secret", List.of("STAFF"), "sharif"),
            new Machine("sehat-operator-cli", "operator-cli-secret", List.of("OPERATOR"), null),
            new Machine("sehat-admin-cli", "admin-cli-secret", List.of("ADMIN"), null));

    private DevelopmentDirectory() {
    }

    public static Optional<Person> person(String username) {
        return PEOPLE.stream().filter(p -> p.username().equals(username)).findFirst();
    }

    public static Optional<Machine> machine(String clientId) {
        return MACHINES.stream().filter(m -> m.clientId().equals(clientId)).findFirst();
    }
}
