package dev.threadlab.app;

import com.vaadin.flow.i18n.I18NProvider;

import java.util.List;
import java.util.Locale;

/**
 * The lab's pages are in English and translate nothing. Named as Vaadin's {@code i18n.provider} so that Vaadin does
 * not look for translation files: without a provider it searches the whole application jar for them again for every
 * new session and every new page (about 10 ms of CPU each, most of a student's page load: issue 17).
 */
public final class EnglishOnly implements I18NProvider {

    private static final long serialVersionUID = 1L;

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return key;
    }
}
