// Measures the page for tests/browser/mise_en_page.py. Evaluated in the page through
// the DevTools protocol as an expression whose value is a function; the test calls
// it with the width the page must fit in (CSS px) and reads the plain object it
// returns (with options.cells, also the lines of text of every table cell). Read-only apart
// from window.__opeMarques (what to outline on the screenshot).
(function (W, options) {
  const TOL = 1;  // px: sub-pixel rounding
  const de = document.documentElement;
  const boxes = new Map(), styles = new Map(), clippers = new Map();

  const box = (el) => { let b = boxes.get(el); if (!b) { b = el.getBoundingClientRect(); boxes.set(el, b); } return b; };
  const style = (el) => { let s = styles.get(el); if (!s) { s = getComputedStyle(el); styles.set(el, s); } return s; };
  const round = (x) => Math.round(x);

  function describe(el) {
    let s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    for (const c of el.classList) s += "." + c;
    if (el.tagName === "INPUT") s += "[type=" + el.type + "]";
    const name = el.getAttribute("name");
    if (name && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) s += "[name=" + name + "]";
    return s;
  }
  // Up to four meaningful ancestors, to find the element in the template.
  function where(el) {
    const parts = [];
    for (let e = el.parentElement; e && e !== document.body && parts.length < 4; e = e.parentElement)
      if (e.id || e.classList.length || /^(TABLE|FORM|SECTION|FIELDSET|MAIN|HEADER|NAV|DETAILS)$/.test(e.tagName))
        parts.unshift(describe(e));
    return parts.join(" > ");
  }
  function excerpt(s) {
    s = (s || "").replace(/\s+/g, " ").trim();
    return s.length > 60 ? s.slice(0, 57) + "…" : s;
  }
  function textOf(el) {
    if (/^(INPUT|TEXTAREA)$/.test(el.tagName)) return el.value || el.placeholder || el.getAttribute("aria-label");
    if (el.tagName === "SELECT") return el.options[el.selectedIndex] ? el.options[el.selectedIndex].text : "";
    return el.innerText || el.textContent;
  }

  // Moved out of sight on purpose: the "visually hidden" pattern of .invisible and
  // .evitement (position absolute, left -999px), or inside such an element.
  const aside = new Map();
  function hiddenOnPurpose(el) {
    if (!el || el === document.body || el === de) return false;
    if (aside.has(el)) return aside.get(el);
    const s = style(el);
    const v = (/^(absolute|fixed)$/.test(s.position) && box(el).left < -100) || hiddenOnPurpose(el.parentElement);
    aside.set(el, v);
    return v;
  }
  // Shown: has a box, is not hidden, and was not moved out of sight on purpose.
  function shown(el) {
    const b = box(el);
    if (b.width <= 0 && b.height <= 0) return false;
    const s = style(el);
    if (s.visibility !== "visible" || s.display === "none") return false;
    if (b.right <= 0 || b.bottom <= 0 || hiddenOnPurpose(el)) return false;
    return true;
  }
  // An ancestor whose overflow-x is not "visible" cuts (hidden, clip) or scrolls
  // (auto, scroll) what passes its right edge. The viewport's own overflow (html,
  // body) is checked against W instead; a form control's inner scrolling is normal.
  function isClipper(el) {
    if (el === de || el === document.body || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName)) return false;
    return style(el).overflowX !== "visible";
  }
  function clipperOf(el) {
    if (clippers.has(el)) return clippers.get(el);
    const p = el.parentElement;
    let c = null;
    if (p && p !== de) c = isClipper(p) ? p : clipperOf(p);
    clippers.set(el, c);
    return c;
  }
  const clipRight = (c) => box(c).left + c.clientLeft + c.clientWidth;

  // Where the right edge of a box may go: the viewport, or its clipping ancestor.
  function limitOf(el) {
    const c = clipperOf(el);
    return c ? { limit: clipRight(c), clipper: c } : { limit: W, clipper: null };
  }
  function overflows(el, b) {
    const { limit, clipper } = limitOf(el);
    return b.right > limit + TOL ? { limit, clipper } : null;
  }

  const found = new Map();  // element -> record (the outermost box past its limit)
  function record(el, b, over, text, isText) {
    const old = found.get(el);
    if (old && old.right >= round(b.right)) return;
    let kind = "viewport";
    if (over.clipper) kind = /^(auto|scroll)$/.test(style(over.clipper).overflowX) ? "scroll" : "hidden";
    found.set(el, {
      kind, what: describe(el), where: where(el), text: excerpt(text), isText,
      right: round(b.right), limit: round(over.limit), by: round(b.right - over.limit),
      clipper: over.clipper ? describe(over.clipper) : "", element: el,
    });
  }

  window.scrollTo(0, 0);
  const all = document.body ? document.body.getElementsByTagName("*") : [];
  const leftCut = [], bottomCut = [];
  for (const el of all) {
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|OPTION|OPTGROUP|BR)$/.test(el.tagName) || !shown(el)) continue;
    const b = box(el);
    const over = overflows(el, b);
    if (over) {
      // Only the outermost: the parent is within the same limit (or is the clipper).
      const p = el.parentElement;
      const parentToo = p && p !== document.body && p !== over.clipper && shown(p) &&
                        clipperOf(p) === over.clipper && box(p).right > over.limit + TOL;
      if (!parentToo) record(el, b, over, textOf(el), false);
    }
    // Cut at the bottom by an ancestor that hides its overflow (a box of fixed height).
    const c = clipperOf(el);
    if (c && /^(hidden|clip)$/.test(style(c).overflowY)) {
      const bottom = box(c).top + c.clientTop + c.clientHeight;
      const p = el.parentElement;
      if (b.bottom > bottom + TOL && b.top < bottom &&
          !(p && p !== c && shown(p) && clipperOf(p) === c && box(p).bottom > bottom + TOL))
        bottomCut.push({ kind: "bottom", what: describe(el), where: where(el), text: excerpt(textOf(el)),
                         right: round(b.bottom), limit: round(bottom), by: round(b.bottom - bottom),
                         clipper: describe(c), element: el });
    }
    if (!c && b.left < -TOL && b.right > 0) {
      const p = el.parentElement;
      if (!(p && p !== document.body && shown(p) && box(p).left < -TOL))
        leftCut.push({ kind: "left", what: describe(el), where: where(el), text: excerpt(textOf(el)),
                       right: round(b.left), limit: 0, by: round(-b.left), clipper: "", element: el });
    }
  }
  // Text that runs out of its element's box (a long word, an e-mail address): the
  // boxes above can all be in place while the text is not.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!/\S/.test(t.data)) continue;
    const el = t.parentElement;
    if (!el || el.closest("script, style, select, textarea, option, noscript, template") || !shown(el)) continue;
    range.selectNodeContents(t);
    const b = range.getBoundingClientRect();
    if (b.width <= 0) continue;
    const over = overflows(el, b);
    if (!over) continue;
    if (box(el).right > over.limit + TOL) continue;  // the element itself is already past: reported above
    record(el, b, over, t.data, true);
  }

  // Boxes that scroll sideways on purpose (overflow-x auto or scroll) and need to.
  const scrollers = [];
  for (const el of all) {
    if (!isClipper(el) || !shown(el) || !/^(auto|scroll)$/.test(style(el).overflowX)) continue;
    if (el.scrollWidth > el.clientWidth + TOL)
      scrollers.push({ what: describe(el), where: where(el), clientWidth: el.clientWidth, scrollWidth: el.scrollWidth });
  }

  // Fields and their accessible label: label[for], a wrapping label, aria-label or
  // aria-labelledby (title and placeholder are not labels).
  const fields = [], unlabelled = [], controls = [], misdrawn = [];
  for (const el of document.querySelectorAll("input, select, textarea")) {
    const type = el.tagName === "INPUT" ? (el.getAttribute("type") || "text").toLowerCase() : el.tagName.toLowerCase();
    if (/^(hidden|submit|button|reset|image)$/.test(type) || !shown(el)) continue;
    fields.push(el);
    let name = "";
    const ids = el.getAttribute("aria-labelledby");
    if (ids) name = ids.split(/\s+/).map((id) => { const e = document.getElementById(id); return e ? e.textContent : ""; }).join(" ");
    if (!name.trim()) name = el.getAttribute("aria-label") || "";
    if (!name.trim() && el.labels) name = Array.from(el.labels).map((l) => l.textContent).join(" ");
    if (!name.trim())
      unlabelled.push({ what: describe(el), where: where(el), text: excerpt(el.value || el.placeholder || el.title), element: el });

    // Radio buttons and check boxes: drawn at their size, on the line of their label.
    if (type !== "radio" && type !== "checkbox") continue;
    controls.push(el);
    const b = box(el);
    const label = el.closest("label") || (el.labels && el.labels[0]);
    let problem = "";
    if (b.width > Math.max(24, 2 * b.height)) problem = `its box is stretched to ${round(b.width)} x ${round(b.height)} px`;
    if (label) {
      // The label's text (its lines may wrap) must share lines with the box, and start near it.
      let top = Infinity, bottom = -Infinity, near = Infinity, first = "";
      const tw = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let t = tw.nextNode(); t; t = tw.nextNode()) {
        if (!/\S/.test(t.data)) continue;
        first = first || t.data;
        range.selectNodeContents(t);
        for (const r of range.getClientRects()) {
          top = Math.min(top, r.top);
          bottom = Math.max(bottom, r.bottom);
          near = Math.min(near, Math.max(r.left - b.right, b.left - r.right, 0));
        }
      }
      if (top < bottom) {
        if (top >= b.bottom - 1 || bottom <= b.top + 1)
          problem += (problem ? "; " : "") + `its label "${excerpt(first)}" is on another line (text at y ${round(top)}-${round(bottom)}, box at y ${round(b.top)}-${round(b.bottom)})`;
        else if (near > 40)
          problem += (problem ? "; " : "") + `its label "${excerpt(first)}" is ${round(near)} px away from the box`;
      }
    }
    if (problem) misdrawn.push({ what: describe(el), where: where(el), text: problem, element: el });
  }

  // Columns of numbers (every filled body cell a number, a percentage or a size)
  // are right-aligned, their heading too.
  const NUM = /^(?:[-+\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:[ \u00a0\u202f]?(?:%|o|ko|Ko|Mo|Go))?$/;
  const EMPTY = /^[-\u2013\u2014\u00b7]?$/;
  const right = (el) => /^(right|end|-webkit-right)$/.test(style(el).textAlign);
  let numberColumns = 0;
  const misaligned = [];
  for (const table of document.querySelectorAll("table")) {
    if (!shown(table)) continue;
    const columns = [];
    for (const body of table.tBodies)
      for (const row of body.rows) {
        let x = 0;
        for (const cell of row.cells) {
          if (cell.colSpan === 1) (columns[x] = columns[x] || []).push(cell);
          x += cell.colSpan;
        }
      }
    const heads = [];
    if (table.tHead && table.tHead.rows.length) {
      let x = 0;
      for (const cell of table.tHead.rows[table.tHead.rows.length - 1].cells) { heads[x] = cell; x += cell.colSpan; }
    }
    columns.forEach((cells, x) => {
      // Cells drawn as a table's cells only (a table restyled as stacked cards on a
      // phone has no columns to align).
      const filled = cells.filter((c) => style(c).display === "table-cell" &&
                                         !EMPTY.test(c.textContent.replace(/\s+/g, " ").trim()));
      if (!filled.length || !filled.every((c) => NUM.test(c.textContent.replace(/\s+/g, " ").trim()))) return;
      ++numberColumns;
      const bad = filled.filter((c) => !right(c));
      const head = heads[x];
      const headBad = head && !right(head);
      if (bad.length || headBad)
        misaligned.push({
          what: describe(table), where: where(table),
          text: `column ${x + 1} "${excerpt(head ? head.textContent : "")}": ` +
                (bad.length ? `${bad.length} of ${filled.length} numbers aligned ${style(bad[0]).textAlign} (e.g. "${excerpt(bad[0].textContent)}")` : "numbers right-aligned") +
                (headBad ? `, heading aligned ${style(head).textAlign}` : ""),
          element: bad.length ? bad[0] : head,
        });
    });
  }

  // Column headings (th scope=col, else the cells of thead), each as its lines.
  const cols = document.querySelectorAll("th[scope=col]");
  const headings = Array.from(cols.length ? cols : document.querySelectorAll("thead th")).filter(shown)
    .map((th) => th.innerText.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l))
    .filter((lines) => lines.length);

  // The site's header, as tall as it is drawn.
  const header = document.querySelector("body > header");
  const headerBox = header && shown(header) ? { what: describe(header), height: round(box(header).height) } : null;

  // Tables shown with their headings and no row: an empty list should say so in words.
  const emptyTables = Array.from(document.querySelectorAll("table")).filter((t) =>
    shown(t) && t.tHead && t.tHead.rows.length && !Array.from(t.tBodies).some((b) => b.rows.length))
    .map((t) => ({ what: describe(t), where: where(t), text: excerpt(t.tHead.textContent), element: t }));

  // The main menu, and its entry for this very page marked aria-current.
  const menu = document.querySelector("body > header nav");
  let current = null;
  if (menu)
    for (const a of menu.querySelectorAll("a[href]"))
      if (a.pathname === location.pathname && a.search === "")
        current = { text: excerpt(a.textContent), marked: a.getAttribute("aria-current") === "page" };

  // Fields some browsers do not have: <input type=month|week> is a plain text box in
  // Firefox and Safari.
  const unsupported = Array.from(document.querySelectorAll("input[type=month], input[type=week]")).filter(shown)
    .map((el) => ({ what: describe(el), where: where(el), text: excerpt(el.placeholder), element: el }));

  // Field errors tied to their field: the message has an id that the field names in
  // aria-describedby, and the field says aria-invalid="true".
  const untied = [];
  for (const msg of document.querySelectorAll(".erreur-champ")) {
    if (!shown(msg)) continue;
    const field = msg.id && document.querySelector(`[aria-describedby~="${CSS.escape(msg.id)}"]`);
    if (!field || field.getAttribute("aria-invalid") !== "true")
      untied.push({ what: describe(msg), where: where(msg), text: excerpt(msg.textContent) +
                    (field ? " (its field lacks aria-invalid=true)" : " (no field names it in aria-describedby)"),
                    element: msg });
  }

  const cells = options && options.cells
    ? Array.from(document.querySelectorAll("td, th")).filter(shown)
        .flatMap((c) => c.innerText.split("\n")).map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t)
    : [];

  // An id used twice: label[for] and aria-labelledby name the first element only.
  const seen = new Map();
  for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) || 0) + 1);
  const duplicateIds = Array.from(seen).filter(([, n]) => n > 1).map(([id, n]) => `${id} (${n} times)`);

  const cut = Array.from(found.values()).concat(leftCut, bottomCut);
  window.__opeMarques = cut.concat(unlabelled, misdrawn, misaligned, emptyTables, unsupported, untied).map((x) => x.element);
  const strip = (list) => list.map(({ element, ...rest }) => rest);
  return {
    width: W, innerWidth: window.innerWidth, clientWidth: de.clientWidth,
    scrollWidth: de.scrollWidth, scrollHeight: de.scrollHeight,
    cut: strip(cut), scrollers, fields: fields.length, unlabelled: strip(unlabelled),
    controls: controls.length, misdrawn: strip(misdrawn), numberColumns, misaligned: strip(misaligned), headings,
    header: headerBox, emptyTables: strip(emptyTables), menu: !!menu, current, unsupported: strip(unsupported),
    untied: strip(untied), cells, duplicateIds,
  };
})
