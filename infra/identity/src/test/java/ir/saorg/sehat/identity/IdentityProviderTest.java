package ir.saorg.sehat.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The development provider publishes OIDC discovery and issues tokens with Sehat's claims to the seeded clients. */
@SpringBootTest(properties = "sehat.identity.issuer=http://localhost:19000")
@AutoConfigureMockMvc
class IdentityProviderTest {

    @Autowired
    MockMvc mvc;

    @Test
    void publishesDiscoveryWithTheConfiguredIssuer() throws Exception {
        mvc.perform(get("/.well-known/openid-configuration"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuer").value("http://localhost:19000"))
                .andExpect(jsonPath("$.jwks_uri").value("http://localhost:19000/oauth2/jwks"));
    }

    @Test
    void aUniversitysSystemGetsATokenNamingItsUniversityAndRole() throws Exception {
        String claims = claimsOf(token("ut-system", "ut-system-secret"));

        assertThat(claims).contains("\"university\":\"ut\"", "\"roles\":[\"STAFF\"]", "\"iss\":\"http://localhost:19000\"");
    }

    @Test
    void theOperatorsCommandLineGetsAnOperatorTokenWithoutAUniversity() throws Exception {
        String claims = claimsOf(token("sehat-operator-cli", "operator-cli-secret"));

        assertThat(claims).contains("\"roles\":[\"OPERATOR\"]").doesNotContain("university");
    }

    @Test
    void theAdministratorsCommandLineGetsAnAdministratorToken() throws Exception {
        String claims = claimsOf(token("sehat-admin-cli", "admin-cli-secret"));

        assertThat(claims).contains("\"roles\":[\"ADMIN\"]", "\"sub\":\"sehat-admin-cli\"").doesNotContain("university");
    }

    @Test
    void aWrongSecretGetsNoToken() throws Exception {
        mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("grant_type=client_credentials&client_id=ut-system&client_secret=wrong"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void healthIsOpenAndEverythingElseAsksForALogin() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/oauth2/authorize?response_type=code&client_id=sehat-portal").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    private String token(String clientId, String secret) throws Exception {
        String body = mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private static String claimsOf(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
