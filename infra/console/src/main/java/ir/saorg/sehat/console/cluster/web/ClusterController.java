package ir.saorg.sehat.console.cluster.web;

import ir.saorg.sehat.console.cluster.ClusterOverview;
import ir.saorg.sehat.console.cluster.ThroughputSeries;
import ir.saorg.sehat.console.cluster.TopicView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The cluster's topics, end offsets and consumer lag, and the live charts' series, as JSON. */
@RestController
class ClusterController {

    private final ClusterOverview cluster;
    private final ThroughputSeries series;

    ClusterController(ClusterOverview cluster, ThroughputSeries series) {
        this.cluster = cluster;
        this.series = series;
    }

    @GetMapping("/api/v1/admin/cluster/topics")
    List<TopicView> topics() {
        return Unavailable.when(cluster::topics);
    }

    @GetMapping("/api/v1/admin/cluster/series")
    ThroughputSeries.Series series() {
        return Unavailable.when(series::now);
    }
}
