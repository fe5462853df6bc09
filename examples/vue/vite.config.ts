import vue from '@vitejs/plugin-vue';
import { isPrefcenterElement } from '@prefcenter/elements/vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // The @prefcenter tags are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: isPrefcenterElement } },
    }),
  ],
});
