package org.kondens.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.kondens.core.model.Language;

/**
 * Core's texts in English, bokmål and nynorsk, from {@code org/kondens/core/messages*.properties}:
 * refusals and warnings ({@link Problem}), the words they name ({@link Term}), undo step names
 * ({@code undo.*}) and the words exports print ({@code export.*}). A text is a
 * {@link MessageFormat} pattern in which an apostrophe is just an apostrophe (no {@code ''}).
 */
public final class Messages {

    private static final String BUNDLE = "org.kondens.core.messages";
    public static final Locale NB = Locale.forLanguageTag("nb");
    public static final Locale NN = Locale.forLanguageTag("nn");

    private Messages() {
    }

    /** The locale core's texts use for a project language. */
    public static Locale locale(Language language) {
        return switch (language) {
            case NB -> NB;
            case NN -> NN;
            case EN -> Locale.ENGLISH;
        };
    }

    /** The text of {@code key} with its arguments; arguments that are themselves texts are told in the same language. */
    public static String text(String key, Locale locale, Object... args) {
        String pattern = bundle(locale).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        // A pattern that counts ({1,choice,…}) gets its numbers as numbers; elsewhere they stay plain digits.
        boolean counts = pattern.contains(",choice,") || pattern.contains(",number");
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = counts && args[i] instanceof Number n ? n : shown(args[i], locale);
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(shown);
    }

    /** True when {@code key} has a text in {@code locale}'s language (or in English). */
    public static boolean has(String key, Locale locale) {
        return bundle(locale).containsKey(key);
    }

    /**
     * An undo step's action ("Rename code group") in {@code locale}'s language. Steps store their
     * action in English (older files too), so it is translated when shown; an action without a
     * text ({@code undo.renameCodeGroup}) is shown as stored.
     */
    public static String undoAction(String action, Locale locale) {
        String key = undoKey(action);
        return has(key, locale) ? text(key, locale) : action;
    }

    /** "Rename code group" → "undo.renameCodeGroup". */
    public static String undoKey(String action) {
        StringBuilder key = new StringBuilder("undo.");
        String[] words = action.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            key.append(i == 0 || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return key.toString();
    }

    /** The bundle of one language: nb (or no), nn, else English. */
    static ResourceBundle bundle(Locale locale) {
        String l = locale.getLanguage();
        Locale chosen = l.equals("nb") || l.equals("no") ? NB : l.equals("nn") ? NN : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Numbers as plain digits (as core always printed them), texts in the reader's language. */
    private static Object shown(Object arg, Locale locale) {
        if (arg instanceof Localizable l) {
            return l.text(locale);
        }
        if (arg instanceof KondensException k) {
            return k.message(locale);
        }
        return String.valueOf(arg);
    }
}
