// The classes and their types, with no registration: import a `define` module (or
// `define-all`) to register tags.
export * from './theme-picker/index.js';
export * from './notification-prefs/index.js';
