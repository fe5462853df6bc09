// A page with no framework: the markup is in index.html; this module registers the tag,
// sets the adapter as a property and listens to the events. Importing only the define
// entry is enough for TypeScript to know the tag (`querySelector` returns a ThemePicker).
import { createLocalAdapter } from '@prefcenter/adapter-local';
import '@prefcenter/elements/theme-picker/define';

const picker = document.querySelector('theme-picker')!;
// The embedded adapter keeps the choices in localStorage, so they survive a reload.
picker.adapter = createLocalAdapter({ storageKey: 'prefcenter-example-html' });

const list = document.querySelector('#events')!;
const hear = (event: Event) => {
  const item = document.createElement('li');
  item.textContent = event.type;
  list.append(item);
};
picker.addEventListener('prefs-change', hear);
picker.addEventListener('prefs-saved', (event) => {
  hear(event);
  // HTMLElementEventMap types the event: its detail names the domain that was saved.
  picker.dataset.savedDomain = event.detail.domain;
});
