/*
 * Answers given with no network (issue 17, learning on a poor connection).
 *
 * Every save of an answer carries the device's sequence number (the hidden tegn-answer-seq: rising,
 * the milliseconds of the device's clock or one more than the last). When a save does not reach
 * the server because there is no network, session.js asks this page first (event
 * 'tegn:offline-save'): the answer of that question is kept on the device (IndexedDB, with the
 * sequence of the failed save), the choice stays as given and the page says "saved on this device,
 * sent when you are online". When the network is back (the browser's "online", and every few
 * seconds while answers wait, since a cut network often looks "online"), each kept answer is sent
 * once by PUT /api/attempts/{id}/answers/{slot}?sequence=n: the server keeps it only when no newer
 * answer is stored, and the same answer twice is one row, so nothing counts twice and an old answer
 * never overwrites a new one. The time limit is the server's: a late answer is refused (409) and
 * the page says it was not saved. Submitting waits for the kept answers to be sent; with no network
 * it says so and does not submit. Order questions (moves) and flags are not kept offline.
 *
 * An answer the server refused for now because it is busy (503 with Retry-After, issue 18: nothing
 * was stored) takes the same way: session.js asks this page with the Retry-After, the answer is
 * kept with its sequence, the question says "saving…" (not "saved": the server has not stored it)
 * and it is sent again after the Retry-After (plus up to a tenth at random), then the question
 * shows what the server stored.
 */
(function () {
  'use strict';
  var DB = 'tegn-answers';
  var STORE = 'answers';
  var SEQ = 'tegn.answerSeq';
  var RETRY_MS = 4000;

  // the layout's device-store.js: one IndexedDB helper for every module
  var answers = window.TegnDeviceStore(DB, STORE, 'id');

  function all() {
    return answers.all();
  }

  /** Keeps the answer unless a newer one for the same question is kept already. */
  function keep(entry) {
    return answers.change(entry.id, function (stored) {
      return !stored || stored.seq <= entry.seq ? entry : undefined;
    });
  }

  /** Takes the answer away once sent, unless a newer one was kept meanwhile. */
  function drop(entry) {
    return answers.change(entry.id, function (stored) {
      return stored && stored.seq === entry.seq ? null : undefined;
    }).catch(function () { return null; });
  }

  function nextSeq() {
    var n = Math.max(Date.now(), (parseInt(localStorage.getItem(SEQ), 10) || 0) + 1);
    localStorage.setItem(SEQ, String(n));
    return n;
  }

  // ---- the answer of a question, in the attempt's public option keys (as AttemptsResource takes it)

  function partAnswer(set) {
    var checked = function (type) {
      return Array.prototype.filter.call(set.querySelectorAll('input[type=' + type + ']'),
        function (i) { return i.checked; }).map(function (i) { return i.value; });
    };
    switch (set.getAttribute('data-type')) {
      case 'SINGLE_CHOICE':
      case 'TRUE_FALSE':
        return {keys: checked('radio').slice(0, 1)};
      case 'MULTIPLE_RESPONSE':
        return {keys: checked('checkbox')};
      case 'NUMERIC': {
        var text = (set.querySelector('input[type=text], input:not([type])') || {}).value || '';
        var number = Number(text.trim());
        return text.trim() === '' || isNaN(number) ? null : {number: number};
      }
      case 'MATCHING': {
        var matches = {};
        set.querySelectorAll('select[data-prompt]').forEach(function (s) {
          if (s.value) { matches[s.getAttribute('data-prompt')] = s.value; }
        });
        return {matches: matches};
      }
      default:
        return null; // ordering (moves are buttons) and anything new: not kept offline
    }
  }

  function answerOf(section) {
    var parts = section.querySelectorAll('fieldset.question-input[data-part]:not([data-part=""])');
    if (parts.length === 0) {
      return partAnswer(section.querySelector('fieldset.question-input'));
    }
    var answer = {};
    parts.forEach(function (set) {
      var a = partAnswer(set);
      if (a) { answer[set.getAttribute('data-part')] = a; }
    });
    return {parts: answer};
  }

  function wire() {
    var box = document.getElementById('offline-answers');
    var seq = document.getElementById('answer-seq');
    if (!box || !seq) {
      return;
    }
    var attempt = box.getAttribute('data-attempt');
    var api = box.getAttribute('data-api');
    var sending = null;
    var timer = null;
    seq.value = String(nextSeq());

    function say(key) {
      box.textContent = box.getAttribute('data-' + key);
      box.hidden = false;
    }

    function statusOf(slot) {
      return document.querySelector('.slot-status-' + slot);
    }

    if (window.jQuery) {
      // the sequence the save was sent with is in its form data; the next save gets a higher one
      jQuery(document).on('pfAjaxSend', function () { seq.value = String(nextSeq()); });
    }

    document.addEventListener('tegn:offline-save', function (event) {
      var section = event.target.closest && event.target.closest('section.question[data-slot]');
      var settings = event.detail && event.detail.settings;
      var source = settings && settings.source;
      var el = typeof source === 'string' ? document.getElementById(source) : (source && source.jquery ? source[0] : source);
      if (!section || !el || !el.closest || !el.closest('fieldset.question-input')) {
        return; // a flag, an order move: told as not saved (session.js)
      }
      var retryAfter = event.detail && event.detail.retryAfter;
      var answer = answerOf(section);
      var sent = /(?:^|&)tegn-answer-seq=(\d+)/.exec(typeof settings.data === 'string' ? settings.data : '');
      if (!answer || !sent) {
        return;
      }
      event.preventDefault();
      var slot = section.getAttribute('data-slot');
      keep({id: attempt + ':' + slot, attempt: attempt, slot: slot, seq: parseInt(sent[1], 10), answer: answer,
            busy: !!retryAfter})
        .then(function () {
          var status = statusOf(slot);
          if (status) {
            status.textContent = box.getAttribute(retryAfter ? 'data-saving' : 'data-kept');
            status.classList.add('kept-offline');
          }
          if (!retryAfter) {
            say('kept');
          }
          later(retryAfter ? retryAfter * 1000 : RETRY_MS);
        });
    });

    /**
     * A kept answer the server has now stored is what the question goes back to should a later
     * save fail (session.js), if the question still shows it (a newer choice is on its own way).
     */
    function storedOnPage(entry) {
      var section = document.querySelector('section.question[data-slot="' + entry.slot + '"]');
      if (section && window.TegnSession && window.TegnSession.remember
          && JSON.stringify(answerOf(section)) === JSON.stringify(entry.answer)) {
        window.TegnSession.remember(section);
      }
    }

    function later(ms) {
      if (!timer) {
        var wait = ms || RETRY_MS;
        // up to a tenth more at random: pages refused together do not send again together
        timer = setTimeout(function () { timer = null; flush(true); },
          wait + Math.floor(Math.random() * (wait / 10 + 1)));
      }
    }

    /**
     * Sends what is kept; resolves with the number still waiting (no network). A retry in the
     * background (quiet) says only what changed, not "sending" again over what the page said last.
     */
    function flush(quiet) {
      if (sending) {
        return sending;
      }
      sending = all().then(function (entries) {
        if (entries.length === 0) {
          return 0;
        }
        if (quiet !== true) {
          say('sending');
        }
        var waiting = 0;
        var refused = false;
        var offline = false; // anything kept for want of a network, which the page told of
        var wait = RETRY_MS;
        return entries.reduce(function (chain, entry) {
          return chain.then(function () {
            return fetch(api + entry.attempt + '/answers/' + entry.slot + '?sequence=' + entry.seq, {
              method: 'PUT',
              credentials: 'same-origin',
              cache: 'no-store',
              headers: {'Content-Type': 'application/json', Accept: 'application/json'},
              body: JSON.stringify(entry.answer)
            }).then(function (r) {
              offline = offline || !entry.busy;
              if (r.ok || (r.status >= 400 && r.status < 500 && r.status !== 401 && r.status !== 408 && r.status !== 429)) {
                // stored (or a newer one was), or refused for good: time up, submitted, not theirs
                refused = refused || !r.ok;
                if (r.ok) {
                  storedOnPage(entry);
                }
                return drop(entry);
              }
              waiting++; // signed out (sign in again: it is sent then), busy: after its Retry-After
              if (r.status === 503) {
                wait = (parseInt(r.headers.get('Retry-After'), 10) || RETRY_MS / 1000) * 1000;
              }
              return null;
            }, function () { offline = true; waiting++; });
          });
        }, Promise.resolve()).then(function () {
          if (waiting > 0) {
            if (quiet !== true && offline) {
              say('kept');
            }
            later(wait);
          } else {
            if (refused || offline) {
              say(refused ? 'refused' : 'sent');
            }
            if (window.tegnResyncAnswers) {
              window.tegnResyncAnswers(); // the map, the statuses and the summary as the server has them
            }
          }
          return waiting;
        });
      }).catch(function () { return 0; }).then(function (waiting) {
        sending = null;
        return waiting;
      });
      return sending;
    }

    window.addEventListener('online', function () { flush(); });
    flush();

    // submitting waits for the kept answers; with no network it does not submit
    var passing = false;
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('[id="attempt:confirmYes"]');
      if (!button || passing) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      all().then(function (entries) {
        return entries.length === 0 ? 0 : (say('waiting'), flush());
      }).then(function (waiting) {
        // with no network the submit itself would end on the browser's error page
        return waiting > 0 ? waiting : fetch(api.replace(/api\/attempts\/$/, 'session'),
          {credentials: 'same-origin', cache: 'no-store'}).then(function () { return 0; }, function () { return 1; });
      }).then(function (waiting) {
        if (waiting > 0) {
          say('submit-offline');
          return;
        }
        passing = true;
        button.click();
        passing = false;
      });
    }, true);

    window.TegnOfflineAnswers = {flush: flush, kept: all};
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
}());
