/**
 * Message bundles of every module, locale resolution and the fallback rule for translated content.
 */
package dk.tegn.i18n;
