package ir.saorg.sehat.request;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import ir.saorg.sehat.platform.testing.DomainRules;

@AnalyzeClasses(packages = "ir.saorg.sehat.request", importOptions = ImportOption.DoNotIncludeTests.class)
class NoFrameworkInDomainLogicTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = DomainRules.domainIsFreeOfFrameworks();
}
