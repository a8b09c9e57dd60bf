package dev.threadlab.engine.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A condition reads as Python reads it and is written back in one canonical spelling. */
class ExpressionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not  ready|not ready",
            "(a == 1) and (b != 2)|a == 1 and b != 2",
            "a or b and c|a or b and c",
            "(a or b) and c|(a or b) and c",
            "not (a and b)|not (a and b)",
            "x.acquire(False)|x.acquire(blocking=False)",
            "x.acquire(timeout=0.50)|x.acquire(timeout=0.5)",
            "e.wait(timeout=2)|e.wait(2)",
            "item is not None|item is not None",
            "q.qsize() >= -1|q.qsize() >= -1",
            "t.is_alive() == True|t.is_alive() == True"})
    void reads_and_writes_back_canonically(String text, String canonical) {
        Expression e = Expression.read(text).value().orElseThrow();
        assertThat(e.text()).isEqualTo(canonical);
        assertThat(Expression.read(canonical).value()).contains(e);
    }

    @Test
    void python_precedence_binds_and_tighter_than_or_and_not_looser_than_a_comparison() {
        Expression e = Expression.read("not a == 1 or b").value().orElseThrow();
        assertThat(e).isEqualTo(new Expression.Logic(false, java.util.List.of(
                new Expression.Not(new Expression.Compare(new Expression.Name("a"), Expression.Comparison.EQ,
                        new Expression.Int(1))),
                new Expression.Name("b"))));
    }

    @Test
    void what_cannot_be_read_says_where() {
        assertThat(Expression.read("a == = 1").problem()).contains("\"=\" at character 6");
        assertThat(Expression.read("x.release()").problem()).contains("not modelled in a condition");
        assertThat(Expression.read("a is 1").problem()).contains("only to compare with None");
        assertThat(Expression.read("(".repeat(60) + "a" + ")".repeat(60)).problem()).contains("nested");
    }
}
