package ir.saorg.sehat.payment.tariff.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/**
 * Adds the tariff API's messages ({@link TariffProblems}, {@link TariffProblems_en}) to the platform's problem
 * messages (the bean {@code problemMessages}), so that its problem details speak of tariff files in Persian and
 * English like every other problem.
 */
@Configuration(proxyBeanMethods = false)
public class TariffProblemMessages {

    static final String PROBLEM_MESSAGES = "problemMessages";

    @Bean
    static BeanPostProcessor tariffProblemMessagesPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (PROBLEM_MESSAGES.equals(name) && bean instanceof AbstractResourceBasedMessageSource messages
                        && !messages.getBasenameSet().contains(TariffProblems.class.getName())) {
                    messages.addBasenames(TariffProblems.class.getName());
                }
                return bean;
            }
        };
    }
}
