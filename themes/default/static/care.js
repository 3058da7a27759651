/* Care mode (长者模式): larger text, high contrast, wider line spacing and a
   large cursor, chosen in the top bar's panel and remembered in localStorage.
   Loaded without `defer` in <head>, it puts the remembered choice on <html>
   before the page is painted, then wires the control once the page is parsed.
   The control is `hidden` in the HTML and shown here only, so that a browser
   without JavaScript shows no dead buttons. Every word it shows is in the page
   (the theme's i18n files); nothing is fetched. ES5, for older phones. */
(function () {
  'use strict';

  var KEY = 'zonesite-care';
  var SIZES = [100, 125, 150, 175, 200];
  var SWITCHES = ['contrast', 'spacing', 'cursor'];
  var root = document.documentElement;

  function defaults() {
    return { text: 100, contrast: false, spacing: false, cursor: false };
  }

  // The remembered choice; anything unreadable counts as none.
  function load() {
    var state = defaults();
    var saved = null;
    try {
      saved = JSON.parse(window.localStorage.getItem(KEY) || 'null');
    } catch (e) {
      saved = null;
    }
    if (saved && typeof saved === 'object') {
      if (SIZES.indexOf(saved.text) >= 0) state.text = saved.text;
      for (var i = 0; i < SWITCHES.length; i++) {
        state[SWITCHES[i]] = saved[SWITCHES[i]] === true;
      }
    }
    return state;
  }

  function isDefault(state) {
    var plain = defaults();
    for (var key in plain) {
      if (state[key] !== plain[key]) return false;
    }
    return true;
  }

  function save(state) {
    try {
      if (isDefault(state)) window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, JSON.stringify(state));
    } catch (e) {
      // Storage refused (private browsing, a full disk): the choice holds for this page.
    }
  }

  // care.css reads these: data-care-text="150" and the classes care-contrast,
  // care-spacing, care-cursor.
  function apply(state) {
    if (state.text === 100) root.removeAttribute('data-care-text');
    else root.setAttribute('data-care-text', String(state.text));
    for (var i = 0; i < SWITCHES.length; i++) {
      if (state[SWITCHES[i]]) root.classList.add('care-' + SWITCHES[i]);
      else root.classList.remove('care-' + SWITCHES[i]);
    }
  }

  var state = load();
  apply(state);

  function wire() {
    var toggle = document.querySelector('.care-toggle');
    var panel = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
    if (!panel) return;
    var size = panel.querySelector('.care-size-value');
    var steps = panel.querySelectorAll('[data-care-step]');
    var switches = panel.querySelectorAll('[data-care]');

    function show() {
      var at = SIZES.indexOf(state.text);
      if (size) size.textContent = state.text + '%';
      for (var i = 0; i < steps.length; i++) {
        var next = at + Number(steps[i].getAttribute('data-care-step'));
        steps[i].setAttribute('aria-disabled', String(next < 0 || next >= SIZES.length));
      }
      for (var j = 0; j < switches.length; j++) {
        switches[j].setAttribute('aria-pressed', String(state[switches[j].getAttribute('data-care')] === true));
      }
    }

    function change() {
      apply(state);
      save(state);
      show();
    }

    function open(yes) {
      toggle.setAttribute('aria-expanded', String(yes));
      panel.hidden = !yes;
    }

    toggle.addEventListener('click', function () {
      open(toggle.getAttribute('aria-expanded') !== 'true');
    });

    panel.addEventListener('click', function (event) {
      var button = event.target.closest ? event.target.closest('button') : null;
      if (!button || !panel.contains(button)) return;
      if (button.hasAttribute('data-care-step')) {
        var next = SIZES.indexOf(state.text) + Number(button.getAttribute('data-care-step'));
        if (next < 0 || next >= SIZES.length) return;
        state.text = SIZES[next];
        change();
      } else if (button.hasAttribute('data-care')) {
        var key = button.getAttribute('data-care');
        state[key] = !state[key];
        change();
      } else if (button.hasAttribute('data-care-reset')) {
        state = defaults();
        change();
      } else if (button.hasAttribute('data-care-close')) {
        open(false);
        toggle.focus();
      }
    });

    // Esc closes the panel from the toggle or from inside it, and focus goes back to the toggle.
    function escape(event) {
      if ((event.key === 'Escape' || event.key === 'Esc') && toggle.getAttribute('aria-expanded') === 'true') {
        event.preventDefault();
        open(false);
        toggle.focus();
      }
    }
    toggle.addEventListener('keydown', escape);
    panel.addEventListener('keydown', escape);

    // Another tab of the site changed the choice.
    window.addEventListener('storage', function (event) {
      if (event.key !== KEY && event.key !== null) return;
      state = load();
      apply(state);
      show();
    });

    show();
    toggle.hidden = false;
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
