
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'theme-picker.accent': `Akzentfarbe`,
'theme-picker.accent.adjusted': `für bessere Lesbarkeit angepasst`,
'theme-picker.accent.announce': `Akzentfarbe {name}`,
'theme-picker.announce.applied': `{what} übernommen`,
'theme-picker.announce.draft': `{what}: in der Vorschau zu sehen. Wählen Sie „Übernehmen“, um es zu verwenden.`,
'theme-picker.apply': `Übernehmen`,
'theme-picker.contrast': `Hoher Kontrast`,
'theme-picker.contrast.off': `Aus`,
'theme-picker.contrast.off.announce': `Standardkontrast`,
'theme-picker.contrast.on': `An`,
'theme-picker.contrast.on.announce': `Hoher Kontrast aktiviert`,
'theme-picker.contrast.system.announce': `Kontrast des Systems`,
'theme-picker.default-in-use': `Das Standarddesign wird verwendet, bis Ihre Einstellungen gelesen werden können.`,
'theme-picker.default-theme': `Standarddesign`,
'theme-picker.density': `Dichte`,
'theme-picker.density.comfortable': `Komfortabel`,
'theme-picker.density.comfortable.announce': `Komfortable Dichte`,
'theme-picker.density.compact': `Kompakt`,
'theme-picker.density.compact.announce': `Kompakte Dichte`,
'theme-picker.motion': `Bewegung`,
'theme-picker.motion.full': `Vollständig`,
'theme-picker.motion.full.announce': `Alle Animationen`,
'theme-picker.motion.reduce': `Reduziert`,
'theme-picker.motion.reduce.announce': `Reduzierte Bewegung`,
'theme-picker.motion.system.announce': `Bewegungseinstellung des Systems`,
'theme-picker.preview': `Vorschau`,
'theme-picker.reset': `Auf Standard zurücksetzen`,
'theme-picker.sample.button': `Kontoauszug ansehen`,
'theme-picker.sample.heading': `Girokonto`,
'theme-picker.sample.text': `Ihr Kontoauszug für diesen Monat ist bereit.`,
'theme-picker.sample.toggle': `Papierlose Kontoauszüge`,
'theme-picker.scheme': `Farbschema`,
'theme-picker.scheme.dark': `Dunkel`,
'theme-picker.scheme.dark.announce': `Dunkles Design`,
'theme-picker.scheme.light': `Hell`,
'theme-picker.scheme.light.announce': `Helles Design`,
'theme-picker.scheme.system.announce': `Farbschema des Systems`,
'theme-picker.system': `Wie im System`,
'theme-picker.text-size': `Textgröße`,
'theme-picker.text-size.announce': `Textgröße {value}`,
    };
  