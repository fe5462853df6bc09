import { defineConfig } from 'vite';

// No plugin needed: Vite compiles TSX itself, and React 19 needs nothing to use custom elements.
export default defineConfig({});
