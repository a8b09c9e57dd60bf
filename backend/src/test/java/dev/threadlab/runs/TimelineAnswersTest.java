package dev.threadlab.runs;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineAnswersTest {

    @Test
    void the_same_window_is_computed_once() {
        TimelineAnswers answers = new TimelineAnswers();
        AtomicInteger computed = new AtomicInteger();

        byte[] first = answers.answer(0, 1_000, 10, () -> bytes(100, computed));
        byte[] second = answers.answer(0, 1_000, 10, () -> bytes(100, computed));

        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void another_resolution_is_another_answer() {
        TimelineAnswers answers = new TimelineAnswers();
        AtomicInteger computed = new AtomicInteger();

        answers.answer(0, 1_000, 10, () -> bytes(100, computed));
        answers.answer(0, 1_000, 20, () -> bytes(100, computed));

        assertThat(computed).hasValue(2);
    }

    @Test
    void the_least_recently_used_answer_goes_when_the_budget_is_spent() {
        TimelineAnswers answers = new TimelineAnswers();
        AtomicInteger computed = new AtomicInteger();
        int third = (int) (TimelineAnswers.maxBytes() / 3);

        answers.answer(0, 1, 1, () -> bytes(third, computed));
        answers.answer(0, 2, 1, () -> bytes(third, computed));
        answers.answer(0, 1, 1, () -> bytes(third, computed));   // touched: now the most recent
        answers.answer(0, 3, 1, () -> bytes(third, computed));
        answers.answer(0, 4, 1, () -> bytes(third, computed));   // over budget: (0, 2) goes first
        answers.answer(0, 1, 1, () -> bytes(third, computed));
        answers.answer(0, 2, 1, () -> bytes(third, computed));

        assertThat(computed).hasValue(5);
    }

    private static byte[] bytes(int size, AtomicInteger computed) {
        computed.incrementAndGet();
        return new byte[size];
    }
}
