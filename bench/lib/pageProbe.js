// Injected into every page of the browser bench with Playwright's addInitScript, i.e. through
// the DevTools protocol before any page script: it is not subject to the demo's strict CSP and
// runs before React loads. It must stay plain browser JavaScript (no imports).
//
// React commits are counted through the DevTools global hook: react-dom, production build
// included, calls `onCommitFiberRoot` once per commit when a hook is installed. This measures the
// shipped build as is, where the <Profiler> API would need the profiling build and a wrapper in
// the demo's code.
(() => {
  const bench = {
    commits: [],
    keys: [],
    target: null,
    targetShownAt: null,
    region: null,
  };
  window.__bench = bench;

  const renderers = new Map();
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers,
    inject(renderer) {
      const id = renderers.size + 1;
      renderers.set(id, renderer);
      return id;
    },
    onCommitFiberRoot() {
      bench.commits.push(performance.now());
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    setStrictMode() {},
    checkDCE() {},
  };

  // Capture phase on window: sees the key before any handler of the page does.
  window.addEventListener(
    'keydown',
    (event) => {
      // Edits only: Ctrl/Cmd+A (select all before typing) is not a keystroke of the burst.
      if (event.ctrlKey || event.metaKey) return;
      if (event.key.length === 1 || event.key === 'Backspace') bench.keys.push(performance.now());
    },
    true,
  );

  // Watches the price summary region for an expected text (the correct new total); records the
  // first DOM mutation after which it is there.
  const check = () => {
    if (
      bench.target &&
      bench.targetShownAt === null &&
      bench.region?.textContent.includes(bench.target)
    ) {
      bench.targetShownAt = performance.now();
    }
  };
  bench.expect = (region, text) => {
    bench.region = region;
    bench.target = text;
    bench.targetShownAt = null;
    check();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
})();
