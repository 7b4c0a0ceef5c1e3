/*
 * Tegn offline, page side (issue 17): installs the service worker (/sw.js) for signed-in people and
 * keeps its caches to one person. On a signed-out page (after sign-out, or when the session ended)
 * every cache of Tegn is deleted and the worker removed, so nothing read stays on a shared device.
 * When another person signs in on the device, the caches of the one before are deleted first.
 * What the worker caches, and why that is safe: sw.js and the README.
 *
 * TegnOffline.keep(name, pages, progress) puts pages in the worker's lesson cache ahead of reading
 * (a course made available offline: courses' offline-course.js says which pages): each page is
 * fetched from its source (an address that records nothing) and kept under its own address, the one
 * the person opens offline, with the lesson media it shows (/courses/files/...) and the shell it
 * uses. What one keep put there is listed under the name (a record in the same cache, so sign-out
 * deletes it with the rest); forget(name) takes it away again, except what another keep still lists.
 * Only where the browser has a service worker; elsewhere TegnOffline has no keep.
 */
(function () {
  'use strict';
  var guard = document.getElementById('session-guard');
  var OWNER = 'tegn.offline.owner';

  /**
   * Who is signed in, as a SHA-256 digest of the user name (the address itself is not written to
   * the device); null when signed out or without WebCrypto. The referral draft is kept under it.
   */
  var owner = !guard || !window.crypto || !crypto.subtle ? Promise.resolve(null)
    : crypto.subtle.digest('SHA-256', new TextEncoder().encode(guard.getAttribute('data-owner') || ''))
      .then(function (digest) {
        return Array.prototype.map.call(new Uint8Array(digest), function (b) {
          return ('0' + b.toString(16)).slice(-2);
        }).join('');
      });
  window.TegnOffline = {owner: function () { return owner; }};

  if (!('serviceWorker' in navigator) || !window.caches) {
    return; // an old browser, or a page not served over https (or localhost)
  }
  var manifest = document.querySelector('link[rel=manifest]');
  if (!manifest) {
    return;
  }
  var root = new URL(manifest.href).pathname.replace(/manifest\.webmanifest$/, '');

  function forgetAll() {
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) { return name.indexOf('tegn-') === 0; })
        .map(function (name) { return caches.delete(name); }));
    });
  }

  if (!guard) {
    localStorage.removeItem(OWNER);
    forgetAll();
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      registrations.forEach(function (r) { r.unregister(); });
    });
    return;
  }

  // the lesson that installed the worker was fetched before it: once the worker controls the page,
  // fetch its shell (styles, scripts, fonts), its pictures and then the lesson again through it,
  // so this lesson too opens offline
  if (!navigator.serviceWorker.controller && /courses\/learn\/player\.xhtml$/.test(location.pathname)) {
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      var parts = performance.getEntriesByType('resource').map(function (e) { return e.name; })
        .filter(function (address) {
          return address.indexOf(root + 'jakarta.faces.resource/') >= 0 || address.indexOf(root + 'courses/files/') >= 0;
        });
      var again = function (address) {
        return fetch(address, {credentials: 'same-origin'}).catch(function () { return null; });
      };
      Promise.all(parts.map(again)).then(function () { return again(location.href); });
    }, {once: true});
  }

  // the caches are one person's: another person's go before anything is read
  var ready = owner.then(function (who) {
    if (localStorage.getItem(OWNER) === who) {
      return null;
    }
    localStorage.setItem(OWNER, who);
    return forgetAll();
  });
  ready.then(function () {
    return navigator.serviceWorker.register(root + 'sw.js', {scope: root});
  }).catch(function () {
    // offline, or the worker refused: the page works as before, without the offline copy
  });

  // ---- pages kept ahead of reading (sw.js's cache names: the worker answers from them offline)

  var LESSONS = 'tegn-lessons-v1';
  var SHELL = 'tegn-shell-v1';
  var RECORDS = new URL(root + 'offline-copies/', location.href).href;

  /** A page's or file's good answer; a redirect (the sign-in page) or a refusal is a failure. */
  function fetched(address) {
    return fetch(address, {credentials: 'same-origin', cache: 'no-store'}).then(function (r) {
      if (!r.ok || r.redirected || r.type !== 'basic') {
        throw new Error(address + ': ' + r.status);
      }
      return r;
    });
  }

  /** The addresses of our own files a page uses, its lesson media and its shell. */
  function partsOf(html, base) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var found = {media: [], shell: []};
    page.querySelectorAll('[src], link[href], a[href]').forEach(function (el) {
      var address;
      try {
        address = new URL(el.getAttribute('src') || el.getAttribute('href'), base);
      } catch (notAnAddress) {
        return;
      }
      address.hash = '';
      var path = address.origin === location.origin ? address.pathname : '';
      var kind = path.indexOf(root + 'courses/files/') === 0 ? found.media
        : (path.indexOf(root + 'jakarta.faces.resource/') === 0 && el.tagName !== 'A' ? found.shell : null);
      if (kind && kind.indexOf(address.href) < 0) {
        kind.push(address.href);
      }
    });
    return found;
  }

  function records(lessons) {
    return lessons.keys().then(function (requests) {
      return Promise.all(requests.filter(function (r) { return r.url.indexOf(RECORDS) === 0; })
        .map(function (r) {
          return lessons.match(r).then(function (answer) { return answer.json(); })
            .then(function (record) { return [decodeURIComponent(r.url.substring(RECORDS.length)), record]; });
        }));
    }).then(function (pairs) {
      var byName = {};
      pairs.forEach(function (pair) { byName[pair[0]] = pair[1]; });
      return byName;
    });
  }

  function record(lessons, name, value) {
    return lessons.put(RECORDS + encodeURIComponent(name), new Response(JSON.stringify(value),
      {headers: {'Content-Type': 'application/json'}}));
  }

  function listed(record) {
    return record ? record.pages.concat(record.files) : [];
  }

  /** Deletes these addresses from the lesson cache, except what another name's record lists. */
  function release(lessons, name, addresses) {
    return records(lessons).then(function (all) {
      var others = [];
      Object.keys(all).filter(function (n) { return n !== name; }).forEach(function (n) {
        others = others.concat(listed(all[n]));
      });
      return Promise.all(addresses.filter(function (address) { return others.indexOf(address) < 0; })
        .map(function (address) { return lessons.delete(address, {ignoreVary: true}); }));
    });
  }

  /**
   * pages: [{address, source}], fetched one after the other (a poor connection); progress(done,
   * total) after each page with its files. Resolves with the record ({pages, files}): what an
   * earlier keep of the name held and this one does not (a lesson of an older version) goes. Rejects
   * when a page or file could not be fetched; the record then lists what the earlier keep and this
   * one kept, so forget finds all of it.
   */
  function keep(name, pages, progress) {
    var kept = {pages: [], files: []};
    var lessons;
    var shell;
    var before;
    // the shell the worker keeps already (every page uses the same) is not fetched again
    var shellSeen = [];
    var file = function (address, cache, list) {
      if (list.indexOf(address) >= 0) {
        return null;
      }
      return fetched(address).then(function (answer) { return cache.put(address, answer); })
        .then(function () { list.push(address); });
    };
    var shellFile = function (address) {
      return shell.match(address).then(function (hit) {
        return hit ? shellSeen.push(address) : file(address, shell, shellSeen);
      });
    };
    var page = function (one) {
      return fetched(one.source).then(function (answer) {
        return answer.clone().text().then(function (html) {
          var parts = partsOf(html, one.address);
          return lessons.put(one.address, answer).then(function () {
            kept.pages.push(one.address);
            return parts.media.concat(parts.shell).reduce(function (files, address) {
              return files.then(function () {
                return parts.media.indexOf(address) >= 0 ? file(address, lessons, kept.files)
                  : shellFile(address);
              });
            }, Promise.resolve());
          });
        });
      }).then(function () {
        if (progress) {
          progress(kept.pages.length, pages.length);
        }
      });
    };
    return ready.then(function () {
      return Promise.all([caches.open(LESSONS), caches.open(SHELL)]);
    }).then(function (open) {
      lessons = open[0];
      shell = open[1];
      return records(lessons);
    }).then(function (all) {
      before = all[name] || null;
      return pages.reduce(function (chain, one) {
        return chain.then(function () { return page(one); });
      }, Promise.resolve());
    }).then(function () {
      var now = listed(kept);
      return record(lessons, name, kept).then(function () {
        return release(lessons, name, listed(before).filter(function (a) { return now.indexOf(a) < 0; }));
      }).then(function () { return kept; });
    }, function (failed) {
      if (!lessons) {
        throw failed;
      }
      var both = {pages: kept.pages.slice(), files: kept.files.slice()};
      if (before) {
        before.pages.forEach(function (a) { if (both.pages.indexOf(a) < 0) { both.pages.push(a); } });
        before.files.forEach(function (a) { if (both.files.indexOf(a) < 0) { both.files.push(a); } });
      }
      return record(lessons, name, both).then(function () { throw failed; });
    });
  }

  function forget(name) {
    return caches.open(LESSONS).then(function (lessons) {
      return records(lessons).then(function (all) {
        return all[name] ? release(lessons, name, listed(all[name])) : null;
      }).then(function () { return lessons.delete(RECORDS + encodeURIComponent(name)); });
    });
  }

  function kept(name) {
    return caches.open(LESSONS).then(records).then(function (all) { return all[name] || null; });
  }

  window.TegnOffline.keep = keep;
  window.TegnOffline.forget = forget;
  window.TegnOffline.kept = kept;
}());
