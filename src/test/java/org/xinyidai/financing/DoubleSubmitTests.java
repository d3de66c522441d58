package org.xinyidai.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyidai.financing.order.Application;
import org.xinyidai.financing.order.ApplicationOutcome;
import org.xinyidai.financing.order.Applications;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.identity.CurrentUser;

/**
 * Two submits of one application at the same moment (a double click, two tabs): exactly one order, and the other
 * submit gets the same refusal as a later duplicate — never a second order, never an error.
 */
@SpringBootTest
class DoubleSubmitTests {

    @Autowired
    FinancingFixtures fixtures;
    @Autowired
    Applications applications;
    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private final ExecutorService secondTab = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        secondTab.shutdownNow();
    }

    @Test
    void whileTheFirstSubmitIsStillInsertingTheSecondPassesTheCheckButTheDatabaseRefusesIt() throws Exception {
        CurrentUser enterprise = fixtures.enterprise("440604");
        long product = fixtures.productId(FinancingFixtures.TAX_LOAN);

        // The first submit has inserted its order but not committed yet, so the second one's duplicate check
        // cannot see it: exactly the window in which both used to pass.
        CompletableFuture<ApplicationOutcome> second = new CompletableFuture<>();
        ApplicationOutcome first = transactions.execute(status -> {
            ApplicationOutcome outcome = applications.apply(enterprise, product, application());
            secondTab.submit(() -> {
                try {
                    second.complete(applications.apply(enterprise, product, application()));
                } catch (RuntimeException e) {
                    second.completeExceptionally(e);
                }
            });
            pauseWhileTheSecondSubmitReachesTheInsert();
            return outcome;
        });

        assertThat(first.created()).isTrue();
        ApplicationOutcome loser = second.get(30, TimeUnit.SECONDS);
        assertThat(loser.created()).isFalse();
        assertThat(loser.refusalKey()).isEqualTo("order.apply.duplicate");
        assertThat(ordersOf(enterprise)).isEqualTo(1);
    }

    @Test
    void twoSubmitsStartedTogetherLeaveOneOrderAndOneRefusal() throws Exception {
        CurrentUser enterprise = fixtures.enterprise("440605");
        long product = fixtures.productId(FinancingFixtures.TAX_LOAN);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var a = tabs.submit(() -> {
                start.await();
                return applications.apply(enterprise, product, application());
            });
            var b = tabs.submit(() -> {
                start.await();
                return applications.apply(enterprise, product, application());
            });
            start.countDown();
            ApplicationOutcome one = a.get(30, TimeUnit.SECONDS);
            ApplicationOutcome other = b.get(30, TimeUnit.SECONDS);
            assertThat(one.created() ^ other.created()).as("exactly one submit creates the order").isTrue();
            assertThat((one.created() ? other : one).refusalKey()).isEqualTo("order.apply.duplicate");
            assertThat(ordersOf(enterprise)).isEqualTo(1);
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void onceTheOrderIsWithdrawnTheEnterpriseMayApplyForTheProductAgain() {
        CurrentUser enterprise = fixtures.enterprise("440606");
        long product = fixtures.productId(FinancingFixtures.TAX_LOAN);
        long orderId = applications.apply(enterprise, product, application()).orderId();
        Order order = lifecycle.visible(enterprise, orderId);
        lifecycle.withdraw(enterprise, orderId, order.version(), "填错金额");

        ApplicationOutcome again = applications.apply(enterprise, product, application());
        assertThat(again.created()).isTrue();
        assertThat(ordersOf(enterprise)).isEqualTo(2);
    }

    private static Application application() {
        return new Application(new BigDecimal("100"), 12, "采购原材料", "李测试", "13912345678");
    }

    private long ordersOf(CurrentUser enterprise) {
        return jdbc.sql("select count(*) from financing_order where applicant_account = :a")
                .param("a", enterprise.accountId()).query(Long.class).single();
    }

    /** Long enough for the other thread to read, find nothing committed and block on the unique key. */
    private static void pauseWhileTheSecondSubmitReachesTheInsert() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
