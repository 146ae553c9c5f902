/*
 * Lupa exploration: the timeline above the results, feed and export links, "all of these
 * companies", a dollar range, company pages and related articles. Loaded before app.js, it
 * registers in window.LupaExtensions and works through the small API app.js hands it (state in
 * the URL, rendering helpers). Index text is inserted as text only, as in app.js.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var MAX_BARS = 120;          // longer monthly timelines are drawn per year
  var W = 720;                 // the chart's own units; it scales to the page's width
  var H = 110;
  var AXIS = 18;
  var lupa = null;
  var els = {};
  var drag = null;

  var $ = function (id) { return document.getElementById(id); };

  function svg(tag, attrs) {
    var el = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, String(attrs[k])); });
    return el;
  }

  // ---------------------------------------------------------------- periods and dates

  /** "2024-03" -> "2024-03-01"; "2024" -> "2024-01-01". */
  function firstDay(period) { return period.length === 4 ? period + '-01-01' : period + '-01'; }

  /** "2024-02" -> "2024-02-29"; "2024" -> "2024-12-31". */
  function lastDay(period) {
    if (period.length === 4) return period + '-12-31';
    var y = parseInt(period.slice(0, 4), 10);
    var m = parseInt(period.slice(5, 7), 10);
    return period + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate());
  }

  /** A range bound as a day: from "2024" is 2024-01-01, to "2024-02" is 2024-02-29. */
  function boundDay(v, start) {
    if (!v) return '';
    if (v.length === 10) return v;
    return start ? firstDay(v) : lastDay(v);
  }

  function inRange(period, s) {
    if (!s.from && !s.to) return false;
    var from = boundDay(s.from, true);
    var to = boundDay(s.to, false);
    return (!from || lastDay(period) >= from) && (!to || firstDay(period) <= to);
  }

  /** Months summed into years when there are too many bars to tell apart. */
  function bars(timeline) {
    if (timeline.length <= MAX_BARS) return timeline;
    var years = [];
    timeline.forEach(function (p) {
      var y = p.period.slice(0, 4);
      var last = years[years.length - 1];
      if (last && last.period === y) last.count += p.count;
      else years.push({ period: y, count: p.count });
    });
    return years;
  }

  function periodLabel(period) { return lupa.formatDate(period); }

  var MONTHS_GEN = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca',
    'sierpnia', 'września', 'października', 'listopada', 'grudnia'];

  /** "2024-03" -> "marca 2024" (after "od", "do"); a year stays as it is. */
  function genitive(period) {
    return period.length === 4 ? period : MONTHS_GEN[parseInt(period.slice(5), 10) - 1] + ' ' + period.slice(0, 4);
  }

  // ---------------------------------------------------------------- timeline

  /**
   * Draws a timeline into box; clicks and drags set the date range of the search state s (on a
   * company page, the search of the company's articles).
   */
  function drawTimeline(box, s, timeline) {
    lupa.clear(box);
    timeline = timeline || [];
    box.hidden = !timeline.length;
    if (!timeline.length) return;
    var periods = bars(timeline);
    var max = periods.reduce(function (m, p) { return Math.max(m, p.count); }, 0) || 1;
    var busiest = periods.reduce(function (b, p) { return p.count > b.count ? p : b; }, periods[0]);
    var perYear = periods[0].period.length === 4;
    var summary = 'Liczba artykułów w kolejnych ' + (perYear ? 'latach' : 'miesiącach') + ', od ' +
      genitive(periods[0].period) + ' do ' + genitive(periods[periods.length - 1].period) +
      '. Najwięcej (' + lupa.formatCount(busiest.count) + '): ' + periodLabel(busiest.period) + '.';

    var id = box.id;
    var head = lupa.h('div', { class: 'timeline-head' },
      lupa.h('h2', { class: 'panel-title', id: id + '-title', text: 'Oś czasu' }),
      lupa.h('p', { class: 'timeline-hint', text: 'Kliknij słupek albo przeciągnij po kilku, by zawęzić daty.' }));
    var desc = lupa.h('p', { class: 'visually-hidden', id: id + '-desc', text: summary });
    var chart = svg('svg', {
      viewBox: '0 0 ' + W + ' ' + H, class: 'timeline-chart', role: 'img',
      'aria-labelledby': id + '-title ' + id + '-desc', preserveAspectRatio: 'none'
    });
    chart.lupaTimeline = { periods: periods, state: s };
    var bw = W / periods.length;
    var plot = H - AXIS;
    periods.forEach(function (p, i) {
      var g = svg('g', { class: 'bar' + (inRange(p.period, s) ? ' is-selected' : '') + (p.count ? '' : ' is-zero'),
        'data-period': p.period, 'data-index': i, 'data-count': p.count });
      var title = svg('title', {});
      title.textContent = periodLabel(p.period) + ': ' + lupa.formatResults(p.count);
      g.appendChild(title);
      g.appendChild(svg('rect', { class: 'bar-hit', x: i * bw, y: 0, width: bw, height: plot }));
      var bh = p.count ? Math.max(2, Math.round(plot * p.count / max)) : 0;
      g.appendChild(svg('rect', { class: 'bar-fill', x: i * bw + Math.min(1, bw * 0.15), y: plot - bh,
        width: Math.max(1, bw - 2 * Math.min(1, bw * 0.15)), height: bh }));
      chart.appendChild(g);
      var january = perYear || p.period.slice(5) === '01' || i === 0;
      if (january && (perYear ? periods.length <= 30 || i % 2 === 0 : true)) {
        var label = svg('text', { class: 'axis', x: i * bw + 1, y: H - 4 });
        label.textContent = p.period.slice(0, 4);
        chart.appendChild(label);
      }
    });
    chart.appendChild(svg('line', { class: 'baseline', x1: 0, x2: W, y1: plot + 0.5, y2: plot + 0.5 }));
    chart.addEventListener('pointerdown', onPointerDown);
    chart.addEventListener('pointermove', onPointerMove);
    chart.addEventListener('pointerup', onPointerUp);
    chart.addEventListener('pointercancel', function (e) { drag = null; mark(e.currentTarget, null); });

    box.appendChild(head);
    box.appendChild(desc);
    box.appendChild(chart);
    box.appendChild(dataTable(s, periods));
  }

  /** The chart as a table of links: for screen readers and the keyboard. */
  function dataTable(s, periods) {
    var body = lupa.h('tbody');
    periods.forEach(function (p) {
      body.appendChild(lupa.h('tr', null,
        lupa.h('th', { scope: 'row' }, lupa.internalLink(lupa.h('a', { text: periodLabel(p.period) }),
          lupa.withFilter(s, { from: p.period, to: p.period }))),
        lupa.h('td', { text: lupa.formatCount(p.count) })));
    });
    return lupa.h('details', { class: 'timeline-table' },
      lupa.h('summary', { text: 'Dane wykresu w tabeli' }),
      lupa.h('table', null,
        lupa.h('thead', null, lupa.h('tr', null, lupa.h('th', { scope: 'col', text: 'Okres' }),
          lupa.h('th', { scope: 'col', text: 'Artykuły' }))),
        body));
  }

  function barIndex(e) {
    var chart = e.currentTarget;
    var rect = chart.getBoundingClientRect();
    var n = chart.lupaTimeline.periods.length;
    if (!rect.width || !n) return -1;
    var i = Math.floor((e.clientX - rect.left) / rect.width * n);
    return Math.max(0, Math.min(n - 1, i));
  }

  function onPointerDown(e) {
    if (e.button !== 0) return;
    var i = barIndex(e);
    if (i < 0) return;
    drag = { start: i, end: i };
    if (e.currentTarget.setPointerCapture && e.pointerId !== undefined) {
      try { e.currentTarget.setPointerCapture(e.pointerId); } catch (err) { /* a synthetic pointer */ }
    }
    mark(e.currentTarget, drag);
    e.preventDefault();
  }

  function onPointerMove(e) {
    if (!drag) return;
    var i = barIndex(e);
    if (i >= 0 && i !== drag.end) { drag.end = i; mark(e.currentTarget, drag); }
  }

  function onPointerUp(e) {
    if (!drag) return;
    var i = barIndex(e);
    if (i >= 0) drag.end = i;
    var timeline = e.currentTarget.lupaTimeline;
    var a = timeline.periods[Math.min(drag.start, drag.end)].period;
    var b = timeline.periods[Math.max(drag.start, drag.end)].period;
    drag = null;
    var s = timeline.state;
    // a second click on the one selected bar clears the range
    var same = s.from === a && s.to === b;
    lupa.go(lupa.withFilter(s, same ? { from: '', to: '' } : { from: a, to: b }));
  }

  function mark(chart, range) {
    Array.prototype.forEach.call(chart.querySelectorAll('.bar'), function (g) {
      var i = parseInt(g.getAttribute('data-index'), 10);
      var on = range && i >= Math.min(range.start, range.end) && i <= Math.max(range.start, range.end);
      g.classList.toggle('is-dragged', !!on);
    });
  }

  // ---------------------------------------------------------------- feed and export links

  function drawLinks(s, data) {
    lupa.clear(els.links);
    els.links.hidden = !data || !data.total;
    if (els.links.hidden) return;
    var p = lupa.toParams(lupa.copyState(s, { page: 1, size: '' }), true);
    var qs = p.toString();
    var csv = new URLSearchParams(p);
    csv.set('format', 'csv');
    els.links.appendChild(lupa.h('a', { class: 'feed-link', href: '/feed.atom' + (qs ? '?' + qs : ''),
      type: 'application/atom+xml', text: 'Subskrybuj (Atom)' }));
    els.links.appendChild(lupa.h('a', { class: 'export-link', href: '/api/export?' + csv.toString(),
      download: 'lupa.csv', text: 'Pobierz CSV' }));
  }

  // ---------------------------------------------------------------- narrowing

  /** "any of them" / "all of them" beside the company facet, once two companies are chosen. */
  function drawCompanyMode(s) {
    var panel = $('facet-company');
    if (!panel || (s.company.length < 2 && s.extra.companyMode !== 'all')) return;
    var mode = s.extra.companyMode === 'all' ? 'all' : 'any';
    var group = lupa.h('fieldset', { class: 'company-mode' },
      lupa.h('legend', { class: 'visually-hidden', text: 'Jak łączyć wybrane firmy' }));
    [['any', 'dowolna z wybranych'], ['all', 'wszystkie wybrane naraz']].forEach(function (o) {
      var input = lupa.h('input', { type: 'radio', name: 'companyMode', value: o[0], 'data-key': 'companyMode:' + o[0] });
      input.checked = mode === o[0];
      input.addEventListener('change', function () {
        var extra = Object.assign({}, s.extra);
        if (o[0] === 'all') extra.companyMode = 'all'; else delete extra.companyMode;
        lupa.go(lupa.withFilter(s, { extra: extra }), { keepFocus: 'companyMode:' + o[0] });
      });
      group.appendChild(lupa.h('label', null, input, ' ' + o[1]));
    });
    panel.insertBefore(group, panel.children[1] || null);
  }

  function millions(dollars) {
    return dollars ? String(parseInt(dollars, 10) / 1e6).replace('.', ',') : '';
  }

  function dollars(millionsText) {
    var v = parseFloat(String(millionsText).replace(/\s/g, '').replace(',', '.'));
    return isFinite(v) && v >= 0 ? String(Math.round(v * 1e6)) : '';
  }

  function buildAmountPanel() {
    var min = lupa.h('input', { type: 'text', inputmode: 'decimal', id: 'usd-min', autocomplete: 'off' });
    var max = lupa.h('input', { type: 'text', inputmode: 'decimal', id: 'usd-max', autocomplete: 'off' });
    var form = lupa.h('form', { class: 'date-range amount-range', id: 'amount-form' },
      lupa.h('div', { class: 'date-field' }, lupa.h('label', { for: 'usd-min', text: 'od' }), min),
      lupa.h('div', { class: 'date-field' }, lupa.h('label', { for: 'usd-max', text: 'do' }), max),
      lupa.h('div', { class: 'date-actions' },
        lupa.h('button', { type: 'submit', class: 'btn btn-small', text: 'Zastosuj' }),
        lupa.h('button', { type: 'button', class: 'btn btn-small btn-quiet', id: 'amount-clear', text: 'Wyczyść',
          onclick: function () { setAmounts('', ''); } })));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var a = dollars(min.value);
      var b = dollars(max.value);
      if (a && b && parseInt(a, 10) > parseInt(b, 10)) { var t = a; a = b; b = t; }
      setAmounts(a, b);
    });
    els.usdMin = min;
    els.usdMax = max;
    return lupa.h('section', { class: 'panel', 'aria-labelledby': 'amount-heading' },
      lupa.h('h2', { class: 'panel-title', id: 'amount-heading', text: 'Kwota w mln USD' }), form);
  }

  function setAmounts(min, max) {
    var s = lupa.current();
    var extra = Object.assign({}, s.extra);
    delete extra.usdMin;
    delete extra.usdMax;
    if (min) extra.usdMin = min;
    if (max) extra.usdMax = max;
    lupa.go(lupa.withFilter(s, { extra: extra }));
  }

  // ---------------------------------------------------------------- company pages

  /** The search state that shows a company's page. */
  function companyState(s, name) {
    return lupa.withFilter(s, { q: '', company: [], usd: [], from: '', to: '', sort: '', extra: { firma: name } });
  }

  /** A small link to the company's page beside a chip or a facet value. */
  function addCompanyLink(after, name) {
    if (after.nextSibling && after.nextSibling.className === 'company-link') return;
    var a = lupa.internalLink(lupa.h('a', { class: 'company-link', title: 'Strona firmy ' + name,
      'aria-label': 'Strona firmy ' + name, text: '›' }), companyState(lupa.current(), name), { focusCompany: true });
    after.parentNode.insertBefore(a, after.nextSibling);
  }

  function linkCompanies(data) {
    ((data && data.hits) || []).forEach(function (hit) {
      var li = document.querySelector('#hits-area .hit[data-id="' + cssEscape(hit.id) + '"]');
      if (!li) return;
      var tags = li.querySelectorAll('.tag-company');
      (hit.companies || []).forEach(function (c, i) { if (tags[i]) addCompanyLink(tags[i], c); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('#facet-company input[data-value]'), function (box) {
      var label = box.parentNode;
      addCompanyLink(label, box.getAttribute('data-value'));
    });
  }

  function cssEscape(v) { return window.CSS && CSS.escape ? CSS.escape(v) : v.replace(/["\\]/g, '\\$&'); }

  function renderCompany(s) {
    var name = s.extra.firma;
    var seq = lupa.nextRequest();
    var box = els.company;
    lupa.clear(box);
    lupa.setTitle(s, name);
    box.appendChild(backToSearch(s));
    box.appendChild(lupa.h('p', { class: 'status', role: 'status', text: 'Wczytuję stronę firmy…' }));
    lupa.apiGet('/api/companies/' + encodeURIComponent(name), seq).then(function (res) {
      if (!lupa.isLatest(seq)) return;
      lupa.clear(box);
      box.appendChild(backToSearch(s));
      if (res.ok && res.body) showCompany(s, res.body);
      else box.appendChild(lupa.h('div', { class: 'error', role: 'alert' }, lupa.h('p', { class: 'empty-title',
        text: res.status === 404 ? 'W indeksie nie ma firmy „' + name + '”.' : 'Nie udało się wczytać strony firmy (błąd ' + res.status + ').' })));
      lupa.markRendered(res.ok ? 'company' : 'error');
      box.focus({ preventScroll: true });
    }).catch(function (err) {
      if (!lupa.isLatest(seq) || (err && err.name === 'AbortError')) return;
      lupa.markRendered('error');
    });
  }

  function backToSearch(s) {
    var extra = Object.assign({}, s.extra);
    delete extra.firma;
    return lupa.internalLink(lupa.h('a', { class: 'back-link', text: '← Wróć do wyszukiwania' }),
      lupa.copyState(s, { extra: extra }), { focusResults: true });
  }

  function showCompany(s, p) {
    var search = lupa.withFilter(s, { q: '', company: [p.name], usd: [], from: '', to: '', extra: {} });
    lupa.setTitle(s, p.name);
    var meta = lupa.formatCount(p.documents) + ' ' + plural(p.documents, 'artykuł', 'artykuły', 'artykułów') +
      ' · ' + (p.curated ? 'z listy firm Lupy' : 'rozpoznana w tekstach');
    if (p.formerNames && p.formerNames.length) meta += ' · dawniej ' + p.formerNames.join(', ');
    els.company.appendChild(lupa.h('header', { class: 'doc-header' },
      lupa.h('h1', { class: 'doc-title', text: p.name }),
      lupa.h('p', { class: 'doc-meta' }, meta, ' · ',
        lupa.internalLink(lupa.h('a', { class: 'company-search', text: 'wszystkie artykuły →' }), search, { focusResults: true }))));

    var chart = lupa.h('section', { class: 'timeline', id: 'company-timeline' });
    els.company.appendChild(chart);
    drawTimeline(chart, search, p.timeline);

    var grid = lupa.h('div', { class: 'company-grid' });
    if (p.coMentioned.length) {
      var others = lupa.h('ul', { class: 'fact-list' });
      p.coMentioned.forEach(function (c) {
        var both = lupa.copyState(search, { company: [p.name, c.value], extra: { companyMode: 'all' } });
        others.appendChild(lupa.h('li', null,
          lupa.internalLink(lupa.h('a', { class: 'fact-text', text: c.value }), companyState(s, c.value)),
          lupa.internalLink(lupa.h('a', { class: 'fact-value', title: 'Artykuły o obu firmach',
            text: lupa.formatCount(c.count) }), both, { focusResults: true })));
      });
      grid.appendChild(lupa.h('section', { class: 'panel' },
        lupa.h('h2', { class: 'panel-title', text: 'Wymieniane razem' }), others));
    }
    if (p.largestAmounts.length) {
      var sums = lupa.h('ul', { class: 'fact-list amounts' });
      p.largestAmounts.forEach(function (a) {
        sums.appendChild(lupa.h('li', null,
          lupa.h('span', { class: 'fact-value', text: lupa.formatUsd(a.usd) }),
          lupa.h('span', { class: 'fact-text' }, '„' + a.text + '” ',
            lupa.internalLink(lupa.h('a', { class: 'amount-source', text: a.title }), lupa.copyState(search, { doc: a.id }),
              { focusDoc: true }))));
      });
      grid.appendChild(lupa.h('section', { class: 'panel' },
        lupa.h('h2', { class: 'panel-title', text: 'Największe kwoty' }), sums));
    }
    els.company.appendChild(grid);
    els.company.appendChild(articleList('Najnowsze artykuły', 'company-latest', p.latest, search));
  }

  function plural(n, one, few, many) {
    if (n === 1) return one;
    var d = n % 10;
    var dd = n % 100;
    return d >= 2 && d <= 4 && (dd < 12 || dd > 14) ? few : many;
  }

  /** A titled list of articles opening in the article view. */
  function articleList(title, cls, hits, s) {
    var list = lupa.h('ul', { class: 'article-list' });
    (hits || []).forEach(function (hit) {
      var meta = [hit.date ? lupa.formatDate(hit.date) : '', hit.source || ''].filter(Boolean).join(' · ');
      list.appendChild(lupa.h('li', { 'data-id': hit.id },
        lupa.internalLink(lupa.h('a', { text: hit.title }), lupa.copyState(s, { doc: hit.id }), { focusDoc: true }),
        meta ? lupa.h('span', { class: 'article-meta', text: ' ' + meta }) : null,
        hit.sameStory ? lupa.h('span', { class: 'same-story', text: 'ta sama wiadomość' }) : null,
        hit.duplicates && hit.duplicates.length ? lupa.h('span', { class: 'article-meta', text: ' · i ' +
          hit.duplicates.length + ' ' + plural(hit.duplicates.length, 'podobny', 'podobne', 'podobnych') }) : null));
    });
    return lupa.h('section', { class: 'panel ' + cls }, lupa.h('h2', { class: 'panel-title', text: title }), list);
  }

  // ---------------------------------------------------------------- near-duplicates

  /** "i 2 podobne" under a hit that stands for others telling the same story; opens their list. */
  function drawDuplicates(s, data) {
    ((data && data.hits) || []).forEach(function (hit) {
      var ids = hit.duplicates || [];
      var li = ids.length && document.querySelector('#hits-area .hit[data-id="' + cssEscape(hit.id) + '"]');
      if (!li) return;
      var list = lupa.h('ul', { class: 'article-list' });
      var box = lupa.h('details', { class: 'duplicates' },
        lupa.h('summary', { text: 'i ' + ids.length + ' ' + plural(ids.length, 'podobny', 'podobne', 'podobnych') }), list);
      box.addEventListener('toggle', function () {
        if (!box.open || list.childNodes.length) return;
        ids.forEach(function (id) {
          var item = lupa.h('li', { 'data-id': id });
          list.appendChild(item);
          fetch('/api/documents/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (doc) {
              if (!doc) return;
              var meta = [doc.date ? lupa.formatDate(doc.date) : '', doc.source || ''].filter(Boolean).join(' · ');
              item.appendChild(lupa.internalLink(lupa.h('a', { text: doc.title }), lupa.copyState(s, { doc: id }),
                { fromList: true, focusDoc: true }));
              if (meta) item.appendChild(lupa.h('span', { class: 'article-meta', text: ' ' + meta }));
            });
        });
      });
      li.appendChild(box);
    });
  }

  // ---------------------------------------------------------------- related articles

  function drawRelated(s, doc) {
    var box = lupa.h('section', { class: 'related', id: 'related', 'aria-busy': 'true' });
    $('doc').appendChild(box);
    fetch('/api/documents/' + encodeURIComponent(doc.id) + '/related?size=5', { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        box.removeAttribute('aria-busy');
        if (!data || !data.hits.length || lupa.current().doc !== doc.id) return;
        box.appendChild(articleList('Powiązane artykuły', 'related-list', data.hits, s));
      })
      .catch(function () { box.removeAttribute('aria-busy'); });
  }

  // ---------------------------------------------------------------- registration

  var extension = {
    params: ['companyMode', 'usdMin', 'usdMax'],
    pageParams: ['firma'],

    view: function (s, taken) {
      var show = !taken && !!s.extra.firma;
      els.company.hidden = !show;
      document.body.classList.toggle('view-company', show);
      if (show) renderCompany(s);
      else lupa.clear(els.company);
      return show;
    },

    doc: function (s, doc) {
      var tags = document.querySelectorAll('#doc .doc-facts .tag-company');
      (doc.companies || []).forEach(function (c, i) { if (tags[i]) addCompanyLink(tags[i], c); });
      drawRelated(s, doc);
    },

    init: function (api) {
      lupa = api;
      els.timeline = lupa.h('section', { class: 'timeline', id: 'timeline', 'aria-labelledby': 'timeline-title', hidden: true });
      els.links = lupa.h('p', { class: 'explore-links', id: 'explore-links', hidden: true });
      var results = $('results');
      results.insertBefore(els.timeline, $('active-filters'));
      results.insertBefore(els.links, $('active-filters'));
      $('filters').appendChild(buildAmountPanel());
      els.company = lupa.h('section', { class: 'company', id: 'company', tabindex: '-1', hidden: true });
      $('main').appendChild(els.company);
    },

    searchParams: function (params) {
      params.set('timeline', 'month');
      params.set('group', 'true');
    },

    results: function (s, data) {
      drawTimeline(els.timeline, s, data && data.timeline);
      linkCompanies(data);
      drawDuplicates(s, data);
      drawLinks(s, data);
      drawCompanyMode(s);
      els.usdMin.value = millions(s.extra.usdMin);
      els.usdMax.value = millions(s.extra.usdMax);
    }
  };

  window.LupaExtensions = (window.LupaExtensions || []).concat([extension]);
})();
