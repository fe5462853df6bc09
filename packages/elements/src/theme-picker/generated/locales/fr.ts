
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'theme-picker.accent': `Couleur d’accentuation`,
'theme-picker.accent.adjusted': `ajustée pour la lisibilité`,
'theme-picker.accent.announce': `Couleur d’accentuation {name}`,
'theme-picker.announce.applied': `Réglage appliqué : {what}`,
'theme-picker.announce.draft': `{what} : visible dans l’aperçu. Choisissez Appliquer pour l’utiliser.`,
'theme-picker.apply': `Appliquer`,
'theme-picker.contrast': `Contraste élevé`,
'theme-picker.contrast.off': `Désactivé`,
'theme-picker.contrast.off.announce': `Contraste standard`,
'theme-picker.contrast.on': `Activé`,
'theme-picker.contrast.on.announce': `Contraste élevé activé`,
'theme-picker.contrast.system.announce': `Contraste du système`,
'theme-picker.default-in-use': `Le thème par défaut est utilisé jusqu’à ce que vos paramètres puissent être lus.`,
'theme-picker.default-theme': `Thème par défaut`,
'theme-picker.density': `Densité`,
'theme-picker.density.comfortable': `Confortable`,
'theme-picker.density.comfortable.announce': `Densité confortable`,
'theme-picker.density.compact': `Compacte`,
'theme-picker.density.compact.announce': `Densité compacte`,
'theme-picker.motion': `Animations`,
'theme-picker.motion.full': `Complètes`,
'theme-picker.motion.full.announce': `Animations complètes`,
'theme-picker.motion.reduce': `Réduites`,
'theme-picker.motion.reduce.announce': `Animations réduites`,
'theme-picker.motion.system.announce': `Réglage des animations du système`,
'theme-picker.preview': `Aperçu`,
'theme-picker.reset': `Rétablir les valeurs par défaut`,
'theme-picker.sample.button': `Voir le relevé`,
'theme-picker.sample.heading': `Compte courant`,
'theme-picker.sample.text': `Votre relevé de ce mois est disponible.`,
'theme-picker.sample.toggle': `Relevés en ligne`,
'theme-picker.scheme': `Jeu de couleurs`,
'theme-picker.scheme.dark': `Sombre`,
'theme-picker.scheme.dark.announce': `Thème sombre`,
'theme-picker.scheme.light': `Clair`,
'theme-picker.scheme.light.announce': `Thème clair`,
'theme-picker.scheme.system.announce': `Jeu de couleurs du système`,
'theme-picker.system': `Comme le système`,
'theme-picker.text-size': `Taille du texte`,
'theme-picker.text-size.announce': `Taille du texte {value}`,
    };
  