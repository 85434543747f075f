package ir.saorg.sehat.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every portal page the person looking at it, for the header and for what the page offers them. */
@ControllerAdvice(annotations = PortalPage.class)
class ViewerAdvice {

    @ModelAttribute("viewer")
    Viewer viewer(@AuthenticationPrincipal Jwt token) {
        return Viewer.of(token);
    }
}
