package ir.saorg.sehat.identity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose's Keycloak imports infra/docker/keycloak/sehat-realm.json; it must hold the same people, machines,
 * secrets, roles and universities as this development provider ({@link DevelopmentDirectory}), and give their tokens
 * the same claims ({@code roles}, {@code university}, {@code name} for people). Change one, change the other.
 */
class KeycloakRealmTest {

    static final Path REALM = Path.of("..", "docker", "keycloak", "sehat-realm.json");
    static final List<String> SEHAT_ROLES = List.of("STAFF", "OPERATOR", "ADMIN");
    static final String PORTAL = "sehat-portal";
    static final String PORTAL_REDIRECT = "http://localhost:8080/login/oauth2/code/sehat";

    static JsonNode realm;

    @BeforeAll
    static void readTheRealm() throws Exception {
        realm = JsonMapper.builder().build().readTree(Files.readString(REALM));
    }

    @Test
    void isTheSehatRealmWithSehatsThreeRoles() {
        assertThat(realm.path("realm").asString()).isEqualTo("sehat");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(names(realm.path("roles").path("realm"), "name")).containsExactlyInAnyOrderElementsOf(SEHAT_ROLES);
    }

    @Test
    void holdsEveryPersonWithTheSamePasswordNameRolesAndUniversity() {
        for (DevelopmentDirectory.Person person : DevelopmentDirectory.PEOPLE) {
            JsonNode user = only(stream(realm.path("users")).filter(u -> person.username().equals(u.path("username").asString())),
                    "user " + person.username());
            assertThat(user.path("enabled").asBoolean()).as(person.username()).isTrue();
            JsonNode password = only(stream(user.path("credentials")).filter(c -> "password".equals(c.path("type").asString())),
                    "password of " + person.username());
            assertThat(password.path("value").asString()).as(person.username()).isEqualTo(person.password());
            assertThat(password.path("temporary").asBoolean()).as(person.username()).isFalse();
            // Keycloak's full-name mapper writes "first last" into the name claim.
            assertThat(user.path("firstName").asString() + " " + user.path("lastName").asString())
                    .as(person.username()).isEqualTo(person.name());
            assertThat(strings(user.path("realmRoles"))).as(person.username()).containsExactlyElementsOf(person.roles());
            assertThat(strings(user.path("attributes").path("university"))).as(person.username())
                    .isEqualTo(person.university() == null ? List.of() : List.of(person.university()));
        }
    }

    @Test
    void holdsEveryMachineAsAServiceAccountWithTheSameSecretRolesAndUniversity() {
        for (DevelopmentDirectory.Machine machine : DevelopmentDirectory.MACHINES) {
            JsonNode client = client(machine.clientId());
            assertThat(client.path("secret").asString()).as(machine.clientId()).isEqualTo(machine.secret());
            assertThat(client.path("publicClient").asBoolean()).as(machine.clientId()).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(machine.clientId()).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean(true)).as(machine.clientId()).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as(machine.clientId()).isFalse();

            JsonNode account = only(stream(realm.path("users"))
                    .filter(u -> machine.clientId().equals(u.path("serviceAccountClientId").asString())),
                    "service account of " + machine.clientId());
            assertThat(strings(account.path("realmRoles"))).as(machine.clientId()).containsExactlyElementsOf(machine.roles());

            assertThat(mapper(client, "oidc-hardcoded-claim-mapper", "university")
                    .map(m -> m.path("config").path("claim.value").asString()).toList())
                    .as(machine.clientId())
                    .isEqualTo(machine.university() == null ? List.of() : List.of(machine.university()));
            assertPutsSehatRolesIntoTokens(client);
        }
    }

    @Test
    void theRealmHoldsNobodyAndNoClientTheDevelopmentProviderDoesNotKnow() {
        Set<String> people = DevelopmentDirectory.PEOPLE.stream().map(DevelopmentDirectory.Person::username)
                .collect(Collectors.toSet());
        Set<String> machines = DevelopmentDirectory.MACHINES.stream().map(DevelopmentDirectory.Machine::clientId)
                .collect(Collectors.toSet());
        assertThat(stream(realm.path("users")).filter(u -> !u.has("serviceAccountClientId"))
                .map(u -> u.path("username").asString()).toList()).containsExactlyInAnyOrderElementsOf(people);
        assertThat(stream(realm.path("users")).filter(u -> u.has("serviceAccountClientId"))
                .map(u -> u.path("serviceAccountClientId").asString()).toList()).containsExactlyInAnyOrderElementsOf(machines);
        assertThat(names(realm.path("clients"), "clientId"))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of(PORTAL), machines.stream()).toList());
    }

    @Test
    void thePortalIsAConfidentialClientThatMustUsePkceAndReturnsToTheGateway() {
        JsonNode portal = client(PORTAL);
        assertThat(portal.path("publicClient").asBoolean()).isFalse();
        assertThat(portal.path("secret").asString()).isEqualTo("sehat-portal-secret");
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(portal.path("serviceAccountsEnabled").asBoolean(true)).isFalse();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(strings(portal.path("redirectUris"))).containsExactly(PORTAL_REDIRECT);
        assertPutsSehatRolesIntoTokens(portal);
    }

    @Test
    void peoplesTokensCarryTheirUniversityAndName() {
        JsonNode portal = client(PORTAL);
        JsonNode university = only(mapper(portal, "oidc-usermodel-attribute-mapper", "university"),
                "the portal's university mapper");
        assertThat(university.path("config").path("user.attribute").asString()).isEqualTo("university");
        assertThat(university.path("config").path("access.token.claim").asString()).isEqualTo("true");
        JsonNode name = only(stream(portal.path("protocolMappers"))
                .filter(m -> "oidc-full-name-mapper".equals(m.path("protocolMapper").asString())), "the portal's name mapper");
        assertThat(name.path("config").path("access.token.claim").asString()).isEqualTo("true");

        // A person's university is theirs to read, not to change.
        JsonNode profile = JsonMapper.builder().build().readTree(realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider").path(0).path("config")
                .path("kc.user.profile.config").path(0).asString());
        JsonNode declared = only(stream(profile.path("attributes"))
                .filter(a -> "university".equals(a.path("name").asString())), "university in the user profile");
        assertThat(strings(declared.path("permissions").path("edit"))).containsExactly("admin");
    }

    @Test
    void dockerComposeImportsThisRealmAndTrustsItsIssuer() throws Exception {
        String compose = Files.readString(Path.of("..", "..", "docker-compose.yml"));
        assertThat(compose).contains("./infra/docker/keycloak:/opt/keycloak/data/import", "--import-realm",
                "SEHAT_ISSUER_URI: http://${KEYCLOAK_HOST:-localhost}:${KEYCLOAK_PORT:-8180}/realms/sehat",
                "KC_HOSTNAME: http://${KEYCLOAK_HOST:-localhost}:${KEYCLOAK_PORT:-8180}\n");
    }

    /** A roles claim (an array) from realm roles, and only Sehat's: no full scope, only the three roles mapped. */
    static void assertPutsSehatRolesIntoTokens(JsonNode client) {
        String clientId = client.path("clientId").asString();
        JsonNode roles = only(mapper(client, "oidc-usermodel-realm-role-mapper", "roles"), "roles mapper of " + clientId);
        assertThat(roles.path("config").path("multivalued").asString()).as(clientId).isEqualTo("true");
        assertThat(roles.path("config").path("access.token.claim").asString()).as(clientId).isEqualTo("true");
        assertThat(client.path("fullScopeAllowed").asBoolean(true)).as(clientId).isFalse();
        JsonNode scope = only(stream(realm.path("scopeMappings"))
                .filter(s -> clientId.equals(s.path("client").asString())), "scope mapping of " + clientId);
        assertThat(strings(scope.path("roles"))).as(clientId).containsExactlyInAnyOrderElementsOf(SEHAT_ROLES);
    }

    static Stream<JsonNode> mapper(JsonNode client, String type, String claim) {
        return stream(client.path("protocolMappers"))
                .filter(m -> type.equals(m.path("protocolMapper").asString()))
                .filter(m -> claim.equals(m.path("config").path("claim.name").asString()));
    }

    static JsonNode client(String clientId) {
        return only(stream(realm.path("clients")).filter(c -> clientId.equals(c.path("clientId").asString())),
                "client " + clientId);
    }

    static JsonNode only(Stream<JsonNode> nodes, String what) {
        List<JsonNode> found = nodes.toList();
        assertThat(found).as(what + " in " + REALM).hasSize(1);
        return found.getFirst();
    }

    static List<String> names(JsonNode array, String field) {
        return stream(array).map(n -> n.path(field).asString()).toList();
    }

    static List<String> strings(JsonNode array) {
        return stream(array).map(JsonNode::asString).toList();
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
