package ir.saorg.sehat.request.types.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code sehat.request.types.*}.
 *
 * @param cacheRefresh how old the in-memory copy of the current types may grow before it is read again; a change
 *                     saved on another instance applies here within this time (on the instance that saved it, at once)
 */
@ConfigurationProperties("sehat.request.types")
public record RequestTypeSettings(@DefaultValue("5s") Duration cacheRefresh) {
}
