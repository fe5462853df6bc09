// Angular binds `[adapter]` as a property and `(prefs-change)` as an event listener on any
// element; CUSTOM_ELEMENTS_SCHEMA tells its compiler that the @prefcenter tags are custom
// elements rather than unknown Angular components.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { createLocalAdapter } from '@prefcenter/adapter-local';
import '@prefcenter/elements/theme-picker/define';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Appearance</h1>
      <theme-picker [adapter]="adapter" (prefs-change)="hear($event)" (prefs-saved)="hear($event)"></theme-picker>
      <h2>Events heard</h2>
      <ol id="events">
        @for (type of heard(); track $index) {
          <li>{{ type }}</li>
        }
      </ol>
    </main>
  `,
})
export class AppComponent {
  // The embedded adapter keeps the choices in localStorage, so they survive a reload.
  readonly adapter = createLocalAdapter({ storageKey: 'prefcenter-example-angular' });
  readonly heard = signal<string[]>([]);

  hear(event: Event): void {
    this.heard.update((list) => [...list, event.type]);
  }
}
