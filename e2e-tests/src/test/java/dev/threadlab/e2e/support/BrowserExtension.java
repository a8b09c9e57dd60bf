package dev.threadlab.e2e.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each test a fresh headless browser (as many as it asks for), screenshots each one when the
 * test fails, and always quits them.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("drivers", new ArrayList<WebDriver>());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        WebDriver driver = Browsers.newChromium();
        drivers(extension).add(driver);
        return driver;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<WebDriver> drivers = drivers(context);
        for (int i = 0; i < drivers.size(); i++) {
            WebDriver driver = drivers.get(i);
            try {
                if (context.getExecutionException().isPresent()) {
                    Browsers.screenshot(driver, context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + "-" + i);
                }
            } finally {
                driver.quit();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<WebDriver> drivers(ExtensionContext context) {
        return (List<WebDriver>) context.getStore(NS).get("drivers", List.class);
    }
}
