package dev.threadlab.api;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationSlotsTest {

    @Test
    void work_runs_in_a_slot_and_gives_it_back() {
        SimulationSlots slots = new SimulationSlots(1, 0);

        assertThat(slots.call(() -> 1)).isEqualTo(1);
        assertThat(slots.call(() -> 2)).isEqualTo(2);
    }

    @Test
    void a_request_that_finds_every_slot_busy_gets_429_after_its_wait() throws Exception {
        SimulationSlots slots = new SimulationSlots(1, 50);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> busy = other.submit(() -> slots.call(() -> {
                holding.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 0;
            }));
            holding.await();

            assertThatThrownBy(() -> slots.call(() -> 1)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.status()).isEqualTo(429));

            done.countDown();
            busy.get();
            assertThat(slots.call(() -> 3)).isEqualTo(3);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void work_that_fails_gives_its_slot_back() {
        SimulationSlots slots = new SimulationSlots(1, 0);

        assertThatThrownBy(() -> slots.call(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(slots.call(() -> 4)).isEqualTo(4);
    }
}
