package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, point 5, in a real browser: the UI's pages carry a Content-Security-Policy, nosniff and no-referrer, and
 * the lab still works under that policy (Chromium reports no violation while a run is made and played); the session
 * cookie is HttpOnly and SameSite=Strict.
 */
@ExtendWith(BrowserExtension.class)
class PageSecurityIT {

    @Test
    void pages_carry_security_headers_and_a_strict_session_cookie() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RunningLab.baseUrl() + "/editor/lost-update")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void the_editor_makes_and_plays_a_run_under_the_policy_without_a_single_violation(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
                + "e.violatedDirective + ' ' + e.blockedURI));");

        editor.run().waitUntilLoaded().jumpToEnd();

        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeScript("return window.__cspViolations;");
        assertThat(violations).isEmpty();
        assertThat(js.executeScript("return document.cookie;")).asString().doesNotContain("JSESSIONID");
    }
}
