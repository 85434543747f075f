package ir.saorg.sehat.console.deadletters.web;

import ir.saorg.sehat.console.ThisService;
import ir.saorg.sehat.console.deadletters.DeadLetter.Coordinates;
import ir.saorg.sehat.console.deadletters.DeadLetterDesk;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import ir.saorg.sehat.portal.PortalPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console's pages on this service's dead letters: each topic with its newest letters, one letter with its reason,
 * headers and masked payload, the buttons to replay or discard it, and the audit. Every action goes back to the page
 * it came from, which shows what was done, or why it was refused.
 */
@PortalPage
class DeadLetterPages {

    private static final int SHOWN = 50;

    private final ThisService self;
    private final DeadLetterDesk desk;
    private final ProblemDetailsAdvice problems;

    DeadLetterPages(ThisService self, DeadLetterDesk desk, ProblemDetailsAdvice problems) {
        this.self = self;
        this.desk = desk;
        this.problems = problems;
    }

    @GetMapping("/admin/services/{service}/dead-letters")
    String topics(@PathVariable String service, Model model) {
        self.check(service);
        Map<String, Object> letters = new LinkedHashMap<>();
        var summary = desk.summary();
        summary.stream().filter(topic -> topic.total() > 0)
                .forEach(topic -> letters.put(topic.topic().name(), desk.newest(topic.topic().name(), SHOWN)));
        model.addAttribute("service", service).addAttribute("summary", summary).addAttribute("letters", letters);
        return "console/dead-letters";
    }

    @GetMapping("/admin/services/{service}/dead-letters/{topic}/{partition}/{offset}")
    String one(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
               @PathVariable long offset, @RequestParam(required = false) String done, Model model) {
        self.check(service);
        model.addAttribute("service", service).addAttribute("letter",
                desk.one(new Coordinates(topic, partition, offset))).addAttribute("done", done);
        return "console/dead-letter";
    }

    @GetMapping("/admin/services/{service}/dead-letters/actions")
    String audit(@PathVariable String service, Model model) {
        self.check(service);
        model.addAttribute("service", service).addAttribute("actions", desk.audit(200));
        return "console/audit";
    }

    @PostMapping("/admin/services/{service}/dead-letters/{topic}/{partition}/{offset}/replay")
    String replay(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
                  @PathVariable long offset, @AuthenticationPrincipal Jwt admin) {
        self.check(service);
        Coordinates at = new Coordinates(topic, partition, offset);
        desk.replay(at, Actors.of(admin));
        return back(service, at, "replayed");
    }

    @PostMapping("/admin/services/{service}/dead-letters/{topic}/{partition}/{offset}/discard")
    String discard(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
                   @PathVariable long offset, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal Jwt admin, Model model) {
        self.check(service);
        Coordinates at = new Coordinates(topic, partition, offset);
        try {
            desk.discard(at, Actors.of(admin), reason);
        } catch (Problem refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
            model.addAttribute("service", service).addAttribute("letter", desk.one(at))
                    .addAttribute("refused", problems.describe(refused)).addAttribute("reason", reason);
            return "console/dead-letter";
        }
        return back(service, at, "discarded");
    }

    @PostMapping("/admin/services/{service}/dead-letters/{topic}/replay")
    String replayPending(@PathVariable String service, @PathVariable String topic,
                         @AuthenticationPrincipal Jwt admin) {
        self.check(service);
        int replayed = desk.replayPending(topic, Actors.of(admin)).size();
        return "redirect:/admin/services/" + service + "/dead-letters?replayed=" + replayed + "#"
                + UriUtils.encodeFragment(topic, StandardCharsets.UTF_8);
    }

    private static String back(String service, Coordinates at, String done) {
        return "redirect:/admin/services/" + service + "/dead-letters/" + at.id() + "?done=" + done;
    }
}
