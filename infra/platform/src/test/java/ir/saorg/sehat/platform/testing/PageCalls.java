package ir.saorg.sehat.platform.testing;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A portal page asked for with a token, as the gateway relays it; a wrong status fails with the page's body. */
public record PageCalls(MockMvc mvc) {

    public String page(MockHttpServletRequestBuilder request, String token, int expected) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expected);
        return body;
    }

    /** @return where the answer redirects to */
    public String redirect(MockHttpServletRequestBuilder request, String token) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }
}
