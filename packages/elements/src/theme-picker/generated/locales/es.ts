
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'theme-picker.accent': `Color de acento`,
'theme-picker.accent.adjusted': `ajustado para que se lea mejor`,
'theme-picker.accent.announce': `Color de acento {name}`,
'theme-picker.announce.applied': `Ajuste aplicado: {what}`,
'theme-picker.announce.draft': `{what}: se muestra en la vista previa. Elige Aplicar para usarlo.`,
'theme-picker.apply': `Aplicar`,
'theme-picker.contrast': `Alto contraste`,
'theme-picker.contrast.off': `Desactivado`,
'theme-picker.contrast.off.announce': `Contraste estándar`,
'theme-picker.contrast.on': `Activado`,
'theme-picker.contrast.on.announce': `Alto contraste activado`,
'theme-picker.contrast.system.announce': `Contraste del sistema`,
'theme-picker.default-in-use': `Se usa el tema predeterminado hasta que se puedan leer tus ajustes.`,
'theme-picker.default-theme': `Tema predeterminado`,
'theme-picker.density': `Densidad`,
'theme-picker.density.comfortable': `Cómoda`,
'theme-picker.density.comfortable.announce': `Densidad cómoda`,
'theme-picker.density.compact': `Compacta`,
'theme-picker.density.compact.announce': `Densidad compacta`,
'theme-picker.motion': `Animaciones`,
'theme-picker.motion.full': `Completas`,
'theme-picker.motion.full.announce': `Animaciones completas`,
'theme-picker.motion.reduce': `Reducidas`,
'theme-picker.motion.reduce.announce': `Animaciones reducidas`,
'theme-picker.motion.system.announce': `Ajuste de animaciones del sistema`,
'theme-picker.preview': `Vista previa`,
'theme-picker.reset': `Restablecer valores predeterminados`,
'theme-picker.sample.button': `Ver extracto`,
'theme-picker.sample.heading': `Cuenta corriente`,
'theme-picker.sample.text': `Tu extracto de este mes ya está disponible.`,
'theme-picker.sample.toggle': `Extractos sin papel`,
'theme-picker.scheme': `Combinación de colores`,
'theme-picker.scheme.dark': `Oscuro`,
'theme-picker.scheme.dark.announce': `Tema oscuro`,
'theme-picker.scheme.light': `Claro`,
'theme-picker.scheme.light.announce': `Tema claro`,
'theme-picker.scheme.system.announce': `Combinación de colores del sistema`,
'theme-picker.system': `Usar el del sistema`,
'theme-picker.text-size': `Tamaño del texto`,
'theme-picker.text-size.announce': `Tamaño del texto {value}`,
    };
  