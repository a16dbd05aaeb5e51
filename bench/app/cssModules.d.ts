// The bench page imports the opt-in stylesheet; esbuild bundles it into main.css beside main.js.
declare module '*.css';
