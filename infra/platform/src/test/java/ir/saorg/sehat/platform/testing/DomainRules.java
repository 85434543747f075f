package ir.saorg.sehat.platform.testing;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Domain code (everything of a service but its adapters: {@code web}, {@code messaging}, {@code persistence},
 * {@code scheduling},
 * {@code config}, and the application class) depends on neither Spring, Kafka nor the MongoDB driver.
 */
public final class DomainRules {

    private DomainRules() {
    }

    public static ArchRule domainIsFreeOfFrameworks() {
        return noClasses().that().resideOutsideOfPackages("..web..", "..messaging..", "..persistence..", "..scheduling..",
                        "..config..")
                .and().haveSimpleNameNotEndingWith("Application")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "com.mongodb..", "org.bson..")
                .because("domain logic must read without the frameworks around it (docs/architecture.md)");
    }
}
