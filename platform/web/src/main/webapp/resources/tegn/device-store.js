/*
 * Tegn's one way to keep things on the device (IndexedDB), loaded by the layout in every page's
 * head so any module's script can use it without depending on another module (issue 15: the quiz's
 * offline answers and the referral draft each had their own wrapper).
 *
 * TegnDeviceStore(database, store, keyPath) is one object store in a database of its own (version
 * 1, made on first use; keyPath null: keys are given with each put). Every call opens the database,
 * runs one transaction, closes it and resolves once the transaction is complete (so what it wrote
 * is on the device), with the value its last request gave:
 * - get(key), all(): read;
 * - put(value[, key]), remove(key...): write;
 * - change(key, decide): reads the value and writes what decide(value) returns in the same
 *   transaction, so nothing comes in between: undefined leaves it, null deletes it, anything else
 *   is put.
 */
(function () {
  'use strict';

  window.TegnDeviceStore = function (database, store, keyPath) {
    function open() {
      return new Promise(function (resolve, reject) {
        var request = indexedDB.open(database, 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore(store, keyPath ? {keyPath: keyPath} : undefined);
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }

    /** Runs work(objectStore) in one transaction; resolves with what its returned request gave. */
    function run(mode, work) {
      return open().then(function (db) {
        return new Promise(function (resolve, reject) {
          var t = db.transaction(store, mode);
          var request = work(t.objectStore(store));
          t.oncomplete = function () { db.close(); resolve(request ? request.result : undefined); };
          t.onerror = t.onabort = function () { db.close(); reject(t.error); };
        });
      });
    }

    function write(objects, value, key) {
      return keyPath ? objects.put(value) : objects.put(value, key);
    }

    return {
      get: function (key) {
        return run('readonly', function (objects) { return objects.get(key); });
      },
      all: function () {
        return run('readonly', function (objects) { return objects.getAll(); });
      },
      put: function (value, key) {
        return run('readwrite', function (objects) { return write(objects, value, key); });
      },
      remove: function () {
        var keys = Array.prototype.slice.call(arguments);
        return run('readwrite', function (objects) {
          keys.forEach(function (key) { objects.delete(key); });
          return null;
        });
      },
      change: function (key, decide) {
        return run('readwrite', function (objects) {
          var read = objects.get(key);
          read.onsuccess = function () {
            var next = decide(read.result);
            if (next === null) {
              objects.delete(key);
            } else if (next !== undefined) {
              write(objects, next, key);
            }
          };
          return null;
        });
      }
    };
  };
}());
