/*
 * Suggestions under the search box (the ARIA combobox pattern): the box is the combobox, the
 * list its listbox, the option under the arrows its aria-activedescendant. Asks /api/suggest
 * once typing pauses; Enter on an option searches for it, Esc closes the list, "/" anywhere
 * outside a field focuses the box. Suggestions are inserted as text.
 */
(function () {
  'use strict';

  var DEBOUNCE_MS = 150;
  var SIZE = 8;

  function init() {
    var box = document.getElementById('q');
    var list = document.getElementById('q-suggestions');
    var form = document.getElementById('search-form');
    if (!box || !list || !form) return;
    var items = [];
    var active = -1;
    var timer = null;
    var seq = 0;

    function kindLabel(s) {
      if (s.kind === 'company') return 'firma · ' + s.count + ' ' + (s.count === 1 ? 'artykuł' : 'art.');
      return s.kind === 'phrase' ? 'fraza' : 'słowo';
    }

    function close() {
      seq++;
      items = [];
      active = -1;
      while (list.firstChild) list.removeChild(list.firstChild);
      list.hidden = true;
      box.setAttribute('aria-expanded', 'false');
      box.removeAttribute('aria-activedescendant');
    }

    function show(suggestions) {
      while (list.firstChild) list.removeChild(list.firstChild);
      items = suggestions;
      active = -1;
      box.removeAttribute('aria-activedescendant');
      if (!items.length) { close(); return; }
      items.forEach(function (s, i) {
        var li = document.createElement('li');
        li.id = 'q-suggestion-' + i;
        li.className = 'completion';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.setAttribute('data-kind', s.kind);
        var text = document.createElement('span');
        text.className = 'completion-text';
        text.textContent = s.text;
        var kind = document.createElement('span');
        kind.className = 'completion-kind';
        kind.textContent = kindLabel(s);
        li.appendChild(text);
        li.appendChild(kind);
        // mousedown, so the box keeps its focus and the list is still there on click
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      box.setAttribute('aria-expanded', 'true');
    }

    function highlight(i) {
      var options = list.children;
      if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
      active = i;
      if (i >= 0 && options[i]) {
        options[i].setAttribute('aria-selected', 'true');
        box.setAttribute('aria-activedescendant', options[i].id);
        options[i].scrollIntoView({ block: 'nearest' });
      } else {
        box.removeAttribute('aria-activedescendant');
      }
    }

    function choose(i) {
      var s = items[i];
      if (!s) return;
      box.value = s.text;
      close();
      form.requestSubmit();
    }

    function ask() {
      var text = box.value;
      if (!text.trim()) { close(); return; }
      var mine = ++seq;
      fetch('/api/suggest?' + new URLSearchParams({ q: text, size: String(SIZE) }).toString(), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (mine !== seq || document.activeElement !== box) return;
          show((data && data.suggestions) || []);
        })
        .catch(function () { if (mine === seq) close(); });
    }

    box.addEventListener('input', function () {
      clearTimeout(timer);
      seq++;
      timer = setTimeout(ask, DEBOUNCE_MS);
    });

    box.addEventListener('keydown', function (e) {
      var open = !list.hidden && items.length > 0;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!open) return;
        e.preventDefault();
        var step = e.key === 'ArrowDown' ? 1 : -1;
        var next = active + step;
        if (next >= items.length) next = -1;
        if (next < -1) next = items.length - 1;
        highlight(next);
      } else if (e.key === 'Enter') {
        clearTimeout(timer);
        if (open && active >= 0) {
          e.preventDefault();
          choose(active);
        } else {
          close();
        }
      } else if (e.key === 'Escape') {
        if (open) {
          e.preventDefault();
          clearTimeout(timer);
          close();
        }
      }
    });

    box.addEventListener('blur', function () { clearTimeout(timer); close(); });
    form.addEventListener('submit', function () { clearTimeout(timer); close(); });

    document.addEventListener('keydown', function (e) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (typing) return;
      e.preventDefault();
      box.focus();
      box.select();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
