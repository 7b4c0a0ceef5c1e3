/*
 * Tegn's SCORM 1.2 API inside a SCO's page. The page runs in a sandboxed frame with an opaque
 * origin: it cannot reach the player's window.API, so its own window.API (scorm-again's
 * CrossFrameAPI) forwards every call by postMessage to the player, and only to Tegn's origin. The
 * saved data primes the API's cache, so the SCO's first reads after LMSInitialize (where it left
 * off, its suspend data) answer at once, before the player has replied.
 */
(function () {
  "use strict";
  var me = document.currentScript;
  var origin = me.getAttribute("data-origin");
  var cmi = JSON.parse(me.getAttribute("data-cmi") || "{}");
  // window.top is the player: a SCO made of frames talks to it from each of them
  var api = new window.CrossFrameAPI(origin, window.top);
  Object.keys(cmi).forEach(function (key) {
    api._cache.set(key, String(cmi[key]));
  });
  window.API = api;
})();
