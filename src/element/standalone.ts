// `checkout-editor/element/standalone`: the element entry as one self-contained ES module. Same
// source; scripts/buildStandalone.mjs bundles it with every dependency inside (React replaced by
// preact/compat, see docs/embed.md) and its CSS, for a plain page's `<script type="module">`.
export * from './index.js';
