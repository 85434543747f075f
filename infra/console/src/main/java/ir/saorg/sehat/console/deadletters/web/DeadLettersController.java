package ir.saorg.sehat.console.deadletters.web;

import ir.saorg.sehat.console.ThisService;
import ir.saorg.sehat.console.deadletters.DeadLetter;
import ir.saorg.sehat.console.deadletters.DeadLetter.Coordinates;
import ir.saorg.sehat.console.deadletters.DeadLetterAction;
import ir.saorg.sehat.console.deadletters.DeadLetterDesk;
import ir.saorg.sehat.console.deadletters.DeadLetterDesk.TopicSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** This service's dead letters for administrators' tools: the same actions as the console's pages. */
@RestController
@RequestMapping("/api/v1/admin/services/{service}/dead-letters")
class DeadLettersController {

    private final ThisService self;
    private final DeadLetterDesk desk;

    DeadLettersController(ThisService self, DeadLetterDesk desk) {
        this.self = self;
        this.desk = desk;
    }

    @GetMapping
    List<TopicSummary> topics(@PathVariable String service) {
        self.check(service);
        return desk.summary();
    }

    @GetMapping(params = "topic")
    List<DeadLetter> newest(@PathVariable String service, @RequestParam String topic,
                            @RequestParam(defaultValue = "50") int limit) {
        self.check(service);
        return desk.newest(topic, Math.clamp(limit, 1, 500));
    }

    @GetMapping("/actions")
    List<DeadLetterAction> audit(@PathVariable String service, @RequestParam(defaultValue = "100") int limit) {
        self.check(service);
        return desk.audit(Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/{topic}/{partition}/{offset}")
    DeadLetter one(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
                   @PathVariable long offset) {
        self.check(service);
        return desk.one(new Coordinates(topic, partition, offset));
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    DeadLetterAction replay(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
                            @PathVariable long offset, @AuthenticationPrincipal Jwt admin) {
        self.check(service);
        return desk.replay(new Coordinates(topic, partition, offset), Actors.of(admin));
    }

    @PostMapping("/{topic}/replay")
    List<DeadLetterAction> replayPending(@PathVariable String service, @PathVariable String topic,
                                         @AuthenticationPrincipal Jwt admin) {
        self.check(service);
        return desk.replayPending(topic, Actors.of(admin));
    }

    record Discarding(String reason) {
    }

    @PostMapping("/{topic}/{partition}/{offset}/discard")
    DeadLetterAction discard(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
                             @PathVariable long offset, @RequestBody Discarding discarding,
                             @AuthenticationPrincipal Jwt admin) {
        self.check(service);
        return desk.discard(new Coordinates(topic, partition, offset), Actors.of(admin), discarding.reason());
    }
}
