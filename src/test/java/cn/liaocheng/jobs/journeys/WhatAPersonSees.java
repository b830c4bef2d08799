package cn.liaocheng.jobs.journeys;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Measurements that axe and Lighthouse cannot make, taken in the browser the way a person looks at a page: where the
 * h1 starts on a phone screen, the smallest text that is shown, and whether a focus ring stands out from what is behind
 * it. Each returns what it found, so that a failing test can say where; screenshots go to {@code target/} for people
 * to look at.
 */
final class WhatAPersonSees {

    /** The first screen of a 360x780 phone that the h1 must start in. */
    static final int FIRST_SCREEN_PX = 400;
    /** Care mode's smallest text. */
    static final double CARE_MODE_MIN_TEXT_PX = 18;
    /** WCAG 1.4.11 / 2.4.13: a focus indicator against every background it appears on. */
    static final double FOCUS_RING_MIN_CONTRAST = 3.0;

    static final Path SCREENSHOTS = Path.of("target", "journey-screenshots");

    private WhatAPersonSees() {
    }

    /**
     * Script functions shared by the colour checks: {@code rgb(css)} parses a computed colour, {@code contrast(a, b)}
     * is WCAG's ratio, {@code opaqueBehind(start)} the first background from {@code start} outwards (through shadow
     * roots) that is more than half opaque, white if none.
     */
    private static final String COLOURS = """
              const rgb = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
                const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
                return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
              const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
              const contrast = (x, y) => { const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p);
                return (l1 + 0.05) / (l2 + 0.05); };
              const opaqueBehind = start => {
                for (let a = start; a; a = a.parentElement || (a.getRootNode().host || null)) {
                  const bg = rgb(getComputedStyle(a).backgroundColor);
                  if (bg && bg.a > 0.5) return bg;
                }
                return {r: 255, g: 255, b: 255, a: 1};
              };
            """;

    /** How far down the document the top of the h1 is, in CSS pixels (whatever the page is scrolled to). */
    static double h1Top(Page page) {
        return ((Number) page.evaluate("() => { const h = document.querySelector('h1');"
                + " return h ? h.getBoundingClientRect().top + window.scrollY : -1; }")).doubleValue();
    }

    /** The smallest rendered text on the page, light and open shadow DOM: {@code size}, {@code text}, {@code where}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> smallestText(Page page) {
        return (Map<String, Object>) page.evaluate("""
                () => {
                  let smallest = {size: 1000, text: '', where: ''};
                  const visit = root => {
                    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                      const text = node.textContent.trim();
                      const element = node.parentElement;
                      if (!text || !element || element.closest('.sr-only, script, style, [hidden]')) continue;
                      const rects = element.getClientRects();
                      const style = getComputedStyle(element);
                      if (!rects.length || style.visibility === 'hidden' || style.display === 'none'
                          || element.offsetWidth * element.offsetHeight <= 1) continue;
                      let transparent = false;
                      for (let a = element; a && a.nodeType === 1; a = a.parentElement || a.getRootNode().host) {
                        if (parseFloat(getComputedStyle(a).opacity) === 0) { transparent = true; break; }
                      }
                      if (transparent) continue;
                      const size = parseFloat(style.fontSize);
                      if (size < smallest.size) {
                        smallest = {size, text: text.slice(0, 40), where: element.tagName.toLowerCase()
                            + (element.id ? '#' + element.id : '') + (element.className && typeof element.className === 'string'
                            ? '.' + element.className.trim().split(/\\s+/).join('.') : '')};
                      }
                    }
                    root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) visit(e.shadowRoot); });
                  };
                  visit(document.body);
                  return smallest;
                }""");
    }

    /**
     * Texts squeezed into a column narrower than two characters, so that they read one character per line (a table
     * caption left as a caption in a reflowed table did that): {@code text}, {@code where}, {@code width}; empty when
     * there is none.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> squeezedTexts(Page page) {
        return (List<Map<String, Object>>) page.evaluate("""
                () => {
                  const found = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const text = node.textContent.trim();
                    const element = node.parentElement;
                    if (text.length < 4 || !element || element.closest('.sr-only, script, style, [hidden]')) continue;
                    const range = document.createRange();
                    range.selectNodeContents(node);
                    const box = range.getBoundingClientRect();
                    const size = parseFloat(getComputedStyle(element).fontSize);
                    if (box.width > 0 && box.width < 2 * size && box.height > 3 * size) {
                      found.push({text: text.slice(0, 20), where: element.tagName.toLowerCase(), width: box.width});
                    }
                  }
                  return found;
                }""");
    }

    /**
     * Texts cut off with "…" or clipped on one line (light and open shadow DOM): a field label 乡镇（街道）（中文，可不填）
     * in care mode read "乡镇（街道）（中文，可不…" before labels were allowed to wrap. Each as its text and element; empty
     * when there is none. Visually hidden texts for screen readers ({@code .sr-only}) clip on purpose and are left out.
     */
    @SuppressWarnings("unchecked")
    static List<String> cutOffTexts(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const found = [];
                  const slotted = e => [...e.querySelectorAll('slot')].map(slot => slot.assignedNodes({flatten: true})
                      .map(n => n.textContent).join('')).join('').trim();
                  const visit = root => {
                    root.querySelectorAll('*').forEach(e => {
                      if (e.shadowRoot) visit(e.shadowRoot);
                      if (e.closest('.sr-only, [hidden]')) return;
                      const style = getComputedStyle(e);
                      if (style.display === 'none' || style.visibility === 'hidden' || e.clientWidth <= 1) return;
                      const clips = style.textOverflow === 'ellipsis'
                          || (style.overflowX === 'hidden' && style.whiteSpace === 'nowrap');
                      if (!clips || e.scrollWidth <= e.clientWidth + 1) return;
                      const text = e.textContent.trim() || slotted(e);
                      if (text) found.push(text.slice(0, 30) + ' <' + e.tagName.toLowerCase()
                          + (e.getAttribute('part') ? ' part=' + e.getAttribute('part') : '') + '>');
                    });
                  };
                  visit(document.body);
                  return found;
                }""");
    }

    /**
     * Texts of the light DOM whose colour stands less than {@code minimum}:1 against the background behind them
     * ({@code opaqueBehind}, from the text's own element outwards). Axe leaves such a text "incomplete" rather than failing it when it cannot tell
     * what lies behind (home's 我能申请什么 card in 黑底黄字: yellow on light grey, 1.1:1, axe silent). Only plain colours
     * are read, so a page with background images or overlapping boxes needs axe as well. Each as its ratio, text and
     * element; empty when there is none.
     */
    @SuppressWarnings("unchecked")
    static List<String> lowContrastTexts(Page page, double minimum) {
        return (List<String>) page.evaluate("minimum => {" + COLOURS + """
                  const found = [];
                  document.body.querySelectorAll('*').forEach(e => {
                    if (e.closest('.sr-only, [hidden], [aria-hidden="true"], noscript, script, style')) return;
                    const own = [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
                    const style = getComputedStyle(e);
                    if (!own || style.visibility === 'hidden' || e.getClientRects().length === 0) return;
                    const ratio = contrast(rgb(style.color), opaqueBehind(e));
                    if (ratio < minimum) found.push(ratio.toFixed(2) + ' ' + own.slice(0, 20) + ' <' + e.tagName.toLowerCase()
                        + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + '>');
                  });
                  return found;
                }""", minimum);
    }

    /** How far the page is wider than the window: a person on a phone would scroll sideways (WCAG 1.4.10). */
    static int sidewaysOverflowPx(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    /**
     * Tabs through the page's first {@code stops} keyboard stops and measures, for each, the contrast of its focus
     * ring against the nearest opaque background behind the ring: {@code element}, {@code ring}, {@code behind},
     * {@code ratio}. Ends with focus where the last Tab left it.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> focusRings(Page page, int stops) {
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
        var rings = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < stops; i++) {
            page.keyboard().press("Tab");
            var ring = (Map<String, Object>) page.evaluate("() => {" + COLOURS + """
                      let e = document.activeElement;
                      if (!e || e === document.body) return null;
                      const host = e.closest('[focus-ring]') || e;
                      const style = getComputedStyle(host);
                      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) {
                        return {element: describe(host), ring: 'none', behind: '', ratio: 0};
                      }
                      const behind = opaqueBehind(host.parentElement);
                      return {element: describe(host), ring: style.outlineColor,
                              behind: `rgb(${behind.r}, ${behind.g}, ${behind.b})`,
                              ratio: contrast(rgb(style.outlineColor), behind)};
                      function describe(x) {
                        return x.tagName.toLowerCase() + (x.id ? '#' + x.id : '') + ' "' + (x.textContent || '').trim().slice(0, 20) + '"';
                      }
                    }""");
            if (ring != null) {
                rings.add(ring);
            }
        }
        return rings;
    }

    /**
     * The first screen of the page as it is now, into {@code target/journey-screenshots/first-screens/}, named after
     * the address, the mode and the width: every page a journey scans leaves one for people to look at.
     */
    static void firstScreen(Page page, boolean careMode) {
        var path = URI.create(page.url()).getPath().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        var name = (path.isEmpty() ? "home" : path) + (careMode ? "-care" : "") + "-" + page.viewportSize().width + ".png";
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("first-screens").resolve(name)));
    }

    /** The whole page, one phone screen per file, into {@code target/journey-screenshots/<name>-NN.png}. */
    static void screenshots(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var viewport = page.viewportSize();
        double height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
        for (int i = 0; i * viewport.height < height && i < 8; i++) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setClip(0, i * viewport.height, viewport.width, Math.min(viewport.height, height - i * viewport.height))
                    .setPath(SCREENSHOTS.resolve(String.format("%s-%02d.png", name, i + 1))));
        }
    }
}
