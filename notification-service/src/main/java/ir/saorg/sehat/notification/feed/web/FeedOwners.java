package ir.saorg.sehat.notification.feed.web;

import ir.saorg.sehat.notification.recipients.OperatorDesk;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.ArrayList;
import java.util.List;

/**
 * The feeds a token reads: its own, its university's (entries whose submitter was unknown) for staff, and the
 * operators' for operators and administrators.
 */
final class FeedOwners {

    private FeedOwners() {
    }

    static List<String> of(Jwt token) {
        List<String> feeds = new ArrayList<>();
        feeds.add(token.getSubject());
        String university = SehatRoles.university(token);
        if (university != null && !university.isBlank()) {
            feeds.add("university:" + university);
        }
        if (SehatRoles.seesEveryUniversity(token)) {
            feeds.add(OperatorDesk.FEED);
        }
        return List.copyOf(feeds);
    }
}
