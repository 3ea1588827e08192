/*
 * sitegen default theme: optional enhancements. Every page works without this file.
 *  1. Feedback forms ([data-feedback]) are sent in the background.
 *  2. The root language picker ([data-language-picker]) follows the browser's languages.
 * (The availability page's product filter is in theme.js.)
 */
(function () {
  'use strict';

  function show(element) {
    if (element) element.removeAttribute('hidden');
  }

  function hide(element) {
    if (element) element.setAttribute('hidden', '');
  }

  /* ---------- 1. Feedback ---------- */

  // One id per page view: the vote and a later comment on it are one record at the collector.
  function newVoteID() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = new Uint8Array(16);
    if (window.crypto && crypto.getRandomValues) {
      crypto.getRandomValues(bytes);
    } else {
      for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    }
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  function initFeedback(form) {
    var buttons = form.querySelector('.feedback-buttons');
    var details = form.querySelector('[data-feedback-details]');
    var sendButton = form.querySelector('[data-comment]');
    var status = form.querySelector('[data-feedback-status]');
    var retry = form.querySelector('[data-feedback-retry]');
    var textarea = details ? details.querySelector('textarea') : null;
    var strings = {
      sending: form.getAttribute('data-sending') || '',
      failed: form.getAttribute('data-failed') || '',
      thanks: form.getAttribute('data-thanks') || ''
    };
    var voteInput = form.querySelector('input[name="vote"]');
    if (voteInput) voteInput.value = newVoteID();
    var lastClicked = null;
    var pending = null;
    var busy = false;

    // Without JavaScript the reasons and comment go with the vote; with it they come after "No".
    hide(details);
    show(sendButton);

    // For browsers without SubmitEvent.submitter.
    form.addEventListener('click', function (event) {
      var button = event.target.closest('button, input[type="submit"]');
      if (button && form.contains(button)) lastClicked = button;
    });

    function setStatus(state, text) {
      if (!status) return;
      status.setAttribute('data-state', state);
      status.textContent = text;
    }

    function setDisabled(disabled) {
      Array.prototype.forEach.call(form.querySelectorAll('button, textarea, input'), function (control) {
        control.disabled = disabled;
      });
    }

    function focusStatus() {
      if (!status) return;
      status.setAttribute('tabindex', '-1');
      status.focus();
    }

    function finish(step) {
      if (step === 'vote-no' && details) {
        hide(buttons);
        show(details);
        setStatus('', '');
        if (textarea) textarea.focus();
      } else {
        hide(buttons);
        hide(details);
        setStatus('thanks', strings.thanks);
        focusStatus();
      }
    }

    function fail() {
      // The comment stays in the textarea; retry sends exactly the same data again.
      setStatus('failed', strings.failed);
      show(retry);
      if (retry) retry.focus();
    }

    function post(data, step) {
      busy = true;
      pending = { data: data, step: step };
      hide(retry);
      setDisabled(true);
      setStatus('sending', strings.sending);
      var controller = window.AbortController ? new AbortController() : null;
      var timer = controller ? setTimeout(function () { controller.abort(); }, 10000) : null;
      var body = new URLSearchParams(data);
      body.set('reply', 'json');
      var request;
      try {
        request = fetch(form.action, {
          method: 'POST',
          body: body,
          mode: 'cors',
          credentials: 'omit',
          keepalive: true,
          signal: controller ? controller.signal : undefined
        });
      } catch (error) {
        request = Promise.reject(error);
      }
      request.then(function (response) {
        if (!response.ok) throw new Error('status ' + response.status);
        pending = null;
        finish(step);
      }).catch(function () {
        fail();
      }).then(function () {
        if (timer) clearTimeout(timer);
        busy = false;
        setDisabled(false);
      });
    }

    form.addEventListener('submit', function (event) {
      var submitter = event.submitter || lastClicked;
      lastClicked = null;
      event.preventDefault();
      if (busy || !submitter) return;
      var data = new FormData(form);
      data.append('helpful', submitter.value);
      var isComment = submitter.hasAttribute('data-comment');
      if (!isComment) {
        // The first step is the vote alone; reasons and comment follow on the same vote id.
        data.delete('reasons');
        data.delete('comment');
      }
      post(data, isComment ? 'comment' : (submitter.value === 'no' ? 'vote-no' : 'vote-yes'));
    });

    if (retry) {
      retry.addEventListener('click', function () {
        if (pending && !busy) post(pending.data, pending.step);
      });
    }
  }

  /* ---------- 2. Root language picker ---------- */

  function initLanguagePicker(picker) {
    var links = Array.prototype.slice.call(picker.querySelectorAll('a[hreflang]'));
    if (!links.length) return;

    var preferences = navigator.languages && navigator.languages.length
      ? navigator.languages
      : [navigator.language || navigator.userLanguage || ''];

    function linkFor(code) {
      code = code.toLowerCase();
      for (var i = 0; i < links.length; i++) {
        if ((links[i].getAttribute('hreflang') || '').toLowerCase() === code) return links[i];
      }
      return null;
    }

    for (var p = 0; p < preferences.length; p++) {
      // "pt-BR" is tried as "pt-br", then as its primary subtag "pt".
      var tag = String(preferences[p] || '').trim();
      if (!tag) continue;
      var link = linkFor(tag) || linkFor(tag.split('-')[0]);
      if (link) {
        location.replace(link.href);
        return;
      }
    }
  }

  /* ---------- Start ---------- */

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-feedback]'), initFeedback);

    var picker = document.querySelector('[data-language-picker]');
    if (picker) initLanguagePicker(picker);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
