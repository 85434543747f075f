package ir.saorg.sehat.console.deadletters.web;

import ir.saorg.sehat.console.deadletters.DeadLetterDesk.Actor;
import org.springframework.security.oauth2.jwt.Jwt;

final class Actors {

    private Actors() {
    }

    static Actor of(Jwt token) {
        String name = token.getClaimAsString("name");
        return new Actor(token.getSubject(), name == null || name.isBlank() ? token.getSubject() : name);
    }
}
