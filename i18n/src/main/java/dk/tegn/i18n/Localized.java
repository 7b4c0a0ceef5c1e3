package dk.tegn.i18n;

import java.util.Locale;

/**
 * A text that is said in the reader's language when it is shown, not when it is made: a message
 * argument of this type is rendered in the message's locale (e.g. an entity's refusal inside "The
 * change was refused: {0}").
 */
public interface Localized {

  String in(Locale locale);
}
