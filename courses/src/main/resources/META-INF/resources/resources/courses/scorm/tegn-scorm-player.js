/*
 * Tegn's SCORM 1.2 player side, on the lesson page. scorm-again's Scorm12API holds the data model,
 * checks every value the SCO sets against SCORM 1.2, and sends the data to Tegn on every LMSCommit
 * and LMSFinish (same origin, with the trainee's session). The SCO runs in a sandboxed frame and
 * calls this API through scorm-again's CrossFrameLMS; messages from any other window are dropped
 * before they reach it.
 */
(function () {
  "use strict";
  var host = document.getElementById("scorm-player");
  var frame = document.getElementById("scorm-frame");
  if (!host || !frame) {
    return;
  }
  var status = document.getElementById("scorm-status");
  var api = new window.Scorm12API({
    lmsCommitUrl: host.getAttribute("data-commit-url"),
    dataCommitFormat: "json",
    autocommit: false,
    xhrWithCredentials: true,
    fetchMode: "same-origin",
    logLevel: 4,
    xhrResponseHandler: function (xhr) {
      var ok = xhr.status >= 200 && xhr.status < 300;
      var answer = {};
      try {
        answer = JSON.parse(xhr.responseText || "{}");
      } catch (e) {
        answer = {};
      }
      if (status) {
        status.textContent = ok
          ? host.getAttribute("data-saved") + " " + (answer.lessonStatus || "")
          : host.getAttribute("data-not-saved");
        status.setAttribute("data-lesson-status", ok ? answer.lessonStatus || "" : "error");
        if (ok) {
          var commits = Number(status.getAttribute("data-commits") || "0") + 1;
          status.setAttribute("data-commits", String(commits));
        }
      }
      return ok
        ? { result: "true", errorCode: 0 }
        : { result: "false", errorCode: 101, errorMessage: "HTTP " + xhr.status };
    }
  });
  api.loadFromFlattenedJSON(JSON.parse(host.getAttribute("data-cmi")));
  window.addEventListener(
    "message",
    function (event) {
      // only the SCO's frame (or a frame inside it) may call the API
      var w = event.source;
      for (var depth = 0; w && depth < 10; depth++) {
        if (w === frame.contentWindow) {
          return;
        }
        if (w === w.parent) {
          break;
        }
        w = w.parent;
      }
      event.stopImmediatePropagation();
    },
    true
  );
  new window.CrossFrameLMS(api, "*");
  // the frame is given its address only now, so the API answers from the SCO's first call
  frame.setAttribute("src", frame.getAttribute("data-src"));
})();
