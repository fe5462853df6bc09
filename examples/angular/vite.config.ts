import angular from '@analogjs/vite-plugin-angular';
import { defineConfig } from 'vite';

// Angular's compiler through the Analog Vite plugin (which drives @angular/build's
// compilation): everything comes from npm, with no Angular CLI workspace (angular.json)
// and nothing downloaded at build time. `npm run build` type-checks with ngc first.
export default defineConfig({
  plugins: [angular({ tsconfig: 'tsconfig.app.json' })],
});
