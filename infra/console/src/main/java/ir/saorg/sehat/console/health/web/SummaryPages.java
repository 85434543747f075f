package ir.saorg.sehat.console.health.web;

import ir.saorg.sehat.console.ThisService;
import ir.saorg.sehat.console.health.ServiceSummary;
import ir.saorg.sehat.console.health.SummarisingService;
import ir.saorg.sehat.portal.PortalPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** This service's box on the console's front page, and the same as JSON. */
@PortalPage
class SummaryPages {

    private final ThisService self;
    private final SummarisingService summarising;

    SummaryPages(ThisService self, SummarisingService summarising) {
        this.self = self;
        this.summarising = summarising;
    }

    @GetMapping("/admin/services/{service}/summary")
    String box(@PathVariable String service, Model model) {
        self.check(service);
        model.addAttribute("summary", summarising.summary());
        return "console/summary :: box";
    }

    @GetMapping("/api/v1/admin/services/{service}/summary")
    @ResponseBody
    ServiceSummary summary(@PathVariable String service) {
        self.check(service);
        return summarising.summary();
    }
}
