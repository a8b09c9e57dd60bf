package dev.threadlab.api;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ClientGateTest {

    @Test
    void a_client_with_its_allowance_computing_gets_a_429_while_another_client_is_served() throws Exception {
        ClientGate gate = new ClientGate("regenerated pages", 2);
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<?> first = pool.submit(() -> gate.call("10.0.0.1", () -> hold(inside, release)));
            Future<?> second = pool.submit(() -> gate.call("10.0.0.1", () -> hold(inside, release)));
            inside.await();

            ProblemException refused = catchThrowableOfType(ProblemException.class,
                    () -> gate.call("10.0.0.1", () -> "third"));
            String other = gate.call("10.0.0.2", () -> "served");

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.getMessage()).contains("at most 2 regenerated pages");
            assertThat(other).isEqualTo("served");
            release.countDown();
            first.get();
            second.get();
        }
        assertThat(gate.call("10.0.0.1", () -> "again")).isEqualTo("again");
    }

    private static String hold(CountDownLatch inside, CountDownLatch release) {
        inside.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }
}
