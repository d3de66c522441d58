package org.xinyidai.financing.loan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The loan calculators as beans, built from {@link LoanProperties}; the classes themselves stay plain. */
@Configuration(proxyBeanMethods = false)
class LoanConfiguration {

    @Bean
    RepaymentScheduler repaymentScheduler(LoanProperties properties) {
        return new RepaymentScheduler(properties.basis());
    }

    @Bean
    LoanClassifier loanClassifier(LoanProperties properties) {
        return new LoanClassifier(properties.classification());
    }

    @Bean
    WorkingDays workingDays(LoanProperties properties) {
        return new WorkingDays(properties.holidays());
    }
}
