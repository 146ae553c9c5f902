/*
 * Lupa search page. The page state lives in the URL query string; every change of query,
 * filter, sort or page pushes a new history entry, and rendering always starts from the URL.
 * Server data is inserted only as text nodes; the one markup the API sends, <mark>, is
 * rebuilt here from the text as real elements.
 */
(function () {
  'use strict';

  var FACET_SIZE = 12;        // 12 covers every month of a year
  var FACET_SIZE_MORE = 100;
  var COMPANIES_SHOWN = 10;
  var MAX_DEPTH = 10000;      // the server serves no hit past this one

  var MONTHS_GEN = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca',
    'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
  var MONTHS_NOM = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec',
    'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'];
  var USD_BUCKETS = [
    ['lt1M', 'poniżej 1 mln $'], ['1M-10M', '1–10 mln $'], ['10M-100M', '10–100 mln $'],
    ['100M-1B', '100 mln – 1 mld $'], ['1B-10B', '1–10 mld $'], ['gte10B', 'powyżej 10 mld $']];

  var $ = function (id) { return document.getElementById(id); };
  var els = {};
  var showMoreCompanies = false;
  var requestSeq = 0;
  var inflight = null;
  var renders = 0;
  var hitCache = Object.create(null);   // id -> hit of the latest results, for marking the article view

  // ---------------------------------------------------------------- small helpers

  /** Builds an element; attrs may hold text, class, on<event> handlers and plain attributes. */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') el.textContent = v;
        else if (k === 'class') el.className = v;
        else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }

  function append(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(parent, c); }); return; }
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }

  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }

  var ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0' };

  /** Decodes the entities of HTML-escaped text in one pass, so "&amp;lt;" stays "&lt;". */
  function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (all, name) {
      if (Object.prototype.hasOwnProperty.call(ENTITIES, name)) return ENTITIES[name];
      if (name.charAt(0) === '#') {
        var code = name.charAt(1).toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        if (code > 0 && code <= 0x10ffff) { try { return String.fromCodePoint(code); } catch (e) { /* keep as is */ } }
      }
      return all;
    });
  }

  /** Appends escaped text whose only markup is <mark> as text nodes and <mark> elements. */
  function appendHighlighted(parent, escaped) {
    var parts = String(escaped || '').split(/(<mark>|<\/mark>)/);
    var target = parent;
    parts.forEach(function (part) {
      if (part === '<mark>') {
        if (target === parent) { target = h('mark'); parent.appendChild(target); }
      } else if (part === '</mark>') {
        target = parent;
      } else if (part) {
        target.appendChild(document.createTextNode(decodeEntities(part)));
      }
    });
    return parent;
  }

  /** The distinct texts the server marked in a hit's title and snippets. */
  function markedTerms(hit) {
    var seen = Object.create(null);
    var out = [];
    [hit.titleHighlighted].concat(hit.snippets || []).forEach(function (s) {
      var re = /<mark>([\s\S]*?)<\/mark>/g;
      var m;
      while ((m = re.exec(String(s || '')))) {
        var t = decodeEntities(m[1]).trim();
        var key = t.toLocaleLowerCase('pl');
        if (t && !seen[key]) { seen[key] = true; out.push(t); }
      }
    });
    return out;
  }

  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  /** A matcher of whole-word occurrences of any term, longest first, ignoring case. */
  function termMatcher(terms) {
    if (!terms.length) return null;
    var sorted = terms.slice().sort(function (a, b) { return b.length - a.length; });
    try {
      return new RegExp('(?<![\\p{L}\\p{N}])(' + sorted.map(escapeRegExp).join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
    } catch (e) {
      return new RegExp('(' + sorted.map(escapeRegExp).join('|') + ')', 'gi');
    }
  }

  /** Appends plain text, wrapping what the matcher finds in <mark>. */
  function appendMarked(parent, text, matcher) {
    text = String(text || '');
    if (!matcher) { parent.appendChild(document.createTextNode(text)); return parent; }
    matcher.lastIndex = 0;
    var last = 0;
    var m;
    while ((m = matcher.exec(text))) {
      if (m[0] === '') { matcher.lastIndex++; continue; }
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(h('mark', { text: m[0] }));
      last = m.index + m[0].length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
    return parent;
  }

  function plural(n, one, few, many) {
    if (n === 1) return one;
    var d = n % 10;
    var dd = n % 100;
    return d >= 2 && d <= 4 && (dd < 12 || dd > 14) ? few : many;
  }

  var numberFmt = new Intl.NumberFormat('pl-PL');

  function formatCount(n) { return numberFmt.format(n); }

  function formatResults(n) { return formatCount(n) + ' ' + plural(n, 'wynik', 'wyniki', 'wyników'); }

  /** 1000000000 -> "1 mld $", 650000000 -> "650 mln $", 250000 -> "250 tys. $". */
  function formatUsd(v) {
    var scales = [[1e12, 'bln'], [1e9, 'mld'], [1e6, 'mln'], [1e3, 'tys.']];
    for (var i = 0; i < scales.length; i++) {
      if (Math.abs(v) >= scales[i][0]) {
        var x = v / scales[i][0];
        var digits = x < 10 ? 2 : x < 100 ? 1 : 0;
        return new Intl.NumberFormat('pl-PL', { maximumFractionDigits: digits }).format(x) + ' ' + scales[i][1] + ' $';
      }
    }
    return numberFmt.format(v) + ' $';
  }

  function formatMoney(value, currency) {
    var symbols = { USD: '$', PLN: 'zł', EUR: '€', GBP: '£' };
    var s = formatUsd(value);
    return currency && currency !== 'USD' ? s.replace(/\$$/, symbols[currency] || currency) : s;
  }

  /** "2024-10-15" -> "15 października 2024", "2024-10" -> "październik 2024", "2024" -> "2024". */
  function formatDate(value) {
    if (!value) return '';
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (!m) return value;
    if (!m[2]) return m[1];
    var month = parseInt(m[2], 10) - 1;
    if (!m[3]) return MONTHS_NOM[month] + ' ' + m[1];
    return parseInt(m[3], 10) + ' ' + MONTHS_GEN[month] + ' ' + m[1];
  }

  function usdLabel(key) {
    for (var i = 0; i < USD_BUCKETS.length; i++) if (USD_BUCKETS[i][0] === key) return USD_BUCKETS[i][1];
    return key;
  }

  function usdOrder(key) {
    for (var i = 0; i < USD_BUCKETS.length; i++) if (USD_BUCKETS[i][0] === key) return i;
    return USD_BUCKETS.length;
  }

  // ---------------------------------------------------------------- state <-> URL

  function readState(search) {
    var p = new URLSearchParams(search);
    var page = parseInt(p.get('page') || '1', 10);
    return {
      q: p.get('q') || '',
      company: p.getAll('company').filter(Boolean),
      usd: p.getAll('usd').filter(Boolean),
      from: p.get('from') || '',
      to: p.get('to') || '',
      sort: p.get('sort') || '',
      page: page > 0 ? page : 1,
      size: p.get('size') || '',
      doc: p.get('doc') || '',
      extra: readExtra(p)
    };
  }

  function toParams(s, forApi) {
    var p = new URLSearchParams();
    if (s.q) p.append('q', s.q);
    s.company.forEach(function (c) { p.append('company', c); });
    s.usd.forEach(function (u) { p.append('usd', u); });
    if (s.from) p.append('from', s.from);
    if (s.to) p.append('to', s.to);
    if (s.sort) p.append('sort', s.sort);
    if (s.page > 1) p.append('page', String(s.page));
    if (s.size) p.append('size', s.size);
    if (!forApi && s.doc) p.append('doc', s.doc);
    appendExtra(p, s, forApi);
    return p;
  }

  function stateUrl(s) {
    var qs = toParams(s, false).toString();
    return '/' + (qs ? '?' + qs : '');
  }

  function copyState(s, changes) {
    var out = {
      q: s.q, company: s.company.slice(), usd: s.usd.slice(), from: s.from, to: s.to,
      sort: s.sort, page: s.page, size: s.size, doc: '', extra: Object.assign({}, s.extra)
    };
    Object.keys(changes || {}).forEach(function (k) { out[k] = changes[k]; });
    return out;
  }

  /** A new filter state: back to the first page of results. */
  function withFilter(s, changes) {
    var c = Object.assign({ page: 1 }, changes);
    return copyState(s, c);
  }

  function current() { return readState(location.search); }

  function hasFilters(s) { return s.company.length > 0 || s.usd.length > 0 || !!s.from || !!s.to; }

  function effectiveSort(s) { return s.sort || (s.q ? 'relevance' : 'date'); }

  function go(state, opts) {
    opts = opts || {};
    var url = stateUrl(state);
    if (url !== location.pathname + location.search) {
      history.pushState({ fromList: !!opts.fromList }, '', url);
    }
    render(opts);
  }

  /** Makes a link navigate within the page unless the user asked for a new tab or window. */
  function internalLink(a, state, opts) {
    a.setAttribute('href', stateUrl(state));
    a.addEventListener('click', function (e) {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      go(state, opts);
    });
    return a;
  }

  // ---------------------------------------------------------------- rendering

  var renderedSearch = null;

  function render(opts) {
    opts = opts || {};
    renderedSearch = location.search;
    var s = current();
    els.q.value = s.q;
    document.body.classList.toggle('view-doc', !!s.doc);
    if (extensionView(s)) {
      els.results.hidden = true;
      els.filters.hidden = true;
      els.doc.hidden = true;
    } else if (s.doc) {
      renderDoc(s, opts);
    } else {
      els.results.hidden = false;
      els.filters.hidden = false;
      els.doc.hidden = true;
      clear(els.doc);
      search(s, opts);
    }
  }

  function setTitle(s, extra) {
    var base = 'Lupa – wyszukiwarka wiadomości technologicznych';
    document.title = extra ? extra + ' – Lupa' : s.q ? s.q + ' – Lupa' : base;
  }

  function markRendered(state) {
    els.results.setAttribute('data-state', state);
    renders++;
    document.body.setAttribute('data-renders', String(renders));
  }

  function apiGet(url, seq) {
    if (inflight) inflight.abort();
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    inflight = controller;
    return fetch(url, { headers: { Accept: 'application/json' }, signal: controller ? controller.signal : undefined })
      .then(function (res) {
        return res.text().then(function (text) {
          var body = null;
          try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
          return { status: res.status, ok: res.ok, body: body, seq: seq };
        });
      });
  }

  function search(s, opts) {
    var seq = ++requestSeq;
    setTitle(s);
    syncControls(s);
    els.results.setAttribute('aria-busy', 'true');
    els.results.setAttribute('data-state', 'loading');
    els.status.textContent = 'Szukam…';
    var params = toParams(s, true);
    params.set('facetSize', String(showMoreCompanies ? FACET_SIZE_MORE : FACET_SIZE));
    notifyExtensions('searchParams', params, s);
    var main = apiGet('/api/search?' + params.toString(), seq);
    var monthsOfYear = Promise.resolve(null);
    var period = rangePeriod(s);
    if (period.month) {
      // A month is chosen: list the other months of its year too, so one can switch.
      var yp = toParams(copyState(s, { from: period.year, to: period.year, page: 1, size: '1' }), true);
      yp.set('facetSize', String(FACET_SIZE));
      monthsOfYear = fetch('/api/search?' + yp.toString(), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .catch(function () { return null; });
    }
    Promise.all([main, monthsOfYear]).then(function (both) {
      var res = both[0];
      if (seq !== requestSeq) return;
      els.results.removeAttribute('aria-busy');
      if (res.ok && res.body) {
        showResults(s, res.body, both[1], opts);
      } else {
        showError(s, res.status, res.body);
      }
    }).catch(function (err) {
      if (seq !== requestSeq || (err && err.name === 'AbortError')) return;
      els.results.removeAttribute('aria-busy');
      showError(s, 0, null);
    });
  }

  function syncControls(s) {
    var sort = effectiveSort(s);
    Array.prototype.forEach.call(document.querySelectorAll('.sort-btn'), function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-sort') === sort));
    });
    els.dateFrom.value = dateInputValue(s.from, true);
    els.dateTo.value = dateInputValue(s.to, false);
    var n = s.company.length + s.usd.length + (s.from || s.to ? 1 : 0);
    els.filtersToggle.textContent = n ? 'Filtry (' + n + ')' : 'Filtry';
  }

  /** "2024" -> "2024-01-01" (or "-12-31" for the end of a range), "2024-02" -> "2024-02-01" / "2024-02-29". */
  function dateInputValue(v, start) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v || '');
    if (!m) return '';
    if (m[3]) return v;
    var year = parseInt(m[1], 10);
    if (!m[2]) return m[1] + (start ? '-01-01' : '-12-31');
    var month = parseInt(m[2], 10);
    var last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return m[1] + '-' + m[2] + '-' + (start ? '01' : String(last));
  }

  /**
   * The server matches company filters to their names regardless of case and diacritics, and
   * through former names: adopt its names, so the facet and the chips tick and untick as one.
   */
  function adoptCanonicalCompanies(s, facets) {
    var selected = ((facets && facets.company) || []).filter(function (f) { return f.selected; })
      .map(function (f) { return f.value; });
    var same = selected.length === s.company.length && s.company.every(function (c) { return selected.indexOf(c) >= 0; });
    if (same || !selected.length) return;
    s.company = selected;
    history.replaceState(history.state, '', stateUrl(s));
    renderedSearch = location.search;
  }

  function showResults(s, data, yearData, opts) {
    adoptCanonicalCompanies(s, data.facets);
    hitCache = Object.create(null);
    (data.hits || []).forEach(function (hit) { hitCache[hit.id] = hit; });
    var focusKey = opts.keepFocus;
    var status = formatResults(data.total);
    if (data.partialTotal) status += ' · ' + formatCount(data.partialTotal) + ' z częścią słów';
    status += ' · ' + formatCount(data.tookMs) + ' ms';
    if (s.page > 1) status += ' · strona ' + s.page;
    els.status.textContent = status;
    renderActiveFilters(s);
    renderNotes(data);
    renderFacets(s, data.facets || {}, yearData);
    clear(els.hitsArea);
    clear(els.pager);
    if (!data.hits || data.hits.length === 0) {
      els.hitsArea.appendChild(emptyState(s, data));
      markRendered('empty');
    } else {
      // The articles holding every word, then (after a heading) those holding only some of them.
      var start = (data.page - 1) * data.size + 1;
      var list = h('ol', { class: 'hits', start: start });
      var partial = data.relaxed;
      data.hits.forEach(function (hit, i) {
        if (!partial && hit.missing && hit.missing.length) {
          partial = true;
          if (list.childNodes.length) els.hitsArea.appendChild(list);
          els.hitsArea.appendChild(h('h2', { class: 'partial-heading', text: 'Wyniki zawierające tylko część słów' }));
          list = h('ol', { class: 'hits hits-partial', start: start + i });
        }
        list.appendChild(hitItem(s, hit));
      });
      els.hitsArea.appendChild(list);
      renderPager(s, data);
    }
    notifyExtensions('results', s, data);
    if (data.hits && data.hits.length) markRendered('ready');
    restoreFocus(focusKey, opts);
  }

  function restoreFocus(key, opts) {
    if (key) {
      var el = document.querySelector('[data-key="' + cssEscape(key) + '"]');
      if (el) { el.focus(); return; }
    }
    if (opts.focusResults) {
      els.results.focus({ preventScroll: true });
      els.results.scrollIntoView({ block: 'start' });
    }
  }

  function cssEscape(s) {
    return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
  }

  function renderNotes(data) {
    clear(els.notes);
    if (data.relaxed && data.hits && data.hits.length) {
      els.notes.appendChild(h('p', { class: 'note', text: 'Nie znaleziono wszystkich słów – pokazujemy wyniki zawierające większość z nich.' }));
    }
    if (data.timedOut) {
      els.notes.appendChild(h('p', { class: 'note note-warn', text: 'Wyszukiwanie trwało zbyt długo i zostało przerwane. Spróbuj zawęzić zapytanie.' }));
    }
    queryNotes(data);
  }

  /**
   * "Czy chodziło Ci o" with a link to the corrected query, which words were read otherwise, and
   * "Filtruj: firma X" for each company the query names.
   */
  function queryNotes(data) {
    if (data.corrected && data.correctedWords) {
      var pairs = Object.keys(data.correctedWords).map(function (w) { return w + ' → ' + data.correctedWords[w]; });
      els.notes.appendChild(h('p', { class: 'note', id: 'corrected-note',
        text: 'Uwzględniamy też podobną pisownię: ' + pairs.join(', ') + '.' }));
    }
    if (data.didYouMean) {
      var dym = data.didYouMean;
      els.notes.appendChild(h('p', { class: 'note', id: 'did-you-mean' }, 'Czy chodziło Ci o: ',
        internalLink(h('a', { text: dym.q }), withFilter(current(), { q: dym.q, doc: '' })),
        ' (' + formatResults(dym.total) + ')?'));
    }
    if (data.namedCompanies && data.namedCompanies.length) {
      var s = current();
      var offer = h('p', { class: 'note', id: 'company-offer' }, 'Filtruj: ');
      data.namedCompanies.forEach(function (name, i) {
        if (i > 0) offer.appendChild(document.createTextNode(', '));
        offer.appendChild(internalLink(h('a', { class: 'company-offer', text: 'firma ' + name }),
          withFilter(s, { company: s.company.concat([name]), doc: '' })));
      });
      els.notes.appendChild(offer);
    }
  }

  function hitItem(s, hit) {
    var titleLink;
    var docState = copyState(s, { doc: hit.id });
    if (hit.url) {
      titleLink = h('a', { href: hit.url, rel: 'noopener noreferrer', target: '_blank' });
    } else {
      titleLink = internalLink(h('a'), docState, { fromList: true, focusDoc: true });
    }
    appendHighlighted(titleLink, hit.titleHighlighted || hit.title);

    var meta = h('p', { class: 'hit-meta' });
    var bits = [];
    if (hit.date) bits.push(h('time', { datetime: hit.date, text: formatDate(hit.date) }));
    if (hit.source) bits.push(h('span', { class: 'hit-source', text: hit.source }));
    if (hit.author) bits.push(h('span', { class: 'hit-author', text: hit.author }));
    bits.forEach(function (b, i) {
      if (i) meta.appendChild(h('span', { class: 'sep', 'aria-hidden': 'true', text: ' · ' }));
      meta.appendChild(b);
    });
    if (hit.url) {
      if (bits.length) meta.appendChild(h('span', { class: 'sep', 'aria-hidden': 'true', text: ' · ' }));
      meta.appendChild(internalLink(h('a', { class: 'hit-read', text: 'pełny tekst w Lupie' }), docState, { fromList: true, focusDoc: true }));
    }

    // Snippets after the first are passages from further on: an ellipsis leads in, unless one
    // side already has its own (a passage cut short).
    var shown = (hit.snippets || []).slice(0, 3);
    var snippets = shown.map(function (sn, i) {
      var gap = i > 0 && !/…\s*$/.test(shown[i - 1]) && !/^\s*…/.test(sn);
      return appendHighlighted(h('p', { class: gap ? 'snippet snippet-gap' : 'snippet' }), sn);
    });

    var tags = null;
    var companies = hit.companies || [];
    var amounts = uniqueNumbers(hit.amountsUsd || []);
    if (companies.length || amounts.length) {
      tags = h('div', { class: 'hit-tags' });
      var formerNames = hit.formerNames || {};
      companies.forEach(function (c) {
        var active = s.company.indexOf(c) >= 0;
        // a renamed company under the name the article uses ("Twitter", today X Corp.)
        var named = formerNames[c] || c;
        tags.appendChild(h('button', {
          type: 'button', class: 'tag tag-company' + (active ? ' is-active' : ''),
          'aria-pressed': String(active),
          title: (active ? 'Filtr aktywny' : 'Pokaż tylko artykuły o: ' + c) + (formerNames[c] ? ' (dziś ' + c + ')' : ''),
          text: named,
          onclick: function () {
            if (!active) go(withFilter(s, { company: s.company.concat([c]) }), { focusResults: true });
          }
        }));
      });
      amounts.slice(0, 5).forEach(function (v) {
        tags.appendChild(h('span', { class: 'tag tag-amount', text: formatUsd(v) }));
      });
    }

    var missing = hit.missing && hit.missing.length
      ? h('p', { class: 'hit-missing' }, 'Bez słowa: ', h('s', { text: hit.missing.join(', ') }))
      : null;

    return h('li', { class: 'hit', 'data-id': hit.id },
      h('h3', { class: 'hit-title' }, titleLink),
      meta,
      missing,
      snippets,
      tags);
  }

  function uniqueNumbers(list) {
    var seen = Object.create(null);
    return list.filter(function (v) {
      if (typeof v !== 'number' || seen[v]) return false;
      seen[v] = true;
      return true;
    });
  }

  function emptyState(s, data) {
    var box = h('div', { class: 'empty' });
    if (s.q) {
      box.appendChild(h('p', { class: 'empty-title', text: 'Brak wyników dla „' + s.q + '”.' }));
    } else {
      box.appendChild(h('p', { class: 'empty-title', text: 'Brak wyników dla wybranych filtrów.' }));
    }
    if (s.page > 1 && data.total > 0) {
      box.appendChild(h('p', null, 'Ta strona jest już za ostatnim wynikiem. ',
        internalLink(h('a', { text: 'Przejdź do pierwszej strony' }), copyState(s, { page: 1 }))));
      return box;
    }
    var hints = h('ul', { class: 'empty-hints' },
      h('li', { text: 'Sprawdź pisownię słów.' }),
      h('li', { text: 'Wpisz mniej słów albo słowa bardziej ogólne.' }),
      h('li', { text: 'Usuń część filtrów.' }));
    box.appendChild(h('p', { text: 'Podpowiedzi:' }));
    box.appendChild(hints);
    if (hasFilters(s)) {
      box.appendChild(h('button', {
        type: 'button', class: 'btn', text: 'Wyczyść filtry',
        onclick: function () { go(withFilter(s, { company: [], usd: [], from: '', to: '' })); }
      }));
    }
    return box;
  }

  function showError(s, status, body) {
    clear(els.hitsArea);
    clear(els.pager);
    clear(els.notes);
    clear(els.facets);
    renderActiveFilters(s);
    var box = h('div', { class: 'error', role: 'alert' });
    if (status === 400 && body && body.param === 'company' && body.value) {
      // A company the index does not know: offer the closest names in its place.
      els.status.textContent = 'Nieznana firma';
      box.appendChild(h('p', { class: 'empty-title', text: 'W indeksie nie ma firmy „' + body.value + '”.' }));
      var others = s.company.filter(function (c) { return c !== body.value; });
      if (body.suggestions && body.suggestions.length) {
        var list = h('p', { class: 'suggestions' }, 'Może chodziło o: ');
        body.suggestions.forEach(function (name, i) {
          if (i) list.appendChild(document.createTextNode(', '));
          list.appendChild(internalLink(h('a', { class: 'suggestion', text: name }),
            withFilter(s, { company: others.indexOf(name) >= 0 ? others : others.concat([name]) })));
        });
        box.appendChild(list);
      }
      box.appendChild(internalLink(h('a', { class: 'btn', text: 'Szukaj bez tej firmy' }),
        withFilter(s, { company: others })));
    } else if (status === 400) {
      els.status.textContent = 'Błąd w zapytaniu';
      box.appendChild(h('p', { class: 'empty-title', text: 'Nie udało się wykonać wyszukiwania.' }));
      box.appendChild(h('p', {
        text: 'Serwer odrzucił parametr' + (body && body.param ? ' „' + body.param + '”' : '') +
          (body && body.error ? ': ' + body.error : '.')
      }));
      box.appendChild(internalLink(h('a', { class: 'btn', text: 'Zacznij od nowa' }),
        readState(s.q ? '?q=' + encodeURIComponent(s.q) : '')));
    } else {
      els.status.textContent = 'Błąd';
      var msg = status === 503
        ? 'Indeks wyszukiwarki nie jest jeszcze gotowy. Spróbuj ponownie za chwilę.'
        : status === 0
          ? 'Brak połączenia z serwerem. Sprawdź połączenie i spróbuj ponownie.'
          : 'Serwer nie odpowiedział poprawnie (błąd ' + status + '). Spróbuj ponownie.';
      box.appendChild(h('p', { class: 'empty-title', text: msg }));
      box.appendChild(h('button', { type: 'button', class: 'btn', text: 'Spróbuj ponownie', onclick: function () { render(); } }));
    }
    els.hitsArea.appendChild(box);
    notifyExtensions('results', s, null);
    markRendered('error');
  }

  // ---------------------------------------------------------------- filters

  function renderActiveFilters(s) {
    clear(els.active);
    if (!hasFilters(s)) return;
    var list = h('ul', { class: 'chips', 'aria-label': 'Aktywne filtry' });
    function chip(label, next) {
      list.appendChild(h('li', null, h('button', {
        type: 'button', class: 'chip', 'aria-label': 'Usuń filtr: ' + label,
        onclick: function () { go(next); }
      }, h('span', { text: label }), h('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' }))));
    }
    s.company.forEach(function (c) {
      chip(c, withFilter(s, { company: s.company.filter(function (x) { return x !== c; }) }));
    });
    s.usd.forEach(function (u) {
      chip(usdLabel(u), withFilter(s, { usd: s.usd.filter(function (x) { return x !== u; }) }));
    });
    if (s.from || s.to) chip(rangeLabel(s.from, s.to), withFilter(s, { from: '', to: '' }));
    list.appendChild(h('li', null, h('button', {
      type: 'button', class: 'chip chip-clear', text: 'Wyczyść filtry',
      onclick: function () { go(withFilter(s, { company: [], usd: [], from: '', to: '' })); }
    })));
    els.active.appendChild(list);
  }

  function rangeLabel(from, to) {
    if (from && from === to) return formatDate(from);
    if (from && to) return formatDate(from) + ' – ' + formatDate(to);
    if (from) return 'od ' + formatDate(from);
    return 'do ' + formatDate(to);
  }

  /** The year, and the month, that the date range covers exactly, however it is written. */
  function rangePeriod(s) {
    var from = dateInputValue(s.from, true);
    var to = dateInputValue(s.to, false);
    if (!from || !to || from.slice(0, 4) !== to.slice(0, 4)) return { year: null, month: null };
    var year = from.slice(0, 4);
    if (from === year + '-01-01' && to === year + '-12-31') return { year: year, month: null };
    var month = from.slice(0, 7);
    if (to.slice(0, 7) === month && from === dateInputValue(month, true) && to === dateInputValue(month, false)) {
      return { year: year, month: month };
    }
    return { year: null, month: null };
  }

  function renderFacets(s, facets, yearData) {
    var companies = facets.company || [];
    var years = (facets.year || []).slice().sort(function (a, b) { return b.value.localeCompare(a.value); });
    var months = (yearData && yearData.facets && yearData.facets.month) || facets.month || [];
    var usd = (facets.usd || []).slice().sort(function (a, b) { return usdOrder(a.value) - usdOrder(b.value); });
    var period = rangePeriod(s);
    var chosenYear = period.year;
    clear(els.facets);

    // Companies: the top ones, every selected one, then "pokaż więcej".
    var shownCompanies = showMoreCompanies ? companies : companies.filter(function (f, i) {
      return i < COMPANIES_SHOWN || f.selected;
    });
    var companyPanel = facetPanel('company', 'Firmy', shownCompanies, function (f) { return f.label || f.value; },
      function (f, checked) {
        var next = s.company.filter(function (c) { return c !== f.value; });
        if (checked) next.push(f.value);
        go(withFilter(s, { company: next }), { keepFocus: 'company:' + f.value });
      });
    if (companyPanel && (showMoreCompanies || companies.length > COMPANIES_SHOWN)) {
      companyPanel.appendChild(h('button', {
        type: 'button', class: 'link-btn', 'data-key': 'company:more',
        text: showMoreCompanies ? 'pokaż mniej' : 'pokaż więcej',
        onclick: function () {
          showMoreCompanies = !showMoreCompanies;
          render({ keepFocus: 'company:more' });
        }
      }));
    }
    append(els.facets, companyPanel);

    append(els.facets, facetPanel('year', 'Rok', years, function (f) { return f.value; }, function (f, checked) {
      go(withFilter(s, checked ? { from: f.value, to: f.value } : { from: '', to: '' }), { keepFocus: 'year:' + f.value });
    }, function (f) { return f.value === chosenYear; }));

    if (chosenYear) {
      var ofYear = months.filter(function (f) { return f.value.indexOf(chosenYear + '-') === 0; });
      append(els.facets, facetPanel('month', 'Miesiąc', ofYear, function (f) { return formatDate(f.value); },
        function (f, checked) {
          go(withFilter(s, checked ? { from: f.value, to: f.value } : { from: chosenYear, to: chosenYear }),
            { keepFocus: 'month:' + f.value });
        }, function (f) { return period.month === f.value; }));
    }

    append(els.facets, facetPanel('usd', 'Kwota w USD', usd, function (f) { return f.label || usdLabel(f.value); },
      function (f, checked) {
        var next = s.usd.filter(function (u) { return u !== f.value; });
        if (checked) next.push(f.value);
        next.sort(function (a, b) { return usdOrder(a) - usdOrder(b); });
        go(withFilter(s, { usd: next }), { keepFocus: 'usd:' + f.value });
      }));
  }

  function facetPanel(dim, title, values, labelOf, onToggle, isSelected) {
    if (!values.length) return null;
    var id = 'facet-' + dim;
    var list = h('ul', { class: 'facet-list' });
    values.forEach(function (f) {
      var checked = isSelected ? isSelected(f) : !!f.selected;
      var box = h('input', { type: 'checkbox', 'data-key': dim + ':' + f.value, 'data-value': f.value });
      box.checked = checked;
      box.addEventListener('change', function () { onToggle(f, box.checked); });
      list.appendChild(h('li', { class: 'facet-item' + (f.count === 0 ? ' is-zero' : '') },
        h('label', null, box,
          h('span', { class: 'facet-label', text: labelOf(f) }),
          h('span', { class: 'facet-count', text: formatCount(f.count) }))));
    });
    return h('section', { class: 'panel facet', id: id, 'data-facet': dim, 'aria-labelledby': id + '-title' },
      h('h2', { class: 'panel-title', id: id + '-title', text: title }),
      list);
  }

  // ---------------------------------------------------------------- pagination

  function renderPager(s, data) {
    var size = data.size || 10;
    var listed = data.total + (data.partialTotal || 0);
    var last = Math.max(1, Math.min(Math.ceil(listed / size), Math.floor(MAX_DEPTH / size)));
    if (last <= 1) return;
    var page = data.page;
    var list = h('ul', { class: 'pager-list' });
    function pageLink(n, label, cls, rel) {
      var a = internalLink(h('a', { class: 'pager-link ' + (cls || ''), rel: rel || null }),
        copyState(s, { page: n }), { focusResults: true });
      append(a, label);
      if (n === page && !cls) a.setAttribute('aria-current', 'page');
      return h('li', null, a);
    }
    function disabled(label, cls) {
      return h('li', null, h('span', { class: 'pager-link is-disabled ' + cls, 'aria-disabled': 'true', text: label }));
    }
    list.appendChild(page > 1 ? pageLink(page - 1, '← Poprzednia', 'pager-prev', 'prev') : disabled('← Poprzednia', 'pager-prev'));
    var nums = [];
    for (var n = 1; n <= last; n++) {
      if (n === 1 || n === last || Math.abs(n - page) <= 2) nums.push(n);
    }
    var prev = 0;
    nums.forEach(function (n) {
      if (n - prev > 1) list.appendChild(h('li', { class: 'pager-gap', 'aria-hidden': 'true', text: '…' }));
      var li = pageLink(n, String(n));
      li.firstChild.setAttribute('aria-label', 'Strona ' + n);
      list.appendChild(li);
      prev = n;
    });
    list.appendChild(page < last ? pageLink(page + 1, 'Następna →', 'pager-next', 'next') : disabled('Następna →', 'pager-next'));
    els.pager.appendChild(list);
  }

  // ---------------------------------------------------------------- article view

  function renderDoc(s, opts) {
    var seq = ++requestSeq;
    els.results.hidden = true;
    els.filters.hidden = true;
    els.doc.hidden = false;
    els.doc.setAttribute('aria-busy', 'true');
    clear(els.doc);
    els.doc.appendChild(backLink(s));
    els.doc.appendChild(h('p', { class: 'status', role: 'status', text: 'Wczytuję artykuł…' }));
    var cached = hitCache[s.doc];
    var termsPromise = cached ? Promise.resolve(markedTerms(cached)) : findTerms(s);
    // With the query the server lists every form it matched in the article, not only the
    // forms that happened to appear in the hit's snippets.
    var docPromise = apiGet('/api/documents/' + encodeURIComponent(s.doc) + (s.q ? '?q=' + encodeURIComponent(s.q) : ''), seq);
    Promise.all([docPromise, termsPromise]).then(function (both) {
      if (seq !== requestSeq) return;
      var res = both[0];
      els.doc.removeAttribute('aria-busy');
      if (res.ok && res.body) {
        showDoc(s, res.body, res.body.matched && res.body.matched.length ? res.body.matched : both[1], opts);
      } else {
        docError(s, res.status);
      }
    }).catch(function (err) {
      if (seq !== requestSeq || (err && err.name === 'AbortError')) return;
      els.doc.removeAttribute('aria-busy');
      docError(s, 0);
    });
  }

  /** Without a cached hit (a shared link), asks the search once more for the words it marks. */
  function findTerms(s) {
    if (!s.q) return Promise.resolve([]);
    var params = toParams(copyState(s, { doc: '' }), true);
    params.set('facetSize', '1');
    return fetch('/api/search?' + params.toString(), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        var hit = data && (data.hits || []).filter(function (x) { return x.id === s.doc; })[0];
        if (hit) return markedTerms(hit);
        return s.q.replace(/["()]/g, ' ').split(/\s+/).filter(function (w) {
          return w && w !== 'OR' && w !== 'AND' && w.charAt(0) !== '-';
        });
      })
      .catch(function () { return []; });
  }

  function backLink(s) {
    var listState = copyState(s, { doc: '' });
    var a = h('a', { class: 'back-link', href: stateUrl(listState), text: '← Wróć do wyników' });
    a.addEventListener('click', function (e) {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      if (history.state && history.state.fromList) history.back();
      else go(listState, { focusResults: true });
    });
    return a;
  }

  function showDoc(s, doc, terms, opts) {
    var matcher = termMatcher(terms || []);
    clear(els.doc);
    setTitle(s, doc.title);
    var listState = copyState(s, { doc: '' });
    els.doc.appendChild(backLink(s));

    var header = h('header', { class: 'doc-header' });
    header.appendChild(appendMarked(h('h1', { class: 'doc-title' }), doc.title, matcher));
    var meta = h('p', { class: 'doc-meta' });
    var bits = [];
    if (doc.date) bits.push(h('time', { datetime: doc.date, text: formatDate(doc.date) }));
    if (doc.source) bits.push(h('span', { text: doc.source }));
    if (doc.author) bits.push(h('span', { text: doc.author }));
    if (doc.url) bits.push(h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank', text: 'artykuł w źródle ↗' }));
    bits.forEach(function (b, i) {
      if (i) meta.appendChild(h('span', { class: 'sep', 'aria-hidden': 'true', text: ' · ' }));
      meta.appendChild(b);
    });
    header.appendChild(meta);
    els.doc.appendChild(header);

    var body = h('div', { class: 'doc-body' });
    String(doc.body || '').split(/\n\s*\n/).forEach(function (para, i) {
      para = para.trim();
      if (!para) return;
      // Ingest keeps sub-headings as short paragraphs without a closing stop: show them as such.
      var heading = i > 0 && para.length <= 90 && !/[.!?…:;,"”)–-]$/.test(para) && para.indexOf('\n') < 0;
      body.appendChild(appendMarked(h(heading ? 'h2' : 'p', heading ? { class: 'doc-subhead' } : null), para, matcher));
    });
    els.doc.appendChild(body);

    var facts = h('aside', { class: 'doc-facts', 'aria-label': 'Co znalazła Lupa' });
    var any = false;
    if (doc.companies && doc.companies.length) {
      any = true;
      var cl = h('div', { class: 'hit-tags' });
      var docFormer = doc.formerNames || {};
      doc.companies.forEach(function (c) {
        cl.appendChild(internalLink(h('a', { class: 'tag tag-company', text: docFormer[c] || c,
          title: 'Szukaj artykułów o: ' + c + (docFormer[c] ? ' (dziś ' + c + ')' : '') }),
          withFilter(listState, { company: listState.company.indexOf(c) >= 0 ? listState.company : listState.company.concat([c]) }),
          { focusResults: true }));
      });
      facts.appendChild(h('section', null, h('h2', { class: 'panel-title', text: 'Firmy' }), cl));
    }
    if (doc.amounts && doc.amounts.length) {
      any = true;
      var al = h('ul', { class: 'fact-list' });
      doc.amounts.forEach(function (a) {
        al.appendChild(h('li', null,
          h('span', { class: 'fact-text', text: '„' + a.text + '”' }),
          h('span', { class: 'fact-value', text: formatMoney(a.value, a.currency) +
            (a.usd !== null && a.usd !== undefined && a.currency !== 'USD' ? ' (' + formatUsd(a.usd) + ')' : '') })));
      });
      facts.appendChild(h('section', null, h('h2', { class: 'panel-title', text: 'Kwoty' }), al));
    }
    if (doc.dates && doc.dates.length) {
      any = true;
      var dl = h('ul', { class: 'fact-list' });
      doc.dates.forEach(function (d) {
        dl.appendChild(h('li', null,
          h('span', { class: 'fact-text', text: '„' + d.text + '”' }),
          h('span', { class: 'fact-value', text: formatDate(d.value) })));
      });
      facts.appendChild(h('section', null, h('h2', { class: 'panel-title', text: 'Daty' }), dl));
    }
    if (any) els.doc.appendChild(facts);
    notifyExtensions('doc', s, doc);
    markRendered('doc');
    if (opts.focusDoc) {
      els.doc.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  }

  function docError(s, status) {
    clear(els.doc);
    els.doc.appendChild(backLink(s));
    els.doc.appendChild(h('div', { class: 'error', role: 'alert' },
      h('p', { class: 'empty-title', text: status === 404 ? 'Nie znaleziono tego artykułu.'
        : status === 503 ? 'Indeks wyszukiwarki nie jest jeszcze gotowy. Spróbuj ponownie za chwilę.'
          : status === 0 ? 'Brak połączenia z serwerem.' : 'Nie udało się wczytać artykułu (błąd ' + status + ').' })));
    markRendered('error');
  }

  // ---------------------------------------------------------------- extensions

  /*
   * Scripts loaded before this one (explore.js) register in window.LupaExtensions. Each may list
   * URL parameters it keeps in the page state (params: sent to the API too; pageParams: the
   * page's own), add to the search request (searchParams), draw after results and articles
   * (results, doc) and show a view of its own instead of the results (view returns true).
   */
  var extensions = [];

  function extensionParams(forApi) {
    var names = [];
    extensions.forEach(function (x) {
      names = names.concat(x.params || [], forApi ? [] : x.pageParams || []);
    });
    return names;
  }

  function readExtra(p) {
    var extra = {};
    extensionParams(false).forEach(function (name) { if (p.get(name)) extra[name] = p.get(name); });
    return extra;
  }

  function appendExtra(p, s, forApi) {
    extensionParams(forApi).forEach(function (name) { if (s.extra && s.extra[name]) p.append(name, s.extra[name]); });
  }

  function notifyExtensions(hook) {
    var args = Array.prototype.slice.call(arguments, 1);
    extensions.forEach(function (x) { if (x[hook]) x[hook].apply(x, args); });
  }

  function extensionView(s) {
    var shown = false;
    extensions.forEach(function (x) { if (x.view && x.view(s, shown)) shown = true; });
    return shown;
  }

  /** What extensions may use of this script. */
  var api = {
    h: h, clear: clear, go: go, current: current, copyState: copyState, withFilter: withFilter,
    stateUrl: stateUrl, toParams: toParams, internalLink: internalLink, apiGet: apiGet, render: render,
    setTitle: setTitle, markRendered: markRendered, formatDate: formatDate, formatUsd: formatUsd,
    formatCount: formatCount, formatResults: formatResults, appendHighlighted: appendHighlighted,
    nextRequest: function () { return ++requestSeq; }, isLatest: function (seq) { return seq === requestSeq; }
  };

  // ---------------------------------------------------------------- wiring

  function init() {
    extensions = window.LupaExtensions || [];
    notifyExtensions('init', api);
    els.form = $('search-form');
    els.q = $('q');
    els.results = $('results');
    els.filters = $('filters');
    els.filtersToggle = $('filters-toggle');
    els.facets = $('facets');
    els.status = $('status');
    els.active = $('active-filters');
    els.notes = $('notes');
    els.hitsArea = $('hits-area');
    els.pager = $('pager');
    els.doc = $('doc');
    els.dateForm = $('date-form');
    els.dateFrom = $('date-from');
    els.dateTo = $('date-to');

    els.form.addEventListener('submit', function (e) {
      e.preventDefault();
      var s = current();
      go(withFilter(s, { q: els.q.value.trim(), doc: '' }));
    });

    $('home-link').addEventListener('click', function (e) {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      go(readState(''));
      els.q.focus();
    });

    Array.prototype.forEach.call(document.querySelectorAll('.sort-btn'), function (b) {
      b.addEventListener('click', function () {
        var s = current();
        var sort = b.getAttribute('data-sort');
        if (effectiveSort(s) === sort) return;
        go(withFilter(s, { sort: sort }));
      });
    });

    els.dateForm.addEventListener('submit', function (e) {
      e.preventDefault();
      var s = current();
      var from = els.dateFrom.value;
      var to = els.dateTo.value;
      if (from && to && from > to) { var t = from; from = to; to = t; }
      go(withFilter(s, { from: from, to: to }));
    });
    $('date-clear').addEventListener('click', function () {
      go(withFilter(current(), { from: '', to: '' }));
    });

    els.filtersToggle.addEventListener('click', function () {
      var open = els.filtersToggle.getAttribute('aria-expanded') !== 'true';
      els.filtersToggle.setAttribute('aria-expanded', String(open));
      document.body.classList.toggle('filters-open', open);
    });

    window.addEventListener('popstate', function () {
      // A jump to an anchor (the skip link) changes only the hash: nothing to render.
      if (location.search === renderedSearch) return;
      render({});
    });
    render({});
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
}());
