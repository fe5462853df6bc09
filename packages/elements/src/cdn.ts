/**
 * The CDN bundle: one `<script type="module">` defines every widget and exposes what a
 * page without a bundler needs (localization setup, `applyTheme`, the event classes).
 */
import './define-all.js';
export * from '@prefcenter/core';
export * from './index.js';
