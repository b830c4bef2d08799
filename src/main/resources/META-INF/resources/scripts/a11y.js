/*
 * Browser side of the 无障碍阅读 toolbar: read-aloud through the Web Speech API and the reading guide.
 * The server decides everything else (classes on <html>, the cookie); see DisplaySettings.java.
 * Read-aloud only ever starts from a button press, never by itself, so it cannot talk over a screen reader.
 */
(function () {
  'use strict';
  if (window.lcA11y) {
    return;
  }

  var lastParagraph = null;
  var lastSelection = '';
  var READABLE = 'p, li, dd, dt, h1, h2, h3, td, th, blockquote';

  function mainContent() {
    return document.getElementById('main-content');
  }

  // Remember what the person last selected or tapped inside the page, because pressing a toolbar
  // button can clear the selection before we see it.
  document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    var main = mainContent();
    if (selection && main && selection.rangeCount > 0 && main.contains(selection.anchorNode)) {
      var text = selection.toString().trim();
      if (text) {
        lastSelection = text;
      }
    }
  });
  document.addEventListener('pointerdown', function (event) {
    var main = mainContent();
    var target = event.target instanceof Element ? event.target.closest(READABLE) : null;
    if (main && target && main.contains(target)) {
      lastParagraph = target;
    }
  }, true);
  document.addEventListener('focusin', function (event) {
    var main = mainContent();
    var target = event.target instanceof Element ? event.target.closest(READABLE) : null;
    if (main && target && main.contains(target)) {
      lastParagraph = target;
    }
    moveGuideTo(event.target);
  });

  function textToRead(scope) {
    if (scope === 'selection') {
      var selection = window.getSelection();
      var selected = selection ? selection.toString().trim() : '';
      if (selected) {
        return selected;
      }
      if (lastSelection) {
        return lastSelection;
      }
      return lastParagraph && document.contains(lastParagraph) ? lastParagraph.innerText.trim() : '';
    }
    var main = mainContent();
    return main ? main.innerText.trim() : '';
  }

  function hasVoiceFor(lang, voices) {
    var prefix = lang.split('-')[0];
    return voices.some(function (voice) {
      return voice.lang && voice.lang.replace('_', '-').toLowerCase().indexOf(prefix) === 0;
    });
  }

  // Voices load asynchronously in some browsers; wait a moment for them before concluding there are none.
  function voices(synth) {
    var list = synth.getVoices();
    if (list.length > 0) {
      return Promise.resolve(list);
    }
    return new Promise(function (resolve) {
      var done = false;
      function finish() {
        if (!done) {
          done = true;
          resolve(synth.getVoices());
        }
      }
      synth.addEventListener('voiceschanged', finish, { once: true });
      setTimeout(finish, 1500);
    });
  }

  function announce(text) {
    var region = document.getElementById('live-region');
    if (region) {
      // The same words twice are only read again if the text node changes.
      region.textContent = region.textContent === text ? text + '\u00a0' : text;
    }
  }

  window.lcA11y = {
    /**
     * Shows and announces, in the page's language, that the network dropped and that nothing typed is lost; and that
     * it is back. Vaadin's own indicator is a thin bar with English words; its texts are translated here too.
     */
    watchConnection: function (notice) {
      var store = window.Vaadin && window.Vaadin.connectionState;
      if (!store || !notice || notice.dataset.watching) {
        return;
      }
      notice.dataset.watching = '1';
      var indicator = window.Vaadin.connectionIndicator;
      if (indicator) {
        indicator.onlineText = notice.dataset.online;
        indicator.offlineText = notice.dataset.offline;
        indicator.reconnectingText = notice.dataset.reconnecting;
      }
      store.addStateChangeListener(function (previous, current) {
        var lost = current === 'reconnecting' || current === 'connection-lost';
        if (lost && notice.hidden) {
          notice.textContent = notice.dataset.lost;
          notice.hidden = false;
          announce(notice.dataset.lost);
        } else if (current === 'connected' && !notice.hidden) {
          notice.hidden = true;
          announce(notice.dataset.back);
        }
      });
    },


    /** Reads the main content ('page') or the selected paragraph ('selection'); resolves to an outcome code. */
    speak: function (scope, rate) {
      var synth = window.speechSynthesis;
      if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') {
        return Promise.resolve('unsupported');
      }
      var text = textToRead(scope);
      if (!text) {
        return Promise.resolve(scope === 'selection' ? 'nothing-selected' : 'empty');
      }
      var lang = document.documentElement.lang || 'zh-CN';
      return voices(synth).then(function (list) {
        synth.cancel();
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        utterance.rate = rate;
        var voice = list.filter(function (v) { return v.lang && v.lang.replace('_', '-') === lang; })[0];
        if (voice) {
          utterance.voice = voice;
        }
        synth.speak(utterance);
        return hasVoiceFor(lang, list) ? 'speaking' : 'no-voice';
      });
    },
    pause: function () {
      if (window.speechSynthesis) { window.speechSynthesis.pause(); }
    },
    resume: function () {
      if (window.speechSynthesis) { window.speechSynthesis.resume(); }
    },
    stop: function () {
      if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
    }
  };

  // Reading guide: a line that follows the pointer, or the focused element for keyboard users.
  var guide = null;
  function ensureGuide() {
    if (!guide) {
      guide = document.createElement('div');
      guide.id = 'lc-reading-guide';
      guide.setAttribute('aria-hidden', 'true');
      document.body.appendChild(guide);
    }
    return guide;
  }
  function moveGuide(y) {
    if (document.documentElement.classList.contains('lc-guide')) {
      ensureGuide().style.top = Math.max(0, y) + 'px';
    }
  }
  function moveGuideTo(element) {
    // Only with the guide on: reading an element's position makes the browser lay the page out there and then, at
    // every focus change, for nothing when there is no guide to move.
    if (element instanceof Element && document.documentElement.classList.contains('lc-guide')) {
      moveGuide(element.getBoundingClientRect().bottom + 2);
    }
  }
  document.addEventListener('pointermove', function (event) { moveGuide(event.clientY + 12); }, { passive: true });
  document.addEventListener('DOMContentLoaded', ensureGuide);
  if (document.body) {
    ensureGuide();
  }
})();
