package ir.saorg.sehat.console.cluster.web;

import ir.saorg.sehat.console.cluster.ClusterOverview;
import ir.saorg.sehat.portal.PortalPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * The console's front page: each service's health, outbox and dead letters (each box fetched from its own service
 * through the gateway), the topics with their partitions, end offsets and every group's lag, and the live charts.
 */
@PortalPage
class ConsolePages {

    static final String SERVICES = "request-service,code-service,payment-service,notification-service";

    private final ClusterOverview cluster;
    private final List<String> services;

    ConsolePages(ClusterOverview cluster, @Value("${sehat.console.services:" + SERVICES + "}") List<String> services) {
        this.cluster = cluster;
        this.services = services;
    }

    @GetMapping("/admin")
    String overview(Model model) {
        model.addAttribute("services", services).addAttribute("topics", Unavailable.when(cluster::topics));
        return "console/overview";
    }

    @GetMapping("/admin/cluster/topics")
    String topics(Model model) {
        model.addAttribute("topics", Unavailable.when(cluster::topics));
        return "console/overview :: topics";
    }
}
