package liaison.e2e;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whether the page showing fits the width of a wide screen and of a phone without scrolling sideways: the
 * document is no wider than the viewport at 1280x800 and at 390x844, and no box in it (a table's scrollable
 * container) scrolls sideways either. The viewport is set through the DevTools
 * protocol (exact sizes, as the window's own size includes whatever the browser draws around the page) and reset
 * after.
 */
final class PageWidth {
    /** The sizes checked: a laptop and a phone (width, height in CSS pixels). */
    static final List<int[]> SIZES = List.of(new int[] {1280, 800}, new int[] {390, 844});

    /**
     * What scrolls sideways, or null: the document when it is wider than the viewport (naming the element reaching
     * furthest right, the outermost of those that reach as far), and any box of the page whose content is wider than
     * the box and scrolls inside it (a table in a scrollable container), each as "tag#id.class (left-right px)".
     */
    private static final String OVERFLOW = """
            const describe = (el, left, right) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string'
                    ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' (' + Math.round(left) + '-' + Math.round(right) + ' px): "'
                + (el.textContent || '').trim().replace(/\\s+/g, ' ').substring(0, 60) + '"';
            const problems = [];
            const w = window.innerWidth, sw = document.documentElement.scrollWidth;
            if (sw > w) {
              let widest = null, right = w;
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.right > right + 0.5) { widest = el; right = r.right; }
              }
              problems.push('document ' + sw + ' px wide in a ' + w + ' px viewport; widest: '
                  + (widest == null ? '(none)' : describe(widest, widest.getBoundingClientRect().left, right)));
            }
            for (const el of document.body.querySelectorAll('*')) {
              const x = getComputedStyle(el).overflowX;
              if ((x === 'auto' || x === 'scroll') && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
                const r = el.getBoundingClientRect();
                problems.push('a box scrolls sideways, its content ' + el.scrollWidth + ' px wide in '
                    + el.clientWidth + ' px: ' + describe(el, r.left, r.right));
              }
            }
            return problems.length === 0 ? null : problems.join('; ');
            """;

    private PageWidth() {
    }

    /** Fails naming the page, the size and the widest element when the page scrolls sideways at either size. */
    static void assertNoSideScroll(ChromeDriver driver, String page) {
        StringBuilder problems = new StringBuilder();
        try {
            for (int[] size : SIZES) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0], "height",
                        size[1], "deviceScaleFactor", 1, "mobile", false));
                Object overflow = driver.executeScript(OVERFLOW);
                if (overflow != null) {
                    problems.append("\n  at ").append(size[0]).append('x').append(size[1]).append(": ")
                            .append(overflow);
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        if (problems.length() > 0) {
            throw new AssertionError(page + " scrolls sideways:" + problems);
        }
    }
}
