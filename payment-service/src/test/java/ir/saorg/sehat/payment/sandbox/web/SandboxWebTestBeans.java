package ir.saorg.sehat.payment.sandbox.web;

import ir.saorg.sehat.platform.testing.MutableClock;

import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import ir.saorg.sehat.platform.testing.InMemoryMongoBeans;
import org.springframework.context.support.StaticMessageSource;

import static ir.saorg.sehat.payment.sandbox.web.ZarinpalSandboxWebTest.START;

/**
 * What the sandbox's web slice needs besides its own beans: an in-memory store, a clock the
 * tests move, and the platform's problem-details advice that the sandbox's error envelope must win over.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(InMemoryMongoBeans.class)
class SandboxWebTestBeans {

    @Bean
    MutableClock clock() {
        return new MutableClock(START);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice(new StaticMessageSource());
    }
}
