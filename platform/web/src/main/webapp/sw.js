/*
 * Tegn's service worker (issue 17: learning on a poor connection). Scope: the application's root.
 * It caches only what a trainee reads or asks to keep, so a lesson read once (or kept ahead with
 * "Make this course available offline") opens with no network:
 * - the app shell: the CSS, scripts, fonts and images Faces serves (/jakarta.faces.resource/...),
 *   the same for everyone;
 * - the course player's pages (/courses/learn/player.xhtml: a lesson of the published version, in
 *   the trainee's own words of progress) and the lesson media they show (/courses/files/...).
 * A course made available offline (offline.js's keep) puts its lessons in the same cache ahead of
 * reading: each fetched as player.xhtml?...&peek=true, which records nothing and which this worker
 * leaves alone, and kept under the lesson's own address.
 * Pages go to the network first and the copy is only answered when the network fails, so a
 * signed-out or refused visitor gets the server's answer whenever there is one. Nothing else is
 * ever cached: no other page (intake, referrals, admin, quizzes, reports), no API answer, no POST.
 * offline.js deletes these caches on every signed-out page (so sign-out clears them) and when
 * another person signs in on the device.
 */
'use strict';

var SHELL = 'tegn-shell-v1';
var LESSONS = 'tegn-lessons-v1';
var ROOT = new URL(self.registration.scope).pathname;

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      // an older version's caches
      return name.indexOf('tegn-') === 0 && name !== SHELL && name !== LESSONS;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

/**
 * The shell: the copy at once when there is one, refreshed from the network behind it (our own
 * resources carry no version in their address, so a new release shows from the next page on).
 */
function fromShell(event) {
  var request = event.request;
  return caches.open(SHELL).then(function (cache) {
    return cache.match(request).then(function (hit) {
      var fresh = fetch(request).then(function (response) {
        if (response.ok && response.type === 'basic') {
          return cache.put(request, response.clone()).then(function () { return response; });
        }
        return response;
      });
      if (hit) {
        event.waitUntil(fresh.catch(function () { return null; }));
        return hit;
      }
      return fresh;
    });
  });
}

/** A lesson or its media: the network's answer when there is one (and a copy of a good one). */
function networkFirst(request) {
  return fetch(request).then(function (response) {
    // redirected: the sign-in page or "my courses", never kept under the lesson's address
    if (response.ok && !response.redirected && response.type === 'basic') {
      var copy = response.clone();
      caches.open(LESSONS).then(function (cache) { return cache.put(request, copy); });
    }
    return response;
  }, function (offline) {
    // ignoreVary: the copy may have come from the page's own fetch (offline.js), not a navigation
    return caches.match(request, {cacheName: LESSONS, ignoreVary: true}).then(function (hit) {
      if (hit) {
        return hit;
      }
      throw offline;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.indexOf(ROOT) !== 0) {
    return;
  }
  if (url.searchParams.has('peek')) {
    return; // a copy fetched ahead (offline.js keeps it under the lesson's address): the network's
  }
  var path = url.pathname.substring(ROOT.length);
  if (path.indexOf('jakarta.faces.resource/') === 0) {
    event.respondWith(fromShell(event));
  } else if (path === 'courses/learn/player.xhtml' || path.indexOf('courses/files/') === 0) {
    event.respondWith(networkFirst(request));
  }
  // everything else goes to the network as if there were no worker
});
