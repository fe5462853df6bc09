export * from './contrast.js';
export * from './boot.js';
export * from './apply.js';
export * from './theme-controller.js';
