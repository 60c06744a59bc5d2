// Touch targets: every interactive element's box on the current screen, measured in the page.
//
// WCAG 2.5.8 (Target Size, Minimum) asks 24 × 24 px; Peerstart asks 44 × 44 px of every target
// (design notes: two people, one tablet, big targets). Two of the criterion's exceptions are relied on,
// and each is named in the result so a spec can show it:
// - "inline": a link inside a sentence of running text (its size is set by the line of text);
// - "equivalent": the radar chart's task names (SVG), which jump to a control that meets the size itself.
// A radio or checkbox hidden inside its label (the segmented answers), or a visually hidden file input,
// is measured as its label, which is the target a finger hits. Elements not rendered, invisible, or inside a closed <details> are skipped.

/** Measures every interactive element on the page; returns `{ small, exceptions, count }`. */
export function measureTargets(page, min = 44) {
  return page.evaluate((min) => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type=hidden])',
      'select',
      'textarea',
      'summary',
      '[role=button]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const describe = (el) => {
      const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 60);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${text}"`;
    };
    const visible = (el) => {
      if (el.closest('details:not([open]) > :not(summary)')) return false;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const isInline = (el) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement;
      if (!block) return false;
      const own = (el.textContent ?? '').trim().length;
      const all = (block.textContent ?? '').trim().length;
      return all - own >= 15;
    };
    const seen = new Set();
    const small = [];
    const exceptions = [];
    let count = 0;
    for (const found of document.querySelectorAll(selector)) {
      // The skip link is off screen until focused; it is measured where it shows.
      if (found.classList.contains('skip-link')) continue;
      let el = found;
      if (el.matches('input[type=radio], input[type=checkbox]')) el = el.closest('label') ?? el;
      // A visually hidden input (e.g. a file input) is reached through its label, styled as the button.
      else if (el.matches('input') && el.getBoundingClientRect().width < 2) el = el.labels?.[0] ?? el;
      if (seen.has(el) || !visible(el)) continue;
      seen.add(el);
      count++;
      const box = el.getBoundingClientRect();
      const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
      if (box.width + 0.5 >= min && box.height + 0.5 >= min) continue;
      if (el instanceof SVGElement) exceptions.push(`equivalent: ${describe(el)} ${size}`);
      else if (isInline(el)) exceptions.push(`inline: ${describe(el)} ${size}`);
      else small.push(`${describe(el)} ${size}`);
    }
    return { small, exceptions, count };
  }, min);
}

/** Whether an element's box lies wholly inside the viewport and below whatever sticks at the top. */
export function inView(locator) {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const bar = document.querySelector('.rs-turn-bar');
    const top = bar ? bar.getBoundingClientRect().bottom : 0;
    return box.top >= top - 1 && box.bottom <= innerHeight + 1 && box.height > 0;
  });
}
