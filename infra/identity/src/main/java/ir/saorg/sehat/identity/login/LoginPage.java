package ir.saorg.sehat.identity.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form, Persian first with English beside it; Spring Security checks what it posts to /login. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
