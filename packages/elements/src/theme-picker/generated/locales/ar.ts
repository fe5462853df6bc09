
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'theme-picker.apply': `Apply`,
'theme-picker.announce.draft': str`${0}: shown in the preview. Choose Apply to use it.`,
'theme-picker.announce.applied': str`${0} applied`,
'theme-picker.default-theme': `Default theme`,
'theme-picker.system': `Match system`,
'theme-picker.scheme': `Colour scheme`,
'theme-picker.scheme.light': `Light`,
'theme-picker.scheme.light.announce': `Light theme`,
'theme-picker.scheme.dark': `Dark`,
'theme-picker.scheme.dark.announce': `Dark theme`,
'theme-picker.scheme.system.announce': `Colour scheme of the system`,
'theme-picker.contrast': `High contrast`,
'theme-picker.contrast.off': `Off`,
'theme-picker.contrast.off.announce': `Standard contrast`,
'theme-picker.contrast.on': `On`,
'theme-picker.contrast.on.announce': `High contrast`,
'theme-picker.contrast.system.announce': `Contrast of the system`,
'theme-picker.motion': `Motion`,
'theme-picker.motion.full': `Full`,
'theme-picker.motion.full.announce': `Full motion`,
'theme-picker.motion.reduce': `Reduced`,
'theme-picker.motion.reduce.announce': `Reduced motion`,
'theme-picker.motion.system.announce': `Motion setting of the system`,
'theme-picker.density': `Density`,
'theme-picker.density.comfortable': `Comfortable`,
'theme-picker.density.comfortable.announce': `Comfortable density`,
'theme-picker.density.compact': `Compact`,
'theme-picker.density.compact.announce': `Compact density`,
'theme-picker.accent': `Accent colour`,
'theme-picker.accent.announce': str`Accent colour ${0}`,
'theme-picker.accent.adjusted': `adjusted for legibility`,
'theme-picker.text-size': `Text size`,
'theme-picker.text-size.announce': str`Text size ${0}`,
'theme-picker.preview': `Preview`,
'theme-picker.sample.heading': `Everyday account`,
'theme-picker.sample.text': `Your statement for this month is ready.`,
'theme-picker.sample.toggle': `Paperless statements`,
'theme-picker.sample.button': `View statement`,
'theme-picker.reset': `Reset to defaults`,
'theme-picker.default-in-use': `The default theme is in use until your settings can be read.`,
    };
  