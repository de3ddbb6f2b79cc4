package org.kondens.app.gui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words in English or Norwegian bokmål, from {@code org/kondens/app/gui/i18n/*.properties}:
 * one bundle per part of the window ({@code Kondens} for the frame, {@code Step2} for step 2 …),
 * keys prefixed with the part's name. The STC vocabulary follows STC.md. A missing key shows as
 * {@code !key!}, never as a crash.
 */
public final class I18n {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private final Locale locale;
    private static final String[] PARTS = {"Kondens", "Step1", "Step2", "Step3", "Step4", "Search", "Overview", "Export", "Import", "Review"};

    private final java.util.List<ResourceBundle> bundles = new java.util.ArrayList<>();

    public I18n(Locale locale) {
        this.locale = locale.getLanguage().equals("nb") || locale.getLanguage().equals("no") || locale.getLanguage().equals("nn")
                ? NORWEGIAN : Locale.ENGLISH;
        for (String part : PARTS) {
            try {
                bundles.add(ResourceBundle.getBundle("org.kondens.app.gui.i18n." + part, this.locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // a part without words of its own
            }
        }
    }

    /** The language the OS asks for, if we have it; else English. */
    public static I18n forSystem() {
        return new I18n(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    public boolean norwegian() {
        return locale.equals(NORWEGIAN);
    }

    public String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String s = b.getString(key);
                return args.length == 0 ? s : new MessageFormat(s.replace("'", "''"), locale).format(args);
            }
        }
        return "!" + key + "!";
    }
}
