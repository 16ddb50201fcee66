// `import css from './x.css?inline'`: the stylesheet as text (Vite/Vitest natively; the package
// build resolves it in scripts/build.mjs).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
