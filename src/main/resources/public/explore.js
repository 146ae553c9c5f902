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
  var shownPeriods = [];
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

  // ---------------------------------------------------------------- timeline

  function drawTimeline(s, data) {
    var box = els.timeline;
    lupa.clear(box);
    var timeline = (data && data.timeline) || [];
    box.hidden = !timeline.length;
    if (!timeline.length) return;
    var periods = bars(timeline);
    shownPeriods = periods;
    var max = periods.reduce(function (m, p) { return Math.max(m, p.count); }, 0) || 1;
    var busiest = periods.reduce(function (b, p) { return p.count > b.count ? p : b; }, periods[0]);
    var perYear = periods[0].period.length === 4;
    var summary = 'Liczba artykułów ' + (perYear ? 'w latach' : 'w miesiącach') + ' od ' +
      periodLabel(periods[0].period) + ' do ' + periodLabel(periods[periods.length - 1].period) +
      '; najwięcej, ' + lupa.formatCount(busiest.count) + ', w okresie ' + periodLabel(busiest.period) + '.';

    var head = lupa.h('div', { class: 'timeline-head' },
      lupa.h('h2', { class: 'panel-title', id: 'timeline-title', text: 'Oś czasu' }),
      lupa.h('p', { class: 'timeline-hint', text: 'Kliknij słupek albo przeciągnij po kilku, by zawęzić daty.' }));
    var desc = lupa.h('p', { class: 'visually-hidden', id: 'timeline-desc', text: summary });
    var chart = svg('svg', {
      viewBox: '0 0 ' + W + ' ' + H, class: 'timeline-chart', role: 'img',
      'aria-labelledby': 'timeline-title timeline-desc', preserveAspectRatio: 'none'
    });
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
    chart.addEventListener('pointercancel', function () { drag = null; mark(null); });

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
    if (!rect.width || !shownPeriods.length) return -1;
    var i = Math.floor((e.clientX - rect.left) / rect.width * shownPeriods.length);
    return Math.max(0, Math.min(shownPeriods.length - 1, i));
  }

  function onPointerDown(e) {
    if (e.button !== 0) return;
    var i = barIndex(e);
    if (i < 0) return;
    drag = { start: i, end: i };
    if (e.currentTarget.setPointerCapture && e.pointerId !== undefined) {
      try { e.currentTarget.setPointerCapture(e.pointerId); } catch (err) { /* a synthetic pointer */ }
    }
    mark(drag);
    e.preventDefault();
  }

  function onPointerMove(e) {
    if (!drag) return;
    var i = barIndex(e);
    if (i >= 0 && i !== drag.end) { drag.end = i; mark(drag); }
  }

  function onPointerUp(e) {
    if (!drag) return;
    var i = barIndex(e);
    if (i >= 0) drag.end = i;
    var a = shownPeriods[Math.min(drag.start, drag.end)].period;
    var b = shownPeriods[Math.max(drag.start, drag.end)].period;
    drag = null;
    var s = lupa.current();
    // a second click on the one selected bar clears the range
    var same = s.from === a && s.to === b;
    lupa.go(lupa.withFilter(s, same ? { from: '', to: '' } : { from: a, to: b }));
  }

  function mark(range) {
    Array.prototype.forEach.call(els.timeline.querySelectorAll('.bar'), function (g) {
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

  // ---------------------------------------------------------------- registration

  var extension = {
    params: ['companyMode', 'usdMin', 'usdMax'],
    pageParams: [],

    init: function (api) {
      lupa = api;
      els.timeline = lupa.h('section', { class: 'timeline', id: 'timeline', 'aria-labelledby': 'timeline-title', hidden: true });
      els.links = lupa.h('p', { class: 'explore-links', id: 'explore-links', hidden: true });
      var results = $('results');
      results.insertBefore(els.timeline, $('active-filters'));
      results.insertBefore(els.links, $('active-filters'));
      $('filters').appendChild(buildAmountPanel());
    },

    searchParams: function (params) {
      params.set('timeline', 'month');
    },

    results: function (s, data) {
      drawTimeline(s, data);
      drawLinks(s, data);
      drawCompanyMode(s);
      els.usdMin.value = millions(s.extra.usdMin);
      els.usdMax.value = millions(s.extra.usdMax);
    }
  };

  window.LupaExtensions = (window.LupaExtensions || []).concat([extension]);
})();
