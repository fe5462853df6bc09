/**
 * The CDN bundle: one `<script type="module">` defines every widget and exposes what a
 * page without a bundler needs (localization setup, `applyTheme`, the event classes).
 * Core's zod schemas are left out: the widgets do not need zod, and a page that wants
 * to check data itself has the generated `checkers` (with `checkAdapterResponse`).
 */
import './define-all.js';
export * from '@prefcenter/core/runtime';
export * from './index.js';
