package ir.saorg.sehat.code.issuing.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The cache of codes public verification reads through, under {@code sehat.code.cache}.
 *
 * @param timeToLive  how long a code read from the store may be answered from memory at most: the longest a change
 *                    made by another instance can go unseen here if its event never arrives (docs/decisions/0010)
 * @param maximumSize how many codes (known or not) one instance remembers
 */
@ConfigurationProperties("sehat.code.cache")
public record CodeCacheSettings(@DefaultValue("30s") Duration timeToLive, @DefaultValue("100000") long maximumSize) {
}
