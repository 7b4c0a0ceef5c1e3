/*
 * "Make this course available offline" on the course player (issue 17, learning on a poor
 * connection). Which pages: the lessons and scenarios of the trainee's published version that the
 * outline lets them open now (a locked module's are not offered until it opens), each under the
 * outline's own address, the one they open offline, and fetched from that address with peek=true,
 * which shows the same page but records nothing (LearnPlayerBacking, Learning.peek): fetching a
 * course ahead reads no lesson and moves no progress. Keeping and removing is the layout's
 * offline.js (TegnOffline.keep, forget, kept: the service worker's caches, which sign-out deletes).
 * Where the browser has no service worker the control is not shown.
 *
 * When the course is kept and the outline offers a lesson the copy lacks (a module opened since),
 * the copy is fetched again while the page is open; if that fails (no network) the page says
 * nothing new.
 */
(function () {
  'use strict';

  function wire() {
    var box = document.getElementById('offline-course');
    var offline = window.TegnOffline;
    if (!box || !offline || !offline.keep) {
      return;
    }
    var name = 'course-' + box.getAttribute('data-course');
    var status = document.getElementById('offline-course-status');
    var bar = document.getElementById('offline-course-progress');
    var keepButton = document.getElementById('offline-course-keep');
    var removeButton = document.getElementById('offline-course-remove');

    function say(key, first, second) {
      status.textContent = key ? box.getAttribute('data-' + key)
        .replace('{0}', String(first)).replace('{1}', String(second)) : '';
    }

    /** The outline's lessons and scenarios open to the trainee: what they can read. */
    function lessons() {
      var pages = [];
      document.querySelectorAll('.outline a[data-kind=LESSON], .outline a[data-kind=SCENARIO]')
        .forEach(function (link) {
          var address = new URL(link.getAttribute('href'), location.href);
          address.hash = '';
          var source = new URL(address.href);
          source.searchParams.set('peek', 'true');
          if (!pages.some(function (p) { return p.address === address.href; })) {
            pages.push({address: address.href, source: source.href});
          }
        });
      return pages;
    }

    /** A record is complete when it holds every lesson the outline offers now. */
    function checked(record) {
      if (record) {
        var pages = lessons();
        record.complete = pages.every(function (p) { return record.pages.indexOf(p.address) >= 0; });
      }
      return record;
    }

    /** What the copy on the device is: whole (one lesson or more), partly, or nothing yet. */
    function keptKey(record) {
      if (!record || record.pages.length === 0) {
        return null;
      }
      if (!record.complete) {
        return 'partly';
      }
      return record.pages.length === 1 ? 'kept-one' : 'kept';
    }

    function show(record) {
      bar.hidden = true;
      keepButton.hidden = !!record && record.complete;
      removeButton.hidden = !record;
      say(keptKey(record), record ? record.pages.length : 0, lessons().length);
    }

    /** Fetches the copy; quietly (an update in the background) a failure says nothing new. */
    function keep(quiet) {
      var pages = lessons();
      var focused = document.activeElement === keepButton;
      keepButton.disabled = true;
      if (!quiet) {
        bar.max = Math.max(pages.length, 1);
        bar.value = 0;
        bar.hidden = false;
        say('fetching', 0, pages.length);
      }
      return offline.keep(name, pages, function (done, total) {
        if (!quiet) {
          bar.value = done;
          say('fetching', done, total);
        }
      }).then(function (record) {
        show(checked(record));
        if (focused && keepButton.hidden) {
          removeButton.focus(); // the button pressed is gone: focus stays on the control
        }
      }, function () {
        return offline.kept(name).then(function (record) {
          show(checked(record));
          if (!quiet) {
            say('failed');
          }
        });
      }).then(function () {
        keepButton.disabled = false;
      });
    }

    keepButton.addEventListener('click', function () { keep(false); });
    removeButton.addEventListener('click', function () {
      offline.forget(name).then(function () {
        show(null);
        say('removed');
        keepButton.focus();
      });
    });

    offline.kept(name).then(function (record) {
      show(checked(record));
      box.hidden = false;
      if (record && !record.complete && navigator.onLine) {
        keep(true);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
}());
