package ir.saorg.sehat.request.query.config;

import ir.saorg.sehat.request.query.ListingRequests;
import ir.saorg.sehat.request.query.RequestListing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query use cases as beans. */
@Configuration
class QueryConfiguration {

    @Bean
    ListingRequests listingRequests(RequestListing listing) {
        return new ListingRequests(listing);
    }
}
