package ir.saorg.sehat.payment.tariff.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * What uploaded tariff tables are checked against, under {@code sehat.payment}.
 *
 * @param requestTypes the request type codes a table may name. request-service owns the types; until it publishes
 *                     their changes, this list is configuration and must follow request-service's catalogue
 * @param tariffFiles  limits of an uploaded file
 */
@ConfigurationProperties("sehat.payment")
public record TariffSettings(
        @DefaultValue({"ENROLMENT_CERTIFICATE", "EDUCATIONAL_CONFIRMATION", "PROVISIONAL_GRADUATION_CERTIFICATE",
                "FOREIGN_DEGREE_EVALUATION"}) List<String> requestTypes,
        @DefaultValue TariffFiles tariffFiles) {

    /**
     * Limits of an uploaded tariff file, under {@code sehat.payment.tariff-files}.
     *
     * @param maxAmountRials the largest amount a row may have; above it is taken for a typo (100 billion rials)
     * @param maxSize        the largest file accepted
     */
    public record TariffFiles(@DefaultValue("100000000000") long maxAmountRials,
                              @DefaultValue("1MB") DataSize maxSize) {
    }
}
