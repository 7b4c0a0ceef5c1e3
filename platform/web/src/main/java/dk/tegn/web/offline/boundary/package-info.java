/**
 * Tegn as an installable web app that reads lessons offline (issue 17): the web app manifest in the
 * reader's language ({@code GET /manifest.webmanifest?lang=da|en}). The service worker itself is
 * the static {@code /sw.js} (its scope is the application's root) and the page side is {@code
 * resources/tegn/offline.js}; README "Everyday behaviour worth knowing" says what is cached.
 */
package dk.tegn.web.offline.boundary;
