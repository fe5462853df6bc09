/** A palette with a low-contrast gold (legible on dark, not on white) and a swatch without a dark variant. */
export const palette = {
  defaultAccent: 'harbour',
  swatches: [
    { id: 'harbour', name: 'Harbour blue', light: '#0b5cad', dark: '#7db7ff' },
    { id: 'gold', name: 'Gold', light: '#d4a017' },
    { id: 'forest', name: 'Forest', light: '#1e6b34', dark: '#8fd7a0' },
  ],
};
