package ir.saorg.sehat.notification.recipients.web;

import ir.saorg.sehat.notification.recipients.Contact;
import ir.saorg.sehat.notification.recipients.ContactRules;
import ir.saorg.sehat.notification.recipients.SettingPreferences;
import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET/PUT /api/v1/notifications/preferences}: the logged-in staff member's contact details and channels. The
 * subject comes from the access token, so nobody reads or changes someone else's.
 */
@RestController
@RequestMapping("/api/v1/notifications/preferences")
class PreferencesController {

    private final SettingPreferences preferences;

    PreferencesController(SettingPreferences preferences) {
        this.preferences = preferences;
    }

    /** The preferences as shown and as sent. */
    record PreferencesView(String email, String mobile, String language, List<String> channels) {

        static PreferencesView of(Contact contact) {
            return new PreferencesView(contact.email(), contact.mobile(), contact.language().tag(),
                    contact.channels().stream().map(Enum::name).sorted().toList());
        }
    }

    @GetMapping
    PreferencesView current(@AuthenticationPrincipal Jwt token) {
        return PreferencesView.of(preferences.current(token.getSubject()));
    }

    @PutMapping
    PreferencesView change(@AuthenticationPrincipal Jwt token, @RequestBody PreferencesView body) {
        try {
            return PreferencesView.of(preferences.set(token.getSubject(),
                    new ContactRules.Requested(body.email(), body.mobile(), body.language(), body.channels())));
        } catch (SettingPreferences.InvalidPreferencesException invalid) {
            throw new Problem(HttpStatus.BAD_REQUEST, "invalid-preferences", invalid.violations().size())
                    .with("errors", invalid.violations().stream()
                            .map(v -> FieldProblem.of(v.field(), v.key())).toList());
        }
    }
}
